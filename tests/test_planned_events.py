"""Planned meetings with a stated time are events (GOLD_FORMAT 'Events'), dated ahead of the
paper; without a time they are not.  Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def events(text: str) -> list[tuple[str, str]]:
    facts = extract(Article(text=text, published=date(2025, 4, 10), origin="test"))
    return [(e.type, e.date.value) for e in facts.events]


@pytest.mark.parametrize("text, expected", [
    ("A trade forum will be held in Accra on June 3.", [("Meeting", "2025-06-03")]),
    ("The investment forum will be held in Chile in 2026.", [("Meeting", "2026")]),
    ("The second round of consultations will take place in Suva in March.", [("Meeting", "2026-03")]),
    ("An energy conference is scheduled to take place in Oslo on May 20.", [("Meeting", "2025-05-20")]),
    ("Ghana and Chile agreed to hold the next session of their joint commission in Accra in February.",
     [("Meeting", "2026-02")]),
])
def test_a_planned_meeting_with_a_stated_time_is_an_event(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text", [
    "A trade forum will be held in Accra soon.",
    "More conferences will take place in the future.",
])
def test_a_planned_meeting_without_a_time_is_none(text):
    assert events(text) == []
