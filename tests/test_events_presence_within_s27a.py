"""Checklist (s27a): 'signed in the presence of A and B during the X meeting' — the people present
end at the adverbial of the occasion the signing was held in (event_activities._in_presence), so
the occasion is read as an event of its own and the signing is part of it (event_witnessed), as
'inked during the talks in the presence of A' was.  A signing in the presence of leaders with no
occasion named is no event (s32: GOLD_FORMAT, no ceremony told).  Invented people; the paper
is of Thursday 16 May 2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

VEGA, TORRES = "Luis Vega", "Ana Torres"

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("presence-during-council-meeting", "The memorandum was signed in the presence of Luis Vega, Peru's "
     "Minister of Education, and Ana Torres, Chile's Minister for Education, during the first "
     "Chile-Peru Education Council meeting at the University of Lima.",
     [("Meeting", "2024-05", [VEGA, TORRES], None)], True),
    ("presence-during-forum", "The deals were signed in the presence of Peruvian Trade Minister Luis "
     "Vega and Chilean Trade Minister Ana Torres during the Chile-Peru Business Forum in Lima on Monday.",
     [("Meeting", "2024-05-13", [], "PE")], True),
    ("presence-on-sidelines", "The memorandum was signed in the presence of Luis Vega and Ana Torres "
     "on the sidelines of the Andean Trade Summit in Lima on Monday.",
     [("Summit", "2024-05-13", [], "PE")], True),
]

NO_EVENT: list[tuple[str, str]] = [
    # a signing told only as done in someone's presence names no ceremony, meeting or visit (GOLD_FORMAT)
    ("presence-alone", "The deals were signed in the presence of Peruvian President Luis Vega and "
     "Chilean President Ana Torres in Lima on Monday."),
    # a signing with no one present and no occasion named is no event (GOLD_FORMAT)
    ("signing-alone", "The agreement on fisheries was signed in Lima on Monday."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
