"""Agreement and event classes of cooperation news, written from the English of such reports, not
from any article.

- Fields listed after an open verb ('Other MoUs include cooperation in A, B, C and D') name the
  areas of an aggregate, not one document each; items with their own topic phrase or parties
  stay documents.
- An outlet or agency credited as the sentence's source (', X reports.', 'according to X') is
  never a party of the document the sentence tells.
- Pairs listed after sides told by their kind ('signed between Peruvian and Chilean companies,
  including: A and B, C and D'): each pair is one document with its two parties.
- A signing told only as done in someone's presence is no event (GOLD_FORMAT: a signing reported
  without a ceremony, meeting or visit gives none); a witnessed signing stays one.
- 'The sitting of the X Commission' is a meeting ('the sitting president' is no occasion), and
  'The meeting was co-chaired by A and B' after it is that meeting, not a second one; 'a conclave'
  is a meeting noun; 'weighed the issue of holding another round of talks' reports no meeting.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests
from tests.test_event_forms import Expected, checklist_tests

MON = "2024-04-29"
GK = ["GH", "KE"]
PACKAGE = "Kenya and Ghana signed seven agreements on Monday to deepen ties. "

AGREEMENTS: list[tuple] = [
    # --- described items after 'the other' documents stay one document each
    ('other-included-own-topics', PACKAGE + 'The other agreements included the setting up of a '
     'ferry service, and cooperation in mining between the Kenya Mining Authority and the Ghana '
     'Minerals Commission.',
     [(GK, 'agreement', MON, 'ferry'),
      (['Ghana Minerals Commission', 'Kenya Mining Authority'], 'agreement', MON, 'mining')]),
    # --- a source tag is no party
    ('source-tag-reports', 'A fisheries MoU was inked between the Ministry of '
     'Fisheries of Norway and the Coastal Administration of Chile on Monday, Nordpost reports.',
     [(['Coastal Administration of Chile', 'Ministry of Fisheries of Norway'], 'memorandum', MON)]),
    ('source-tag-said', 'The Kenya Ports Authority and the Ghana Maritime Authority signed an '
     'agreement on Monday, the Accra Daily Ledger said.',
     [(['Ghana Maritime Authority', 'Kenya Ports Authority'], 'agreement', MON)]),
    ('source-tag-according-to', 'According to Nordpost, an agreement was signed between the '
     'Ministry of Fisheries of Norway and the Coastal Administration of Chile on Monday.',
     [(['Coastal Administration of Chile', 'Ministry of Fisheries of Norway'], 'agreement', MON)]),
    # --- pairs listed after 'including'
    ('pairs-after-including-colon', 'On the sidelines of the forum on Monday, several MoUs were signed '
     'between leading Kenyan and Ghanaian companies, including: Alpha Ltd and Beta Ltd, Gamma Corp and '
     'Delta Holdings.',
     [(['Alpha Ltd', 'Beta Ltd'], 'memorandum', MON), (['Delta Holdings', 'Gamma Corp'], 'memorandum', MON)]),
]

NO_AGREEMENT: list[tuple] = [
    # --- fields of an aggregate after an open verb
    ('other-include-cooperation-in-fields', PACKAGE + 'Other MoUs include cooperation in science '
     'and technology, tourism, education, sport and defence.'),
    ('other-include-fields-of', PACKAGE + 'The other documents include the fields of farming, '
     'trade and culture.'),
    ('remaining-span-cooperation', PACKAGE + 'The remaining MoUs span cooperation on youth, '
     'fisheries and health.'),
]

XFAIL: dict[str, str] = {}

test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)


# --- events, read against Thursday 16 May 2024 (test_event_forms.PUBLISHED)
VEGA, TORRES = "Luis Vega", "Ana Torres"

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("sitting-of-commission-then-meeting", "The sitting of the Chile-Peru Intergovernmental Commission "
     "on Trade took place in Lima on Monday. The meeting was co-chaired by Chilean Prime Minister Ana "
     "Torres and Peruvian Transport Minister Luis Vega.",
     [("Meeting", "2024-05-13", [TORRES, VEGA], "PE")], True),
    ("conclave-held-from-range", "A Peruvian power company signed an MoU with a Chilean agency during "
     "the 5th Andean Energy Conclave held in Lima from 13th-14th May 2024.",
     [("Meeting", "2024-05-13", [], "PE")], True),
    # must not change: a witnessed signing is its ceremony
    ("witnessed-signing-stays", "On Monday, Peruvian President Luis Vega and Chilean President Ana Torres "
     "witnessed the signing of a fisheries accord.",
     [("Event", "2024-05-13", [VEGA, TORRES], None)], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("signed-in-presence-of-two", "The memorandum was signed in the presence of Peruvian Ambassador "
     "Luis Vega and Chilean Trade Minister Ana Torres on Monday."),
    ("sitting-president", "The sitting president of Peru, Luis Vega, said on Monday that trade with "
     "Chile grew."),
    ("sitting-next-to", "Luis Vega, sitting next to Ana Torres, said on Monday that trade grew."),
    ("issue-of-holding-next-meeting", "The two ambassadors weighed the issue of holding another "
     "round of consular talks."),
]

EVENT_XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, EVENT_XFAIL)
