"""Checklist (s25 events helper): a visit that is the object of a verb of calling it off
('cancelled her planned visit to X', 'canceled what would have been the first visit by a leader
to X', 'called off her trip') did not take place, so it is no event, whatever time the sentence
gives (event_wishes.called_off; event_words cancel-verb rows).  A verb of calling off with
another object before an adverbial of the visit ('cancelled the tariffs during her state visit')
leaves the visit standing.  Invented sentences; the paper is of Thursday 16 May 2024
(test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES = "Ana Torres"  # an invented Chilean president

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # must not change: the visit is not what was cancelled
    ("cancelled-something-during-visit", "The ministry cancelled the tariffs during President Ana "
     "Torres' state visit to Peru on Monday.", [("StateVisit", "2024-05-13", [TORRES, "PE"], "PE")],
     True),
    ("began-visit-after-clause", "The ministry cancelled the tariffs, and Chilean President Ana "
     "Torres began a state visit to Peru on Monday.",
     [("StateVisit", "2024-05-13", [TORRES, "PE"], "PE")], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("cancelled-planned-visit", "Chilean President Ana Torres cancelled her planned visit to Peru "
     "because of the floods."),
    ("canceled-what-would-have-been", "Chilean President Ana Torres canceled what would have been "
     "the first visit by a Chilean leader to Peru."),
    ("called-off-visit-day", "Chilean President Ana Torres called off her visit to Peru on Monday."),
    ("postponed-state-visit", "Chilean President Ana Torres postponed a state visit to Peru."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
