"""Checklist (s27a): a year told by the month it ends in.  News from countries whose statistics
run on rolling or fiscal years times a flow by its last month ('in the 12 months through
February', 'over the year to May', 'the year ending March 2020', 'fiscal 2023-24 that ended March
31'): the amount covers the twelve months up to and including that month, not the month alone
and not the two calendar years a fiscal year touches.  A month told on its own, a month range and
the running year to date keep their own periods.

Rows are read against Thursday 12 June 2025.  Every sentence, person and body is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_cases
from tests.test_statements_figures_checklist5 import check_figures

FIGURES: dict[str, tuple[str, list]] = {
    # --- the twelve months up to a month named without its year: the latest such month
    "twelve-months-through": ("Two-way trade between Kenya and Peru was worth about $1.5 billion in the "
                              "12 months through February.",
                              [(1.5e9, "USD", "2024-03/2025-02", "trade")]),
    "twelve-months-to-three-amounts": ("Two-way trade with Peru was worth $1.5 billion in the 12 months to "
                                       "March, comprising $600 million of Kenyan exports to Peru and $900 "
                                       "million of imports.",
                                       [(1.5e9, "USD", "2024-04/2025-03", "trade"),
                                        (6e8, "USD", "2024-04/2025-03", ""),
                                        (9e8, "USD", "2024-04/2025-03", "")]),
    "year-to-month": ("Peru is a major market for Kenya, with exports of more than $2 billion over the "
                      "year to May, according to the ministry.",
                      [(2e9, "USD", "2024-06/2025-05", "exports")]),
    # --- with its year, and a count timed the same way
    "year-ending-month-year-count": ("In the year ending March 2020, 40,000 Peruvian tourists visited Kenya "
                                     "and spent $90 million there.",
                                     [(40000, "tourists", "2019-04/2020-03", "tourists"),
                                      (9e7, "USD", "2019-04/2020-03", "")]),
    "financial-year-ended-day-month-year": ("Kenyan exports to Peru reached $300 million in the financial "
                                            "year ended 30 June 2023.",
                                            [(3e8, "USD", "2022-07/2023-06", "exports")]),
    # --- a fiscal year named by its years and by the month it ended in
    "fiscal-split-that-ended": ("Trade between Kenya and Peru was worth about $3 billion in fiscal 2023-24 "
                                "that ended March 31.",
                                [(3e9, "USD", "2023-04/2024-03", "trade")]),
    # --- what must NOT change: a month alone, a fiscal year without its month, the year to date
    "not-month-alone": ("Trade between Kenya and Peru reached $2 billion in February.",
                        [(2e9, "USD", "2025-02/2025-02", "trade")]),
    "not-fiscal-without-month": ("Trade between Kenya and Peru stood at $3 billion in fiscal 2023-24.",
                                 [(3e9, "USD", "2023/2024", "trade")]),
    "not-year-to-date": ("Trade between Kenya and Peru reached $2 billion in the year to date.",
                         [(2e9, "USD", "2025-01/2025-06", "trade")]),
}

OPEN: dict[str, str] = {}


@pytest.mark.parametrize("case", xfail_cases(FIGURES, OPEN))
def test_year_ending_s27a(case: str) -> None:
    check_figures(*FIGURES[case])
