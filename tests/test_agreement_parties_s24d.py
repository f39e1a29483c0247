"""Agreement parties where another noun phrase stands between the signing verb and its party
(s24d): a descriptive apposition after the subject ('X (XC), a wholly owned subsidiary of Y,
signed ... with Z': X signs, Y only describes X), and a second coordinated verb whose 'with'
names who was met, not a co-signer ('arrived to sign the accord and meet with X').

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    # --- an apposition describes the subject; the body inside it signs nothing
    ('subsidiary-apposition', 'The Nyeri Chemicals Company (NCC), a wholly owned subsidiary of the '
     'Kenya Phosphate Mines Company (KPMC), signed a strategic agreement with Uganda\'s Lake Victoria '
     'Engineering Company on Monday to build a plant.',
     [(['Lake Victoria Engineering Company', 'Nyeri Chemicals Company'], 'agreement', MON, 'plant')]),
    ('unit-apposition-memorandum', 'Tana Freight Limited, a logistics unit of the Kenya Ports Holding '
     'Company, signed a memorandum on cold storage with the Uganda Railways Corporation on Monday.',
     [(['Tana Freight Limited', 'Uganda Railways Corporation'], 'memorandum', MON, 'storage')]),
    # --- 'and meet with X' after the signing: X was met, it did not sign
    ('purpose-sign-and-meet-with', 'Kenya and Uganda signed a memorandum on fisheries on Monday. '
     'The Ugandan fisheries minister arrived in Kenya on Monday to sign the cooperation agreement and '
     'meet with the Nairobi Chamber of Commerce.',
     [(['KE', 'UG'], 'memorandum', MON, 'fisheries')]),
    ('signed-and-held-talks-with', 'The Ugandan trade minister signed the memorandum on fisheries '
     'with Kenya on Monday and held talks with the Nairobi Chamber of Commerce.',
     [(['KE', 'UG'], 'memorandum', MON, 'fisheries')]),
    # --- controls: what must not change
    ('with-right-after-verb-stays', 'The Kenya Ports Authority signed an agreement with the Uganda '
     'Railways Corporation on Monday and met with traders.',
     [(['Kenya Ports Authority', 'Uganda Railways Corporation'], 'agreement', MON)]),
    ('capitalised-renaming-apposition-stays', 'Kenya and Uganda signed a trade agreement on Monday.',
     [(['KE', 'UG'], 'agreement', MON, 'trade')]),
    ('trade-and-investment-with-stays', 'The Kenya Ports Authority signed an agreement on trade and '
     'investment with the Uganda Railways Corporation on Monday.',
     [(['Kenya Ports Authority', 'Uganda Railways Corporation'], 'agreement', MON, 'investment')]),
]

NO_AGREEMENT = [
    ('meeting-with-no-document', 'The Kenya Ports Authority, a unit of the Kenyan transport ministry, '
     'met with the Uganda Railways Corporation on Monday.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
