"""A part of a day ('held in the afternoon', 'in the evening') is a day: the event takes the day
the sentence or the story last stated, else the paper's own day, not the month of a visit going
on (event_dates._same_day)."""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _dates(text: str, label_word: str) -> list[str | None]:
    article = Article(text=text, title="", published=PUBLISHED, origin="test")
    return [e.date.value if e.date else None for e in extract(article).events
            if label_word in e.label.lower()]


@pytest.mark.parametrize("text, word, want", [
    ("Ghanaian President Kofi Mensah is on a state visit to Peru this month. Mensah and Peruvian "
     "President Luis Vega attended the Ghana-Peru Business Forum held in the afternoon.", "forum",
     ["2025-03-14"]),
    ("On Wednesday, Ghanaian President Kofi Mensah arrived in Lima for a state visit. In the evening, "
     "Mensah and Peruvian President Luis Vega opened the Ghana-Peru Business Forum.", "forum",
     ["2025-03-12"]),
])
def test_part_of_day_dates_the_event(text: str, word: str, want: list[str]) -> None:
    assert _dates(text, word) == want
