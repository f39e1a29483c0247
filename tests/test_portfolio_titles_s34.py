"""A portfolio title is one office whichever way news English writes it ('Minister of Foreign
Affairs of Peru', 'Peru's Minister of Foreign Affairs', 'the Peruvian foreign minister'), so a
later mention in one form names the person titled in another."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.role_phrases import role_is
from coopkg.read.article import Article

LEAD = "Peruvian Foreign Minister Rosa Quispe met Chilean envoy Pablo Soto in Lima on Tuesday. "


def speakers(text: str) -> list[str]:
    facts = extract(Article(text=text, published=date(2025, 6, 12), title="", source="Test Wire"))
    return [s.speaker.key for s in facts.statements]


@pytest.mark.parametrize("mention", [
    "The Minister of Foreign Affairs of Peru",
    "Peru's Minister of Foreign Affairs",
])
def test_the_title_written_the_other_way_names_the_same_person(mention):
    assert speakers(LEAD + mention + " stressed the value of the fisheries pact.") == ["Rosa Quispe"]


def test_a_title_of_another_portfolio_names_no_one():
    assert speakers(LEAD + "The Peruvian minister of mining stressed the value of the pact.") == []


@pytest.mark.parametrize("role, title, same", [
    ("Foreign Minister", "minister of foreign affairs", True),
    ("Minister for Foreign Affairs", "foreign minister", True),
    ("Foreign Affairs Minister", "minister of foreign affairs", True),
    ("Trade Minister", "minister of foreign affairs", False),
    ("Minister of Trade and Industry", "trade minister", True),
    ("Minister of Energy", "trade minister", False),
])
def test_portfolio_titles_compare_in_either_order(role, title, same):
    assert role_is(role, title) is same
