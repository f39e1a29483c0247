"""Events a story schedules or lists: a journey told as leaving on a day ('will leave on Friday
to visit Peru', 'leaves on Saturday for Peru') is a visit on that day; the present 'takes place'
of a scheduled meeting puts a weekday ahead of the paper; a list of the countries meeting
('the summit of Chile, Peru and Bolivia took place on Monday') is part of the meeting's clause,
so the day after it is the meeting's.  Invented sentences; the paper is of Thursday 16 May 2024."""

from __future__ import annotations

import pytest
from tests.test_event_forms import TORRES, VEGA, Expected, check

ROWS: list[tuple[str, str, list[Expected], bool]] = [
    ("will-leave-to-visit", f"Chilean President {TORRES} will leave on Saturday to visit Peru at the "
     f"invitation of President {VEGA}.", [("Event", "2024-05-18", [TORRES, "PE"], "PE")], True),
    ("leaves-on-a-day-for", f"Chilean President {TORRES} leaves on Saturday for Peru.",
     [("Event", "2024-05-18", [TORRES, "PE"], "PE")], True),
    ("will-leave-tomorrow-for", f"Chilean Foreign Minister {TORRES} will leave tomorrow for Peru.",
     [("Event", "2024-05-17", [TORRES, "PE"], "PE")], True),
    ("left-on-a-day-for", f"Chilean President {TORRES} left on Monday for Peru.",
     [("Event", "2024-05-13", [TORRES, "PE"], "PE")], True),
    ("takes-place-ahead", "The trilateral summit takes place on Saturday in Lima.",
     [("Summit", "2024-05-18", [], None)], False),
    ("took-place-behind", "The trilateral summit took place on Monday in Lima.",
     [("Summit", "2024-05-13", [], None)], False),
    ("listed-countries-then-day", "The summit of Chile, Peru and Bolivia took place in Lima on Monday.",
     [("Summit", "2024-05-13", [], None)], False),
    ("listed-countries-ahead", "The summit of Chile, Peru and Bolivia takes place on Saturday in Lima.",
     [("Summit", "2024-05-18", [], None)], False),
]

NO_EVENT: list[tuple[str, str]] = [
    ("will-leave-no-destination", f"Chilean President {TORRES} will leave on Saturday."),
    ("left-office", f"Chilean President {TORRES} left office on Monday after two terms."),
]


@pytest.mark.parametrize(("form", "text", "expected", "exact"), ROWS, ids=[r[0] for r in ROWS])
def test_scheduled_and_listed_events(form: str, text: str, expected: list[Expected], exact: bool) -> None:
    check(text, expected, exact)


@pytest.mark.parametrize(("form", "text"), NO_EVENT, ids=[r[0] for r in NO_EVENT])
def test_no_journey_without_a_destination(form: str, text: str) -> None:
    check(text, [], True)
