"""Statements and figures of the s33 error classes, with invented sentences (invented people,
bodies and places; no corpus text): a thousands comma followed by a space before a scale word,
'agreed that <clause>' as reported speech of each named subject, and a full name spelled with
one word a letter off standing for the person first named.  Each class has negatives that must
not change."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Facts
from coopkg.read.article import Article


def facts_of(text: str) -> Facts:
    return extract(Article(text=text, published=date(2024, 5, 17), title="", origin="test"))


def values(text: str) -> set[float]:
    return {f.value for f in facts_of(text).figures}


def speakers(text: str) -> list[str]:
    return sorted(s.speaker.key for s in facts_of(text).statements if s.speaker is not None)


@pytest.mark.parametrize(("text", "value"), [
    ("Trade between Chile and Peru is worth about US $3, 000 million a year.", 3e9),
    ("Chile invested in Peru over US $5, 000 million last year.", 5e9),
    ("Exports from Chile to Peru reached $1, 250 billion in 2023.", 1.25e12),
])
def test_thousands_comma_with_space(text: str, value: float) -> None:
    assert value in values(text)


def test_listed_numbers_are_not_joined() -> None:
    """', ' between numbers not followed by a scale word is a list, not a thousands group."""
    assert not any(v > 1e6 and v != 5e6 for v in values(
        "The fund backs projects 1, 200 and 300 in Peru, worth $5 million."))


@pytest.mark.parametrize("subject", [
    "Peruvian Foreign Minister Ana Quispe and Chilean Foreign Minister Tomas Rojas",
    "Presidents Ana Quispe and Tomas Rojas",
])
def test_agreed_that_is_each_speakers_statement(subject: str) -> None:
    text = f"{subject} agreed that the two countries will expand cooperation in mining."
    assert speakers(text) == ["Ana Quispe", "Tomas Rojas"]


@pytest.mark.parametrize("text", [
    "Ana Quispe and Tomas Rojas agreed to expand cooperation in mining.",
    "Ana Quispe agreed on a date for the next meeting.",
])
def test_agreed_without_that_is_no_statement(text: str) -> None:
    assert speakers(text) == []


def test_misspelt_full_name_is_the_person_first_named() -> None:
    text = ("The deal was inked by Kenya's Minister for Foreign Affairs, Shirley Ayorkor Mensah, "
            "in Accra. Addressing participants, Shirley Ayokor Mensah highlighted the cordial "
            "relations between Kenya and Rwanda. She added that the new embassy is commendable.")
    facts = facts_of(text)
    assert [p.name for p in facts.people] == ["Shirley Ayorkor Mensah"]
    assert speakers(text) == ["Shirley Ayorkor Mensah", "Shirley Ayorkor Mensah"]


def test_two_words_off_are_two_people() -> None:
    text = ("Chilean Minister Daniela Rojas met Peruvian Minister Mariela Rosas in Lima. "
            "Daniela Rojas said that the talks went well. Mariela Rosas said that trade will grow.")
    assert {p.name for p in facts_of(text).people} == {"Daniela Rojas", "Mariela Rosas"}


def test_bodies_after_between_are_no_speakers() -> None:
    text = ("The Perak Institute of Technology (PIT) signed an MoU with Lanna University. The "
            "partnership between PIT and Lanna University highlights the value of exchanges.")
    assert speakers(text) == []


def test_body_before_between_still_speaks() -> None:
    text = "Lanna University said that the talks between PIT and the Doi Institute went well."
    assert speakers(text) == ["Lanna University"]


def test_share_of_the_vote_is_no_figure() -> None:
    text = ("Nurlan Sadykov arrived in Moscow on his first visit since winning the election with "
            "64.5% of the vote.")
    assert 64.5 not in values(text)


def test_share_of_trade_stays_a_figure() -> None:
    assert 64.5 in values("Kazakhstan accounts for 64.5% of Russia's trade with Central Asia.")
