"""Who held a meeting: two bodies before 'held' or 'organized', each maybe restated by an acronym
in brackets; a group of representatives led by someone makes a visit as a delegation does.
Sentences and bodies written for these tests; the paper is dated Friday 8 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def events(text: str):
    return extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test")).events


@pytest.mark.parametrize("verb", ["held", "organized", "organised"])
@pytest.mark.parametrize("acronyms", [("", ""), (" (BCC)", " (LCC)")])
def test_bodies_holding_a_meeting_are_its_participants(verb, acronyms):
    text = (f"Yesterday, the Bolivian Chamber of Commerce{acronyms[0]} and the Lima Chamber of "
            f"Commerce{acronyms[1]} {verb} a business meeting between entrepreneurs of the two countries.")
    found = [(sorted(p.key for p in e.participants), e.date.value) for e in events(text)]
    assert found == [(["Bolivian Chamber of Commerce", "Lima Chamber of Commerce"], "2024-03-07")]


def test_representatives_led_by_someone_make_a_visit():
    text = ("Peruvian representatives led by the Director of the Lima Chamber of Commerce visited Bolivia "
            "from July 25 to 28, to discuss cooperation.")
    visits = [e for e in events(text) if "visit" in e.label]
    assert [(e.date.value, e.location.rsplit("/", 1)[-1]) for e in visits] == [("2023-07-25", "BO")]
