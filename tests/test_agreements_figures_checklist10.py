"""A tenth checklist, agreements and figures: the classes that recur in the errors of the fresh
sets (readable ana10/ana11 and the masked summaries of the blind sets), each written as a family
of invented phrasings.  Agreements: several pairs after one 'between' ('between A and B, C and D,
and E and F': one document per pair), documents 'signed on cooperation in X, Y and Z' (an
aggregate by field: no entry), the parties a document's own 'between' names preferred over the
countries of the people who signed it, parties known only through a signer's title ('Uganda's
Minister of Energy'), a programme's year range ('from 2025 to 2027') that is no signing date,
letters and notes exchanged, roadmaps and action plans as kinds, declarations 'expected to be
reached' (not made), and one document told again in a later sentence.  Figures: counts written
as words ('four memoranda'), a count split into parts ('Five of the MoUs are with ..., while 22
are with ...'), the unit as the article writes it ('memorandums' where it writes memorandums),
a rank dated by its 'As of <Month>', and a state's count of diplomatic allies.

Agreement rows are read against Thursday 2 May 2024 (Tuesday 30 April); figure rows against
Thursday 12 June 2025 (Tuesday 10 June).  A fourth element of an expected agreement row is a word
its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_cases
from tests.test_agreements_checklist6 import agreement_checklist_tests
from tests.test_statements_figures_checklist5 import check_figures

KU = ["KE", "UG"]
KT = ["KE", "TZ"]
JK = ["JP", "KE"]
TUE = "2024-04-30"
MAY = "2024-05"
JUNE_TUE = "2025-06-10"

AGREEMENTS: list[tuple] = [
    # --- several pairs after one 'between': one document per pair
    ('between-three-pairs-commas', 'Memoranda were also signed on Tuesday between the Kenya School of '
     'Government and the Uganda Management Institute, the Kenya Forestry Research Institute and the Uganda '
     'Wildlife Authority, and Moi University and Gulu University.',
     [(['Kenya School of Government', 'Uganda Management Institute'], 'memorandum', TUE),
      (['Kenya Forestry Research Institute', 'Uganda Wildlife Authority'], 'memorandum', TUE),
      (['Moi University', 'Gulu University'], 'memorandum', TUE)]),
    ('fields-then-between-pairs', 'Memorandums were also signed on Tuesday on cooperation in customs, '
     'justice and tourism, as well as on cooperation between Kenyatta University and Makerere University, '
     'and the Kenya Wildlife Service and the Uganda Wildlife Authority.',
     [(['Kenyatta University', 'Makerere University'], 'memorandum', TUE),
      (['Kenya Wildlife Service', 'Uganda Wildlife Authority'], 'memorandum', TUE)]),
    ('agreements-between-two-pairs-and', 'On Tuesday agreements were signed between Moi University and '
     'Gulu University and between the Kenya Ports Authority and the Uganda Railways Corporation.',
     [(['Moi University', 'Gulu University'], 'agreement', TUE),
      (['Kenya Ports Authority', 'Uganda Railways Corporation'], 'agreement', TUE)]),
    ('deals-between-pairs-semicolon-and', 'Deals were inked on Tuesday between Moi University and Gulu '
     'University; and the Kenya Ports Authority and the Uganda Railways Corporation.',
     [(['Moi University', 'Gulu University'], 'agreement', TUE),
      (['Kenya Ports Authority', 'Uganda Railways Corporation'], 'agreement', TUE)]),
    ('mous-as-well-as-between-pairs', 'The ministers also witnessed the signing of memoranda of '
     'understanding on Tuesday between Moi University and Gulu University as well as between the Kenya '
     'Wildlife Service and the Uganda Wildlife Authority.',
     [(['Moi University', 'Gulu University'], 'memorandum', TUE),
      (['Kenya Wildlife Service', 'Uganda Wildlife Authority'], 'memorandum', TUE)]),
    ('one-pair-stays-one', 'Kenya and Uganda signed an agreement on Tuesday between the Kenya Ports '
     'Authority and the Uganda Railways Corporation, and a memorandum on tourism.',
     [(['Kenya Ports Authority', 'Uganda Railways Corporation'], 'agreement', TUE),
      (KU, 'memorandum', TUE, 'tourism')]),
    ('between-pairs-semicolons', 'Two memoranda were signed on Tuesday: between the Kenya Ports Authority '
     'and the Uganda Railways Corporation; and between Moi University and Gulu University.',
     [(['Kenya Ports Authority', 'Uganda Railways Corporation'], 'memorandum', TUE),
      (['Moi University', 'Gulu University'], 'memorandum', TUE)]),
    # --- the document's own 'between' names its parties, not the signers' countries
    ('signed-by-persons-to-x-between-orgs', 'In addition, a memorandum of understanding was signed on '
     'Tuesday by Otieno and Ugandan Trade Minister Grace Nakato to boost investment between the Kenya '
     'Investment Authority and the Uganda Investment Authority.',
     [(['Kenya Investment Authority', 'Uganda Investment Authority'], 'memorandum', TUE, 'investment')]),
    ('signed-by-persons-on-cooperation-between', 'An agreement was signed on Tuesday by Kenyan minister '
     'Paul Mwangi and Ugandan minister Grace Nakato on cooperation between the Kenya Ports Authority and '
     'the Uganda Railways Corporation.',
     [(['Kenya Ports Authority', 'Uganda Railways Corporation'], 'agreement', TUE)]),
    ('ministers-inked-on-x-between-orgs', 'The Kenyan and Ugandan ministers inked a memorandum on Tuesday '
     'on data sharing between the Kenya Revenue Authority and the Uganda Revenue Authority.',
     [(['Kenya Revenue Authority', 'Uganda Revenue Authority'], 'memorandum', TUE, 'data')]),
    ('trade-between-countries-stays', 'Kenyan minister Paul Mwangi and Ugandan minister Grace Nakato signed '
     'a memorandum on Tuesday to boost trade between Kenya and Uganda.', [(KU, 'memorandum', TUE, 'trade')]),
    ('firm-signed-to-boost-trade-between', 'The Kenya Power Company signed a contract on Tuesday with the '
     'Uganda Electricity Board to boost power trade between the two countries.',
     [(['Kenya Power Company', 'Uganda Electricity Board'], 'contract', TUE, 'power')]),
    # --- parties known only through a signer's title
    ('signed-by-ctys-minister-of', "The memorandum on power trade was signed on Tuesday by Uganda's "
     "Minister of Energy and Kenya's Minister of Mines.", [(KU, 'memorandum', TUE, 'power')]),
    ('signed-by-the-dem-minister-of', 'The agreement on road transport was signed on Tuesday by the Kenyan '
     'Minister of Transport and the Ugandan Minister of Works.', [(KU, 'agreement', TUE, 'road')]),
    ('signed-by-name-ctys-title', "The agreement on food aid was signed on Tuesday by Mr Peter Otieno, "
     "Kenya's Minister of Finance, and Mr Kenji Sato, Japan's Ambassador to Kenya.",
     [(JK, 'agreement', TUE, 'food')]),
    # --- a programme's years are not the signing date
    ('programme-from-to-not-date', 'Kenya and Uganda on Tuesday also signed an agreement to implement a '
     'cultural exchange programme from 2025 to 2027.', [(KU, 'plan', TUE, 'cultural')]),
    ('mou-and-programme-from-to', 'Kenya and Uganda held talks in Nairobi on Tuesday. The two sides also '
     'inked an MoU on animal health along with a separate agreement to implement a cultural exchange '
     'programme from 2025 to 2027.',
     [(KU, 'memorandum', TUE, 'animal'), (KU, 'plan', TUE, 'cultural')]),
    ('programme-for-years-dash', 'Kenya and Uganda signed a cultural exchange programme for 2025-2027 on '
     'Tuesday.', [(KU, 'plan', TUE, 'cultural')]),
    ('mou-valid-from-to', 'Kenya and Uganda signed a memorandum on Tuesday on youth exchanges from 2025 to '
     '2028.', [(KU, 'memorandum', TUE, 'youth')]),
    ('programme-for-the-years', 'Kenya and Uganda on Tuesday signed a programme of cooperation in '
     'education for the years 2025 to 2027.', [(KU, 'plan', TUE, 'education')]),
    # --- letters and notes, roadmaps and action plans
    ('letter-of-exchange-signed', 'Kenya and Uganda also signed a letter of exchange on the Busia railway '
     'route on Tuesday.', [(KU, 'agreement', TUE, 'railway')]),
    ('letter-of-exchange-by-the-countries', 'Kenya and Uganda held talks in Nairobi on Tuesday. A letter '
     'of exchange on the Busia railway route was also signed by the countries at the meeting.',
     [(KU, 'agreement', TUE, 'railway')]),
    ('protocol-signed-by-both-sides', 'Kenyan and Ugandan officials met in Kampala on Tuesday. A protocol on '
     'veterinary checks was signed by both sides at the meeting.', [(KU, 'agreement', TUE, 'veterinary')]),
    ('exchanged-letters-on', 'Kenya and Uganda exchanged letters on Tuesday on the transfer of the border '
     'post.', [(KU, 'agreement', TUE)]),
    ('notes-were-exchanged-between', 'Notes on the grant for rural schools were exchanged on Tuesday '
     'between Kenya and Japan.', [(JK, 'agreement', TUE)]),
    ('letters-were-exchanged-by', 'Letters on the handover of the border post were exchanged by Kenya and '
     'Uganda on Tuesday.', [(KU, 'agreement', TUE, 'border')]),
    ('roadmap-signed', 'Kenya and Uganda signed a roadmap on energy cooperation on Tuesday.',
     [(KU, 'plan', TUE, 'energy')]),
    ('action-plan-for-years', 'Kenya and Uganda signed an action plan on trade for 2024-2026 on Tuesday.',
     [(KU, 'plan', TUE, 'trade')]),
    ('protocol-signed-passive', 'A protocol on veterinary checks was signed by Kenya and Uganda on '
     'Tuesday.', [(KU, 'agreement', TUE, 'veterinary')]),
    # --- one document told again
    ('repeated-the-memorandum-was-signed', 'Kenya and Uganda signed a memorandum on fisheries on Tuesday. '
     'The memorandum on fisheries was signed by the two ministers in Kampala.',
     [(KU, 'memorandum', TUE, 'fisheries')]),
    ('repeated-the-mou-signed-on', 'Kenya and Uganda have signed a memorandum on tourism. The memorandum, '
     'signed on Tuesday in Kampala, aims to double arrivals.', [(KU, 'memorandum', TUE, 'tourism')]),
    ('repeated-the-deal-which-was-signed', 'Kenya and Uganda have signed a deal on power trade. The deal, '
     'which was signed on Tuesday in Kampala, will see Uganda export electricity to Kenya.',
     [(KU, 'agreement', TUE, 'power')]),
    ('repeated-this-accord-inked', 'Kenya and Uganda have signed an accord on fisheries. This accord, inked '
     'on Tuesday by the two ministers, sets fishing quotas for Lake Victoria.',
     [(KU, 'agreement', TUE, 'fisheries')]),
    ('repeated-the-accord-inked', 'Kenya and Uganda on Tuesday signed an accord on cross-border trade. The '
     'accord was inked by the two trade ministers after talks.', [(KU, 'agreement', TUE, 'trade')]),
]

NO_AGREEMENT = [
    # aggregates by field: no document described one by one
    ('memorandums-on-cooperation-in-fields', 'Kenya and Uganda signed memorandums on Tuesday on cooperation '
     'in customs, justice, horticulture and tourism.'),
    ('memorandums-were-also-signed-in-fields', 'Kenyan and Ugandan officials met in Nairobi on Tuesday. '
     'Memorandums were also signed on cooperation in customs, justice, horticulture and tourism.'),
    ('agreements-in-the-fields-of', 'Kenya and Uganda also signed agreements in the fields of health, energy '
     'and transport on Tuesday.'),
    ('documents-covering-fields', 'Documents covering trade, culture and sport were also signed by Kenya and '
     'Uganda on Tuesday.'),
    # declarations and documents still to come
    ('expected-to-be-reached', 'The presidents of Kenya and Uganda will meet in June, when a joint '
     'declaration is expected to be reached on the recent agreements.'),
    ('expected-to-be-adopted', 'A joint declaration of Kenya and Uganda is expected to be adopted at the '
     'summit in June.'),
    ('is-to-be-signed', 'An agreement on visas between Kenya and Uganda is to be signed next month.'),
    ('due-to-sign', 'Kenya and Uganda are due to sign a protocol on fisheries in July.'),
    ('translate-into-declaration', 'The Kenyan and Ugandan ministers agreed that the presidents will meet in '
     'June to translate into a joint declaration the agreements reached today.'),
    ('broker-summit-declaration-expected', 'The Kenyan and Ugandan foreign ministers agreed on Friday to '
     'broker a summit in June, during which a joint declaration is expected to be reached.'),
    ('views-were-exchanged', 'Views on regional security were exchanged by Kenya and Uganda on Tuesday.'),
    ('hope-to-conclude', 'Kenya and Uganda hope to conclude an agreement on air services by the end of the '
     'year.'),
]

# Forms not read yet: strict xfails, with what goes wrong.
XFAIL: dict[str, str] = {
    'documents-covering-fields': "agreement_subject_lists reads each field of a passive subject list as a "
                                 "document by design ('Agreements in the fields of A, B and C were inked'); "
                                 "GOLD_FORMAT calls undescribed fields an aggregate: needs a decision",
}

FIGURES: dict[str, tuple[str, list]] = {
    # counts written as words
    "four-memoranda-words": ("Kenya has signed four memoranda of understanding (MoUs) with Uganda in several "
                             "fields, including tourism and rail transit.",
                             [(4, "memoranda", None, "memoranda")]),
    "has-four-memoranda-with": ("Kenya has four memoranda of understanding with Uganda in several fields, "
                                "including tourism and rail transit.", [(4, "memoranda", None, "memoranda")]),
    "seven-agreements-words": ("Kenya and Uganda signed seven agreements on Tuesday.",
                               [(7, "agreements", JUNE_TUE, "agreements")]),
    "twelve-deals-words": ("Twelve deals were signed by Kenyan and Ugandan firms on Tuesday.",
                           [(12, "agreements", JUNE_TUE, "")]),
    # the unit as the article writes it
    "memorandums-as-written": ("Kenya and Uganda have signed 27 memorandums of understanding (MOUs) on "
                               "Tuesday.", [(27, "memorandums", JUNE_TUE, "memorand")]),
    "memoranda-as-written": ("Kenya and Uganda signed five memoranda of understanding on Tuesday.",
                             [(5, "memoranda", JUNE_TUE, "memoranda")]),
    "mous-in-memorandums-article": ("Kenya and Uganda signed 12 MoUs on Tuesday. The memorandums cover "
                                    "trade and health.", [(12, "memorandums", JUNE_TUE, "")]),
    "mous-alone-memoranda": ("Kenya and Uganda signed 5 MoUs on Tuesday.", [(5, "memoranda", JUNE_TUE, "")]),
    # a count split into parts
    "split-of-the-mous-whiles": ("Kenya and Morocco have signed 27 memorandums of understanding (MOUs) on "
                                 "Tuesday. Five of the MOUs are with the government directly, while 22 are "
                                 "with private sector players in the country.",
                                 [(27, "memorandums", JUNE_TUE, ""), (5, "memorandums", None, ""),
                                  (22, "memorandums", None, "")]),
    "split-of-the-agreements": ("Kenya and Uganda signed 15 agreements on Tuesday. Ten of the agreements are "
                                "with the government, and five with private companies.",
                                [(15, "agreements", JUNE_TUE, ""), (10, "agreements", None, ""),
                                 (5, "agreements", None, "")]),
    "split-of-them": ("Kenya and Uganda signed 9 memoranda on Tuesday; six of them involve ministries "
                      "and three involve universities.",
                      [(9, "memoranda", JUNE_TUE, ""), (6, "memoranda", None, ""),
                       (3, "memoranda", None, "")]),
    "split-of-the-n-deals": ("Of the 20 deals signed on Tuesday by Kenya and Uganda, 12 are with Kenyan "
                             "firms and 8 with Ugandan banks.",
                             [(20, "agreements", JUNE_TUE, ""), (12, "agreements", None, ""),
                              (8, "agreements", None, "")]),
    # ranks dated by 'As of <Month>' / 'By the end of <Month>'
    "rank-as-of-month": ("As of April, Uganda ranked 30th among the 105 countries investing in Kenya.",
                         [(30, "rank", "2025-04", "")]),
    "rank-as-of-month-year": ("As of March 2024, Uganda ranked 12th among foreign investors in Kenya.",
                              [(12, "rank", "2024-03", "")]),
    "rank-by-end-of-month": ("By the end of May, Kenya was ranked 5th among investors in Uganda.",
                             [(5, "rank", "2025-05", "")]),
    "rank-in-year": ("In 2024, Kenya ranked 3rd among Uganda's trading partners.", [(3, "rank", "2024", "")]),
    # diplomatic allies
    "among-ctys-diplomatic-allies": ("Among Taiwan's 12 diplomatic allies around the world, Paraguay is "
                                     "the only one in South America.",
                                     [(12, "diplomatic allies", None, "allies")]),
    "has-only-diplomatic-allies": ("Taiwan now has only 12 diplomatic allies, including Paraguay.",
                                   [(12, "diplomatic allies", None, "allies")]),
    "one-of-ctys-diplomatic-allies": ("Paraguay is one of Taiwan's 12 remaining diplomatic allies.",
                                      [(12, "diplomatic allies", None, "allies")]),
    # numbers that are no (second) figure
    "restated-count-once": ("Kenya and Uganda signed 27 memorandums on Tuesday. The signing of the 27 MOU's "
                            "marks a new beginning, the minister said.",
                            [(27, "memorandums", JUNE_TUE, "")]),
    "no-ally-count-without-number": ("Paraguay is one of Taiwan's diplomatic allies.", []),
    "no-of-the-ministers": ("Two of the ministers attended the signing in Nairobi on Tuesday.", []),
}

OPEN_FIGURES: dict[str, str] = {
    "has-four-memoranda-with": "'A has four memoranda with B' names no signing: no count is read",
    "split-of-the-n-deals": "'Of the 20 deals signed ..., 12 are with X': the whole's clause runs on past "
                            "its noun, and '12 ... firms' is read as a count of companies",
}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)


@pytest.mark.parametrize("case", xfail_cases(FIGURES, OPEN_FIGURES))
def test_figure_checklist10(case: str) -> None:
    check_figures(*FIGURES[case])
