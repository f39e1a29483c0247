"""Checklist (s27b): a span told forward from the paper's date ('over the next five years',
'within the coming three years', 'in the next two years').  A projection or a pledge said to
cover the years ahead covers the publication year to the year N later, as 'over the past five
years' covers the N years back to it; a weekday of the speech ('its envoy said Thursday') dates
the saying, not the amount.  The years back, an explicit year and an undated pledge keep their
own periods.

Rows are read against Thursday 12 June 2025.  Every sentence, person and body is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_cases
from tests.test_statements_figures_checklist5 import check_figures

FIGURES: dict[str, tuple[str, list]] = {
    # --- a projection over the years ahead
    "could-reach-next-five-years": ("Trade between Kenya and Peru could reach $8 billion over the next "
                                    "five years, the Kenyan envoy said Thursday.",
                                    [(8e9, "USD", "2025/2030", "trade")]),
    "pledge-within-coming-years": ("Peru will provide Kenya with $300 million in loans within the coming "
                                   "three years.", [(3e8, "USD", "2025/2028", "")]),
    "digits-next-years": ("Kenyan exports to Peru are expected to double to $2 billion in the next 4 "
                          "years.", [(2e9, "USD", "2025/2029", "exports")]),
    # --- what must NOT change: the years back, a stated year
    "not-past-years": ("Trade between Kenya and Peru totalled $5 billion over the past five years.",
                       [(5e9, "USD", "2020/2025", "trade")]),
    "not-stated-year": ("Kenyan exports to Peru reached $300 million in 2023.",
                        [(3e8, "USD", "2023/2023", "exports")]),
}

OPEN: dict[str, str] = {}


@pytest.mark.parametrize("case", xfail_cases(FIGURES, OPEN))
def test_next_years_s27b(case: str) -> None:
    check_figures(*FIGURES[case])
