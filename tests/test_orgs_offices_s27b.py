"""An s27 organisations checklist (round b), by construction rather than by article.

- a body's local office or institute named by the short form of a body the story defined
  before, then a place or demonym and the type word ('the PDA Malawi Office', 'ULM Peruvian
  Cultural Institute'): the short form stays in the name, since 'Malawi Office' alone names no
  one body; an office abroad named so is its parent's, of the parent's country;
- must not change: a short form before a unit whose rest names no place is the unit's owner,
  not part of its name ('the HoR Trade Committee');
- a name ending in 'Partnership' that the article defines by a bracketed short form ('the Andean
  Comprehensive Economic Partnership (ACEP)') is a trade framework between states, no body;
  must not change: 'Partnership' before a complement or before a type word ('the Global
  Partnership for Clean Water (GPCW)', 'the Peru Partnership Council (PPC)');
- a known body's short form that is also an English word ('Who') names the body only in
  capitals; must not change: 'WHO' in capitals.

Every text is invented (invented people, agencies and universities; no corpus text).  Each row
gives the organisations expected (name or alias, type, country; ANY and ANYTYPE leave one open)
and names that must not be organisations."""

from __future__ import annotations

import pytest
from tests.test_orgs_checklist6 import ANY, GB, RI
from tests.test_orgs_checklist9 import ANYTYPE, _check

ORGS = [
    # (a) an agency's country office named by the agency's short form and the host country
    ("office-after-defined-agency", "Malawi and the Peruvian Development Agency (PDA) signed a grant"
     " deal. Country Director of PDA Malawi Office, Ana Vell, signed the MoU.",
     [("Peruvian Development Agency", GB, "PE"), ("PDA Malawi Office", ANYTYPE, "PE")],
     ["Malawi Office"]),
    ("office-possessive", "The Peruvian Development Agency (PDA) will fund two projects. According"
     " to PDA Malawi Office's plan, the projects start in Malawi next year.",
     [("PDA Malawi Office", ANYTYPE, "PE")], ["Malawi Office"]),
    # (b) a university's institute named by the university's short form and a demonym
    ("institute-after-defined-university", "The University of Lima (ULM) signed a deal with Chile."
     " He said ULM Chilean Cultural Institute had been set up at the ULM.",
     [("ULM Chilean Cultural Institute", RI, ANY)], ["Chilean Cultural Institute"]),
    # must not change: the owner's short form before a unit named without a place
    ("owner-acronym-unit-unchanged", "The House of Representatives (HoR) met on Monday. The HoR"
     " Trade Committee approved the deal with Peru.", [("Trade Committee", GB, ANY)],
     ["HoR Trade Committee"]),
    # must not change: an office named in full keeps the country its name gives
    ("full-office-unchanged", "The Malawi Office of Statistics signed a deal with Peru.",
     [("Malawi Office of Statistics", ANYTYPE, "MW")], []),
    # (c) a defined name ending in 'Partnership' is a framework between states
    ("partnership-framework-defined", "The forum called for a balanced Andean Comprehensive Economic"
     " Partnership (ACEP) to be concluded soon.", [],
     ["Andean Comprehensive Economic Partnership", "ACEP"]),
    ("partnership-after-agreement-for", "Peru and Chile will seek a trade deal named the Agreement"
     " for Inclusive Trade and Economic Partnership (ITEP).", [],
     ["Inclusive Trade and Economic Partnership", "ITEP"]),
    # must not change: 'Partnership' before a complement or a type word
    ("partnership-for-field-unchanged", "The Global Partnership for Clean Water (GPCW) signed a deal"
     " with Peru.", [("Global Partnership for Clean Water", ANYTYPE, ANY)], []),
    ("partnership-council-unchanged", "The Peru Partnership Council (PPC) signed a deal with Chile.",
     [("Peru Partnership Council", ANYTYPE, ANY)], []),
    # (d) a short form that is also an English word
    ("who-question-opener", "Who signed them? Peru and Malawi signed the deal on Monday.", [],
     ["Who"]),
    ("who-after-body", "The Velmar Trade Council met in Lima. Who will pay for the port?",
     [("Velmar Trade Council", ANYTYPE, ANY)], ["Who"]),
    # must not change: the body's short form in capitals
    ("who-capitals-unchanged", "The WHO signed a health deal with Peru on Monday.",
     [("WHO", "IntergovernmentalOrganization", ANY)], []),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_offices_s27b_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)
