"""Figures, s23 checklist: scale words as some regional presses abbreviate them, months
written as a range with one year, and 'the number of <things> surpassing N'.  'US$2.3bil',
'RM40mil' are billions and millions as 'bn' and 'mn' are; 'from January-June 2024', 'in the
March-May period of 2023' cover the months from the first to the last of that year (the first
month takes the year written after the last).  Every text is written for these tests (invented
places and people; no corpus text).  A case gives (value, unit, period, a word of the indicator)
and no more."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_statements_figures_checklist5 import check_figures

from coopkg.extract.dates import find_dates

FIGURES: dict[str, tuple[str, list[tuple]]] = {
    "scale-bil-glued": ("Trade between Malaysia and Chile was worth US$2.3bil in 2023.",
                        [(2.3e9, "USD", "2023", "Trade")]),
    "scale-mil-spaced": ("Japan gave Laos a grant of US$40 mil in 2022.",
                         [(40e6, "USD", "2022", "grant")]),
    "range-one-year": ("Trade between Peru and Japan reached $4.1 billion from January-June 2024.",
                       [(4.1e9, "USD", "2024-01/2024-06", "Trade")]),
    "range-period-of": ("Trade between Peru and Japan reached $4.1 billion in the March-May period of 2023.",
                        [(4.1e9, "USD", "2023-03/2023-05", "Trade")]),
    "range-after-conversion": ("Trade between Chile and Spain was valued at 2.5 trillion pesos, or "
                               "US$3.1 billion, from January-December 2021.",
                               [(2.5e12, "CLP", "2021-01/2021-12", "")]),
    # 'the number of <things> surpassing N': the gerund gives the count as the verb does
    "number-of-gerund": ("Ties between Peru and Chile grew, with the number of sister-city "
                         "relationships surpassing 40.", [(40, "relationships", None, "sister-city")]),
    "number-of-exceeding": ("The number of joint partnerships between Peru and Chile is now exceeding 12.",
                            [(12, "partnerships", None, "partnerships")]),
    # what must not change
    "not-number-of-by": ("The number of students from Peru in Chile grew by 300 last year.", []),
    "not-bare-range": ("Trade between Peru and Japan reached $4.1 billion in January-March, officials "
                       "said.", [(4.1e9, "USD", "2025-01/2025-03", "Trade")]),
    "not-single-month": ("Trade between Peru and Japan reached $4.1 billion in March 2024.",
                         [(4.1e9, "USD", "2024-03/2024-03", "Trade")]),
}


@pytest.mark.parametrize("case", sorted(FIGURES))
def test_figures_s23l(case):
    check_figures(*FIGURES[case])


@pytest.mark.parametrize("text,months", [
    ("from January-December 2021", ["2021-01", "2021-12"]),
    ("between March and May 2019", ["2019-03", "2019-05"]),
    ("from January to June, the talks went on", ["2025-01"]),  # no year: the paper's
    ("in January and on 3 March 2020", ["2025-01", "2020-03-03"]),  # a day breaks the range
])
def test_month_range_takes_the_year_after_it(text, months):
    assert [d.when.value for d in find_dates(text, date(2025, 6, 12))] == months
