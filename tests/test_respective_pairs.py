"""'The presidents of Peru, A, and Chile, B': a plural title whose countries each carry their
holder in commas gives each person the singular title and their own country.  (Invented text.)"""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    facts = extract(Article(text=text, published=date(2024, 6, 4), title="", origin="test"))
    return sorted((p.name, p.role, p.country) for p in facts.people)


@pytest.mark.parametrize("text, expected", [
    ("The presidents of Peru, Dina Boluarte, and Chile, Gabriel Boric, reviewed border projects.",
     [("Dina Boluarte", "president", "PE"), ("Gabriel Boric", "president", "CL")]),
    ("The foreign ministers of Kenya, Musalia Mudavadi, and of Ghana, Samuel Ablakwa, signed the accord.",
     [("Musalia Mudavadi", "foreign minister", "KE"), ("Samuel Ablakwa", "foreign minister", "GH")]),
    ("The trade ministers of Norway, Jan Christian Vestre, and Iceland, Thordis Gylfadottir, spoke.",
     [("Jan Christian Vestre", "trade minister", "NO"), ("Thordis Gylfadottir", "trade minister", "IS")]),
])
def test_each_country_with_its_holder_in_commas(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text", [
    "The presidents of the Senate, Ana Ruiz, and the Chamber, Juan Soto, attended.",
    "The ministers of Kenya, Ghana and Togo met in Lome.",
])
def test_no_pair_without_two_countries_and_two_names(text):
    # the names may still be people (a common given name opens them), but no title or country
    assert all(role is None and country is None for _, role, country in people(text))
