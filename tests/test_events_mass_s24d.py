"""Checklist (s24 events helper): a meeting noun used as a mass noun — 'solve the dispute through
dialogue', 'engage in open dialogue', 'said that fruitful dialogue took place at every level' —
names the practice of talking, no one occasion, so it is no Meeting (GOLD_FORMAT: events are
occasions); a determiner, a possessive or a name before it ('a frank dialogue', 'the Andean
dialogue') still makes it one meeting.  Invented sentences; the paper is of Thursday 16 May 2024
(test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # what must not change: with a determiner the noun is one occasion
    ("a-frank-dialogue", "Foreign Minister Ana Ruiz held a frank dialogue with her Bolivian "
     "counterpart Luis Arce Tomas in La Paz on Monday.",
     [("Meeting", "2024-05-13", ["Ana Ruiz"], None)], False),
]

NO_EVENT: list[tuple[str, str]] = [
    ("through-dialogue", "Minister Ana Ruiz said she hoped Peru would settle its border dispute "
     "with its neighbours through dialogue and mutual respect."),
    ("engage-in-open-dialogue", "According to Minister Ana Ruiz, the accord gives the two "
     "countries a framework to engage in open dialogue and closer trade."),
    ("said-that-fruitful-dialogue", "Ana Ruiz said that fruitful dialogue held on farming issues "
     "at both the state and private level would help exporters."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
