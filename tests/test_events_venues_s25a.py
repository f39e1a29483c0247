"""Checklist (s25 events helper): a trailing adverbial of the room or building a meeting took place
in ('had an audience with X, in his office in Lima, yesterday morning', 'a meeting between A and
B, Ambassador of C, at the ministry office here in Quito yesterday') only sets the scene: it holds
no verb, so the day told in it or right after it is the meeting's (event_venues).  A clause of its
own between the meeting and a day keeps that day for what the clause reports.  Invented
sentences; the paper is of Thursday 16 May 2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES, VEGA, SOTO = "Ana Torres", "Luis Vega", "Marta Soto"  # invented officials

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("audience-office-then-day", "The Minister of Foreign Affairs, Dr. Ana Torres, had an audience "
     "with the Ambassador of Peru to Chile, His Excellency Luis Vega, in his office in Santiago, "
     "yesterday morning.", [("Meeting", "2024-05-15", [TORRES, VEGA], None)], True),
    ("met-in-her-office-day", "Foreign Minister Ana Torres met the Ambassador of Peru, Luis Vega, "
     "in her office in Santiago on Tuesday.", [("Meeting", "2024-05-14", [TORRES, VEGA], None)],
     True),
    ("meeting-ministry-office-here", "The push was made during a meeting between H.E. Ana Torres "
     "and H.E. Luis Vega, Ambassador of Peru to Chile, at the ministry office here in Santiago "
     "yesterday.", [("Meeting", "2024-05-15", [TORRES, VEGA], None)], True),
    ("received-presidential-palace", "President Ana Torres received the new Ambassador of Peru, "
     "Luis Vega, at the presidential palace in Santiago, on Monday.",
     [("Meeting", "2024-05-13", [TORRES, VEGA], None)], False),
    # must not change: a day right after the person (no venue) is already the meeting's
    ("met-day-after-name", "Foreign Minister Ana Torres met Peruvian Ambassador Luis Vega "
     "yesterday morning.", [("Meeting", "2024-05-15", [TORRES, VEGA], None)], True),
    # must not change: a clause with its own verb between the meeting and a day keeps the day
    ("clause-keeps-its-day", "Foreign Minister Ana Torres met Peruvian Ambassador Luis Vega in "
     "April, in the office where Marta Soto signed the treaty on Monday.",
     [("Meeting", "2024-04", [TORRES, VEGA], None)], False),
]

NO_EVENT: list[tuple[str, str]] = [
    ("office-of-a-founding-no-meeting", "The ministry, in its office in Santiago, published the "
     "annual report yesterday."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)


def test_venue_adverbial_reads_setting_not_clause() -> None:
    from coopkg.extract.event_venues import venue_adverbial

    assert venue_adverbial(" in his office in Santiago")
    assert venue_adverbial(" at the ministry office here in Quito ")
    assert venue_adverbial(" at the presidential palace in Lima")
    assert not venue_adverbial(" in Santiago")  # no venue noun: an apposition's business
    assert not venue_adverbial(" in the office where Marta Soto signed the treaty")
    assert not venue_adverbial(" after he had signed the deal")
