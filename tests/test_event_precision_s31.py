"""One occurrence, one event: news tells a meeting several times — by its noun with a place and
day, by 'A met B', by the surnames of the pair ('the A-B meeting'), by a demonstrative ('This
meeting ...'), by the body it is a meeting of ('the meeting of the commission') — and the
linking stage books it once.  Two different meetings stay two.  (Invented text.)"""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

THURSDAY = date(2024, 6, 6)


def meetings(text: str) -> list:
    facts = extract(Article(text=text, published=THURSDAY, title="", origin="test"))
    return [e for e in facts.events if e.type in ("Meeting", "Summit")]


def people(event) -> set[str]:
    return {r.key for r in event.participants if r.kind == "person"}


# family 1: a meeting told by its bare noun with place and day, then by 'A met B'
@pytest.mark.parametrize("text", [
    "Peru and Chile agreed to fight smuggling during an intergovernmental meeting in Lima on "
    "Tuesday. Peruvian President Elena Quispe met Chilean President Tomas Araya at the palace.",
    "Peru and Chile signed four accords at a bilateral meeting held in Lima on Tuesday. "
    "Peruvian President Elena Quispe met Chilean President Tomas Araya at the palace. "
    "The two leaders also discussed energy.",
    "At a meeting in Lima on Tuesday, Peru and Chile signed four accords. Peruvian President "
    "Elena Quispe met Chilean President Tomas Araya at the palace.",
])
def test_a_bare_meeting_and_the_pair_who_met_are_one_meeting(text):
    found = meetings(text)
    assert len(found) == 1
    assert people(found[0]) == {"Elena Quispe", "Tomas Araya"}
    assert found[0].date is not None and found[0].date.value == "2024-06-04"
    assert found[0].location is not None


def test_two_pairs_meeting_leave_the_bare_meeting_unassigned():
    text = ("Peru and Chile signed four accords at a bilateral meeting held in Lima on Tuesday. "
            "Peruvian President Elena Quispe met Chilean President Tomas Araya. Peruvian minister "
            "Rosa Mamani met Chilean minister Pablo Fuentes.")
    assert len(meetings(text)) == 3


# family 2: a meeting told by the surnames of the pair
@pytest.mark.parametrize("text", [
    "Mongolian President Batbayar Dorj and Kazakh President Nurlan Sadykov held talks in Astana "
    "on June 4, 2024. After the Dorj-Sadykov meeting, a contract was signed for two aircraft.",
    "Mongolian President Batbayar Dorj and Kazakh President Nurlan Sadykov held talks in Astana "
    "on June 4, 2024. The Dorj–Sadykov talks ended with a joint statement.",
    "Mongolian President Batbayar Dorj met Kazakh President Nurlan Sadykov in Astana on June 4, "
    "2024. Officials said the Dorj-Sadykov meeting lasted three hours.",
])
def test_a_meeting_named_by_the_pairs_surnames_is_the_pairs_meeting(text):
    found = meetings(text)
    assert len(found) == 1
    assert people(found[0]) == {"Batbayar Dorj", "Nurlan Sadykov"}


def test_a_place_pair_names_no_people():
    text = ("Mongolian President Batbayar Dorj met Kazakh President Nurlan Sadykov in Astana on June 4, "
            "2024. The Mongolia-Kazakhstan Business Forum opened in Astana on June 5, 2024.")
    assert len(meetings(text)) == 2


# family 3: the same talks told again with a reporter named in the sentence
@pytest.mark.parametrize("text", [
    "Indian Prime Minister Arun Mehta and Maldivian President Hassan Rasheed held talks in Male on "
    "June 4, 2024. Prime Minister Mehta and President Rasheed held warm discussions, ministry "
    "spokesperson Vikram Sethi said.",
    "Indian Prime Minister Arun Mehta and Maldivian President Hassan Rasheed held talks in Male on "
    "June 4, 2024. Mehta and Rasheed had a frank discussion, spokesperson Vikram Sethi told "
    "reporters.",
])
def test_talks_told_again_with_the_reporter_are_one_meeting_of_the_pair(text):
    found = meetings(text)
    assert len(found) == 1
    assert people(found[0]) == {"Arun Mehta", "Hassan Rasheed"}


# family 4: a meeting told by the body it is a meeting of
@pytest.mark.parametrize("text", [
    "The last meeting of the commission convened in Quito on March 21, 2019.",
    "The previous session of the committee was held in Quito on March 21, 2019.",
    "The third meeting of the joint commission took place in Quito on March 21, 2019.",
])
def test_the_meeting_of_a_body_is_one_meeting(text):
    assert len(meetings(text)) == 1


# family 5: a demonstrative names the meeting just told
@pytest.mark.parametrize("text", [
    "The Fifth Partnership Forum between Ghana and Japan opened in Tokyo on June 4, 2024. "
    "This meeting comes in the year that marks 30 years of relations.",
    "The Fifth Partnership Forum between Ghana and Japan opened in Tokyo on June 4, 2024. "
    "This forum is the first held in Tokyo.",
])
def test_this_meeting_is_the_meeting_told_before(text):
    assert len(meetings(text)) == 1


def test_two_meetings_of_two_pairs_at_one_time_stay_two():
    text = ("Indian Prime Minister Arun Mehta and Maldivian President Hassan Rasheed held talks in Male "
            "on June 4, 2024. Indian minister Ravi Nair and Maldivian minister Aisha Didi held talks "
            "in Male on June 4, 2024.")
    assert len(meetings(text)) == 2


# negatives: a meeting noun that names a body or a process, no occasion (GOLD_FORMAT)
@pytest.mark.parametrize("text", [
    "Li Wen arrived in Suva on Thursday on the first trip to Fiji made by a chairman of the National "
    "People's Congress Standing Committee.",
    "The Forum chairman, Tevita Lomu, thanked Fiji for its support.",
    "Congress delegates from Peru arrived in Quito on Monday.",
    "Prime Minister Somchai Wong promised to speed up the free trade negotiations with Bhutan.",
    "Both sides agreed to accelerate the free trade talks.",
])
def test_a_body_or_a_process_is_no_meeting(text):
    assert meetings(text) == []


# family 6: 'this is the first ...' classifies the meeting just told
@pytest.mark.parametrize("text", [
    "Vietnamese Prime Minister Tran Van Long held talks with his Japanese counterpart Sato Kenji in "
    "Osaka on Sunday. This is the first high-level dialogue between the two governments hosted "
    "in Osaka, where Sato was born.",
    "Kenyan President Paul Otieno met Ghanaian President Kofi Asante in Nairobi on Monday. It was the "
    "third meeting between the two leaders this year.",
    "Kenyan President Paul Otieno met Ghanaian President Kofi Asante in Nairobi on Monday. This was "
    "their second summit in a month.",
])
def test_a_copular_meeting_noun_is_the_meeting_told_before(text):
    assert len(meetings(text)) == 1


def test_a_copular_meeting_with_its_own_other_time_stays_apart():
    text = ("Kenyan President Paul Otieno met Ghanaian President Kofi Asante in Nairobi on June 3, 2024. "
            "The summit in Accra on March 2, 2023 was the first meeting of the pair.")
    assert len(meetings(text)) == 2
