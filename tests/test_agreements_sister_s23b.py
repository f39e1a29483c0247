"""Agreements checklist s23b: sister relations established without a document noun.  News of
twinnings reports the relation ('Kisumu established sister-city relations with Jinja and Gulu',
'Mombasa and Jinja forged twin-city ties') rather than the paper that creates it; GOLD_FORMAT counts
sister-city and sister-region agreements with the places as parties, so each counterpart after
'with' is one agreement with the subject place, a coordinated pair without 'with' is one, and a
country that only locates a place ('Gulu of Uganda') is no party.  A relation still planned ('will
establish') is none, and a sister-city agreement signed stays one document between its cities.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    # --- one agreement per counterpart after 'with'
    ('established-with-list', 'Kisumu in Kenya established sister-city relationships with Jinja and '
     'Gulu of Uganda on Monday.',
     [(['KE-17', 'UG-204'], 'agreement', MON, 'sister'), (['KE-17', 'UG-304'], 'agreement', MON, 'sister')]),
    ('forged-ties-pair', 'Mombasa in Kenya and Jinja in Uganda forged twin-city ties on Monday.',
     [(['KE-28', 'UG-204'], 'agreement', MON, 'twin')]),
    ('clause-before-while', 'Kisumu in Kenya set up sister-city relations with Jinja in Uganda on '
     'Monday, while Kenya and Uganda discussed trade.',
     [(['KE-17', 'UG-204'], 'agreement', MON, 'sister')]),
    # --- controls: what the new rule must leave alone
    ('sister-city-agreement-signed-stays', 'Kisumu in Kenya and Jinja in Uganda signed a sister-city '
     'agreement on Monday.',
     [(['KE-17', 'UG-204'], 'agreement', MON, 'sister')]),
    ('country-agreement-stays', 'Kenya and Uganda signed a fisheries agreement on Monday.',
     [(['KE', 'UG'], 'agreement', MON, 'fisheries')]),
]

NO_AGREEMENT = [
    ('will-establish', 'Kisumu in Kenya will establish sister-city relations with Jinja in Uganda.'),
    ('established-trade-ties', 'Kisumu in Kenya established trade ties with Jinja in Uganda on Monday.'),
    ('established-relations-countries', 'Kenya established diplomatic relations with Uganda in 1963.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)

