"""An eleventh agreements checklist: the false positives and party errors that recur in the
fresh sets ana12-14, each written as a family of invented phrasings.  A signing told in the
future passive ('a treaty on X will be signed between A and B, as will a memorandum on Y') is no
document yet; a verb that concludes talks ('concluded talks on an X Agreement') concludes no
document; plural documents told only by the value of what they cover ('agreements were reached
on projects worth $2 billion') are a package whose value is a figure (GOLD_FORMAT: aggregates);
and an opening dateline ('CITY, Country, Apr 30 (Agency)') names no party of the document
signed after it, while 'the signing on Monday of a new agreement' is the pair's.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

KU = ["KE", "UG"]
MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    # --- an opening dateline names no party
    ('dateline-city-country-agency', 'NAIROBI, Kenya, Apr 30 (KNA) With the signing on Monday of a new '
     'agreement, with the presence of their leaders, Kenya and Uganda are committed to the establishment of '
     'a Joint Trade Commission.',
     [(KU, 'agreement', MON)]),
    ('dateline-city-dash', 'KAMPALA, Apr 30 — With the signing on Monday of a new agreement, Kenya and '
     'Uganda pledged to set up a joint fisheries board.',
     [(KU, 'agreement', MON)]),
    ('signing-on-day-of-a-memorandum', 'Kenyan and Ugandan ministers met in Kisumu on Monday. '
     'The talks ended with the signing on Monday of a memorandum on '
     'fisheries between the two countries.',
     [(KU, 'memorandum', MON, 'fisheries')]),
    # --- controls: what the new rules must leave alone
    ('concluded-an-agreement-stays', 'Kenya and Uganda concluded an agreement on Monday on fisheries.',
     [(KU, 'agreement', MON, 'fisheries')]),
    ('one-deal-worth-stays', 'Kenya and Uganda on Monday signed a railway agreement worth $2 billion.',
     [(KU, 'agreement', MON)]),
    ('was-signed-stays', 'A treaty on legal assistance was signed between Kenya and Uganda on Monday.',
     [(KU, 'treaty', MON, 'legal')]),
]

NO_AGREEMENT = [
    # --- a signing still to come, in the passive
    ('will-be-signed-as-will', 'During the visit, a treaty on legal assistance will be signed between Kenya '
     'and Uganda, as will a memorandum on tourism.'),
    ('would-be-signed-reported', 'The ministry said a memorandum on tourism would be signed between Kenya '
     'and Uganda during the visit.'),
    ('shall-be-concluded', 'An agreement on fisheries shall be concluded between Kenya and Uganda '
     'next year.'),
    # --- talks concluded, no document
    ('concluding-talks-on-named-agreement', 'Kenya and Uganda agreed to widen trade on Monday. '
     'That followed '
     'the two sides concluding talks on an Investment Promotion and Protection Agreement, it said.'),
    ('concluded-negotiations-on-treaty', 'Kenya and Uganda concluded negotiations on a '
     'Double Taxation '
     'Treaty on Monday.'),
    ('concluded-the-talks-on-deal', 'Kenya and Uganda concluded the talks on a fisheries deal on Monday.'),
    # --- a package told by its value
    ('agreements-reached-worth-value', 'During the visit of the President of Kenya to Uganda, bilateral '
     'agreements were reached on the implementation of trade and investment projects with a total value of '
     'more than $2 billion.'),
    ('reached-agreements-worth', 'Kenya and Uganda reached agreements on Monday on energy projects worth '
     'over $900 million.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
