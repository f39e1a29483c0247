"""Checklist (s27a): 'Congress' as the name of a legislature is a standing body, not a meeting
(event_legislatures): written alone ('passed by Congress', 'Congress President X') or as a
listed legislature's name ('the National People's Congress', 'the Congress of Deputies').  A
numbered congress, a congress with a name of its own and a definite 'the Congress' after one
are occasions, as before.  Invented people; the paper is of Thursday 16 May 2024
(test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # must not change: a congress with its own name or number is a meeting
    ("numbered-party-congress", "Ana Torres attended the 20th National Congress of the Workers Party "
     "in Lima on Monday.", [("Meeting", "2024-05-13", [], None)], True),
    ("named-world-congress", "The memorandum was signed on the sidelines of the World Chambers "
     "Congress in Lima on Monday.", [("Meeting", "2024-05-13", [], None)], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("congress-title", "Mr Vega leads a delegation including Congress President Ana Torres and "
     "Foreign Minister Luis Soto."),
    ("passed-by-congress", "The free trade bill was passed by Congress last week."),
    ("national-peoples-congress", "The trade bill now goes before the National People's Congress "
     "next month."),
    ("congress-of-deputies", "The treaty still needs the approval of the Congress of Deputies in Madrid."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
