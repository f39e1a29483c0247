"""Agreement constructions of general news English the s28 read sets showed missing or wrong
(helper b): 'memo (of understanding)' as a memorandum; a signing 'approved' or 'authorised' as
not yet made; a bracket naming a body's state as no side; a partnership's anniversary as no
document; singular 'exchange note'; a package's one member set off by dashes; 'Another deal
involved X'; a titled document dated by its own anniversary; three states' leaders as parties.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    # --- 'memo' is the newsroom short form of 'memorandum'
    ('memo-of-understanding', 'Kenya and Uganda on Monday inked a memo of understanding on fisheries.',
     [(['KE', 'UG'], 'memorandum', MON, 'fisheries')]),
    ('bare-memo-on', 'Kenya and Uganda signed a memo on water cooperation on Monday.',
     [(['KE', 'UG'], 'memorandum', MON, 'water')]),
    ('memo-of-understanding-passive', 'A memo of understanding on mining was signed by Kenya and '
     'Uganda on Monday.',
     [(['KE', 'UG'], 'memorandum', MON, 'mining')]),
    # --- a bracket after a body naming its state is a note on the body, not a side
    ('bracketed-government-of', 'An MoU on fisheries was signed on Monday between the Kenya Marine '
     'Authority (Government of Kenya) and the Uganda Fisheries Board.',
     [(['Kenya Marine Authority', 'Uganda Fisheries Board'], 'memorandum', MON, 'fisheries')]),
    ('bracketed-country', 'The Kenya Marine Authority (Kenya) signed an MoU on fisheries on Monday '
     'with the Uganda Fisheries Board (Government of Uganda).',
     [(['Kenya Marine Authority', 'Uganda Fisheries Board'], 'memorandum', MON, 'fisheries')]),
    ('bracketed-acronym-stays', 'The Kenya Marine Authority (KMA) signed an MoU on fisheries on '
     'Monday with Uganda.', [(['Kenya Marine Authority', 'UG'], 'memorandum', MON, 'fisheries')]),
    # --- an anniversary dates a partnership as a document only where it marks its signing
    ('anniversary-of-signing-partnership-stays', 'The 5th anniversary of the signing of the strategic '
     'partnership between Kenya and Uganda falls this year.', [(['KE', 'UG'], 'joint statement', '2019')]),
    ('anniversary-of-treaty-stays', 'The 30th anniversary of the treaty of friendship between Kenya '
     'and Uganda falls this year.', [(['KE', 'UG'], 'treaty', '1994', 'friendship')]),
    # --- 'exchange note' (singular) is the exchange of notes a grant is signed with
    ('exchange-note-signing-concluded', 'The signing of an exchange note on grant aid for rural roads in '
     'Kenya was concluded on Monday in Nairobi. Signatories were Deputy Minister Ana Wekesa and '
     'Japanese Ambassador Kenji Mori.', [(['KE', 'JP'], 'agreement', MON, 'grant')]),
    ('exchange-note-active', 'Japan and Kenya signed an exchange note on grant aid worth 300 million yen '
     'on Monday.', [(['KE', 'JP'], 'agreement', MON, 'grant')]),
    # --- a package whose one described member a dash sets off: 'N agreements - one on X and ... -'
    ('dash-one-on', 'Kenya on Friday signed three agreements with Uganda to expand trade. The three '
     'agreements – one on credit for the Kisumu port upgrade and two framework texts – were inked in '
     "front of Kenya's President Ali Wekesa and Ugandan Prime Minister Ben Oloo.",
     [(['KE', 'UG'], 'agreement', '2024-04-26', 'kisumu')]),
    # --- 'Another deal involved X' counts one more member off a package, as 'The third MoU covers X'
    ('another-deal-involved', 'During his visit to Kampala, both sides inked agreements for Kenyan loans '
     'for roads in Uganda. Another deal involved Kenyan financing for a new airport.',
     [(['KE', 'UG'], 'agreement', '2024-05', 'airport')]),
    ('another-agreement-covers', 'Kenya and Uganda signed a trade agreement on Monday. Another agreement '
     'covers fisheries in Lake Victoria.',
     [(['KE', 'UG'], 'agreement', MON, 'trade'), (['KE', 'UG'], 'agreement', MON, 'fisheries')]),
    # --- a titled document naming both countries that reaches an anniversary exists, dated by it
    ('titled-own-anniversary-in-year', 'The Kenya-Uganda Economic Partnership Agreement, the basis of their '
     'commerce, is reaching its 20th anniversary in 2025.',
     [(['KE', 'UG'], 'agreement', '2005', 'partnership')]),
    ('titled-own-anniversary-this-year', 'The Kenya-Uganda Free Trade Agreement, which marks its 10th '
     'anniversary this year, cut tariffs on tea.', [(['KE', 'UG'], 'agreement', '2014', 'free trade')]),
    # --- a document signed by the leaders of three states named by demonyms has all three as parties
    ('three-demonym-leaders', 'The three-way peace deal signed by the Kenyan, Ugandan and Tanzanian '
     'leaders on November 10, 2020, closed the border dispute.',
     [(['KE', 'UG', 'TZ'], 'agreement', '2020-11-10')]),
    ('two-demonym-leaders-stays', 'The peace deal signed by the Kenyan and Ugandan leaders on November '
     '10, 2020, closed the border dispute.', [(['KE', 'UG'], 'agreement', '2020-11-10')]),
    # --- a definite document dated in another year is an earlier one, not the last one retold
    ('definite-other-year-not-merged', 'The Kenya Aid Agency and the Uganda Export Board have signed a '
     'memorandum of understanding. The three-way peace deal signed by the Kenyan, Ugandan and Tanzanian '
     'leaders on November 10, 2020, closed the border dispute.',
     [(['Kenya Aid Agency', 'Uganda Export Board'], 'memorandum', '2024-05'),
      (['KE', 'UG', 'TZ'], 'agreement', '2020-11-10')]),
    ('definite-same-day-retold-stays', 'Kenya and Uganda signed a trade agreement on Monday. The agreement, '
     'signed in Nairobi on Monday, cuts tariffs.', [(['KE', 'UG'], 'agreement', MON, 'trade')]),
    # --- approval after the fact leaves the signing done
    ('approved-after-signing-stays', 'The cabinet approved the treaty that Kenya and Uganda signed '
     'on Monday.', [(['KE', 'UG'], 'treaty', MON)]),
]

NO_AGREEMENT: list[tuple] = [
    ('memo-leaked', 'A leaked memo showed that Kenya and Uganda disagreed on fisheries on Monday.'),
    ('memo-sent', 'The Kenyan ministry sent a memo to its Ugandan peers on Monday.'),
    # --- the anniversary of a partnership dates a relation, not a signed paper
    ('anniversary-of-partnership', 'Kenya and Uganda this year celebrate 60 years of ties and the 5th '
     'anniversary of their strategic partnership.'),
    # --- a dash aside that describes no member leaves the package a count
    ('dash-no-member', 'Kenya on Friday signed three agreements with Uganda - a record for a single '
     'visit.'),
    # --- 'Another deal' with no signing told before, or one still to come, is no member
    ('another-deal-no-signing', 'Kenya and Uganda met on Monday. Another deal involves Kenyan financing '
     'for a new airport.'),
    # --- a title still negotiated has no anniversary of its own
    ('titled-negotiated-anniversary', 'Kenya and Uganda are negotiating the Kenya-Uganda Free Trade '
     'Agreement, which was proposed on its 10th anniversary of talks.'),
    # --- a signing approved or authorised is cleared to happen, not done
    ('cabinet-approved-signing', 'The Kenyan cabinet approved the signing of a fisheries MoU with '
     'Uganda in April 2024.'),
    ('cabinet-authorised-signing', 'The Kenyan cabinet on Tuesday authorised the signing of a '
     'treaty with Uganda on extradition.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
