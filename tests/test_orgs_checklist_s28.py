"""Organisations checklist of session 28: a quantifier or adjective opening a sentence before a
plural kind ('Local dailies, including A and B, ...', 'Several newspapers, such as A and B')
was taken as an outlet's name.  Sentences and names are invented."""

from __future__ import annotations

import pytest
from tests.test_orgs_checklist6 import ANY
from tests.test_orgs_checklist9 import _check

MEDIA = "MediaOutlet"

ORGS = [
    ("local-dailies", "Local dailies, including the Harbour Times and Coastal Herald, praised the deal.",
     [("Harbour Times", MEDIA, ANY), ("Coastal Herald", MEDIA, ANY)], ["Local"]),
    ("several-newspapers", "Several newspapers, such as the Lake Times and Valley Post, covered the visit.",
     [("Lake Times", MEDIA, ANY), ("Valley Post", MEDIA, ANY)], ["Several"]),
    ("regional-newspapers", "Regional newspapers reported the talks in Mombasa.", [], ["Regional"]),
    ("many-firms", "Many firms, including Acme Mining and Vantix, signed deals in Lusaka.",
     [("Acme Mining", "Company", ANY), ("Vantix", "Company", ANY)], ["Many"]),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_checklist_s28_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)
