"""The period an amount without one takes from earlier in its paragraph (figure_context.
CarriedPeriods): read lazily, it must answer as reading every sentence at once did — the latest
sentence that states a period wins, a later dated sentence that states none does not erase it,
and an amount's own dated flow replaces what came before.  Sentences written for this test."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article

TEXT = (
    "Figures for January to June 2020 were released on Friday. A report was issued on March 3. "
    "Trade between Ecuador and Bolivia rose to $900 million.\n\n"
    "Investment reached $2 billion in 2019. Data for the first quarter of 2023 came out on Tuesday. "
    "Exports from Ecuador to Bolivia climbed to $50 million.\n\n"
    "Exports from Bolivia to Ecuador were $70 million."
)


def _periods() -> dict[float, tuple[str | None, str | None]]:
    got = extract(Article(text=TEXT, published=date(2023, 5, 10), title="", origin="test")).figures
    return {f.value: (f.period_start and f.period_start.value, f.period_end and f.period_end.value)
            for f in got}


def test_latest_stated_period_wins_over_an_undated_later_sentence():
    assert _periods()[9e8] == ("2020-01", "2020-06")


def test_stated_period_after_a_dated_flow_replaces_it():
    periods = _periods()
    assert periods[2e9] == ("2019", "2019")
    assert periods[5e7] == ("2023-01", "2023-03")


def test_no_period_crosses_a_paragraph():
    assert _periods()[7e7] != ("2023-01", "2023-03")
