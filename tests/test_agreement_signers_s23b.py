"""Agreements checklist s23b: parties read off the signers' titles.

- 'The memorandum was signed at the offices of the X in Y on Monday by A and B': the signers
  after 'by' may follow a long place-and-time adverbial; they are still the verb's agents.
- 'The accord was signed between the Director of X's Y Agency A and Finance Secretary B':
  'between' right after the verb names the signers, who sign for their bodies or countries.
- A signer signs for the body the 'of' complement of the title names ('Secretary-General of the
  Ministry of Water' → the 'Kenyan Ministry of Water' the article names, "Director of
  Uganda's National Planning Agency" → the agency), and the retold document replaces the
  country of that body with the body (GOLD_FORMAT: [code, agency] when one side signs through a
  named agency and the other only through a person or the state).

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

KU = ["KE", "UG"]
MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    # --- signers after 'by', past a long adverbial, and after 'signed between'
    ('by-after-long-adverbial', 'Kenya and Uganda signed a memorandum on irrigation on Monday. The '
     'memorandum was signed at the headquarters of the Kenyan Ministry of Water in the capital '
     "Nairobi yesterday by Kenya's Secretary-General of the Ministry of Water Peter Otieno and "
     'the Ugandan envoy to Nairobi, Moses Okello.',
     [(['Kenyan Ministry of Water', 'UG'], 'memorandum', MON, 'irrigation')]),
    ('signed-between-signers', 'An agreement on technical cooperation was signed between Kenya and '
     "Uganda on Monday. The agreement was signed between the Director of Uganda's National "
     'Planning Agency Sam Okello and Finance Secretary John Kamau.',
     [(['KE', 'National Planning Agency'], 'agreement', MON, 'technical')]),
    # --- controls: what the new rules must leave alone
    ('talks-between-leaders-stay', 'The protocol on military aid was signed on Monday after the '
     'talks between Kenyan President Ali Bashir and Ugandan President Moses Okello.',
     [(KU, 'agreement', MON, 'military')]),
    ('minister-of-portfolio-signs-for-country', "Kenya's Minister of Trade Peter Otieno and "
     "Uganda's Minister of Trade Sam Okello signed a trade agreement on Monday.",
     [(KU, 'agreement', MON, 'trade')]),
]

NO_AGREEMENT: list[tuple] = [
    ('to-be-signed-by-signers', 'A memorandum on irrigation will be signed at the Kenyan Ministry of '
     "Water next week by Kenya's Secretary-General of the Ministry of Water Peter Otieno and the "
     'Ugandan envoy, Moses Okello.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
