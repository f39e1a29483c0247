"""Meetings told only by their noun are labelled with who took part (event_labels.py); a
meeting with a name of its own keeps it."""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extract import extract
from coopkg.extract.event_labels import _bare, _joined
from coopkg.read.article import Article


def _labels(text: str) -> list[str]:
    article = Article(text=text, title="", published=dt.date(2025, 3, 5), origin="test")
    return [e.label for e in extract(article).events if e.type == "Meeting"]


@pytest.mark.parametrize("text, label", [
    ("Prime Minister Ana Lopes of Portugal and Prime Minister Jan Novak of Poland held bilateral "
     "talks in Lisbon on Friday.", "bilateral talks between Ana Lopes and Jan Novak"),
    ("The 7th session of the Ghana-Kenya Joint Commission was held in Accra on Monday, co-chaired "
     "by Ghanaian Foreign Minister Kofi Boateng and Kenyan Foreign Minister Ada Wambui.",
     "7th session of Ghana-Kenya Joint Commission"),
])
def test_meeting_labels(text: str, label: str) -> None:
    assert label in _labels(text)


@pytest.mark.parametrize("label, bare", [
    ("talks", True), ("the meeting", True), ("one-on-one talks", True),
    ("closed-door bilateral meeting", True), ("video call", True),
    ("Joint Commission meeting", False), ("meeting of the Council", False),
    ("Ada Obi meeting with Kofi Mensah", False),
])
def test_bare_labels(label: str, bare: bool) -> None:
    assert _bare(label) is bare


def test_many_participants_are_cut() -> None:
    assert _joined(["A", "B"]) == "A and B"
    assert _joined(["A", "B", "C"]) == "A, B and C"
    assert _joined(["A", "B", "C", "D"]) == "A, B, C and others"
