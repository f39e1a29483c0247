"""People and their speech: a form of address after a title ('Minister of X and Y, H.E. Ada Obi')
is no role and makes no person of the title's field; initials without points open a name ('P R
Nair'); a bare name in a trailing 'reported' tag is a news outlet; speech after a dated dateline
takes the day of the event the lead reports.  Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def facts(text: str):
    return extract(Article(text=text, published=date(2025, 4, 10), origin="test"))


@pytest.mark.parametrize("text, name, role", [
    ("The Kenyan side was led by the Minister of Trade and Regional Integration, H.E. Wanjiru Kamau.",
     "Wanjiru Kamau", "Minister of Trade and Regional Integration"),
    ("The talks were chaired by Minister of Mines and Energy, H.E. Tomas Lindqvist.",
     "Tomas Lindqvist", "Minister of Mines and Energy"),
    ("Vice chancellor P R Nair said the new campus would open in June.", "P R Nair", None),
    ("The deal was signed by registrar S K Varma and rector Ilse Brandt.", "S K Varma", "registrar"),
])
def test_address_forms_and_pointless_initials(text: str, name: str, role: str | None) -> None:
    people = {p.name: p.role for p in facts(text).people}
    assert name in people
    assert not any(r and r.rstrip(".").lower() == "h.e" for r in people.values())
    assert not any(n.endswith(("Integration", "Energy")) for n in people)
    if role:
        assert people[name] == role


def test_the_title_after_a_form_of_address_lets_the_minister_speak_later() -> None:
    text = ("A meeting was held today in Nairobi. The Kenyan side was led by the Minister of Trade and "
            "Regional Integration, H.E. Wanjiru Kamau.\n\nThe Minister assured the visitors of full "
            "support for the trade fair in May.")
    speakers = {s.speaker.key for s in facts(text).statements}
    assert speakers == {"Wanjiru Kamau"}


@pytest.mark.parametrize("text, outlet", [
    ("Zambia and Malawi will open a joint border post next year, Harbour Courier reported.",
     "Harbour Courier"),
    ("The two presidents met in Lilongwe, Lake Tribune reported on Tuesday.", "Lake Tribune"),
    ("Both sides agreed to cut tariffs, Valley Herald reports, citing officials.", "Valley Herald"),
])
def test_a_bare_name_tagging_a_sentence_with_reported_is_an_outlet_not_a_speaker(
        text: str, outlet: str) -> None:
    found = facts(text)
    assert [p.name for p in found.people] == []
    assert found.statements == []
    assert {o.name: o.type for o in found.orgs}.get(outlet) == "MediaOutlet"


def test_a_titled_person_who_reported_is_still_a_speaker() -> None:
    found = facts("Output at the mine rose by a third, Minister Ada Banda reported.")
    assert [s.speaker.key for s in found.statements] == ["Ada Banda"]


def test_speech_after_a_dated_dateline_takes_the_day_of_the_event_the_lead_reports() -> None:
    text = ("NAIROBI, Jan. 24 - Kenyan President Amos Wekesa and Chilean President Rosa Lara on "
            "Tuesday agreed to expand trade in tea and copper.\n\nThe two leaders also discussed "
            "a direct flight, said Kenyan Transport Minister Ivo Kamau.")
    found = extract(Article(text=text, published=date(2025, 1, 24), origin="test"))
    assert [(s.speaker.key, s.date.value) for s in found.statements] == [("Ivo Kamau", "2025-01-21")]


def test_speech_after_a_dated_dateline_with_no_day_in_the_lead_takes_the_filing_day() -> None:
    text = ("NAIROBI, Jan. 24 - Kenya and Chile want to expand trade in tea and copper.\n\n"
            "The two countries also discussed a direct flight, said Kenyan Transport Minister Ivo Kamau.")
    found = extract(Article(text=text, published=date(2025, 1, 24), origin="test"))
    assert [(s.speaker.key, s.date.value) for s in found.statements] == [("Ivo Kamau", "2025-01-24")]
