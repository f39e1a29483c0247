"""Agreement and event classes of cooperation news, written from the English of such reports, not
from any article.

- A relative clause after a visit or trip ('a visit to Peru, which started on October 28') tells
  when that visit took place, as it does after a forum or summit.
- A dateline with a dash between place and day ('LIMA – 13 May 2024:') or an agency tag closed by
  '.-' ('Lima, May 13 (Agency).-') gives the day the story was filed, not the day of what the
  sentence reports.

Events are read against Thursday 16 May 2024 (test_event_forms.PUBLISHED).  Every sentence,
person and body is invented."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

VEGA, TORRES = "Luis Vega", "Ana Torres"

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("visit-which-started", "Chilean President Ana Torres paid a visit to Peru, which started on "
     "October 28.", [("Event", "2023-10-28", [TORRES, "PE"], "PE")], True),
    ("trip-which-began-abbreviated", "Peru and Chile signed two accords during Chilean President Ana "
     "Torres's three-day trip to Peru, which began on Oct. 28.",
     [("Event", "2023-10-28", [TORRES, "PE"], "PE")], False),
    ("dash-dateline", "LIMA – 13 May 2024: Peru and Chile signed two accords on the sidelines of "
     "Chilean President Ana Torres's four day visit to Peru, which started on May 10.",
     [("Event", "2024-05-10", [TORRES, "PE"], "PE")], False),
    ("agency-dot-dash-dateline", "Lima, May 14 (Andes).- Peru and Chile signed two accords during "
     "Chilean President Ana Torres's visit to Peru, which started on May 11.",
     [("Event", "2024-05-11", [TORRES, "PE"], "PE")], False),
    # must not change: a dateline's day still dates nothing, the sentence's own day does
    ("comma-dateline-kept", "LIMA, May 14 – Chilean President Ana Torres began a visit to Peru on "
     "Monday.", [("Event", "2024-05-13", [TORRES, "PE"], "PE")], False),
    ("forum-which-opened-kept", "The Peru-Chile Business Forum, which opened in Lima on Monday, "
     "drew many firms.", [("Meeting", "2024-05-13", [], None)], False),
]

NO_EVENT: list[tuple[str, str]] = [
    ("dash-in-sentence-no-dateline", "Trade with Chile – 13 May 2024 figures show – grew by a "
     "tenth."),
]

EVENT_XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, EVENT_XFAIL)
