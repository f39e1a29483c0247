"""An s26 round-2 organisations checklist: sub-national assemblies, and bodies listed after a
plural title of the people who represent them.

- 'Prefectural Assembly', 'Regional Assembly', 'Municipal Assembly', 'District Assembly' name a
  place's elected body, as 'Provincial Assembly' and 'County Assembly' already did; a bare
  'Assembly' after a place stays unread (it also ends the names of meetings).
- 'Representatives of the X City Council and Y's Z Prefectural Assembly signed ...': the list
  after the plural title names the bodies they represent, not people holding the title, so it
  must neither make two people nor hide the two bodies (the signers of the document).

Must not change: names listed after a plural title are still people ('the directors of the
chamber A, B and C'); 'the General Assembly' is no sub-national body.

Every text is invented (no corpus text).  Each row gives the organisations expected (name or alias,
type, country; ANY and ANYTYPE leave one open) and names that must not be organisations."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_orgs_checklist6 import ANY
from tests.test_orgs_checklist9 import ANYTYPE, _check

from coopkg.extract import extract
from coopkg.read.article import Article

GOV = "GovernmentBody"

ORGS = [
    ("prefectural-assembly", "The Zorvia Prefectural Assembly approved the budget on Monday.",
     [("Zorvia Prefectural Assembly", GOV, ANY)], []),
    ("regional-assembly", "A delegation of the Montvale Regional Assembly arrived in Lima.",
     [("Montvale Regional Assembly", GOV, ANY)], []),
    ("municipal-assembly", "The Kestrel Municipal Assembly hosted the Peruvian guests.",
     [("Kestrel Municipal Assembly", GOV, ANY)], []),
    ("district-assembly", "Members of the Arvo District Assembly visited the port.",
     [("Arvo District Assembly", GOV, ANY)], []),
    ("representatives-of-two-bodies", "Representatives of the Zorvia City People's Council and Peru's"
     " Montvale Prefectural Assembly signed a memorandum on Thursday.",
     [("Zorvia City People's Council", GOV, ANY), ("Montvale Prefectural Assembly", GOV, "PE")], []),
    ("representatives-of-council-and-assembly", "Representatives of the Kestrel City Council and the"
     " Arvo Regional Assembly met in Lima.",
     [("Kestrel City Council", ANYTYPE, ANY), ("Arvo Regional Assembly", ANYTYPE, ANY)], []),
    # must not change
    ("general-assembly-unchanged", "Peru spoke at the General Assembly on Monday.", [],
     ["General Assembly"]),
    ("county-assembly-unchanged", "The Arvo County Assembly passed the bill.",
     [("Arvo County Assembly", GOV, ANY)], []),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_assemblies_s26r2b_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


PEOPLE = [
    # bodies after 'Representatives of the ...' are no people
    ("bodies-no-people", "Representatives of the Zorvia City People's Council and Peru's Montvale"
     " Prefectural Assembly signed a memorandum.", set()),
    # must not change: names listed after a plural title hold it
    ("directors-unchanged", "The directors of the chamber Anna Berg, Tomas Verde and Lina Sorel were"
     " present.", {"Anna Berg", "Tomas Verde", "Lina Sorel"}),
]


@pytest.mark.parametrize("text, expected", [pytest.param(*c[1:], id=c[0]) for c in PEOPLE])
def test_listed_people_s26r2b_row(text: str, expected: set) -> None:
    facts = extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test"))
    assert {p.name for p in facts.people} == expected


def test_rows_are_unique() -> None:
    assert len({c[0] for c in ORGS + PEOPLE}) == len(ORGS) + len(PEOPLE)
