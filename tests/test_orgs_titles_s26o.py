"""An s26 organisations checklist: 'co-chair' is a person's title, like 'chair' and 'vice-chairman'.

A joint body's two sides each name a co-chair, and news writes the office after another one
('Minister of Fisheries and Co-Chair of the X Commission Y'). Read as a title, the words before
the body's name belong to the person, and the body's name starts after 'of the'; unread, the
portfolio, the title and the body ran together as one organisation.

Must not change: 'Chairman of the X Council' after a portfolio already reads so.

Every text is invented (no corpus text).  Each row gives the organisations expected (name or alias,
type, country; ANY and ANYTYPE leave one open) and names that must not be organisations."""

from __future__ import annotations

import pytest
from tests.test_orgs_checklist6 import ANY
from tests.test_orgs_checklist9 import ANYTYPE, _check

ORGS = [
    ("portfolio-and-co-chair", "He met Peru's Minister of Fisheries and Co-Chair of the Joint Ocean"
     " Commission Ana Kolt.", [("Joint Ocean Commission", ANYTYPE, ANY)],
     ["Fisheries and Co-Chair of the Joint Ocean Commission", "Co-Chair"]),
    ("co-chairman-apposition", "Ana Kolt, Co-Chairman of the Peru-Malawi Business Council, said trade"
     " grew.", [("Peru-Malawi Business Council", ANYTYPE, ANY)],
     ["Co-Chairman of the Peru-Malawi Business Council"]),
    ("co-chairperson-subject", "Co-Chairperson of the Joint Trade Committee Ana Kolt opened the session.",
     [("Joint Trade Committee", ANYTYPE, ANY)], ["Co-Chairperson of the Joint Trade Committee"]),
    # must not change: 'Chairman' after a portfolio
    ("chairman-unchanged", "He met Peru's Minister of Energy and Chairman of the Joint Commission Ana"
     " Kolt.", [("Joint Commission", ANYTYPE, ANY)], ["Energy and Chairman of the Joint Commission"]),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_titles_s26o_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


def test_rows_are_unique() -> None:
    assert len({c[0] for c in ORGS}) == len(ORGS)
