"""Agreements checklist from round 2 of the s25 error classes, each written as a family of invented
phrasings.

- The level ties are raised to ('decided to raise ties to a comprehensive strategic partnership',
  'agreed to lift cooperation to a strategic partnership', 'the elevation of relations to a
  Strategic Partnership') is a relation, not a document: a signing verb in the same sentence has
  an object of its own, and 'signed several cooperation agreements' there stays an aggregate;
  'agreed to lift ties to a strategic partnership' is no consensus document either.
- Documents listed in one sentence, each with its own 'in <year>' ('a protocol on X in 2017 and an
  Implementing Arrangement in 2021'): each takes its own year, not the first one of the sentence.
- 'this economic and technical agreement' (two modifiers joined by 'and' after a demonstrative)
  is the document already reported, told again (here inside a quote), not a second one.
- A signing governed by 'modalities' ('worked out modalities to sign the Exchange of Notes') is
  being prepared, not done: no document.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person and body is invented."""

from __future__ import annotations

from tests.test_agreement_partners_s25b import KU, MON, TALKS
from tests.test_agreements_checklist6 import agreement_checklist_tests

AGREEMENTS: list[tuple] = [
    # --- each listed document's own year
    ('own-year-each', 'Kenya and Uganda had also inked a memorandum on fisheries in 2017 and a '
     'Technical Arrangement in 2019.',
     [(KU, 'memorandum', '2017', 'fisheries'), (KU, 'agreement', '2019')]),
    ('own-year-three', 'The two countries, Kenya and Uganda, signed a memorandum on trade in 2015, an '
     'agreement on tourism in 2018 and a protocol on health in 2021.',
     [(KU, 'memorandum', '2015', 'trade'), (KU, 'agreement', '2018', 'tourism'),
      (KU, 'agreement', '2021', 'health')]),
    # --- a signing after a raised relation keeps its own document
    ('raised-then-signed-one', 'Kenya and Uganda decided to raise bilateral ties to a comprehensive '
     'strategic partnership and signed a trade agreement on Monday.',
     [(KU, 'agreement', MON, 'trade')]),
    # --- a document told again with 'this' and two coordinated modifiers, inside a quote
    ('this-x-and-y-agreement-retold', 'Kenya signed an economic and technical agreement with Uganda on '
     'Monday. "This economic and technical agreement shows our friendship," said Foreign Minister Jane '
     'Wanjiru as she signed the accord with the Ugandan envoy on Monday.',
     [(KU, 'agreement', MON)]),
    # --- controls: what the new rules must leave alone
    ('the-sides-and-three-stays-aggregate', 'Kenya signed an energy agreement with Uganda on Monday. The '
     'sides and observers also signed three agreements on Monday.',
     [(KU, 'agreement', MON, 'energy')]),
    ('signed-partnership-stays', 'Lakeside College and the Hope Foundation signed a strategic '
     'partnership on Monday.',
     [(['Lakeside College', 'Hope Foundation'], 'agreement', MON)]),
    ('same-year-list-stays', 'Kenya and Uganda signed a memorandum on fisheries and an agreement on '
     'tourism in 2019.',
     [(KU, 'memorandum', '2019', 'fisheries'), (KU, 'agreement', '2019', 'tourism')]),
    ('agreed-commission-stays', 'In 2019, Kenya and Uganda agreed to set up a joint commission on trade.',
     [(KU, 'agreement', '2019', 'commission')]),
    ('signed-exchange-of-notes-stays', TALKS + 'The two ministers also signed an Exchange of Notes on '
     'food aid.',
     [(KU, 'agreement', MON, 'food')]),
]

NO_AGREEMENT: list[tuple] = [
    # --- a partnership that ties are raised to is no document
    ('raised-and-several', 'During the visit, Kenya and Uganda decided to raise bilateral ties to a '
     'comprehensive strategic partnership, and signed several cooperation agreements.'),
    ('elevated-and-several', 'Kenya and Uganda elevated their relations to a strategic partnership and '
     'signed a number of agreements.'),
    ('lifted-and-signed-several', 'Kenya and Uganda agreed to lift bilateral cooperation to a special '
     'strategic partnership and signed several agreements.'),
    ('agreed-to-elevate', 'In 2019, Kenya and Uganda agreed to elevate their ties to a comprehensive '
     'strategic partnership.'),
    # --- a signing being prepared
    ('modalities-to-sign', TALKS + 'The two officials also worked out modalities to sign the Exchange '
     'of Notes between the two countries.'),
    ('modalities-for-signing', TALKS + 'The ministers discussed the modalities for signing a trade '
     'agreement between the two countries.'),
]

XFAIL: dict[str, str] = {}

test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
