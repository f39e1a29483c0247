"""What is no organisation's name: a pair of peoples or countries written with a hyphen ('the
Peruvian-Chilean business council'), and an abbreviated honorific that opens the next person's
name ('Ministry of Foreign Affairs Amb. X').  Sentences and names written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def org_names(text: str) -> list[str]:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    return sorted(o.name for o in facts.orgs)


@pytest.mark.parametrize("pair", ["Peruvian-Chilean", "Chilean-Peruvian", "Peru-Chile"])
def test_pair_of_peoples_is_no_company(pair):
    text = f"The sides signed a memorandum between the {pair} and the Bolivian business councils."
    assert pair not in org_names(text)


def test_named_firm_in_the_same_slot_is_still_a_company():
    text = "The sides signed a memorandum between Andescorp and Lotus Mining on Monday."
    assert "Andescorp" in org_names(text)


@pytest.mark.parametrize("honorific", ["Amb.", "Sen.", "Gen."])
def test_abbreviated_honorific_is_cut_from_the_body_name(honorific):
    text = (f"The Kenyan side was led by the Director for Asia, Ministry of Foreign Affairs {honorific} "
            "Peter K. Otieno.")
    names = org_names(text)
    assert "Ministry of Foreign Affairs" in names and not any(honorific[:-1] in n for n in names)


def test_opening_locative_place_is_no_sibling_company():
    text = "In Bolivia, the Lotus Mining Group (LMG) runs 11 schools with 2,800 students."
    assert org_names(text) == ["Lotus Mining Group"]


@pytest.mark.parametrize("pair", ["Research and Development", "Science and Technology"])
def test_fixed_field_pair_keeps_one_agency_name(pair):
    text = (f"Officials signed a Memorandum of Understanding between the Peruvian Government and the "
            f"National Space {pair} Agency on training.")
    assert f"National Space {pair} Agency" in org_names(text)
