"""An s28 organisations checklist (helper a), by construction class.

- a sentence opened by a preposition ('Within ASEAN, ...', 'Beyond trade, ...') does not carry
  the preposition into a body's name: the known body after it is still found;
- 'the UN General Assembly' is a well-known body (gazetteer), while a numbered session ('the
  70th General Assembly of X') stays an event and its body is X;
- 'Ecuadoran' is a demonym (a spelling wire services use beside 'Ecuadorian').

Every text is invented (invented people, outlets and bodies; no corpus text).  Each row gives
the organisations expected (name or alias, type, country; ANY and ANYTYPE leave one open) and
names that must not be organisations."""

from __future__ import annotations

import pytest
from tests.test_orgs_checklist6 import ANY
from tests.test_orgs_checklist9 import ANYTYPE, _check

GB = "GovernmentBody"
IGO = "IntergovernmentalOrganization"

ORGS = [
    # (a) a preposition opening the sentence before a known body
    ("within-known-igo", "Within ASEAN, Laos has long backed the port plan.",
     [("ASEAN", IGO, None)], ["Within ASEAN"]),
    ("outside-known-igo", "Outside the WTO, Peru and Malawi keep their own tariff rules.",
     [("WTO", IGO, None)], ["Outside the WTO"]),
    # must not change: an ordinary preposition opener names nothing
    ("across-phrase-unchanged", "Across Malawi, farmers welcomed the Velmar Seed Company plan.",
     [("Velmar Seed Company", "Company", ANY)], ["Across Malawi"]),
    # (b) the UN General Assembly
    ("un-general-assembly", "The minister spoke to the UN General Assembly on Tuesday.",
     [("UN General Assembly", IGO, None)], []),
    # must not change: a numbered session is no body; the body is the one it is of
    ("numbered-session-unchanged", "The plan was declared at the 71st General Assembly of the"
     " United Nations.", [("United Nations", IGO, None)], ["General Assembly of the United Nations"]),
    # must not change: a lowercase general assembly names nothing
    ("lowercase-assembly-unchanged", "The firm holds a general assembly of its owners each May.",
     [], ["general assembly"]),
    # (c) the demonym 'Ecuadoran'
    ("ecuadoran-ministry", "The Ecuadoran Ministry of Mines signed the deal with Kenya on Monday.",
     [("Ecuadoran Ministry of Mines", GB, "EC")], []),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_s28_helpera_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)
