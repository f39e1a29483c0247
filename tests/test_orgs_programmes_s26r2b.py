"""An s26 round-2 organisations checklist: a programme named as a unit in a head's title.

'Director of Partner Outreach Program of ZSC', 'Head of the Export Program and Senior
Trade Officer of the Embassy of X': after a head's title and 'of', a capitalised
programme is the unit the person heads (GOLD_FORMAT: sub-units named in a title are
organisations), of its parent's kind and country, even when the parent is an acronym or is named
after a second title.

Must not change: a programme outside a head's title, or with no body in the sentence, is a
scheme, no organisation ('launched the National Irrigation Programme', 'head of the National
Irrigation Programme, said').

Every text is invented (no corpus text).  Each row gives the organisations expected (name or alias,
type, country; ANY and ANYTYPE leave one open) and names that must not be organisations."""

from __future__ import annotations

import pytest
from tests.test_orgs_checklist6 import ANY
from tests.test_orgs_checklist9 import _check

GOV = "GovernmentBody"

ORGS = [
    ("program-of-acronym", "The Zorvian Science Commission (ZSC) of Peru sent a team. Tomas Verde,"
     " Director of Partner Outreach Program of ZSC, attended the meeting.",
     [("Partner Outreach Program", GOV, "PE"), ("Zorvian Science Commission", GOV, ANY)], []),
    ("program-then-second-title", "Head of the Export Program and Senior Trade Officer of the Embassy"
     " of Canada, Tom Verde, was present.",
     [("Export Program", GOV, "CA"), ("Embassy of Canada", GOV, "CA")], []),
    ("programme-of-university", "Ana Kolt, Coordinator of the Exchange Programme at Lakeside"
     " University, signed the letter.", [("Exchange Programme", "Other", ANY)], []),
    # must not change
    ("scheme-launched-unchanged", "Uganda launched the National Irrigation Programme with Kenyan help.",
     [], ["National Irrigation Programme"]),
    ("scheme-no-body-unchanged", "Tom Verde, head of the National Irrigation Programme, said the dam"
     " is ready.", [], ["National Irrigation Programme"]),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_programmes_s26r2b_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


def test_rows_are_unique() -> None:
    assert len({c[0] for c in ORGS}) == len(ORGS)
