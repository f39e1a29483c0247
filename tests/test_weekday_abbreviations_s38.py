"""Weekdays abbreviated with a full stop ('on Thurs.', 'on Tues.'), as some papers write them,
date what they mark; the same letters without 'on' or the full stop stay words.  Sentences
written for these tests; the paper is dated Friday 8 March 2024."""

from __future__ import annotations

import sys
from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PAPER = date(2024, 3, 8)


def _dates(text: str) -> list[str]:
    dates = sys.modules["coopkg.extract.dates"]
    return [m.when.value for m in dates.find_dates(text, PAPER)]


@pytest.mark.parametrize("text, expected", [
    ("The two sides met on Thurs. in the capital.", ["2024-03-07"]),
    ("The ministers signed the plan on Tues., an aide said.", ["2024-03-05"]),
    ("Talks resume next Mon. in the capital.", ["2024-03-11"]),
    ("The ministers met on Wednesday.", ["2024-03-06"]),
])
def test_abbreviated_weekday_after_on_is_a_day(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    "The report ran in the Sun. It was widely read.",
    "The two were wed. Guests came from abroad.",
    "Their plan to Sat Bay was shelved.",
])
def test_abbreviation_without_on_is_no_date(text):
    assert _dates(text) == []


def test_agreement_signed_on_abbreviated_day_is_dated_and_topic_left_clean():
    text = "Chile and Peru signed an agreement on fisheries on Tues., officials in Lima said."
    facts = extract(Article(text=text, published=PAPER, title="", origin="test"))
    assert [(a.date.value, a.topic) for a in facts.agreements] == [("2024-03-05", "fisheries")]
