"""Agreements checklist s22a: members of a signed package told with a pronoun for the document
noun ('signed three MoUs. One was for X. Another was for Y between A and B. The other belonged
to C and D'), also behind a fronted attribution ('According to officials, one of the agreements
is to X'); a signing a sentence says the sides are heading toward ('agreed to work toward an
early signing of an accord') is no document yet; a list of fields ending in a plural container
noun ('The MoUs covered the training, cultural, and heritage cooperation, and educational
fields') is an aggregate; and in a semicolon list the first '; and' closes the list, so the
pieces after it belong to its last item.  A date between a subject and its signing verb ('Kenya
on Monday, 29 April 2024 signed') leaves the subject its verb's; a person's relative clause ('who
also opened the Institute, whose purpose is to X') gives the document no topic.  A lead's document
told again a few sentences on ('The two countries subsequently signed an agreement that would
let them further collaborate ...') is one document; 'a further agreement' is another.  A signing
told as a gerund after 'by' ('Nairobi and Kampala have deepened ties, including by signing a
deal') has the sentence's opening pair as its parties.  'Also' on a signing verb ('A cooperation agreement
was also signed by ...') adds a document, never the one told before.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

KU = ["KE", "UG"]
MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    # --- pronoun members of a counted package
    ('one-another-the-other', 'Kenya and Uganda signed three memorandums of understanding on Monday. '
     'One was for fisheries research between the two countries. Another was for tourism promotion. '
     'The other aims to expand railway training.',
     [(KU, 'memorandum', MON, 'fisheries'), (KU, 'memorandum', MON, 'tourism'),
      (KU, 'memorandum', MON, 'railway')]),
    ('member-own-between', 'Kenya and Uganda signed two memorandums on Monday. One was for trade '
     'promotion. Another was for news exchange between the Kenya News Agency and the Uganda '
     'Broadcasting Corporation.',
     [(KU, 'memorandum', MON, 'trade'),
      (['Kenya News Agency', 'Uganda Broadcasting Corporation'], 'memorandum', MON, 'news')]),
    ('member-belonged-to', 'Kenya and Uganda signed two memorandums on Monday. One was for cooperation '
     'in fisheries. The other belonged to Kenya Airways and the Uganda Development Bank.',
     [(KU, 'memorandum', MON, 'fisheries'),
      (['Kenya Airways', 'Uganda Development Bank'], 'memorandum', MON)]),
    ('attribution-fronted-one-of-the-agreements', 'Kenya and Uganda signed two memorandums of '
     'understanding on Monday in Kisumu. According to press reports, one of the agreements is to '
     'establish regular political consultations. The other aims to stimulate cooperation in the '
     'cultural field.',
     [(KU, 'memorandum', MON, 'consultations'), (KU, 'memorandum', MON, 'cultural')]),
    # --- the first '; and' closes a semicolon list
    ('semicolon-list-closed-by-and', 'Kenya and Uganda on Monday signed several memoranda of '
     'understanding. The MoUs signed include Fisheries Research; Road Safety; and Cooperation in the '
     'Field of Women Affairs; Youth; and Sports.',
     [(KU, 'memorandum', MON, 'fisheries'), (KU, 'memorandum', MON, 'road'),
      (KU, 'memorandum', MON, 'youth')]),
    # --- a full date between the subject and its signing verb
    ('date-between-subject-and-verb', 'Kenya on Monday, 29 April 2024 signed an agreement with the '
     'Uganda Development Bank to finance rural roads.',
     [(['KE', 'Uganda Development Bank'], 'agreement', MON, 'roads')]),
    # --- a person's relative clause tells nothing of the document
    ('witnessed-by-who-clause', 'Kenya and Uganda on Monday signed an agreement on fisheries. The signing '
     'of the agreement was witnessed by President Sam Okello who also opened the Lake Institute, whose '
     'purpose is to promote research.',
     [(KU, 'agreement', MON, 'fisheries')]),
    # --- a dateline lead told again, with its day, after two sentences of background
    ('lead-retold-third-sentence-after', 'Kisumu, 2 May 2024 (KNA) - Kenya and Uganda have signed an '
     'agreement which would let them cooperate in areas of fisheries and energy, according to the '
     'ministry. The joint commission met in Kampala. The commission reviewed earlier work. On Monday '
     'the two countries signed an agreement that would let them further collaborate in areas of trade '
     'and energy.',
     [(KU, 'agreement', MON)]),
    # --- a gerund signing after 'by' has the opening subject, capitals standing for states
    ('including-by-signing-capitals', 'Kenya and Uganda held talks. Nairobi and Kampala have deepened '
     'security ties in recent years, including by signing a deal on fisheries patrols.',
     [(KU, 'agreement', '2024-05', 'fisheries')]),
    # --- 'also' on the signing verb adds a document
    ('also-signed-is-another', 'The presidents of Kenya and Uganda witnessed the signing of several '
     'memorandums on Monday. A cooperation agreement was signed by Kenyan Minister of Health Mary '
     'Achieng and Ugandan Minister of Health John Okello. A cooperation agreement was also signed by '
     'Kenyan Minister of Education Paul Mwangi and Ugandan Minister of Education Ruth Nakato.',
     [(KU, 'agreement', MON), (KU, 'agreement', MON)]),
    # --- controls: what the new rules must leave alone
    ('signed-by-countries-stays', 'A fisheries agreement was signed by Kenya and Uganda on Monday.',
     [(KU, 'agreement', MON)]),
    ('a-further-agreement-stays', 'Kisumu, 2 May 2024 (KNA) - Kenya and Uganda have signed an agreement '
     'on fisheries, according to the ministry. The joint commission met in Kampala. The commission '
     'reviewed earlier work. On Monday the two countries signed a further agreement on energy.',
     [(KU, 'agreement', '2024-05-02', 'fisheries'), (KU, 'agreement', MON, 'energy')]),
    ('clause-between-subject-and-verb-stays', 'Mary Achieng, head of the Kisumu Fish Company, told the '
     'Daily Star on Friday that her company had signed an agreement with the Uganda Development Bank '
     'on Monday.',
     [(['Kisumu Fish Company', 'Uganda Development Bank'], 'agreement', MON)]),
    ('sequel-noun-stays', 'Kenya and Uganda signed two memorandums on Monday. One of the memorandums '
     'covers fisheries. Another MoU was signed in the area of tourism.',
     [(KU, 'memorandum', MON, 'fisheries'), (KU, 'memorandum', MON, 'tourism')]),
    ('step-towards-by-signing-stays', 'Kenya and Uganda took a step towards integration by signing a '
     'customs agreement on Monday.',
     [(KU, 'agreement', MON, 'customs')]),
    ('step-toward-after-stays', 'Kenya and Uganda signed a fisheries agreement on Monday, a step toward '
     'closer ties.',
     [(KU, 'agreement', MON, 'fisheries')]),
    ('semicolon-list-stays', 'Kenya and Uganda on Monday signed several memoranda of understanding. '
     'The MoUs signed include Fisheries Research; Tourism, Culture and the Arts; and Road Safety.',
     [(KU, 'memorandum', MON, 'fisheries'), (KU, 'memorandum', MON, 'tourism'),
      (KU, 'memorandum', MON, 'road')]),
    ('described-items-stay', 'Kenya and Uganda signed two memoranda on Monday. The two memoranda cover '
     'the upgrade of the Kisumu port as well as the training of customs officers.',
     [(KU, 'memorandum', MON, 'port'), (KU, 'memorandum', MON, 'customs')]),
]

NO_AGREEMENT = [
    # --- a signing still ahead
    ('work-toward-early-signing', 'The defence ministers of Kenya and Uganda have agreed to work '
     'together toward an early signing of an accord that would ease joint drills.'),
    ('towards-the-conclusion-of', 'Kenya and Uganda pledged to move towards the conclusion of a '
     'fisheries treaty.'),
    # --- a list of fields of a package
    ('covered-fields-list', 'Kenya and Uganda signed 12 memorandums of understanding on Monday. The '
     'signing of the MoUs came during the visit. The accords covered the health, water and energy, '
     'maritime, and heritage cooperation, and scientific fields.'),
    # --- a pronoun far from any package
    ('one-without-package', 'Kenya and Uganda held talks on Monday. One was for the press.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
