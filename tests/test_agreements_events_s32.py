"""Agreement and event classes of cooperation news, written from the English of such reports, not
from any article.

- Fields listed after an open verb ('Other MoUs include cooperation in A, B, C and D') name the
  areas of an aggregate, not one document each; items with their own topic phrase or parties
  stay documents.
- An outlet or agency credited as the sentence's source (', X reports.', 'according to X') is
  never a party of the document the sentence tells.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

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
    ('source-tag-reports', 'A memorandum of understanding (MoU) was signed between the Ministry of '
     'Fisheries of Norway and the Coastal Administration of Chile on Monday, Nordpost reports.',
     [(['Coastal Administration of Chile', 'Ministry of Fisheries of Norway'], 'memorandum', MON)]),
    ('source-tag-said', 'The Kenya Ports Authority and the Ghana Maritime Authority signed an '
     'agreement on Monday, the Accra Daily Ledger said.',
     [(['Ghana Maritime Authority', 'Kenya Ports Authority'], 'agreement', MON)]),
    ('source-tag-according-to', 'According to Nordpost, an agreement was signed between the '
     'Ministry of Fisheries of Norway and the Coastal Administration of Chile on Monday.',
     [(['Coastal Administration of Chile', 'Ministry of Fisheries of Norway'], 'agreement', MON)]),
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
