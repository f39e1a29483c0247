"""Checklist (s23b events helper): a date told after 'follows', 'comes after', 'preceded' or
'since' in an event's clause belongs to the other occasion those words introduce, not to the
event before them ("A's visit to X follows B's to Y in March").  Invented sentences; the paper
is of Thursday 16 May 2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

MENSAH, VEGA = "Kofi Mensah", "Luis Vega"  # Ghanaian, Peruvian heads of state (invented)

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # --- the visit told again in a 'follows' sentence keeps its own day
    ("visit-follows-other-visit", "Ghanaian President Kofi Mensah arrived in Lima on Monday for a "
     "state visit to Peru. Mensah's visit to Peru follows President Vega's to Ghana in March 2023.",
     [("StateVisit", "2024-05-13", [MENSAH, "PE"], "PE")], True),
    ("visit-comes-after-talks", "Ghanaian President Kofi Mensah arrived in Lima on Monday for a "
     "state visit to Peru. The visit comes after talks in Accra in March 2023.",
     [("StateVisit", "2024-05-13", [MENSAH, "PE"], "PE")], True),
    # --- what must not change: a date before the sequel word, or with none, is the event's own
    ("date-before-follows", "Ghanaian President Kofi Mensah paid a state visit to Peru on Monday, "
     "which follows years of close ties.", [("StateVisit", "2024-05-13", [MENSAH, "PE"], "PE")], True),
    ("plain-dated-visit", "Ghanaian President Kofi Mensah paid a state visit to Peru in March 2023.",
     [("StateVisit", "2023-03", [MENSAH, "PE"], "PE")], True),
]

NO_EVENT: list[tuple[str, str]] = []

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
