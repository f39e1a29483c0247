"""Checklist (s26d): the participle 'visiting' before a titled name says the person is on a visit
(event_visits._visiting), also after 'by' when a country's adjective follows ('signed by visiting
Chinese Trade Minister X': 'by visiting China' would be the verb with its place) and with
'counterpart' among the titles ('his visiting Turkish counterpart X').  The verb after 'by', and a
visitor who attends a summit, are as before.  Invented people; the paper is of Thursday 16 May
2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

LI, YILMAZ = "Li Wenbo", "Ahmet Yilmaz"  # an invented Chinese and Turkish minister

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("by-visiting-demonym-title", "The memorandum was signed in Tbilisi on Wednesday by visiting "
     "Chinese Commerce Minister Li Wenbo and Georgian Economy Minister Giorgi Beridze.",
     [("Event", "2024-05-15", [LI, "GE"], "GE")], True),
    ("visiting-counterpart", "The agreement was signed by Lebanese Foreign Minister Karim Haddad "
     "and his visiting Turkish counterpart Ahmet Yilmaz.",
     [("Event", "2024-05", [YILMAZ, "LB"], "LB")], True),
    # must not change: a visitor at a summit attends it, no visit beside (event_summit_guests)
    ("by-visiting-at-summit", "The river pact was backed on Monday by visiting Paraguayan President "
     "Luis Vera at the River Plate summit in Montevideo.",
     [("Summit", "2024-05-13", ["Luis Vera"], "UY")], True),
]

NO_EVENT: list[tuple[str, str]] = [
    # must not change: 'by visiting' with a place is the verb; the gerund is no visit of its own
    ("by-visiting-a-country", "Georgian exporters gain by visiting China, Minister Giorgi Beridze said."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
