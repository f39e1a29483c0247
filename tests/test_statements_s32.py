"""Statements in invented reports (helper stm32): a participle clause of time between a speaker
and the speech verb, speech verbs and verb phrases of news English (present tense, 'laid stress
on', 'asked X to'), and attributions that stay no statement."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 17)  # a Friday


def said(text: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    """(speaker, gist) of every statement."""
    facts = extract(Article(text=text, published=published, title="", origin="test"))
    return [(s.speaker.key, s.text) for s in facts.statements]


# class 1: a participle clause of time between the subject and its verb

@pytest.mark.parametrize("text, speaker, start", [
    ("Foreign Minister Karim Dalovar while underscoring a long history and shared values, "
     "expressed deep satisfaction at the steady growth of Ghana-Peru relations.",
     "Karim Dalovar", "expressed deep satisfaction"),
    ("Ambassador Tomas Reyval while addressing the guests lauded the chamber's work in bringing "
     "Peruvian exporters to the fair.", "Tomas Reyval", "lauded the chamber"),
    ("Ambassador Tomas Reyval while meeting President Olek Marsan lauded the chamber's work in "
     "bringing Peruvian exporters to the fair.", "Tomas Reyval", "lauded the chamber"),
    ("Ambassador Tomas Reyval arrived in Lima on Monday. The Ambassador while addressing the guests "
     "praised the chamber's work in bringing Peruvian exporters to the fair.", "Tomas Reyval", "praised"),
])
def test_participle_clause_before_the_verb(text: str, speaker: str, start: str) -> None:
    assert any(who == speaker and gist.startswith(start) for who, gist in said(text))


# class 2: speech verbs and phrases of news English

@pytest.mark.parametrize("text, speaker, start", [
    ("At the reception, party leader Anton Berzak laid stress on the wide room for cooperation "
     "in farming and energy.", "Anton Berzak", "laid stress on"),
    ("Prime Minister Olek Marsan asked Speaker Lina Fosk to keep supporting ties between the two "
     "parliaments.", "Olek Marsan", "asked Speaker"),
    ("President Olek Marsan welcomes the new trade accord with Peru and hails the friendship of "
     "the two nations.", "Olek Marsan", "welcomes the new trade accord"),
    ("Governor Ines Parvo committed to acting as a bridge for Chilean firms that want to invest in "
     "the province.", "Ines Parvo", ""),
])
def test_speech_phrases(text: str, speaker: str, start: str) -> None:
    assert any(who == speaker and gist.startswith(start) for who, gist in said(text))


@pytest.mark.parametrize("text", [
    "President Olek Marsan asked about the timetable of the works.",
    "The bridge was completed in March, according to the ministry of works.",
    "Ghana and Peru signed three accords on Monday, the Ghanaian ministry of trade said.",
    "The Lima Daily Courier reported that the two sides signed a fisheries accord.",
])
def test_not_statements(text: str) -> None:
    assert said(text) == []


# a tag closing a quoted sentence ends the quote block: the next quoted sentence of the same
# paragraph is the speaker's next statement; without a closing tag the quote block goes on

def test_quote_after_a_closing_tag_is_its_own_statement() -> None:
    got = said('"Trade will double," President Olek Marsan said. "It is up to both sides to show '
               'the political will to finish the work."')
    assert got == [("Olek Marsan", "Trade will double"),
                   ("Olek Marsan", "It is up to both sides to show the political will to finish the work")]


def test_quote_after_an_opening_tag_goes_on() -> None:
    got = said('President Olek Marsan said: "Trade will double." "It is up to both sides to show '
               'the political will to finish the work."')
    assert len(got) == 1 and got[0][1].startswith("Trade will double. It is up to")


def test_as_opener_gives_the_main_clause() -> None:
    got = said("As President Olek Marsan noted at the talks, the two countries have built a strong "
               "partnership in training.")
    assert got == [("Olek Marsan", "the two countries have built a strong partnership in training")]


# class 3: 'the <demonym> <field> chief' names the minister of that field and country

@pytest.mark.parametrize("text, speaker", [
    ("Peruvian Defence Minister Olek Marsan met his Ghanaian counterpart Lina Fosk in Lima on "
     "Monday. The Peruvian defence chief said the two armies would hold joint drills.", "Olek Marsan"),
    ("Peruvian Trade Minister Olek Marsan met Ghanaian Trade Minister Lina Fosk in Lima. The "
     "Ghanaian trade chief said cocoa sales would grow.", "Lina Fosk"),
])
def test_field_chief_is_the_minister(text: str, speaker: str) -> None:
    assert [who for who, _ in said(text)] == [speaker]
