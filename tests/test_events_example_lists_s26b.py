"""Checklist (s26b): a plural meeting noun without a determiner that ends a list of examples
('will organise activities such as seminars, exhibitions and meetings') names a kind of
occasion, none held (event_mass._listed_example).  A determiner in the list ('such as the
meetings of the joint commission') and a meeting told by its people stay events.  Invented
people; the paper is of Thursday 16 May 2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES, VEGA = "Ana Torres", "Luis Vega"  # an invented Kenyan and Peruvian minister

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # must not change: a determiner points at occasions held
    ("such-as-the-meetings", "Kenyan Minister Ana Torres attended events such as the meetings of "
     "the joint commission in Nairobi on Monday.", [("Meeting", "2024-05-13", [TORRES], "KE")], True),
    # must not change: talks held by two people
    ("held-talks", "Kenyan Minister Ana Torres held talks with Peruvian Minister Luis Vega in Nairobi "
     "on Monday.", [("Meeting", "2024-05-13", [TORRES, VEGA], "KE")], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("such-as-list-end", "The ministry and the Kenyan agency will organise activities such as "
     "seminars, exhibitions and meetings, Minister Ana Torres said on Monday."),
    ("such-as-list-start", "Activities such as forums and trade fairs will follow, the Kenyan "
     "ministry said."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
