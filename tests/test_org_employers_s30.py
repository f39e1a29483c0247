"""A person's employer written as the possessor before the name (orgemployers.person_employers):
"Velmor's Ada Obi" makes Velmor a body, most often a firm, when Ada Obi is a person found by
some other rule; a place, a country or a person as possessor is no employer.  Invented text."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def _facts(text: str):
    return extract(Article(text=text, published=date(2025, 3, 12), title="", source="Test"))


@pytest.mark.parametrize("text, firms", [
    ("Guests at the dinner included Velmor's Ada Obi, Trasken's Tom Hart and Oriel's Maria Duval.",
     {"Velmor", "Trasken", "Oriel"}),
    ("Velmor's Peter Lamb said the plant would open in Mombasa next year.", {"Velmor"}),
    ("Trasken' Alan Hart said the first cargo left Lagos on Monday.", set()),
    ("Nortrans' Alan Hart said the first cargo left Lagos on Monday.", {"Nortrans"}),
])
def test_possessor_of_a_person_is_an_employer(text: str, firms: set[str]) -> None:
    facts = _facts(text)
    found = {o.name for o in facts.orgs if o.rule == "org.employer"}
    assert found == firms
    assert all(o.type == "Company" for o in facts.orgs if o.name in firms)


@pytest.mark.parametrize("text", [
    "Ghana's Peter Lamb won the marathon in Accra on Sunday.",
    "Mombasa's Peter Lamb said trade through the port grew.",
    "Minister Obi's aide Tom Hart said the talks went well.",
    "Velmor's chief executive, Peter Lamb, said the plant would open next year.",
])
def test_places_people_and_titles_make_no_employer(text: str) -> None:
    assert not [o for o in _facts(text).orgs if o.rule == "org.employer"]
