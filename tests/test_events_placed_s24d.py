"""Checklist (s24 events helper): 'the deals inked at a business forum in Lima' — one
occasion the text places ('a/an' + event noun + 'in/at <place>') is a Meeting even when no one is
named taking part in its sentence, and a later 'said at the forum' is that forum again, not a
new one dated by the sentence before (GOLD_FORMAT: forums are meetings).  Invented sentences; the
paper is of Thursday 16 May 2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES = "Ana Torres"  # a Chilean minister (invented)

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("inked-at-a-forum-in", "The five deals were inked at a business forum held in Lima on "
     "Monday.", [("Meeting", "2024-05-13", [], "PE")], True),
    ("under-agreements-inked-at", "Chile and Peru signed five agreements, the council said on "
     "Monday. Under the deals inked at a business forum in Lima, the two sides will "
     "bolster ties in mining. Chile's trade chief visited Peru in 2019 and signed a deal. "
     "Minister Ana Torres said at the forum that trade would grow.",
     [("Meeting", "2024-05", [TORRES], "PE")], False),
    # what must not change: a forum with its participants keeps them
    ("held-a-forum", "Chile and Peru held an investment forum in Lima on Monday.",
     [("Meeting", "2024-05-13", ["CL", "PE"], "PE")], True),
]

NO_EVENT: list[tuple[str, str]] = [
    # must not change: plural forums are no one occasion; a forum with no place stays unrecorded
    ("plural-forums-in", "Miners said that investment forums in Lima drew large crowds."),
    ("forum-no-place", "The council plans an investment forum to draw miners."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
