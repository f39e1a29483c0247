"""A paraphrase (metamorphic) battery of agreements: one base fact per family, written the many ways
wire services, ministries and newspapers write it, so that a rule reading one construction is
tested against its siblings rather than against the sentence it was written for.

Families (the row id's prefix names its family):
- verb:   the concluding verb (signed, inked, concluded, sealed, entered into, penned, initialled,
          reached, adopted, exchanged, clinched) over one document.
- voice:  active, 'X signed with Y', perfect, passive 'by' / 'between', nominal 'the signing of',
          'under an agreement signed by', fronted date.
- doc:    the document noun and its kind (MoU, memorandum of understanding, protocol, roadmap,
          letter of intent, contract, programme of cooperation, joint declaration, treaty, accord).
- party:  who signs: two bodies, a body and a country, 'the governments of', 'on behalf of',
          titled signers with no body named, three countries, sister cities.
- multi:  several documents in one sentence, and aggregates (figures, never agreements).
- date:   'on Monday', 'yesterday', 'last week', 'on 12 March', 'in March 2021', a dateline alone,
          'earlier this month', a signing inside a visit going on at publication.
- neg:    plans and intentions, 'agreed to' without a document, proposals, talks about signing.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

MON = "2024-04-29"
TUE = "2024-04-30"
WED = "2024-05-01"
PUB_MONTH = "2024-05"
CV = ["CL", "VN"]
NI = ["ID", "NO"]

AGREEMENTS: list[tuple] = [
    # --- verb: the concluding verb over one document
    ('verb-signed', 'Chile and Vietnam signed an agreement on fisheries cooperation on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('verb-inked', 'Chile and Vietnam inked an agreement on fisheries cooperation on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('verb-concluded', 'Chile and Vietnam concluded an agreement on fisheries cooperation on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('verb-sealed', 'Chile and Vietnam sealed an agreement on fisheries cooperation on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('verb-entered-into', 'Chile and Vietnam entered into an agreement on fisheries cooperation on '
     'Monday.', [(CV, 'agreement', MON, 'fisheries')]),
    ('verb-penned', 'Chile and Vietnam penned an agreement on fisheries cooperation on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('verb-initialled', 'Chile and Vietnam initialled an agreement on fisheries cooperation on '
     'Monday.', [(CV, 'agreement', MON, 'fisheries')]),
    ('verb-reached-then-called', 'Chile and Vietnam reached an agreement on fisheries cooperation on '
     'Monday. The agreement sets catch quotas.', [(CV, 'agreement', MON, 'fisheries')]),
    ('verb-adopted-plan', 'Chile and Vietnam adopted a joint action plan on fisheries cooperation on '
     'Monday.', [(CV, 'plan', MON, 'fisheries')]),
    ('verb-exchanged-notes', 'Chile and Vietnam exchanged notes on fisheries cooperation on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('verb-clinched-deal', 'Chile and Vietnam clinched a deal on fisheries cooperation on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('verb-headline-present', 'Chile, Vietnam sign fisheries agreement\n\nChile and Vietnam signed '
     'an agreement on fisheries cooperation on Monday.', [(CV, 'agreement', MON, 'fisheries')]),
    ('verb-finalised', 'Chile and Vietnam finalised an agreement on fisheries cooperation on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('verb-ratified', 'The parliament of Chile on Monday ratified an agreement with Vietnam on '
     'fisheries cooperation.', [(CV, 'agreement', MON, 'fisheries')]),
    # --- voice: the same fact in other grammatical shapes
    ('voice-signed-with', 'Chile signed an agreement on fisheries cooperation with Vietnam on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('voice-signed-with-fronted', 'Chile on Monday signed an agreement with Vietnam on fisheries '
     'cooperation.', [(CV, 'agreement', MON, 'fisheries')]),
    # an undated present-perfect signing: gold leaves the date null (the scorer then accepts any
    # date); the extractor dates it to the publication month, marked inherited
    ('voice-perfect', 'Chile and Vietnam have signed an agreement on fisheries cooperation.',
     [(CV, 'agreement', PUB_MONTH, 'fisheries')]),
    ('voice-passive-by', 'An agreement on fisheries cooperation was signed by Chile and Vietnam on '
     'Monday.', [(CV, 'agreement', MON, 'fisheries')]),
    ('voice-passive-between', 'An agreement on fisheries cooperation was signed between Chile and '
     'Vietnam on Monday.', [(CV, 'agreement', MON, 'fisheries')]),
    ('voice-passive-perfect', 'An agreement on fisheries cooperation has been signed between Chile '
     'and Vietnam.', [(CV, 'agreement', PUB_MONTH, 'fisheries')]),
    ('voice-nominal-signing-of', 'The signing of an agreement on fisheries cooperation between Chile '
     'and Vietnam took place on Monday.', [(CV, 'agreement', MON, 'fisheries')]),
    ('voice-nominal-witnessed', 'The two presidents witnessed on Monday the signing of an agreement '
     'on fisheries cooperation between Chile and Vietnam.', [(CV, 'agreement', MON, 'fisheries')]),
    ('voice-under-agreement-signed-by', 'Under an agreement signed by Chile and Vietnam on Monday, '
     'fishing fleets will share catch data.', [(CV, 'agreement', MON)]),
    ('voice-date-fronted', 'On Monday, Chile and Vietnam signed an agreement on fisheries '
     'cooperation.', [(CV, 'agreement', MON, 'fisheries')]),
    ('voice-two-countries-after', 'An agreement on fisheries cooperation was signed on Monday by '
     'Chile and Vietnam.', [(CV, 'agreement', MON, 'fisheries')]),
    ('voice-the-two-sides', 'Chilean and Vietnamese officials signed an agreement on fisheries '
     'cooperation on Monday.', [(CV, 'agreement', MON, 'fisheries')]),
    # --- doc: the document noun and its kind
    ('doc-mou', 'Chile and Vietnam signed an MoU on fisheries cooperation on Monday.',
     [(CV, 'memorandum', MON, 'fisheries')]),
    ('doc-memorandum-of-understanding', 'Chile and Vietnam signed a memorandum of understanding on '
     'fisheries cooperation on Monday.', [(CV, 'memorandum', MON, 'fisheries')]),
    ('doc-protocol', 'Chile and Vietnam signed a protocol on fisheries cooperation on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('doc-roadmap', 'Chile and Vietnam signed a roadmap for fisheries cooperation on Monday.',
     [(CV, 'plan', MON, 'fisheries')]),
    ('doc-letter-of-intent', 'Chile and Vietnam signed a letter of intent on fisheries cooperation on '
     'Monday.', [(CV, 'memorandum', MON, 'fisheries')]),
    ('doc-contract', 'The Pacific Trawler Company signed a contract with the Vietnam Seafood '
     'Corporation on Monday for the supply of fishing boats.',
     [(['Pacific Trawler Company', 'Vietnam Seafood Corporation'], 'contract', MON, 'boats')]),
    ('doc-programme-of-cooperation', 'Chile and Vietnam signed a programme of cooperation in '
     'fisheries on Monday.', [(CV, 'plan', MON, 'fisheries')]),
    ('doc-joint-declaration', 'Chile and Vietnam signed a joint declaration on fisheries cooperation '
     'on Monday.', [(CV, 'joint statement', MON, 'fisheries')]),
    ('doc-treaty', 'Chile and Vietnam signed a treaty on mutual legal assistance on Monday.',
     [(CV, 'treaty', MON, 'legal')]),
    ('doc-accord', 'Chile and Vietnam signed an accord on fisheries cooperation on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('doc-premodified', 'Chile and Vietnam signed a fisheries cooperation agreement on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('doc-exchange-of-letters', 'Chile and Vietnam signed an exchange of letters on fisheries '
     'cooperation on Monday.', [(CV, 'agreement', MON, 'fisheries')]),
    ('doc-work-plan', 'Chile and Vietnam signed a work plan on fisheries cooperation for 2024-2026 on '
     'Monday.', [(CV, 'plan', MON, 'fisheries')]),
    # --- party: who signs
    ('party-two-bodies', 'The Santiago Ocean Institute and the Hanoi Marine Research Centre signed a '
     'memorandum of understanding on Monday on joint research.',
     [(['Hanoi Marine Research Centre', 'Santiago Ocean Institute'], 'memorandum', MON, 'research')]),
    ('party-body-and-country', 'The Chilean Fisheries Agency signed an agreement with Vietnam on '
     'Monday on sharing catch data.',
     [(['Chilean Fisheries Agency', 'VN'], 'agreement', MON, 'catch')]),
    ('party-governments-of', 'The governments of Chile and Vietnam signed an agreement on fisheries '
     'cooperation on Monday.', [(CV, 'agreement', MON, 'fisheries')]),
    ('party-titled-signers', 'The agreement on fisheries cooperation was signed on Monday by Chilean '
     'Fisheries Minister Rosa Pardo and Vietnamese Ambassador Tran Van Hieu.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('party-titled-signers-of', 'The agreement on fisheries cooperation was signed on Monday by '
     'Minister Rosa Pardo of Chile and Ambassador Tran Van Hieu of Vietnam.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('party-on-behalf-of', 'The agreement on fisheries cooperation was signed on Monday by Rosa Pardo '
     'on behalf of Chile and Tran Van Hieu on behalf of Vietnam.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('party-on-behalf-of-body', 'Rosa Pardo signed the agreement on fisheries cooperation on Monday on '
     'behalf of the Chilean Fisheries Agency, and Tran Van Hieu on behalf of Vietnam.',
     [(['Chilean Fisheries Agency', 'VN'], 'agreement', MON, 'fisheries')]),
    ('party-three-countries', 'Chile, Peru and Vietnam signed a protocol on fisheries cooperation on '
     'Monday.', [(['CL', 'PE', 'VN'], 'agreement', MON, 'fisheries')]),
    ('party-demonym-ministries', 'The Norwegian and Indonesian governments signed a memorandum of '
     'understanding on renewable energy on Monday.', [(NI, 'memorandum', MON, 'energy')]),
    ('party-titled-appositions', 'The memorandum on fisheries was signed by Rosa Pardo, Chile’s '
     'fisheries minister, and Tran Van Hieu, Vietnam’s ambassador to Chile, on Monday.',
     [(CV, 'memorandum', MON, 'fisheries')]),
    ('party-titled-subjects', 'Chilean Fisheries Minister Rosa Pardo and Vietnamese Ambassador Tran '
     'Van Hieu signed an agreement on fisheries cooperation on Monday.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('party-two-countries-antecedent', 'Chile and Vietnam held talks in Santiago on Monday. The two '
     'countries signed an MoU on fisheries, officials said.',
     [(CV, 'memorandum', MON, 'fisheries')]),
    ('party-two-sides-after-visit', 'Vietnamese President Tran Van Hieu arrived in Chile on Monday '
     'for a three-day state visit. The two sides signed a memorandum of understanding on fisheries.',
     [(CV, 'memorandum', MON, 'fisheries')]),
    ('party-body-with-country-owned', 'The Santiago Ocean Institute signed an MoU on joint research '
     'with Vietnam’s Hanoi Marine Research Centre on Monday.',
     [(['Hanoi Marine Research Centre', 'Santiago Ocean Institute'], 'memorandum', MON, 'research')]),
    ('party-untitled-signers-of-bodies', 'The MoU on joint research was signed on Monday by Rosa '
     'Pardo of the Chilean Fisheries Agency and Tran Van Hieu of the Vietnam Seafood Corporation.',
     [(['Chilean Fisheries Agency', 'Vietnam Seafood Corporation'], 'memorandum', MON, 'research')]),
    ('party-untitled-signers-for-bodies', 'The MoU on joint research was signed on Monday by Rosa '
     'Pardo for the Chilean Fisheries Agency and Tran Van Hieu for the Vietnam Seafood Corporation.',
     [(['Chilean Fisheries Agency', 'Vietnam Seafood Corporation'], 'memorandum', MON, 'research')]),
    ('party-pronoun-signed-by-bodies', 'Chile and Vietnam signed an MoU on fisheries on Monday. It was '
     'signed by the Chilean Fisheries Agency and the Vietnam Seafood Corporation.',
     [(['Chilean Fisheries Agency', 'Vietnam Seafood Corporation'], 'memorandum', MON, 'fisheries')]),
    ('party-inverted-signing-were', 'Signing the agreement on fisheries on Monday were Rosa Pardo '
     'for Chile and Tran Van Hieu for Vietnam.', [(CV, 'agreement', MON, 'fisheries')]),
    ('voice-reduced-relative-subject', 'A memorandum of understanding signed on Monday will allow '
     'Chile and Vietnam to share fisheries data.', [(CV, 'memorandum', MON, 'fisheries')]),
    ('voice-latest-country-to-sign', 'Vietnam on Monday became the latest country to sign a fisheries '
     'agreement with Chile.', [(CV, 'agreement', MON, 'fisheries')]),
    ('party-sister-cities', 'Valparaiso in Chile and Da Nang in Vietnam signed a sister-city '
     'agreement on Monday.', [(['CL-VS', 'VN-DN'], 'agreement', MON, 'sister')]),
    # --- multi: several documents, and aggregates
    ('multi-one-and-the-other', 'Chile and Vietnam signed two agreements on Monday, one on fisheries '
     'and the other on tourism.',
     [(CV, 'agreement', MON, 'fisheries'), (CV, 'agreement', MON, 'tourism')]),
    ('multi-to-cooperate-and-memo', 'Chile and Vietnam signed an agreement to cooperate on fisheries '
     'on Monday, and a memorandum on tourism.',
     [(CV, 'agreement', MON, 'fisheries'), (CV, 'memorandum', MON, 'tourism')]),
    ('multi-including-mou-and-protocol', 'Chile and Vietnam signed several documents on Monday, '
     'including an MoU on fisheries and a protocol on tourism.',
     [(CV, 'memorandum', MON, 'fisheries'), (CV, 'agreement', MON, 'tourism')]),
    ('multi-coordinated-two', 'Chile and Vietnam signed an agreement on fisheries and a memorandum '
     'on tourism on Monday.',
     [(CV, 'agreement', MON, 'fisheries'), (CV, 'memorandum', MON, 'tourism')]),
    ('multi-passive-two', 'An agreement on fisheries and a memorandum on tourism were signed by Chile '
     'and Vietnam on Monday.',
     [(CV, 'agreement', MON, 'fisheries'), (CV, 'memorandum', MON, 'tourism')]),
    ('multi-aggregate-body', 'The Pacific Trawler Company signed 12 agreements with Vietnamese '
     'partners on Monday.', [(['Pacific Trawler Company', 'VN'], 'agreement', MON)]),
    # --- date
    ('date-yesterday', 'Chile and Vietnam yesterday signed an agreement on fisheries cooperation.',
     [(CV, 'agreement', WED, 'fisheries')]),
    ('date-last-week', 'Chile and Vietnam signed an agreement on fisheries cooperation last week.',
     [(CV, 'agreement', '2024-04', 'fisheries')]),
    ('date-day-month', 'Chile and Vietnam signed an agreement on fisheries cooperation on 12 March.',
     [(CV, 'agreement', '2024-03-12', 'fisheries')]),
    ('date-month-day', 'Chile and Vietnam signed an agreement on fisheries cooperation on March 12.',
     [(CV, 'agreement', '2024-03-12', 'fisheries')]),
    ('date-month-year', 'Chile and Vietnam signed an agreement on fisheries cooperation in March '
     '2021.', [(CV, 'agreement', '2021-03', 'fisheries')]),
    ('date-earlier-this-month', 'Chile and Vietnam signed an agreement on fisheries cooperation '
     'earlier this month.', [(CV, 'agreement', '2024-05', 'fisheries')]),
    ('date-last-month', 'Chile and Vietnam signed an agreement on fisheries cooperation last month.',
     [(CV, 'agreement', '2024-04', 'fisheries')]),
    ('date-dateline-alone', 'SANTIAGO, Chile -- Chile and Vietnam have signed an agreement on '
     'fisheries cooperation.', [(CV, 'agreement', PUB_MONTH, 'fisheries')]),
    ('date-dateline-with-day', 'SANTIAGO, April 30 (Xinhua) -- Chile and Vietnam signed an agreement '
     'on fisheries cooperation on Tuesday.', [(CV, 'agreement', TUE, 'fisheries')]),
    ('date-earlier-year', 'Chile and Vietnam signed an agreement on fisheries cooperation in 2019.',
     [(CV, 'agreement', '2019', 'fisheries')]),
    ('date-anniversary-year', 'This year is the 30th anniversary of the 1994 fisheries agreement '
     'between Chile and Vietnam.', [(CV, 'agreement', '1994', 'fisheries')]),
    ('date-during-dated-visit', 'The Vietnamese president paid a state visit to Chile on Tuesday. '
     'During the visit, the two countries signed an agreement on fisheries cooperation.',
     [(CV, 'agreement', TUE, 'fisheries')]),
    ('date-weeks-ago', 'Chile and Vietnam signed an agreement on fisheries cooperation two weeks ago.',
     [(CV, 'agreement', '2024-04', 'fisheries')]),
    ('date-days-ago', 'Chile and Vietnam signed an agreement on fisheries cooperation three days ago.',
     [(CV, 'agreement', '2024-04-29', 'fisheries')]),
    ('date-bare-weekday', 'Chile and Vietnam signed an agreement Monday on fisheries cooperation.',
     [(CV, 'agreement', MON, 'fisheries')]),
    ('date-this-week', 'Chile and Vietnam signed an agreement on fisheries cooperation this week.',
     [(CV, 'agreement', PUB_MONTH, 'fisheries')]),
    ('date-since-year-before-day', 'Chile and Vietnam signed a fisheries agreement, their first since '
     '2010, on Monday.', [(CV, 'agreement', MON, 'fisheries')]),
    ('date-since-year-apposition', 'Chile and Vietnam, partners since 1995, signed a fisheries '
     'agreement on Monday.', [(CV, 'agreement', MON, 'fisheries')]),
    ('date-since-year-undated', 'Chile and Vietnam, partners since 1995, have signed a fisheries '
     'agreement.', [(CV, 'agreement', PUB_MONTH, 'fisheries')]),
    ('date-weekday-after-topic', 'Chile and Vietnam signed an agreement on Tuesday on fisheries '
     'cooperation.', [(CV, 'agreement', TUE, 'fisheries')]),
]

NO_AGREEMENT: list[tuple] = [
    ('neg-will-sign', 'Chile and Vietnam will sign an agreement on fisheries cooperation next week.'),
    ('neg-expected-to-sign', 'Chile and Vietnam are expected to sign an agreement on fisheries '
     'cooperation.'),
    ('neg-discussed-signing', 'Chile and Vietnam discussed signing an agreement on fisheries '
     'cooperation on Monday.'),
    ('neg-plan-to-sign', 'Chile and Vietnam plan to sign an agreement on fisheries cooperation.'),
    ('neg-set-to-ink', 'Chile and Vietnam are set to ink an agreement on fisheries cooperation.'),
    ('neg-ready-to-sign', 'Chile said on Monday it was ready to sign an agreement on fisheries '
     'cooperation with Vietnam.'),
    ('neg-could-sign', 'Chile and Vietnam could sign an agreement on fisheries cooperation this year.'),
    ('neg-agreed-to-no-document', 'Chile and Vietnam agreed on Monday to expand fisheries '
     'cooperation.'),
    ('neg-agreed-to-work', 'The two sides agreed to work together on fisheries.'),
    ('neg-to-be-signed', 'An agreement on fisheries cooperation is to be signed between Chile and '
     'Vietnam during the visit.'),
    ('neg-proposal-for-signing', 'The cabinet approved a draft agreement on fisheries cooperation '
     'with Vietnam for signing.'),
    ('neg-negotiating', 'Chile and Vietnam are negotiating an agreement on fisheries cooperation.'),
    ('neg-hope-to-conclude', 'Chile and Vietnam hope to conclude an agreement on fisheries '
     'cooperation by the end of the year.'),
    # a counted package listed by field only is an aggregate (GOLD_FORMAT: 'agreements in health,
    # energy ...'), its count a figure; a count its fields match is one document each (test_s50)
    ('neg-multi-three-on-list', 'Chile and Vietnam signed five agreements on Monday on fisheries, '
     'tourism and education.'),
    ('neg-multi-plural-fields', 'Chile and Vietnam signed agreements on fisheries and tourism on '
     'Monday.'),
    ('neg-aggregate-count', 'More than 20 agreements were signed during the visit.'),
    ('neg-aggregate-fields', 'Chile and Vietnam signed a number of agreements in health, energy and '
     'education on Monday.'),
    ('neg-aggregate-worth', 'Chile and Vietnam signed 30 documents worth $5 billion on Monday.'),
    ('neg-would-sign-future', 'The ministers said the MoU would be signed next month.'),
    ('neg-called-for', 'The minister called for an agreement on fisheries cooperation with Vietnam.'),
    ('neg-no-document-reached-consensus', 'Chile and Vietnam reached a consensus on fisheries on '
     'Monday.'),
    ('neg-may-sign', 'Chile and Vietnam may sign an agreement on fisheries cooperation later this '
     'year.'),
    ('neg-should-sign', 'Chile and Vietnam should sign an agreement on fisheries cooperation, the '
     'minister said.'),
    ('neg-might-sign', 'Chile and Vietnam might sign an agreement on fisheries cooperation.'),
    ('neg-considering-signing', 'Chile and Vietnam are considering signing an agreement on fisheries '
     'cooperation.'),
    ('neg-preparing-to-sign', 'Chile and Vietnam are preparing to sign an agreement on fisheries '
     'cooperation.'),
    ('neg-weighing-signing', 'The government is weighing signing an agreement on fisheries '
     'cooperation with Vietnam.'),
    ('neg-talks-on-signing', 'Officials from Chile and Vietnam held talks on Monday on signing an '
     'agreement on fisheries cooperation.'),
    ('neg-pending-signature', 'A fisheries agreement between Chile and Vietnam is awaiting signature.'),
]

XFAIL: dict[str, str] = {
    'party-untitled-signers-for-bodies': "an untitled signer 'for <body>': the org span swallows "
                                         "the signer's name ('Rosa Pardo for the X Agency')",
    'party-pronoun-signed-by-bodies': "'It was signed by <body> and <body>' after the document's "
                                      "sentence: a pronoun subject names no document noun",
    'party-inverted-signing-were': "inverted 'Signing X were A for B and C for D'",
    'voice-reduced-relative-subject': "a document subject with a reduced relative ('An MoU signed "
                                      "on Monday will allow A and B to ...'): the parties stand "
                                      "after a future main verb",
    'voice-latest-country-to-sign': "'became the latest country to sign X with B': an infinitive "
                                    "signing that is done",
    'date-anniversary-year': "'the 1994 fisheries agreement': the field premodifying a "
                             "year-dated document is not taken as its topic",
}

test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
