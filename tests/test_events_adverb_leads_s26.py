"""Checklist (s26 lead): a one-word sentence adverb before the leading time adverbial
('Meanwhile, on Monday, X held talks with Y') only ties the sentence to the story; the time
after it is still the clause's own (event_clauses._leading_adverbial, sentence_adverbs and
connectives rows).  A main clause after such a word is no adverbial: a time inside it that
belongs to something else dates nothing.  Invented sentences; the paper is of Thursday
16 May 2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES, VEGA = "Ana Torres", "Luis Vega"  # an invented Chilean minister and Peruvian president

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("meanwhile-on-weekday-talks", "Meanwhile, on Monday, Chilean Foreign Minister Ana Torres "
     "held talks with Peruvian President Luis Vega.",
     [("Meeting", "2024-05-13", [TORRES, VEGA], None)], True),
    ("separately-on-day-year-meeting", "Separately, on May 14, 2024, Chilean Transport Minister "
     "Ana Torres held a meeting with Peru's Transport Minister Luis Vega.",
     [("Meeting", "2024-05-14", [TORRES, VEGA], None)], True),
    ("additionally-day-month", "Additionally, on 15 May, Chilean Foreign Minister Ana Torres "
     "held talks with Peruvian President Luis Vega.",
     [("Meeting", "2024-05-15", [TORRES, VEGA], None)], True),
    # must not change: the adverb opens the main clause, and the day is another person's arrival
    ("later-main-clause-relative-day", "Later, Chilean Foreign Minister Ana Torres held talks with "
     "Peruvian President Luis Vega, who had arrived on Monday.",
     [("Meeting", "2024-05", [TORRES, VEGA], None)], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("meanwhile-on-weekday-no-occasion", "Meanwhile, on Monday, the Chilean ministry published its "
     "yearly report on trade with Peru."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
