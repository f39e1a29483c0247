"""Several people under one plural title take it in the singular and the title's countries in
the order written; a title's own complement is never a person.  Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    facts = extract(Article(text=text, published=date(2025, 4, 10), origin="test"))
    return {p.name: (p.role, p.country) for p in facts.people}


@pytest.mark.parametrize("text, expected", [
    ("The presidents of Ghana and Chile, Ama Owusu and Diego Lara, met in Accra on Monday.",
     {"Ama Owusu": ("president", "GH"), "Diego Lara": ("president", "CL")}),
    ("The Foreign Ministers of Fiji and Norway, Sela Tui and Ola Berg, signed the accord.",
     {"Sela Tui": ("Foreign Minister", "FJ"), "Ola Berg": ("Foreign Minister", "NO")}),
    ("The ambassadors of Peru and Oman, Rosa Quispe and Said Harthy respectively, attended.",
     {"Rosa Quispe": ("ambassador", "PE"), "Said Harthy": ("ambassador", "OM")}),
    ("Ghanaian and Chilean trade ministers Ama Owusu and Diego Lara opened the fair.",
     {"Ama Owusu": ("trade minister", "GH"), "Diego Lara": ("trade minister", "CL")}),
    ("Presidents Ama Owusu of Ghana and Diego Lara of Chile met in Accra.",
     {"Ama Owusu": ("President", "GH"), "Diego Lara": ("President", "CL")}),
])
def test_a_plural_title_gives_each_person_their_country(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text", [
    "The presidents of Ghana and Chile met in Accra on Monday.",
    "The Chilean Minister of Mining and Blue Economy, said the mine would reopen.",
    "The Ghanaian Minister of Electricity and Renewable Energy, said that the plant was ready.",
])
def test_no_person_without_a_name(text):
    assert people(text) == {}
