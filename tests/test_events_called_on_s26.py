"""Checklist (s26 lead): 'X called on <the country's> Prime Minister Y' is a call paid, a meeting
of the two, also after a lowercase possessive ('the country's', 'the host nation's')
(event_met._CALL_GAP).  'X called on Y to <verb>' is an appeal to Y, no call paid, unless the
verb is an act of a visit ('to discuss trade', 'to present his credentials'; event_words
call-purpose rows).  Invented sentences; the paper is of Thursday 16 May 2024
(test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES, VEGA = "Ana Torres", "Luis Vega"  # an invented Chilean minister and Peruvian premier

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("called-on-the-countrys", "Chilean Defence Minister Ana Torres arrived in Peru on Monday. "
     "Torres also called on the country's Prime Minister Luis Vega in Lima on Tuesday.",
     [("Event", "2024-05-13", [TORRES, "PE"], "PE"),
      ("Meeting", "2024-05-14", [TORRES, VEGA], "PE")], True),
    ("called-on-to-discuss", "Chilean Defence Minister Ana Torres called on Peruvian Prime "
     "Minister Luis Vega on Monday to discuss border trade.",
     [("Meeting", "2024-05-13", [TORRES, VEGA], None)], True),
    # must not change: a courtesy call is paid whatever verb follows
    ("courtesy-call-to-thank", "Chilean Defence Minister Ana Torres paid a courtesy call on "
     "Peruvian Prime Minister Luis Vega on Monday to thank him for the aid.",
     [("Meeting", "2024-05-13", [TORRES, VEGA], None)], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("called-on-to-reopen", "Chilean Defence Minister Ana Torres called on Peruvian Prime "
     "Minister Luis Vega to reopen the border."),
    ("calls-on-to-sign", "Chilean Defence Minister Ana Torres calls on Peruvian Prime Minister "
     "Luis Vega to sign the treaty without delay."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
