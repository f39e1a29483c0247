"""Checklist (s29 helper B): event forms of ordinary news English that failed on unseen news.
Invented sentences and names; the paper is of Thursday 16 May 2024 (test_event_forms.PUBLISHED).

- A room named after an occasion ('the Main Conference Room', 'a meeting room') is a place, no
  occasion: 'room' heads the phrase (event_words place-noun rows)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("conference-held", "Chile and Peru held a trade conference in Lima on Monday.",
     [("Meeting", "2024-05-13", [], None)], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("conference-room", "Journalists waited in the Main Conference Room of the Peruvian Trade "
     "Ministry."),
    ("meeting-room", "The embassy has refurbished its meeting room and its library."),
    ("summit-rooms", "The hotel offers three Summit Rooms on its top floor."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)

