"""An s26 organisations checklist: a body written as the possessor of what the sentence names.

- "the X Ministry's Department of Y": the owning ministry and its department are both named;
- "the X Ministry's Asia Director Z": the owner is named though a title follows its "'s";
- "the Forum Secretariat's Work Plan": the owner is named though a document follows;
- "Kenya's Ministry of Health's Department of Y": a place's possessive first, then the owner.

Must not change: a place's possessive names no body ("Peru's Acme Mining Company"), nor does
"People's" inside a name ("the Ministry of Trade of the People's Republic of China"), nor a body
whose 'of' complement is a place that owns what follows ("the Chamber of Commerce of Peru's Lima
region" is the region's chamber).

Every text is invented (no corpus text).  Each row gives the organisations expected (name or alias,
type, country; ANY and ANYTYPE leave one open) and names that must not be organisations."""

from __future__ import annotations

import pytest
from tests.test_orgs_checklist6 import ANY, CO, GB
from tests.test_orgs_checklist9 import ANYTYPE, _check

ORGS = [
    ("owner-and-unit", "The Industry Ministry's Department of Export Promotion has signed a memorandum"
     " with a Peruvian chamber.",
     [("Industry Ministry", GB, ANY), ("Department of Export Promotion", GB, ANY)], []),
    ("owner-then-title", "The Peruvian Foreign Ministry's Asia Director Ana Kolt said the visit was a"
     " success.", [("Peruvian Foreign Ministry", GB, ANY)], ["Asia Director"]),
    ("owner-then-document", "The ministers endorsed the Forum Secretariat's Work Plan on ports.",
     [("Forum Secretariat", ANYTYPE, ANY)], ["Work Plan"]),
    ("place-then-owner-then-unit", "Kenya's Ministry of Health's Department of Nursing signed the deal"
     " with a Peruvian college.", [("Ministry of Health", GB, ANY), ("Department of Nursing", GB, ANY)], []),
    ("university-owner", "Ostrava Technical University's Confucius Institute signed an MoU on Monday.",
     [("Ostrava Technical University", ANYTYPE, ANY), ("Confucius Institute", ANYTYPE, ANY)], []),
    # must not change: a place's possessive, 'People's' and a person's possessive own no body
    ("place-possessive-unchanged", "Peru's Acme Mining Company signed a deal with Malawi.",
     [("Acme Mining Company", CO, ANY)], ["Peru"]),
    ("peoples-republic-unchanged", "The Ministry of Trade of the People's Republic of China signed the"
     " protocol.", [("Ministry of Trade of the People's Republic of China", GB, ANY)],
     ["Ministry of Trade of the People"]),
    ("place-in-complement-unchanged", "The Chamber of Commerce of Peru's Lima region signed the deal.",
     [("Chamber of Commerce of Peru's Lima region", ANYTYPE, ANY)], ["Chamber of Commerce of Peru"]),
    ("trailing-possessive-unchanged", "Prime Minister Ado praised the Malawi Development Agency's support"
     " to farmers.", [("Malawi Development Agency", ANYTYPE, ANY)], []),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_owners_s26o_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


def test_rows_are_unique() -> None:
    assert len({c[0] for c in ORGS}) == len(ORGS)
