"""Speakers and countries named by epithets instead of names ('the Head of State', 'the
statesman', 'the host', 'the visiting Nigerian president', 'her Chilean counterpart'), a
person's 'reported that', and pronouns that continue the passage's only person however far back.
Every report here is invented for the test."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 17)


def facts(text: str):
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test"))


def speakers(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.key, s.text) for s in facts(text).statements]


def countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in facts(text).people}


_RUIZ = ("Chilean President Ana Ruiz on Friday afternoon reported that the two governments adopted "
         "forty commitments for the border region.")


def test_a_persons_reported_that_is_speech_and_a_time_may_stand_before_the_verb():
    assert speakers(_RUIZ) == [
        ("Ana Ruiz", "the two governments adopted forty commitments for the border region")]


def test_an_outlets_reported_that_stays_attribution():
    text = ("Chile and Peru signed a fisheries accord on Monday.\n\n"
            "The Coastal Herald newspaper reported that the accord covers twelve ports.")
    assert speakers(text) == []


@pytest.mark.parametrize("epithet", ["the Head of State", "the top official", "the statesman",
                                     "the stateswoman"])
def test_an_epithet_names_the_one_person_of_the_passage(epithet):
    text = (f"{_RUIZ}\n\n"
            f"Likewise, {epithet} said that trust between the two countries must keep growing.")
    assert speakers(text)[-1] == ("Ana Ruiz", "trust between the two countries must keep growing")


def test_a_quote_tagged_by_an_epithet():
    text = (f'{_RUIZ}\n\n"These commitments will change the lives of our families," the Head of '
            'State expressed.')
    assert speakers(text)[-1] == ("Ana Ruiz", "These commitments will change the lives of our families")


def test_the_head_of_government_is_the_prime_minister():
    text = ("Prime Minister Lars Berg of Norway arrived in Lisbon on Monday for talks on fisheries.\n\n"
            "The Head of Government said that both fleets would share their catch data.")
    assert speakers(text) == [("Lars Berg", "both fleets would share their catch data")]


def test_an_epithet_fitting_two_people_named_in_one_sentence_is_its_head():
    """Two holders named in one sentence: news writes the sentence's subject first, and a later
    'the Head of State said' continues with that subject."""
    text = ("President Ana Ruiz of Chile met President Jorge Salas of Peru in Lima on Monday.\n\n"
            "The Head of State said that the border crossings would open all night.")
    assert speakers(text) == [("Ana Ruiz", "the border crossings would open all night")]


def test_the_host_and_the_guest_are_who_received_whom():
    text = ("Ghanaian President Kofi Mensah hosted Irish President Niamh Byrne in Accra on Monday.\n\n"
            "The host said that the new scholarships would start in September.\n\n"
            "The guest said that Irish universities would welcome forty students a year.")
    assert speakers(text) == [("Kofi Mensah", "the new scholarships would start in September"),
                              ("Niamh Byrne", "Irish universities would welcome forty students a year")]


def test_the_visiting_leader_is_the_one_the_text_has_visiting():
    text = ("Nigerian President Ada Obi arrived in France on Monday for a three-day state visit.\n\n"
            "She met French President Pierre Lemaire at the palace and discussed trade.\n\n"
            "The visiting leader said that Nigerian firms would open offices in Paris next year.")
    assert speakers(text) == [("Ada Obi", "Nigerian firms would open offices in Paris next year")]


def test_a_pronoun_continues_the_only_person_however_far_back():
    text = (f"{_RUIZ}\n\n"
            "The commitments cover roads, health centres and customs posts.\n\n"
            "A joint fund will pay for the new customs posts on both sides.\n\n"
            "The roads are to be finished within three years.\n\n"
            "Work on the health centres starts in the spring.\n\n"
            "Therefore, she remarked, the border will be easier to cross for families.")
    assert speakers(text)[-1] == ("Ana Ruiz", "the border will be easier to cross for families")


def test_a_pronoun_far_from_its_person_is_no_one_once_another_was_named():
    text = (f"{_RUIZ}\n\n"
            "The customs annex was signed by Peruvian Trade Minister Jorge Salas.\n\n"
            "A joint fund will pay for the new customs posts on both sides.\n\n"
            "The roads are to be finished within three years.\n\n"
            "Work on the health centres starts in the spring.\n\n"
            "Therefore, she remarked, the border will be easier to cross for families.")
    assert [s for s, _ in speakers(text)] == ["Ana Ruiz"]


# class 11: a person's country from a later epithet

def test_a_demonym_epithet_gives_the_one_person_its_country():
    text = ("President Ada Obi landed in Paris on Wednesday for talks on trade with French firms.\n\n"
            "The Nigerian head of state is in France for a three-day state visit.")
    assert countries(text) == {"Ada Obi": "NG"}


def test_the_visiting_president_is_the_one_received():
    text = ("President Ada Obi on Wednesday landed in France where she was welcomed by the "
            "country's President - Pierre Lemaire.\n\n"
            "Lemaire hosted President Obi at the palace on Wednesday evening.\n\n"
            "The Nigerian head of state is in France for a three-day state visit.\n\n"
            "A banquet was held in honour of the visiting Nigerian President.")
    assert countries(text) == {"Ada Obi": "NG", "Pierre Lemaire": "FR"}


def test_a_demonym_epithet_fitting_two_people_gives_no_country():
    text = ("President Ada Obi met President Pierre Lemaire in Paris on Wednesday.\n\n"
            "The Nigerian head of state is in France for a three-day state visit.")
    assert countries(text) == {"Ada Obi": None, "Pierre Lemaire": None}


def test_a_generic_noun_covers_the_titles_it_stands_for():
    text = ("Kazakh Ambassador to Egypt Arman Sadykov met Egyptian Trade Minister Amr Nassar in "
            "Cairo on Monday.\n\n"
            "The Kazakh diplomat said that trade between the two countries doubled last year.")
    assert speakers(text) == [("Arman Sadykov", "trade between the two countries doubled last year")]


def test_an_unnamed_official_is_not_the_passages_person():
    text = (f"{_RUIZ}\n\n"
            "An official of the customs service said that the new posts would need more staff.\n\n"
            "The official said that the posts would open at night as well.")
    assert [s for s, _ in speakers(text)] == ["Ana Ruiz"]


def test_a_country_possessive_before_a_title_narrows_its_holders():
    text = ("President Kofi Mensah of Ghana met President Niamh Byrne of Ireland in Accra on "
            "Monday.\n\n"
            "Ghana's president said that the new scholarships would start in September.\n\n"
            "Ireland's head of state said that Irish universities would welcome forty students.")
    assert countries(text) == {"Kofi Mensah": "GH", "Niamh Byrne": "IE"}
    assert speakers(text) == [("Kofi Mensah", "the new scholarships would start in September"),
                              ("Niamh Byrne", "Irish universities would welcome forty students")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Argentina and Chile signed five protocols on the Andes railway on Tuesday.\n\n"
                 "The ministers honoured the agreement between Presidents Ana Ruiz and Marta "
                 "Lopez.\n\nPresident Ruiz also confirmed that she had invited her Chilean "
                 "counterpart to the opening of the railway.",
                 {"Ana Ruiz": "AR", "Marta Lopez": "CL"}, id="her-counterpart-and-she"),
    pytest.param("President Ada Obi ended a state visit to France on Friday at the invitation of "
                 "President Pierre Lemaire.\n\nDuring the trip, the Nigerian leader held talks "
                 "with her counterpart Pierre Lemaire.",
                 {"Ada Obi": "NG", "Pierre Lemaire": "FR"}, id="a-name-in-the-clause-is-another"),
    pytest.param("Ghana and Kenya signed two memoranda in Accra on Monday.\n\nThey were signed by "
                 "Ghana agriculture minister Kwesi Owusu and Kenyan trade minister Amina Wanjiru.",
                 {"Kwesi Owusu": "GH", "Amina Wanjiru": "KE"}, id="a-field-word-in-the-title"),
    pytest.param("Ghana and Kenya will sign a trade pact next week, officials said on Monday.\n\n"
                 "President Kofi Mensah instructed Deputy Minister Ama Owusu to meet her Kenyan "
                 "counterpart on Friday.",
                 {"Ama Owusu": "GH"}, id="meeting-a-countrys-counterpart"),
])
def test_a_country_from_a_counterpart_or_a_field_title(text, expected):
    found = countries(text)
    assert {name: found.get(name) for name in expected} == expected
