"""Checklist (s26 lead): the 'be to' future ('X is to visit Y in June', 'is to come to Y') plans
a journey as 'will' does (event_journeys._VISITED; 'come to' is a journey-plan row), and its
bare month lies ahead of the paper (event_futures._FUTURE).  A planned visit still counts only
with its time, and 'come to' with no place after it ('come to an agreement') is no journey.
Invented sentences; the paper is of Thursday 16 May 2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES = "Ana Torres"  # an invented Chilean foreign minister

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("is-to-visit-month", "Chilean Foreign Minister Ana Torres is to visit Peru in June.",
     [("Event", "2024-06", [TORRES, "PE"], "PE")], True),
    ("is-to-come-to-day", "Chilean Foreign Minister Ana Torres is to come to Peru on 12 June, "
     "the Peruvian foreign ministry said on Monday.",
     [("Event", "2024-06-12", [TORRES, "PE"], "PE")], True),
    ("will-come-to-month", "Chilean Foreign Minister Ana Torres will come to Peru in July.",
     [("Event", "2024-07", [TORRES, "PE"], "PE")], True),
    # must not change: a visit told in the past keeps its past month
    ("visited-in-march", "Chilean Foreign Minister Ana Torres visited Peru in March.",
     [("Event", "2024-03", [TORRES, "PE"], "PE")], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("is-to-visit-no-time", "Chilean Foreign Minister Ana Torres is to visit Peru."),
    ("come-to-an-agreement", "Chilean Foreign Minister Ana Torres said the two sides will come to "
     "an agreement in June."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
