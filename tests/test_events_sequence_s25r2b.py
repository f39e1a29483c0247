"""Checklist (s25 round 2 events helper): a fronted adverbial opened by a preposition of
sequence ('Following talks in X yesterday,', 'After the summit on Monday,', 'Ahead of the forum
on Friday,') names another occasion before or after the main clause's, so the time told inside
it is that occasion's and does not date the main clause's visit or meeting
(event_clauses.when; event_words sequence-preposition rows).  A fronted time with no such
preposition ('On Monday, X arrived in Y') and a gerund after the preposition ('After arriving on
Monday, X met Y': the clause's own actor and day) still date the main clause.  Invented
sentences; the paper is of Thursday 16 May 2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES, VEGA = "Ana Torres", "Luis Vega"  # an invented Chilean minister, an invented Peruvian one

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("following-talks-yesterday", "Following talks in Ecuador yesterday, Chilean Foreign Minister "
     "Ana Torres arrived in Peru.",
     [("Event", "2024-05", [TORRES, "PE"], "PE"), ("Meeting", "2024-05-15", [TORRES], "EC")], True),
    ("after-talks-on-monday", "After talks in Ecuador on Monday, Chilean Foreign Minister Ana "
     "Torres arrived in Peru.", [("Event", "2024-05", [TORRES, "PE"], "PE")], False),
    # must not change: a fronted time without a preposition of sequence dates the clause
    ("fronted-day", "On Monday, Chilean Foreign Minister Ana Torres arrived in Peru.",
     [("Event", "2024-05-13", [TORRES, "PE"], "PE")], True),
    # must not change: a gerund keeps the clause's own actor and day
    ("after-arriving-gerund", "After arriving on Monday, Chilean Foreign Minister Ana Torres met "
     "Peruvian Foreign Minister Luis Vega.", [("Meeting", "2024-05-13", [TORRES, VEGA], None)], True),
]

NO_EVENT: list[tuple[str, str]] = []

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)


def test_sequence_day_is_not_the_visits() -> None:
    """The day inside 'Following talks ... yesterday,' is never the arrival's."""
    from datetime import date

    from coopkg.extract import extract
    from coopkg.read.article import Article
    text = "Following talks in Ecuador yesterday, Chilean Foreign Minister Ana Torres arrived in Peru."
    events = extract(Article(text=text, published=date(2024, 5, 16), title="", origin="test")).events
    visits = [e for e in events if "visit" in e.label]
    assert visits and all(e.date is None or e.date.value != "2024-05-15" for e in visits)
