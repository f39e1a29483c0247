"""Checklist (s25 round 2 events helper): 'current' and 'continuing' before a plural meeting
noun make it a process under way ('a deal passed through current negotiations at the WTO',
'continuing talks on the border'), no one occasion with a date and place of its own, as
'ongoing' already did (event_words vague rows).  A plural meeting noun without such a word
('held talks with B on Monday') is still one occasion.  Invented sentences; the paper is of
Thursday 16 May 2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES, VEGA = "Ana Torres", "Luis Vega"  # an invented Chilean minister, an invented Peruvian one

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # must not change: talks held, with a day
    ("held-talks-day", "Chilean Trade Minister Ana Torres held talks with Peruvian Trade Minister "
     "Luis Vega on Monday.", [("Meeting", "2024-05-13", [TORRES, VEGA], None)], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("current-negotiations-at", "Chilean Trade Minister Ana Torres said the pact will help a "
     "global deal to be passed through current negotiations at the World Trade Organization."),
    ("continuing-talks", "Chilean Trade Minister Ana Torres said continuing talks on the border "
     "would bring results."),
    ("ongoing-negotiations", "Chilean Trade Minister Ana Torres said ongoing negotiations at the "
     "World Trade Organization would bring results."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
