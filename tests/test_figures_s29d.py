"""Figures in ordinary news forms the s29 read sets showed failing (helper D).
Every sentence and name is invented.

- A loan's term told with the verb of repaying ('to be repaid over 25 years',
  'repayable over 20 years') is the loan's repayment period, in years, as 'a repayment period
  of 25 years' is.
- A count whose 'since' opens a clause of its own with the year at its end ('have signed 60
  agreements since the two countries set up ties in 1980') runs from that year to the paper's
  date, as 'since 1980' does; it is no count of that year alone.
- Parts of a count listed one after another after 'Of these X,' ('40 are in force, 12 have
  lapsed and three await ratification') each count the same things; a
  part in the present tense is the standing at the paper's date."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Figure
from coopkg.read.article import Article


def figures(text: str) -> list[Figure]:
    return extract(Article(text=text, published=date(2024, 5, 17), title="", origin="test")).figures


def rows(text: str) -> set[tuple[float, str, str | None, str | None]]:
    return {(f.value, f.unit,
             f.period_start.value if f.period_start else None,
             f.period_end.value if f.period_end else None) for f in figures(text)}


_LOAN = "Norland will lend Ruritania 40 million euros for a new port in Vellin. "


@pytest.mark.parametrize("term", [
    "The loan is to be repaid over a term of 25 years.",
    "The loan is repayable over 25 years.",
    "The loan will be repaid within 25 years.",
])
def test_repaid_over_years_is_the_term(term: str) -> None:
    assert (25.0, "years") in {(f.value, f.unit) for f in figures(_LOAN + term)}


@pytest.mark.parametrize("text", [
    "The firm has repaid 25 million euros over the years.",
    "The two ports have cooperated for 25 years.",
])
def test_other_years_are_no_term(text: str) -> None:
    assert "years" not in {f.unit for f in figures(_LOAN + text)}


@pytest.mark.parametrize("clause", [
    "since both countries signed their first treaty in 1980",
    "since the two states established ties in 1980",
])
def test_since_clause_runs_to_the_paper(clause: str) -> None:
    assert (60.0, "agreements", "1980", "2024-05-17") in rows(
        f"Norland and Ruritania have signed around 60 agreements {clause}.")


def test_a_year_after_a_plain_in_is_that_year() -> None:
    assert (6.0, "agreements", "1980", "1980") in rows(
        "Norland and Ruritania signed six agreements in Vellin in 1980.")


def test_listed_parts_after_the_total_number() -> None:
    got = rows("Norland and Ruritania have signed 80 agreements since 1990. Of the total number "
               "of these agreements, 46 are in force, 16 have lapsed and five are awaiting "
               "ratification.")
    day = "2024-05-17"  # 'are in force': a standing as the paper went out
    assert {(n, "agreements", day, day) for n in (46.0, 16.0, 5.0)} <= got


def test_past_parts_keep_the_count_time() -> None:
    got = rows("Norland and Ruritania signed 14 agreements on Monday. Of the 14 agreements, six "
               "were signed by the two governments and eight were signed by companies.")
    assert {(6.0, "agreements", "2024-05-13", "2024-05-13"),
            (8.0, "agreements", "2024-05-13", "2024-05-13")} <= got
