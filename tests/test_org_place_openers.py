"""A word that opens phrases and is cut from a name's start ('New agreements', 'South of the
river') is kept where it opens a place name that the organisation's name begins with."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def orgs(text: str) -> set[str]:
    return {o.name for o in extract(Article(text=text, published=date(2026, 5, 14))).orgs}


@pytest.mark.parametrize("sentence, name", [
    ("New Zealand Dairy Council signed a memorandum with Vietnam's farm union.", "New Zealand Dairy Council"),
    ("The New Zealand Wool Board and the Vietnam Textile Group signed a deal.", "New Zealand Wool Board"),
    ("South Sudan Ports Authority signed a memorandum with Kenya Ports Authority.",
     "South Sudan Ports Authority"),
    ("North Macedonia Investment Agency hosted a delegation from Serbia.",
     "North Macedonia Investment Agency"),
])
def test_a_place_name_opening_a_body_stays_in_its_name(sentence, name):
    assert name in orgs("HANOI, May 12 — " + sentence)


def test_a_phrase_opener_before_a_body_is_still_cut():
    found = orgs("HANOI, May 12 — New Vietnam Textile Group factories opened in Hue.")
    assert not any(n.startswith("New ") for n in found)
