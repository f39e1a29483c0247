"""Checklist (s23b events helper): dates that belong to another occasion than the event told.
A date told after 'follows', 'comes after', 'preceded' or 'since' in an event's clause belongs to
the other occasion those words introduce ("A's visit to X follows B's to Y in March"); 'the
meeting ... in March' recalled with a month other than the told meeting's time is another meeting,
and so are talks of the same two people, or a body's numbered meeting, told with another
month; a sentence whose bare subject is
the occasion told ('The talks focused on ..., the deals reached ... in March') keeps the episode's
time for what follows.  Invented sentences; the paper is of Thursday 16 May 2024
(test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

MENSAH, VEGA = "Kofi Mensah", "Luis Vega"  # Ghanaian, Peruvian heads of state (invented)

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # --- the visit told again in a 'follows' sentence keeps its own day
    ("visit-follows-other-visit", "Ghanaian President Kofi Mensah arrived in Lima on Monday for a "
     "state visit to Peru. Mensah's visit to Peru follows President Vega's to Ghana in March 2023.",
     [("StateVisit", "2024-05-13", [MENSAH, "PE"], "PE")], True),
    ("visit-comes-after-talks", "Ghanaian President Kofi Mensah arrived in Lima on Monday for a "
     "state visit to Peru. The visit comes after talks in Accra in March 2023.",
     [("StateVisit", "2024-05-13", [MENSAH, "PE"], "PE")], True),
    # --- a recalled meeting with a month of its own is another meeting
    ("recalled-meeting-in-other-month", "Ghanaian President Kofi Mensah held a meeting with "
     "Peruvian President Luis Vega in Lima on Monday. The meeting centred on trade, the plans "
     "both presidents endorsed during the meeting on the sidelines of the Andean Games in Quito "
     "in March 2023, and security.",
     [("Meeting", "2024-05-13", [MENSAH, VEGA], None), ("Meeting", "2023-03", [], None)], True),
    ("talks-recalled-in-other-month", "Ghanaian President Kofi Mensah arrived in Lima on Monday for "
     "a state visit to Peru. He held talks with President Luis Vega at the palace. The two "
     "presidents held talks with each other in Accra in March 2023.",
     [("StateVisit", "2024-05-13", [MENSAH, "PE"], "PE"), ("Meeting", "2024-05", [MENSAH, VEGA], None),
      ("Meeting", "2023-03", ["GH", "PE"], None)], True),
    ("retold-meeting-keeps-episode", "Ghanaian President Kofi Mensah held a meeting with Peruvian "
     "President Luis Vega in Lima on Monday. The meeting focused on trade, the projects agreed "
     "in Accra in March 2023, and security. The two presidents also attended the opening ceremony "
     "of a school.", [("Event", "2024-05-13", [], None)], False),
    # --- a numbered meeting of a body told with another month is not the day's bare meeting
    ("numbered-meeting-other-month", "Ghana and Peru signed a protocol, officials said on Tuesday. "
     "The protocol was signed following a meeting between Ghanaian Trade Minister Kofi Mensah and "
     "Peruvian Trade Minister Luis Vega. Earlier, within the framework of the 7th meeting of the "
     "joint trade commission in March 2023, Mensah organized a business forum in Lima.",
     [("Meeting", "2024-05", [MENSAH, VEGA], None), ("Meeting", "2023-03", [], None)], False),
    ("numbered-meeting-same-time", "Ghanaian Trade Minister Kofi Mensah and Peruvian Trade Minister "
     "Luis Vega held a meeting in Lima on Monday. The 7th meeting of the joint trade commission "
     "reviewed projects.", [("Meeting", "2024-05-13", [MENSAH, VEGA], None)], True),
    # --- what must not change: the same meeting told again in its own month merges
    ("same-meeting-same-month", "Ghanaian President Kofi Mensah held talks with Peruvian President "
     "Luis Vega on Monday. The talks between Mensah and Vega on 13 May covered trade.",
     [("Meeting", "2024-05-13", [MENSAH, VEGA], None)], True),
    ("session-named-anew-sets-time", "The 5th session of the Ghana-Peru Joint Commission on trade, "
     "science and culture was held in Accra in March 2023. The two sides then attended the "
     "opening ceremony of a school.", [("Event", "2023-03", [], None)], False),
    # --- what must not change: a date before the sequel word, or with none, is the event's own
    ("date-before-follows", "Ghanaian President Kofi Mensah paid a state visit to Peru on Monday, "
     "which follows years of close ties.", [("StateVisit", "2024-05-13", [MENSAH, "PE"], "PE")], True),
    ("plain-dated-visit", "Ghanaian President Kofi Mensah paid a state visit to Peru in March 2023.",
     [("StateVisit", "2023-03", [MENSAH, "PE"], "PE")], True),
]

NO_EVENT: list[tuple[str, str]] = [
    # must not change: the cue words alone, with no occasion
    ("follows-no-occasion", "Ghana's cocoa exports to Peru follow a rise in prices since 2023."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
