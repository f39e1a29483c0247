"""Agreement and event classes of cooperation news, written from the English of such reports, not
from any article.

- A relative clause after a visit or trip ('a visit to Peru, which started on October 28') tells
  when that visit took place, as it does after a forum or summit.
- A dated document whose title names a world body or a treaty city ('the 1982 United Nations
  Convention on ...', 'the 1961 Vienna Convention') is a multilateral instrument the two sides
  cite, not an earlier agreement between them; 'the 2019 fisheries agreement' they extend stays.
- A meeting noun whose company is the press ('at a roundtable with journalists', 'a meeting with
  reporters') is a press briefing; a meeting with anyone else stays a meeting.
- A dateline with a dash between place and day ('LIMA – 13 May 2024:') or an agency tag closed by
  '.-' ('Lima, May 13 (Agency).-') gives the day the story was filed, not the day of what the
  sentence reports.

Events are read against Thursday 16 May 2024 (test_event_forms.PUBLISHED).  Every sentence,
person and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests
from tests.test_event_forms import Expected, checklist_tests

PC = ["CL", "PE"]

AGREEMENTS: list[tuple] = [
    # must not change: the sides' own dated document, lowercase or titled
    ('earlier-own-agreement-kept', 'Peru and Chile agreed to extend the 2019 fisheries agreement.',
     [(PC, 'agreement', '2019')]),
    ('earlier-own-titled-kept', 'Peru and Chile agreed to extend the 2019 Fisheries Agreement.',
     [(PC, 'agreement', '2019')]),
]

NO_AGREEMENT: list[tuple[str, str]] = [
    ('un-convention-cited', 'The two ministers said Peru and Chile have settled their sea border in '
     'keeping with the 1982 United Nations Convention governing maritime zones.'),
    ('vienna-convention-cited', 'Peru and Chile respect the 1961 Vienna Convention on Diplomatic '
     'Relations.'),
    ('paris-agreement-cited', 'Peru and Chile vowed to meet the goals of the 2015 Paris Agreement '
     'on climate change.'),
]

XFAIL: dict[str, str] = {}

test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)

VEGA, TORRES = "Luis Vega", "Ana Torres"

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("visit-which-started", "Chilean President Ana Torres paid a visit to Peru, which started on "
     "October 28.", [("Event", "2023-10-28", [TORRES, "PE"], "PE")], True),
    ("trip-which-began-abbreviated", "Peru and Chile signed two accords during Chilean President Ana "
     "Torres's three-day trip to Peru, which began on Oct. 28.",
     [("Event", "2023-10-28", [TORRES, "PE"], "PE")], False),
    ("dash-dateline", "LIMA – 13 May 2024: Peru and Chile signed two accords on the sidelines of "
     "Chilean President Ana Torres's four day visit to Peru, which started on May 10.",
     [("Event", "2024-05-10", [TORRES, "PE"], "PE")], False),
    ("agency-dot-dash-dateline", "Lima, May 14 (Andes).- Peru and Chile signed two accords during "
     "Chilean President Ana Torres's visit to Peru, which started on May 11.",
     [("Event", "2024-05-11", [TORRES, "PE"], "PE")], False),
    # must not change: a dateline's day still dates nothing, the sentence's own day does
    ("comma-dateline-kept", "LIMA, May 14 – Chilean President Ana Torres began a visit to Peru on "
     "Monday.", [("Event", "2024-05-13", [TORRES, "PE"], "PE")], False),
    ("forum-which-opened-kept", "The Peru-Chile Business Forum, which opened in Lima on Monday, "
     "drew many firms.", [("Meeting", "2024-05-13", [], None)], False),
    ("roundtable-with-journalists", "Kenya's envoy to Peru, Luis Vega, disclosed the plan on "
     "Wednesday at a roundtable with journalists in Lima.", [("PressBriefing", "2024-05-15", [VEGA], "PE")],
     True),
    ("meeting-with-reporters", "Chilean Foreign Minister Ana Torres held a meeting with local reporters "
     "in Santiago on Tuesday.", [("PressBriefing", "2024-05-14", [TORRES], None)], False),
    # must not change: a meeting with a party of the talks
    ("meeting-with-investors-kept", "Chilean Foreign Minister Ana Torres held a meeting with Peruvian "
     "investors in Santiago on Tuesday.", [("Meeting", "2024-05-14", [TORRES], None)], False),
]

NO_EVENT: list[tuple[str, str]] = [
    ("dash-in-sentence-no-dateline", "Trade with Chile – 13 May 2024 figures show – grew by a "
     "tenth."),
]

EVENT_XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, EVENT_XFAIL)
