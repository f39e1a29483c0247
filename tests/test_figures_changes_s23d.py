"""Figures s23d: a change told alone in the lead and again, further down, as the change of an
amount of the same flow is one change.  News opens with the growth ('trade has grown by 65
percent over four years') and gives the amounts later ('from $120 million in 2016 to $198 million
in 2020, a 65 percent rise'); the change belongs to the amount (its change_percent), not to
a percentage figure of its own.  Each case is a sentence written for these tests (no corpus
text) with the figures it must give as (value, unit, period, a word of the indicator), and no
more; a period of None is left unchecked."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_figure_forms import Expected
from tests.test_figures_checklist4 import _check

from coopkg.extract import extract
from coopkg.read.article import Article

NOV = date(2021, 11, 2)
LEAD = "Trade between Chile and Peru has grown by 65 percent over four years, the consul noted."
AMOUNTS = ("The consul said trade between Chile and Peru rose from $120 million in "
           "2016 to $198 million in 2020, a 65 percent rise.")

Case = tuple[date, str, list[Expected]]

CASES: dict[str, Case] = {
    "lead-then-amounts": (NOV, f"{LEAD}\n\n{AMOUNTS}",
                          [(1.2e8, "USD", "2016", "trade"), (1.98e8, "USD", "2020", "trade")]),
    # must NOT change: a change told only alone is a figure of its own
    "change-alone-kept": (NOV, LEAD, [(65, "percent", None, "trade")]),
    # must NOT change: another percentage is another change
    "other-percent-kept": (NOV, f"{LEAD.replace('65 percent', '70 percent')}\n\n{AMOUNTS}",
                           [(70, "percent", None, "trade"), (1.2e8, "USD", "2016", "trade"),
                            (1.98e8, "USD", "2020", "trade")]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_changes_s23d(case: str) -> None:
    _check(*CASES[case])


def test_change_kept_on_amount() -> None:
    """The amount that the change was told again with keeps it as its change_percent."""
    got = extract(Article(text=f"{LEAD}\n\n{AMOUNTS}", published=NOV, title="", origin="test")).figures
    assert {f.value: f.change_percent for f in got}[1.98e8] == 65
