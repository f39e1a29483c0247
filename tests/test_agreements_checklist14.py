"""A fourteenth agreements checklist, by mechanism rather than by article: how English news
writes a package of documents and what in it is one document.  The apostrophe plural of an
acronym ('six MoU's were signed') and a number word before a singular noun ('five Memorandum of
Understanding') name a package, so a list after it ('The MoU's were on A, B and C') is read as
the package's items; a list whose items restate one head ('Cooperation in the Field of X,
Cooperation in the Field of Y') is split at the head when the package's count confirms it; a
single document set apart with 'a'/'an' or 'another' after a counted package is one document
while the package stays a count; a demonym that only describes a named body ('the Ghanaian
oil company X') leaves the body, not the country, as the party; and a date in a ', which ...'
clause after the signing verb dates what that clause tells, not the signing.  A signing
governed by what is wanted, needed or urged ('the importance of signing', 'the need to sign',
'willing to ratify') is no document yet (GOLD_FORMAT: documents to be signed are not agreements);
a joint vision adopted or signed is a joint statement, one only shared or held is none.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

GP = ["GH", "PE"]
MON = "2024-04-29"
MAY = "2024-05"

AGREEMENTS: list[tuple] = [
    # --- the apostrophe plural and the counted singular name a package; its list is its items
    ('apostrophe-plural-list-were-on', 'Ghana and Peru signed three MoU\'s on Monday. The MoU\'s were '
     'on fisheries, mining and tourism.',
     [(GP, 'memorandum', MON, 'fisheries'), (GP, 'memorandum', MON, 'mining'),
      (GP, 'memorandum', MON, 'tourism')]),
    ('apostrophe-plural-list-cover', 'Ghana and Peru signed three MOU\'s on Monday. The MOU\'s cover '
     'fisheries, mining and tourism.',
     [(GP, 'memorandum', MON, 'fisheries'), (GP, 'memorandum', MON, 'mining'),
      (GP, 'memorandum', MON, 'tourism')]),
    ('curly-apostrophe-plural', 'Ghana and Peru signed three MoU’s on Monday. The MoU’s include '
     'fisheries, mining and tourism.',
     [(GP, 'memorandum', MON, 'fisheries'), (GP, 'memorandum', MON, 'mining'),
      (GP, 'memorandum', MON, 'tourism')]),
    ('counted-singular-noun-passive', 'On Monday, four Memorandum of Understanding were signed between '
     'Ghana and Peru. The MoUs were on fisheries, mining, tourism and youth affairs.',
     [(GP, 'memorandum', MON, 'fisheries'), (GP, 'memorandum', MON, 'mining'),
      (GP, 'memorandum', MON, 'tourism'), (GP, 'memorandum', MON, 'youth')]),
    ('counted-singular-with-acronym-plural', 'On Monday, three Memorandum of Understanding (MOU\'s) '
     'were signed between Ghana and Peru. The MOU\'s were on fisheries, mining and tourism.',
     [(GP, 'memorandum', MON, 'fisheries'), (GP, 'memorandum', MON, 'mining'),
      (GP, 'memorandum', MON, 'tourism')]),
    # --- a repeated head marks where each item begins, when the count confirms it
    ('repeated-head-fragments', 'Ghana and Peru signed four MoUs on Monday. The MoUs were on Trade, '
     'Cooperation in the Area of Mining, Health, and Sanitation, Cooperation in the Area of Youth and '
     'Cooperation in the Area of Forests.',
     [(GP, 'memorandum', MON, 'trade'), (GP, 'memorandum', MON, 'sanitation'),
      (GP, 'memorandum', MON, 'youth'), (GP, 'memorandum', MON, 'forests')]),
    ('repeated-head-and-joins-two', 'Ghana and Peru signed three agreements on Monday. The agreements '
     'cover Cooperation in the Field of Arts and Music and Cooperation in the Field of Sport, and '
     'Cooperation in the Field of Tourism.',
     [(GP, 'agreement', MON, 'music'), (GP, 'agreement', MON, 'sport'), (GP, 'agreement', MON, 'tourism')]),
    # --- a single document after a counted package
    ('package-and-a-declaration', 'Ghana and Peru signed three agreements and a joint declaration on '
     'maritime safety on Monday.',
     [(GP, 'joint statement', MON, 'maritime')]),
    ('package-comma-package-and-a', 'Ghana and Peru on Monday signed two agreements, two MoUs and a '
     'joint declaration to provide a framework for cooperation.',
     [(GP, 'joint statement', MON, 'framework')]),
    ('package-as-well-as-a', 'Ghana and Peru on Monday signed four MoUs as well as an extradition '
     'treaty.',
     [(GP, 'treaty', MON, 'extradition')]),
    ('package-and-another-on', 'Ghana and Peru on Monday signed three memorandums of understanding on '
     'trade and another on cooperation in the fisheries sector.',
     [(GP, 'memorandum', MON, 'fisheries')]),
    ('package-and-another-one-for', 'Ghana and Peru on Monday signed two agreements on energy and '
     'another one for the protection of investments.',
     [(GP, 'agreement', MON, 'investments')]),
    # --- a date in a ', which ...' clause dates that clause
    ('fronted-year-which-clause-year', 'In 2001, Ghana and Peru signed a fisheries agreement, which '
     'helped lift trade to $9 million in 2010.',
     [(GP, 'agreement', '2001', 'fisheries')]),
    ('year-after-verb-which-renewed', 'Ghana and Peru signed a mining agreement in 2003, which was '
     'renewed in 2015.',
     [(GP, 'agreement', '2003', 'mining')]),
    ('which-clause-then-day', 'Ghana and Peru signed a tourism agreement, which will run until 2030, '
     'on Monday.',
     [(GP, 'agreement', MON, 'tourism')]),
    ('which-clause-effect-year', 'Ghana and Peru signed a tourism agreement on Monday, which takes '
     'effect in 2026.',
     [(GP, 'agreement', MON, 'tourism')]),
    ('which-clause-no-other-date', 'Ghana and Peru signed a tourism agreement, which takes effect in '
     '2026.',
     [(GP, 'agreement', MAY, 'tourism')]),
    # --- a demonym that describes a named body: the body signs, not the country
    ('demonym-bodies-nominal-signing', 'The Ghanaian state-owned oil company Volta Petroleum announced '
     'the signing of a contract on Monday to pump more gas to the Peruvian energy company Andes Energy '
     'Corporation.',
     [(['Andes Energy Corporation', 'Volta Petroleum'], 'contract', MON)]),
    ('demonym-bodies-with', 'The Ghanaian firm Volta Petroleum on Monday signed a supply contract with '
     'the Peruvian firm Andes Energy Corporation.',
     [(['Andes Energy Corporation', 'Volta Petroleum'], 'contract', MON, 'supply')]),
    ('demonym-university-memorandum', 'The Ghanaian public university Accra Technical University '
     'signed a memorandum on Monday with the Peruvian research body Lima Institute of Marine Science '
     'on ocean research.',
     [(['Accra Technical University', 'Lima Institute of Marine Science'], 'memorandum', MON)]),
    # --- a joint vision adopted or signed is a joint statement
    ('adopted-joint-vision', 'Ghana and Peru on Monday adopted a new joint vision for a partnership in '
     'ten areas.',
     [(GP, 'joint statement', MON, 'partnership')]),
    ('signed-joint-strategic-vision', 'The leaders of Ghana and Peru signed a joint strategic vision on '
     'Monday.',
     [(GP, 'joint statement', MON)]),
    # --- controls: what the rules must leave alone
    ('demonym-people-stay-countries', 'The Ghanaian minister signed an agreement with his Peruvian '
     'counterpart on Monday on fisheries.',
     [(GP, 'agreement', MON)]),
    ('demonym-officials-stay-countries', 'Ghanaian and Peruvian officials on Monday signed a supply '
     'contract at the Volta Petroleum headquarters.',
     [(GP, 'contract', MON, 'supply')]),
    ('possessive-mou-stays-one', 'Ghana and Peru signed an MoU on fisheries on Monday. The MoU\'s '
     'provisions cover catch quotas.',
     [(GP, 'memorandum', MON, 'fisheries')]),
    ('two-sides-the-mou-stays-one', 'The two sides signed the memorandum of understanding on mining on '
     'Monday. Ghana and Peru will review it in a year.',
     [(GP, 'memorandum', MON, 'mining')]),
    ('keen-to-other-verb-stays', 'Ghana and Peru, keen to deepen ties, signed a fisheries agreement '
     'on Monday.',
     [(GP, 'agreement', MON, 'fisheries')]),
    ('importance-later-sentence-stays', 'Ghana and Peru signed a fisheries agreement on Monday. Its '
     'importance was stressed by both sides.',
     [(GP, 'agreement', MON, 'fisheries')]),
    ('plain-list-without-head-stays', 'Ghana and Peru signed three MoUs on Monday. The MoUs were on '
     'fisheries, mining and tourism.',
     [(GP, 'memorandum', MON, 'fisheries'), (GP, 'memorandum', MON, 'mining'),
      (GP, 'memorandum', MON, 'tourism')]),
]

NO_AGREEMENT = [
    # --- a package told only by its count is a count figure
    ('apostrophe-plural-counted-alone', 'Ghana and Peru signed five MoU\'s on Monday.'),
    ('counted-singular-alone', 'Ghana and Peru signed six memorandum of understanding on Monday.'),
    ('counted-singular-adjective', 'Ghana and Peru on Monday signed seven new cooperation agreement.'),
    ('two-packages-no-single', 'Ghana and Peru on Monday signed five agreements and two memoranda.'),
    ('package-and-counted-more', 'Ghana and Peru on Monday signed four agreements and three more '
     'MoUs.'),
    ('package-in-a-ceremony', 'Ghana and Peru on Monday signed four agreements in a ceremony.'),
    # --- a signing wanted, needed or urged is no document yet
    ('importance-of-signing', 'The ministers stressed the importance of signing the peace agreement '
     'between Ghana and Peru to ensure stability.'),
    ('need-to-sign', 'Ghana and Peru discussed the need to sign a trade agreement.'),
    ('willing-to-ratify', 'Ghana is willing to ratify the new fisheries agreement with Peru.'),
    ('urged-to-sign', 'The Ghanaian president urged Peru to sign the fisheries agreement.'),
    ('called-for-the-signing-of', 'Ghana and Peru called for the signing of a maritime treaty.'),
    ('hope-to-conclude', 'Ghana and Peru hope to conclude a free trade agreement.'),
    ('shared-joint-vision-no-document', 'Ghana and Peru share a joint vision for the region.'),
    ('have-joint-vision-no-document', 'Ghana and Peru said they have a joint vision of peace.'),
    # --- a head shared by items whose count does not match stays an aggregate of fields
    ('fields-without-count', 'Ghana and Peru signed several agreements on Monday. The agreements cover '
     'cooperation in various fields, including mining, fisheries and tourism.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
