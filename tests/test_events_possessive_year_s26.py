"""Checklist (s26 lead): a year written as a possessive ('this year's summit', 'last year's
forum') qualifies the event's name; a fuller date of that year later in the clause ('in Lima on
Saturday, May 11') is the event's day (event_clauses._past_possessive_year).  Without a fuller
date the year stays.  Invented sentences; the paper is of Thursday 16 May 2024
(test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES = "Ana Torres"  # an invented Chilean president

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("this-years-summit-weekday-day", "Chilean President Ana Torres attended this year's Pacific "
     "Summit in Lima on Saturday, May 11.", [("Summit", "2024-05-11", [TORRES], "PE")], False),
    ("forum-on-sidelines-of-this-years", "Chilean President Ana Torres spoke at a business forum "
     "on the sidelines of this year's Pacific Summit in Lima on Saturday.",
     [("Meeting", "2024-05-11", [TORRES], "PE"), ("Summit", "2024-05-11", [TORRES], "PE")], False),
    # must not change: no fuller date, the year stays
    ("this-years-summit-no-day", "Chilean President Ana Torres will attend this year's Pacific "
     "Summit in Lima.", [("Summit", "2024", [TORRES], "PE")], False),
]

NO_EVENT: list[tuple[str, str]] = [
    ("this-years-theme", "This year's theme of the trade fair in Lima is green ports, the "
     "Chilean ministry said."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
