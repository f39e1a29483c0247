"""Checklist (s24 events helper): calls paid on a list of people — 'paid courtesy calls on A and
B', 'paid visits to Minister A, State Minister B, the port chairman and Senate President C',
'called on A and B' — are one Meeting per person called on (GOLD_FORMAT: 'held meetings with A,
B and C' gives one Meeting per person); the list ends at a verb or clause word ('called on A and
then met B': B is met, not called on).  Invented sentences; the paper is of Thursday 16 May 2024
(test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES, VEGA, PINO = "Ana Torres", "Luis Vega", "Rosa Pino"  # invented officials

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("called-on-two", "Chilean Minister Ana Torres called on Commerce Minister Luis Vega and "
     "Foreign Minister Rosa Pino on Monday.",
     [("Meeting", "2024-05-13", [TORRES, VEGA], None), ("Meeting", "2024-05-13", [TORRES, PINO], None)],
     True),
    ("paid-courtesy-calls-on", "After the ceremony, the businessmen paid courtesy calls on "
     "Commerce Minister Ana Torres and Foreign Minister Luis Vega.",
     [("Meeting", "2024-05", [TORRES], None), ("Meeting", "2024-05", [VEGA], None)], True),
    ("paid-visits-to-a-list", "The businessmen paid visits to Commerce Minister Ana Torres, State "
     "Minister for Trade Luis Vega, the port chairman, industries secretary and Senate President "
     "Rosa Pino.",
     [("Meeting", "2024-05", [TORRES], None), ("Meeting", "2024-05", [VEGA], None),
      ("Meeting", "2024-05", [PINO], None)], True),
    # what must not change: one call on one person; a person met after 'and then met' is a
    # meeting of its own, not a second call
    ("one-courtesy-call", "Chilean Minister Ana Torres paid a courtesy call on Commerce Minister "
     "Luis Vega on Monday.", [("Meeting", "2024-05-13", [TORRES, VEGA], None)], True),
    ("called-on-then-met", "Chilean Minister Ana Torres called on Commerce Minister Luis Vega and "
     "then met Foreign Minister Rosa Pino on Monday.",
     [("Meeting", "2024-05-13", [TORRES, VEGA], None), ("Meeting", "2024-05-13", [TORRES, PINO], None)],
     True),
]

NO_EVENT: list[tuple[str, str]] = [
    # must not change: visits paid to places are no calls on people
    ("visits-to-places", "Exporters from Chile paid visits to Arequipa and Cusco last year."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
