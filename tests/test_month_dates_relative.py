"""A month read with the year its phrase names ('in March last year', 'as of June this year') is
one date for every component that reads dates, not only events; and a month after 'as of', 'the
end of', 'the beginning of' is a month, while 'of' after a body's name never makes one."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.entities import _dates_in
from coopkg.read.article import Article

PAPER = date(2024, 11, 5)


@pytest.mark.parametrize(("text", "want"), [
    ("They signed it on 12 March last year.", ["2023-03-12"]),
    ("The office opened in March last year.", ["2023-03"]),
    ("As of June this year, firms had invested more.", ["2024-06"]),
    ("At the end of March, trade stood higher.", ["2024-03"]),
    ("Since the beginning of October, exports rose.", ["2024-10"]),
    ("The talks resume before March next year.", ["2025-03"]),
    ("The Government of May Lin resigned.", []),
])
def test_month_dates(text: str, want: list[str]) -> None:
    assert [d.when.value for d in _dates_in(text, PAPER)] == want


def test_an_agreement_signed_last_year_takes_that_year() -> None:
    text = ("The Uruguayan Ministry of Health and the Mongolian Ministry of Health signed a "
            "memorandum of understanding on 12 March last year.")
    facts = extract(Article(text=text, published=PAPER, title="", source="test"))
    assert [a.date.value for a in facts.agreements] == ["2023-03-12"]


def test_a_figure_as_of_a_month_is_dated_to_that_month() -> None:
    text = "As of June this year, Uruguayan firms had invested $2.4 billion in Mongolia."
    facts = extract(Article(text=text, published=PAPER, title="", source="test"))
    assert [(f.period_start.value, f.period_end.value) for f in facts.figures] == [("2024-06", "2024-06")]


@pytest.mark.parametrize(("text", "paper", "want"), [
    ("The accords were signed on Christmas Eve.", date(2025, 1, 6), ["2024-12-24"]),
    ("The ministers met on New Year’s Day in Hanoi.", date(2025, 1, 6), ["2025-01-01"]),
    ("The envoy arrived on Boxing Day.", date(2023, 12, 28), ["2023-12-26"]),
    ("The cargo was landed on Christmas Island.", date(2025, 1, 6), []),
    ("Talks were paused during Christmas.", date(2025, 1, 6), []),
])
def test_holidays_on_a_fixed_day(text: str, paper: date, want: list[str]) -> None:
    assert [d.when.value for d in _dates_in(text, paper)] == want


def test_documents_signed_on_a_holiday_take_its_date() -> None:
    text = ("Chile and Vietnam have signed a memorandum of understanding on trade. The signing took place on "
            "Christmas Eve when the Chilean President, Ana Kolt, visited Hanoi.")
    facts = extract(Article(text=text, published=date(2025, 1, 6), title="", source="test"))
    assert {a.date.value for a in facts.agreements} == {"2024-12-24"}
