"""Agreements, round 2: documents told one after another after a country-level one, and the topic
after a party's acronym and home country; written from the English of cooperation news, not from
any article.

- A country-level document told before a document opened by a word of sequence ('a MoU on X was
  signed between the governments of A and B. Another MoU was signed between org C and org D'):
  two documents; 'Another' is never the detailed version of the country-level one.
- The topic after the last party's acronym and home country ('between the X Institute (XI) and the
  Y Council (YC) of Ghana for joint research on Z'): the words after the country.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person and body is invented."""

from __future__ import annotations

import pytest
from tests.test_agreements_checklist3 import found
from tests.test_agreements_checklist6 import agreement_checklist_tests

MON = "2024-04-29"
PACKAGE = "Kenya and Ghana signed four agreements in Nairobi on Monday. "
INST, COUNCIL = "Kenya Marine Institute", "Coastal Science Council"

AGREEMENTS: list[tuple] = [
    # --- a country-level document, then one more opened by a word of sequence
    ('summary-then-another', PACKAGE + 'Of the four new agreements, a MoU on ocean fisheries in the '
     'Gulf Region was signed by the governments of Kenya and Ghana. Another MoU was signed '
     'between the Kenya Marine Institute and the Coastal Science Council for research on ocean ecology.',
     [(['GH', 'KE'], 'memorandum', MON, 'fisheries'), ([COUNCIL, INST], 'memorandum', MON, 'ecology')]),
    ('summary-then-second', PACKAGE + 'A MoU on ocean fisheries was signed by the governments of '
     'Kenya and Ghana. A second MoU was signed between the Kenya Marine Institute and the Coastal '
     'Science Council for research on ocean ecology.',
     [(['GH', 'KE'], 'memorandum', MON, 'fisheries'), ([COUNCIL, INST], 'memorandum', MON, 'ecology')]),
    # --- the topic after the last party's acronym and home country
    ('acronym-of-country', PACKAGE + 'A MoU was signed between the Kenya Marine Institute (KMI) and the '
     'Coastal Science Council (CSC) of Ghana for joint research on ocean ecology.',
     [([COUNCIL, INST], 'memorandum', MON, 'ecology')]),
    ('of-country-on', PACKAGE + 'A MoU was signed between the Kenya Marine Institute and the Coastal '
     'Science Council (CSC) of Ghana on the training of marine scientists.',
     [([COUNCIL, INST], 'memorandum', MON, 'training')]),
]

NO_AGREEMENT: list[tuple] = [
    # a sequel word before a document still to come is no document
    ('another-future', 'Kenya and Ghana will sign another MoU between the Kenya Marine Institute and '
     'the Coastal Science Council next month.'),
]

XFAIL: dict[str, str] = {}

test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)

TOPIC_ROWS: list[tuple[str, str, str]] = [
    # the one document's scope, taken for its topic, is not written a second time
    ('scope-once', 'Kenya and Ghana signed an MoU on Monday. On health, the MoU provides for the '
     'exchange of doctors.', 'the exchange of doctors'),
    # a scope that says more than the topic still elaborates it
    ('scope-elaborates', 'Kenya and Ghana signed an MoU on trade on Monday. The MoU covers tariffs '
     'and customs.', 'trade: tariffs and customs'),
]


@pytest.mark.parametrize(("form", "text", "expected"), TOPIC_ROWS)
def test_topic_written_once(form: str, text: str, expected: str) -> None:
    (agreement,) = found(text)
    assert agreement.topic == expected
