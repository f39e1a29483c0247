"""'N days ago' dates the day N days before the paper, as 'N months/years ago' date their month
and year; the agreement signed then takes that day.  Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.entities import _dates_in
from coopkg.read.article import Article

PAPER = date(2024, 11, 5)


@pytest.mark.parametrize(("text", "want"), [
    ("They signed it two days ago.", ["2024-11-03"]),
    ("They signed it a day ago.", ["2024-11-04"]),
    ("They signed it 10 days ago.", ["2024-10-26"]),
    ("They signed it three months ago.", ["2024-08"]),
    ("They signed it two years ago.", ["2022"]),
])
def test_ago(text: str, want: list[str]) -> None:
    assert [d.when.value for d in _dates_in(text, PAPER)] == want


def test_agreement_signed_days_ago() -> None:
    facts = extract(Article(text="Peru and Korea signed a memorandum on fisheries two days ago.",
                            published=PAPER, title="", origin="test"))
    assert [a.date.value for a in facts.agreements] == ["2024-11-03"]
