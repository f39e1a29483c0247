"""Checklist (s25 round 2 events helper): a visit whose destination is a definite description
of a country ('X's state visit to the South American nation', 'during her visit to the
kingdom') is a visit to the country the story already named: the dateline's, else the
article's other country, never the visitor's own (event_that_country.described_visit).  With
'his/her' and two people before it ('A met her counterpart B ... during her visit to the
country') the visitor is the clause's subject A, not the nearest name.  A visitor of unknown
country, or 'the visit to the country' with no visitor, makes no visit.  Invented sentences;
the paper is of Thursday 16 May 2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES, KIM = "Ana Torres", "Kim Min-ho"  # an invented Chilean minister, an invented Korean one

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("possessive-state-visit-described", "QUITO -- Ecuadorian media on Friday focused on Chilean "
     "President Ana Torres's state visit to the South American nation, which went well.",
     [("StateVisit", "2024-05", [TORRES, "EC"], "EC")], True),
    ("her-visit-subject-not-counterpart", "SEOUL -- Chilean Foreign Minister Ana Torres met her "
     "Korean counterpart Kim Min-ho on Monday during her visit to the country.",
     [("Event", "2024-05-13", [TORRES, "KR"], "KR"), ("Meeting", "2024-05-13", [TORRES, KIM], None)],
     True),
    # must not change: a named destination is read as before
    ("named-destination", "SEOUL -- Chilean Foreign Minister Ana Torres met her Korean "
     "counterpart Kim Min-ho on Monday during her visit to South Korea.",
     [("Event", "2024-05-13", [TORRES, "KR"], "KR"), ("Meeting", "2024-05-13", [TORRES, KIM], None)],
     True),
    ("named-destination-single", "Chilean Foreign Minister Ana Torres opened a trade office on "
     "Monday during her visit to South Korea.", [("Event", "2024-05-13", [TORRES, "KR"], "KR")], False),
]

NO_EVENT: list[tuple[str, str]] = [
    # must not change: no visitor of known country, no visit
    ("no-visitor", "Officials said the visit to the country was a success."),
    ("visitor-of-unknown-country", "Minister Ana Torres said her visit to the country was a success."),
]

XFAIL: dict[str, str] = {
    "named-destination": "open: with a named destination 'her visit' still takes the nearest "
                         "name (the counterpart) as the visitor (event_visitors.visitor)",
}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
