"""Checklist (s27d): two count nouns whose reading the s27 sets showed in articles of several
publishers.  'Projects' are what cooperation carries out or money pays for, never the parties of a
relation, so a pair of them is a count ('a grant for two projects'), as a pair of loans is; a pair
of universities or companies stays the two sides of a relation.  'Instruments' is the word a
writer picks for a package of documents of several kinds, and gold writers count it in its own
word, not as 'agreements'.

Rows are read against Thursday 12 June 2025 (Tuesday 10 June).  Every sentence, person and body
is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_cases
from tests.test_statements_figures_checklist5 import check_figures

TUE = "2025-06-10"

FIGURES: dict[str, tuple[str, list]] = {
    # --- a pair of projects is a count
    "grant-for-two-projects": ("Norland has agreed to extend $4 million in grant aid to Ruritania to support "
                               "two projects in rural water supply.",
                               [(4e6, "USD", None, "grant"), (2, "projects", None, "projects")]),
    "mou-for-two-projects-signed": ("A memorandum of understanding for two projects was signed between "
                                    "Kenya and Uganda on Tuesday.",
                                    [(2, "projects", TUE, "projects")]),
    "three-projects-still": ("Kenya and Uganda launched three projects on Tuesday.",
                             [(3, "projects", TUE, "projects")]),
    # --- instruments are counted as instruments
    "three-instruments-signed": ("Kenya and Uganda signed three instruments on Tuesday to deepen "
                                 "cooperation in trade and culture.",
                                 [(3, "instruments", TUE, "instruments")]),
    "five-bilateral-instruments-inked": ("Five bilateral instruments were inked by Kenya and Uganda on "
                                         "Tuesday.", [(5, "instruments", TUE, "")]),
    # --- what must NOT change: a pair of parties, things named before, deals and MoUs
    "not-two-universities": ("Kenya and Uganda welcomed the partnership between two universities.", []),
    "not-the-two-projects": ("Kenya and Uganda reviewed the two projects on Tuesday.", []),
    "not-instruments-without-number": ("Kenya and Uganda exchanged instruments of ratification of the "
                                       "treaty on Tuesday.", []),
    "deals-stay-agreements": ("Kenya and Uganda signed four deals on Tuesday.",
                              [(4, "agreements", TUE, "")]),
    "mous-stay-memoranda": ("Kenya and Uganda signed four MoUs on Tuesday.", [(4, "memoranda", TUE, "")]),
}

OPEN: dict[str, str] = {}


@pytest.mark.parametrize("case", xfail_cases(FIGURES, OPEN))
def test_figure_counts_s27d(case: str) -> None:
    check_figures(*FIGURES[case])
