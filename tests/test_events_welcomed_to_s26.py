"""Checklist (s26 lead): 'X welcomed Y to <place>' places the reception where Y was welcomed to,
also past Y's apposition ('welcomed Y, a deputy minister of Z, to Lima'), as 'received Y in
<place>' does (event_activities._welcomed_to).  A relative clause after the guest ('Y, who
travelled to Lima') tells the guest's own journey, not where the reception was.  Invented
sentences; the paper is of Thursday 16 May 2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES, VEGA = "Ana Torres", "Luis Vega"  # an invented Chilean minister and Peruvian president

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("welcomed-to-city", "Peruvian President Luis Vega welcomed Chilean Foreign Minister Ana Torres "
     "to Lima on Monday.", [("Meeting", "2024-05-13", [VEGA, TORRES], "PE")], True),
    ("welcomed-apposed-to-city", "Peruvian President Luis Vega welcomed Ana Torres, deputy "
     "secretary of the Chilean trade ministry, to Lima.",
     [("Meeting", "2024-05", [VEGA, TORRES], "PE")], True),
    # must not change: 'to' opens a purpose, not a place
    ("received-to-discuss", "Peruvian President Luis Vega received Chilean Foreign Minister Ana "
     "Torres on Monday to discuss trade.", [("Meeting", "2024-05-13", [VEGA, TORRES], None)], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("welcome-wished", "Peru would welcome Chilean investment in its ports, the ministry said."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
