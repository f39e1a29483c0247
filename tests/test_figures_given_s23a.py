"""Figures s23a: things given, bought or handed over whose noun a two-word place name modifies.
News names the origin of the things counted before their noun ('bought 12 New Zealand sheep
farms', 'donated 20 South Korean patrol boats'); a country or region of two capitalised words is
one modifier, so the count keeps its noun as it would after 'Chilean'.  Each case is a sentence
written for these tests (no corpus text) with the figures it must give as (value, unit, period,
a word of the indicator), and no more; a period of None is left unchecked."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_figure_forms import Expected
from tests.test_figures_checklist4 import _check

MAY = date(2023, 5, 10)

Case = tuple[date, str, list[Expected]]

CASES: dict[str, Case] = {
    # a two-word country name and a noun modifier before the thing bought
    "two-word-place-bought": (MAY, "Norland Holdings of Chile agreed to purchase 12 New Zealand sheep "
                                   "stations from Peru.", [(12, "stations", None, "stations")]),
    # a two-word demonym before the things given
    "two-word-demonym-given": (MAY, "Peru donated 20 South Korean patrol boats to Chile in 2022.",
                               [(20, "boats", "2022", "boats")]),
    # one modifier, as before: the rule kept
    "one-modifier-unchanged": (MAY, "Peru donated 30 new ambulances to Chile in 2022.",
                               [(30, "ambulances", "2022", "ambulances")]),
    # must NOT change: three lowercase modifiers are still too many to tie the number to the noun
    "three-lowercase-words-no-count": (MAY, "Peru handed over 3 of the old fishing boats to Chile.", []),
    # must NOT change: a capitalised pair that is the receiver, with no plural noun after it
    "receiver-not-a-thing": (MAY, "Peru donated 500 tonnes to Costa Rica last week.", []),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_given_s23a(case: str) -> None:
    _check(*CASES[case])
