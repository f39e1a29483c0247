"""Figures s23d: a change told alone in the lead and again, further down, as the change of an
amount of the same flow is one change.  News opens with the growth ('trade has increased by 80
percent in five years') and gives the amounts later ('from $200 million in 2015 to $360 million
in 2020, an 80 percent increase'); the change belongs to the amount (its change_percent), not to
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
LEAD = "The trade volume between Chile and Peru has increased by 80 percent in five years, the envoy said."
AMOUNTS = ("The ambassador said the volume of trade between Chile and Peru increased from $200 million in "
           "2015 to $360 million in 2020, an 80 percent increase.")

Case = tuple[date, str, list[Expected]]

CASES: dict[str, Case] = {
    "lead-then-amounts": (NOV, f"{LEAD}\n\n{AMOUNTS}",
                          [(2e8, "USD", "2015", "trade"), (3.6e8, "USD", "2020", "trade")]),
    # must NOT change: a change told only alone is a figure of its own
    "change-alone-kept": (NOV, LEAD, [(80, "percent", None, "trade")]),
    # must NOT change: another percentage is another change
    "other-percent-kept": (NOV, f"{LEAD.replace('80 percent', '75 percent')}\n\n{AMOUNTS}",
                           [(75, "percent", None, "trade"), (2e8, "USD", "2015", "trade"),
                            (3.6e8, "USD", "2020", "trade")]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_changes_s23d(case: str) -> None:
    _check(*CASES[case])


def test_change_kept_on_amount() -> None:
    """The amount that the change was told again with keeps it as its change_percent."""
    got = extract(Article(text=f"{LEAD}\n\n{AMOUNTS}", published=NOV, title="", origin="test")).figures
    assert {f.value: f.change_percent for f in got}[3.6e8] == 80
