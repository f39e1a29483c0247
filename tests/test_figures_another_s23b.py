"""Figures s23b: 'another N' / 'a further N' after a count are more of the same things.  News
writes the noun once ('signed 28 agreements and another 9 are pending', 'opened 20 schools,
with a further 8 under construction'); the second number is a figure of its own in the first
count's unit.  Each case is a sentence written for these tests (no corpus text) with the
figures it must give as (value, unit, period, a word of the indicator), and no more; a period of
None is left unchecked."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_figure_forms import Expected
from tests.test_figures_checklist4 import _check

from coopkg.extract import extract
from coopkg.read.article import Article

MAY = date(2023, 5, 10)

Case = tuple[date, str, list[Expected]]

CASES: dict[str, Case] = {
    "another-pending": (MAY, "Chile and Peru have signed 28 agreements and there are another 9 pending "
                             "approval.", [(28, "agreements", None, "agreements"),
                                           (9, "agreements", None, "agreements")]),
    "a-further-under": (MAY, "Chile and Peru signed 20 agreements, with a further 8 under negotiation.",
                        [(20, "agreements", None, "agreements"), (8, "agreements", None, "agreements")]),
    "another-end": (MAY, "Chile and Peru signed 20 agreements on Monday and another 5 on Tuesday.",
                    [(20, "agreements", None, "agreements"), (5, "agreements", None, "agreements")]),
    # must NOT change: a number with a noun of its own is its own count, not the first one's
    "another-own-noun": (MAY, "Chile and Peru signed 20 agreements and another 5 protocols on Monday.",
                         [(20, "agreements", None, "agreements"), (5, "protocols", None, "protocols")]),
    # must NOT change: 'another' without a count before it lends no noun
    "no-count-before": (MAY, "Chile sent another 40 to Peru on Monday.", []),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_another_s23b(case: str) -> None:
    _check(*CASES[case])


def test_another_label_keeps_state() -> None:
    """The further things are labelled with the state the text gives them ('pending approval')."""
    text = "Chile and Peru have signed 28 agreements and there are another 9 pending approval."
    got = extract(Article(text=text, published=MAY, title="", origin="test")).figures
    labels = {f.value: f.indicator for f in got}
    assert labels[9] == "further agreements pending approval"
