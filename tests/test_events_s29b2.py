"""Checklist (s29 helper B2): event forms of ordinary news English that failed on unseen news.
Invented sentences and names; the paper is of Thursday 16 May 2024 (test_event_forms.PUBLISHED).

- A month named without a year after a verb of planning in the present ('plan to sign the deals
  at a meeting in March', 'intends to open talks in April') lies ahead, as after 'will': it is
  the coming month, not the past one (event_futures._FUTURE, event_words plan-present rows).
  'a plan to build' (a noun after a determiner) plans nothing, and a past verb keeps the month
  in the past.
- 'agreed to convene the renamed A – B forum at an early date' (a plan with no time) is no
  occasion, also when a long name with a spaced dash stands between 'convene the' and the noun
  (event_meetings._PLAN_HOLD); with its time ('in June') it is the meeting ahead.
- 'meeting' after 'besides' or 'without' ('besides meeting investors') is the verb's gerund of a
  side activity, no occasion (event_mass._gerund, event_words gerund-preposition rows); 'after a
  meeting' keeps its noun, and 'while meeting X' tells a meeting held."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("plan-to-sign-at-meeting", "Chile and Peru plan to sign several trade deals at a joint "
     "commission meeting in Lima in March.",
     [("Meeting", "2025-03", [], None)], False),
    ("intends-to-sign-at-forum", "Peru intends to sign a fisheries accord with Chile at a "
     "business forum in Santiago in April.",
     [("Meeting", "2025-04", [], None)], False),
    ("planning-to-open", "Chile and Peru are planning to open a trade forum in Lima "
     "in February.",
     [("Meeting", "2025-02", [], None)], False),
    # must not change: a past verb keeps the month in the past
    ("signed-at-meeting-past", "Chile and Peru signed several trade deals at a joint commission "
     "meeting in Lima in March.",
     [("Meeting", "2024-03", [], None)], False),
    # must not change: 'a plan to' is a noun, no future
    ("a-plan-to-noun", "Chile and Peru discussed a plan to build a railway at a joint "
     "commission meeting in Lima in March.",
     [("Meeting", "2024-03", [], None)], False),
    ("agreed-to-convene-with-time", "The two ministers agreed to convene the reconstituted "
     "Chile – Peru Business Forum in Lima in June.",
     [("Meeting", "2024-06", [], None)], True),
    # must not change: a determiner makes 'meeting' a noun
    ("after-a-meeting", "Peru and Chile signed the deal after a meeting in Lima on Monday.",
     [("Meeting", "2024-05-13", [], None)], True),
    ("while-meeting-is-a-meeting", "While meeting Chilean President Ana Torres on Friday, "
     "Peruvian Speaker Luis Vega said ties were strong.",
     [("Meeting", "2024-05-10", ["Ana Torres", "Luis Vega"], None)], False),
]

NO_EVENT: list[tuple[str, str]] = [
    ("besides-meeting-gerund", "Besides meeting business leaders, Luis Vega toured a port in "
     "Lima on Monday."),
    ("without-meeting-gerund", "Luis Vega left Lima without meeting the Chilean minister."),
    ("agreed-to-convene-early-date", "The two ministers also agreed to convene the reconstituted "
     "Chile – Peru Business Forum at an early date."),
    ("decided-to-hold-soon", "The two sides decided to hold the first Chile – Peru Energy "
     "Dialogue soon."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
