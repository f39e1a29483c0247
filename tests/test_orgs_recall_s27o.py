"""Checklist (s27, organisation recall): bodies that news names in ways the capitalised-run
reader missed.  Invented sentences, fictional names.

- A head of state's or government's office named by the title alone ("the Prime Minister's
  Office (PMO)", "the PM’s Office") is a body of its own (lexicon/lower_bodies.tsv); a mayor's or
  a minister's office stays a descriptor.
- A national news agency written only by its acronym ('per CNA') is an outlet of its country, from
  the generic gazetteer of known_orgs.tsv."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def _orgs(text: str) -> dict[str, tuple[str, str | None]]:
    facts = extract(Article(text=text, published=date(2024, 5, 16), origin="test"))
    return {o.name: (o.type, o.country) for o in facts.orgs}


@pytest.mark.parametrize("text, name", [
    ("On Sunday two memorandums were signed inside the Prime Minister's Office (PMO), Nairobi.",
     "Prime Minister's Office"),
    ("The PM’s Office said the delegations signed three grant agreements.", "PM’s Office"),
    ("The President's Office announced the state visit on Friday.", "President's Office"),
])
def test_leader_office_is_a_body(text: str, name: str) -> None:
    assert _orgs(text).get(name, ("", None))[0] == "GovernmentBody"


def test_leader_office_keeps_its_acronym() -> None:
    facts = extract(Article(text="The deal was signed inside the Prime Minister's Office (PMO), Nairobi.",
                            published=date(2024, 5, 16), origin="test"))
    (office,) = [o for o in facts.orgs if o.name == "Prime Minister's Office"]
    assert "PMO" in office.aliases


@pytest.mark.parametrize("text, not_name", [
    # must NOT change: an office holder's office that only describes
    ("The deal was a commitment between the Mayor’s Office and Kenya.", "Mayor’s Office"),
    ("The Minister's Office said the visit was postponed.", "Minister's Office"),
    ("Prime Minister Kamau's Office said the visit was postponed.", "Prime Minister Kamau's Office"),
])
def test_other_offices_stay_descriptors(text: str, not_name: str) -> None:
    assert not_name not in _orgs(text)


@pytest.mark.parametrize("text, name, country", [
    ("The 30-strong delegation from Taiwan includes engineers and officials, per CNA.", "CNA", "TW"),
    ("Taipei, March 3 (CNA) Taiwan's trade minister met Paraguayan investors.", "CNA", "TW"),
    ("The delegation from Kenya includes engineers, per CNA.", "CNA", None),
])
def test_national_agency_acronym(text: str, name: str, country: str | None) -> None:
    assert _orgs(text).get(name) == ("MediaOutlet", country)


def test_agency_acronym_in_lowercase_is_no_outlet() -> None:
    assert "Cna" not in _orgs("The Cna report from Nairobi was wrong.")


# A title's phrase never runs over a date adverbial: 'Prime Minister X in July at the Y Forum' is a
# person, then when and where; the words after it are no second person titled by it.
@pytest.mark.parametrize("text, name", [
    ("Kamau had met Prime Minister Ochieng in June at the Pacific Islands Forum summit in Tonga.",
     "Pacific Islands Forum"),
    ("Kamau met President Ochieng on Monday at the Lakeside Water Agency in Kisumu.",
     "Lakeside Water Agency"),
])
def test_title_stops_at_a_date(text: str, name: str) -> None:
    facts = extract(Article(text=text, published=date(2024, 5, 16), origin="test"))
    assert name in {o.name for o in facts.orgs}
    assert not any(p.role and "Ochieng" in p.role for p in facts.people)


def test_title_with_place_complement_unchanged() -> None:
    # must NOT change: 'in <place>' inside a title is still its complement
    facts = extract(Article(text="The Ambassador of Kenya in Japan Ana Wanjiru signed the memorandum.",
                            published=date(2024, 5, 16), origin="test"))
    assert any(p.name == "Ana Wanjiru" and p.role for p in facts.people)
