"""Figures, s22 checklist: the size of a visiting party and a document singled out of a count.
A delegation's size, as a hyphenated adjective ('a 25-member delegation', 'a 40-strong team')
or as what the party is made of ('a delegation with 11 ministers'), is a count of its members;
'one of the agreements is to ...' describes one document and counts nothing.  Every text is
written for these tests (invented people and places; no corpus text).  A case gives (value,
unit, period, a word of the indicator) and no more."""

from __future__ import annotations

import pytest
from tests.test_statements_figures_checklist5 import check_figures

FIGURES: dict[str, tuple[str, list[tuple]]] = {
    # the size of a delegation, in the unit its size word or its noun gives
    "delegation-n-member": ("Foreign Minister Lena Varo led a 25-member delegation to the talks in Accra "
                            "on Monday.", [(25, "members", "2025-06-09", "delegation")]),
    "delegation-two-sized": ("The Kenyan minister led a 30-member delegation and her Ghanaian counterpart "
                             "led a 12-member delegation to the talks.",
                             [(30, "members", None, "delegation"), (12, "members", None, "delegation")]),
    "delegation-word-strong": ("A twenty-strong business delegation from Chile arrived in Peru.",
                               [(20, "members", None, "delegation")]),
    "delegation-with-ministers": ("Prime Minister Omar Dale is leading the largest ever delegation with "
                                  "nine ministers to Malaysia, a Kenyan official said.",
                                  [(9, "ministers", None, "ministers")]),
    "delegation-of-officials-counted-once": ("A delegation of 40 officials from Ghana visited Togo.",
                                             [(40, "officials", None, "officials")]),
    # one document singled out of those signed is described, not counted
    "not-one-of-the-agreements": ("Chile and Peru signed four agreements on Monday. One of the agreements "
                                  "is to set up a joint fisheries board.",
                                  [(4, "agreements", "2025-06-09", "agreements")]),
    # what must not change
    "not-delegation-no-size": ("A delegation from Ghana visited Togo for two days.", []),
    "not-three-day-visit": ("The Kenyan delegation began a three-day visit to Ghana.", []),
    "split-still-counted": ("Gambia and Senegal signed nine memoranda on Monday. Six of them involve "
                            "ministries and three involve universities.",
                            [(9, "memoranda", "2025-06-09", "memoranda"), (6, "memoranda", None, ""),
                             (3, "memoranda", None, "")]),
}


@pytest.mark.parametrize("case", sorted(FIGURES))
def test_figures_s22a(case):
    check_figures(*FIGURES[case])
