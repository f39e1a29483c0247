"""A fourth checklist of the ways news reports an agreement, as invented sentences: country parties
stated every way (coordinated subjects, 'between', 'with', governments, republics, demonyms,
participles, 'the two countries'), verbs and nouns of concluding ('inked', 'sealed', 'struck',
'forged', 'came to', 'the signature of', 'witnessed the exchange of'), earlier documents dated by
a year before their noun ('the 2015 agreement between A and B'), ratification and approval by a
state's legislature or cabinet, signers 'on behalf of' their states, packages described by 'These
include', organisation parties, and documents not made yet. Forms that need other components are
strict xfails."""

import pytest
from tests.test_agreements_checklist3 import _expect, _rows, _short, found

KU, ES, CG = ["KE", "UG"], ["EG", "SD"], ["CN", "GH"]
TUE = "2024-04-30"  # the Tuesday before the articles' publication (a Thursday, 2024-05-02)


COUNTRIES = [
    ('coordinated-subject', 'Kenya and Uganda signed a memorandum on energy cooperation on Tuesday.',
     [(KU, 'memorandum', TUE)]),
    ('passive-between', 'An agreement on water sharing was signed between Egypt and Sudan on Tuesday.',
     [(ES, 'agreement', TUE)]),
    ('signed-with-before-object', 'Ghana signed with China a deal to build a hydropower dam on Tuesday.',
     [(CG, 'agreement', TUE)]),
    ('inked', 'China and Ghana inked a deal on bauxite mining on Tuesday.', [(CG, 'agreement', TUE)]),
    ('reached-present-perfect', 'Kenya and Uganda have reached an agreement on the joint management of '
     'Lake Victoria fisheries.', [(KU, 'agreement', '2024-05')]),
    ('concluded-between-governments', 'A treaty on extradition was concluded between the governments of '
     'Egypt and Sudan on Tuesday.', [(ES, 'treaty', TUE)]),
    ('government-of-each', 'The Government of Kenya and the Government of Uganda signed an agreement on oil '
     'pipeline construction on Tuesday.', [(KU, 'agreement', TUE)]),
    ('government-of-the-republic', 'The Government of the Republic of Kenya and the Government of the '
     'Republic of Uganda signed an agreement on defence cooperation on Tuesday.', [(KU, 'agreement', TUE)]),
    ('kingdom-and-republic', 'The Kingdom of Morocco and the Republic of Senegal signed an agreement on '
     'fisheries on Tuesday.', [(['MA', 'SN'], 'agreement', TUE)]),
    ('participle-signed-in-year-by', 'The agreement, signed in 2019 by Kenya and Uganda, allows the free '
     'movement of goods.', [(KU, 'agreement', '2019')]),
    ('signing-of-between', 'The signing of a memorandum of understanding between Kenya and Uganda on tourism '
     'took place on Tuesday.', [(KU, 'memorandum', TUE)]),
    ('titled-dash', 'The Kenya–Uganda Agreement on the Avoidance of Double Taxation was signed in Nairobi '
     'on Tuesday.', [(KU, 'agreement', TUE)]),
    ('renewed', 'Kenya and Uganda renewed their agreement on fisheries on Tuesday.',
     [(KU, 'agreement', TUE)]),
    ('extended', 'Kenya and Uganda on Tuesday extended their power supply agreement for five years.',
     [(KU, 'agreement', TUE)]),
    ('demonym-officials-deal', 'Chinese and Kenyan officials signed a deal on wildlife protection on '
     'Tuesday.', [(['CN', 'KE'], 'agreement', TUE)]),
    ('fronted-day-with', 'On Tuesday, Egypt inked an agreement with Sudan on electricity interconnection.',
     [(ES, 'agreement', TUE)]),
    ('sealed', 'Kenya and Uganda sealed a deal on Tuesday to jointly build a railway.',
     [(KU, 'agreement', TUE)]),
    ('struck', 'Kenya and Uganda struck a deal on Tuesday to share electricity.', [(KU, 'agreement', TUE)]),
    ('forged', 'Kenya and Uganda forged an agreement on Tuesday to share intelligence.',
     [(KU, 'agreement', TUE)]),
    ('came-to', 'Kenya and Uganda came to an agreement on Tuesday on the sharing of water from the Nile.',
     [(KU, 'agreement', TUE)]),
    ('entered-into', 'Kenya and Uganda entered into an agreement on oil exports on Tuesday.',
     [(KU, 'agreement', TUE)]),
    ('republics-of', 'The Republics of Kenya and Uganda have signed an agreement on defence.',
     [(KU, 'agreement', '2024-05')]),
    ('signature-of', 'The visit ended on Tuesday with the signature of an agreement on cross-border trade '
     'between Kenya and Uganda.', [(KU, 'agreement', TUE)]),
    ('conclusion-of', 'Kenya and Uganda welcomed the conclusion of an agreement on the joint use of Lake '
     'Victoria on Tuesday.', [(KU, 'agreement', TUE)]),
    ('witnessed-exchange', 'Kenyan President Ali Bashir and Ugandan President Paul Okello held talks in '
     'Nairobi on Tuesday. The two leaders later witnessed the exchange of a memorandum of understanding '
     'on youth and sports.', [(KU, 'memorandum', TUE)]),
    ('deal-struck-fronted', 'Under a deal struck with Uganda in March, Kenya will supply electricity to '
     'Kampala.', [(KU, 'agreement', '2024-03')]),
    ('by-the-two-countries', 'Egypt and Sudan held talks in Cairo on Tuesday. The deal was signed by the two '
     'countries after the talks.', [(ES, 'agreement', TUE)]),
    ('on-behalf-of-each', 'Jane Wanjiru signed the agreement on behalf of Kenya, while Sam Kuteesa signed on '
     'behalf of Uganda, on Tuesday.', [(KU, 'agreement', TUE)]),
    ('on-behalf-passive', 'The memorandum was signed on behalf of the Ugandan government by Ruth Nankabirwa '
     'and on behalf of Kenya by Davis Chirchir on Tuesday.', [(KU, 'memorandum', TUE)]),
    ('quoted-we', '"We have signed an agreement on oil exports with Uganda," Kenyan President Ali Bashir '
     'told reporters.', [(KU, 'agreement', '2024-05')]),
    ('these-include', 'Kenya and Uganda signed six documents on Tuesday. These include an agreement on air '
     'services and a memorandum on tourism.', [(KU, 'agreement', TUE), (KU, 'memorandum', TUE)]),
    ('colon-list', 'Kenya and Uganda signed the following documents on Tuesday: an agreement on air '
     'services, a memorandum on tourism and a treaty on extradition.',
     [(KU, 'agreement', TUE), (KU, 'memorandum', TUE), (KU, 'treaty', TUE)]),
    ('one-and-the-other', 'China and Ghana on Tuesday inked two agreements, one on bauxite mining and the '
     'other on railway construction.', [(CG, 'agreement', TUE), (CG, 'agreement', TUE)]),
    ('dateline-here', 'NAIROBI, April 30 (Xinhua) -- Kenya and Uganda signed an agreement on power '
     'interconnection here on Tuesday.', [(KU, 'agreement', TUE)]),
]

APPROVED = [
    ('parliament-possessive-ratified', "Kenya's parliament on Tuesday ratified the agreement on defence "
     "cooperation with Uganda.", [(KU, 'agreement', TUE)]),
    ('demonym-parliament-ratified', 'The Kenyan parliament ratified an extradition treaty with Uganda on '
     'Tuesday.', [(KU, 'treaty', TUE)]),
    ('cabinet-approved', "Kenya's cabinet on Tuesday approved an agreement with Uganda on the joint use of "
     "Lake Victoria.", [(KU, 'agreement', TUE)]),
    ('state-ratified', 'Kenya ratified the free trade agreement with Uganda on Tuesday.',
     [(KU, 'agreement', TUE)]),
]

EARLIER = [
    ('in-accordance-with-year', 'In accordance with the 2015 agreement between Kenya and Uganda, the two '
     'countries will share the costs.', [(KU, 'agreement', '2015')]),
    ('under-year-pact', 'Under the 2018 defence agreement between Kenya and Uganda, Kenyan troops train in '
     'Uganda.', [(KU, 'agreement', '2018')]),
    ('titled-treaty-year', 'The 1995 Treaty of Friendship between Kenya and Uganda remains the basis of '
     'relations.', [(KU, 'treaty', '1995')]),
    ('possessive-year-with', "Kenya's 2018 defence pact with Uganda remains in force.",
     [(KU, 'agreement', '2018')]),
    ('amending-their-year', 'Kenya and Uganda signed a protocol amending their 2010 agreement on double '
     'taxation on Tuesday.', [(KU, 'agreement', TUE), (KU, 'agreement', '2010')]),
    ('told-twice', 'Kenya and Uganda signed an agreement on trade in 2015. The 2015 agreement between Kenya '
     'and Uganda cut tariffs.', [(KU, 'agreement', '2015')]),
]

BODIES = [
    ('ppa-with', 'Kenya Power signed a power purchase agreement with the Uganda Electricity Transmission '
     'Company on Tuesday.', [(['Kenya Power', 'Uganda Electricity Transmission Company'], 'agreement', TUE)]),
    ('universities-inked', 'Makerere University and the University of Nairobi inked a memorandum of '
     'understanding on research cooperation on Tuesday.',
     [(['Makerere University', 'University of Nairobi'], 'memorandum', TUE)]),
    ('passive-between-authorities', 'A memorandum of understanding was signed between the Kenya Ports '
     'Authority and the Uganda Revenue Authority on Tuesday.',
     [(['Kenya Ports Authority', 'Uganda Revenue Authority'], 'memorandum', TUE)]),
    ('contract-to', 'China Road and Bridge Corporation signed a contract with the Kenya National Highways '
     'Authority on Tuesday to build a highway.',
     [(['China Road and Bridge Corporation', 'Kenya National Highways Authority'], 'contract', TUE)]),
    ('acronyms-after-names', 'The Kenya Ports Authority (KPA) and the Uganda Railways Corporation (URC) '
     'signed an MoU on Tuesday.',
     [(['Kenya Ports Authority', 'Uganda Railways Corporation'], 'memorandum', TUE)]),
    ('firm-and-government', 'Chinese firm Sinohydro and the Ghanaian government signed a deal on Tuesday to '
     'build a dam.', [(['GH', 'Sinohydro'], 'agreement', TUE)]),
    ('two-universities', 'Officials of Makerere University visited the University of Nairobi on Tuesday. The '
     'two universities signed a memorandum of understanding on staff exchange.',
     [(['Makerere University', 'University of Nairobi'], 'memorandum', TUE)]),
    ('bank-with-government-of', 'The African Development Bank signed a $50 million loan agreement with the '
     'Government of Uganda on Tuesday.', [(['African Development Bank', 'UG'], 'agreement', TUE)]),
    ('state-with-company', 'Uganda signed a memorandum of understanding with the Kenya Pipeline Company on '
     'Tuesday.', [(['Kenya Pipeline Company', 'UG'], 'memorandum', TUE)]),
    ('through-ministry', 'The Kenyan government, through the Ministry of Energy, signed an agreement with '
     'Uganda on Tuesday.', [(['Ministry of Energy', 'UG'], 'agreement', TUE)]),
    ('joined-hands-signing-of', 'The University of Nairobi and Makerere University have joined hands to '
     'cooperate in research, marked by the signing of a memorandum of understanding on Tuesday.',
     [(['Makerere University', 'University of Nairobi'], 'memorandum', TUE)]),
    ('rectors-of', 'Rector Ali Hassan of Istanbul Gedik University and Rector Omar Aliyev of Baku State '
     'University signed a memorandum of understanding on Tuesday.',
     [(['Baku State University', 'Istanbul Gedik University'], 'memorandum', TUE)]),
    ('between-the-two-universities', 'A delegation of Istanbul Gedik University visited Baku State '
     'University on Tuesday. During the visit, a memorandum of understanding was signed between the two '
     'universities.', [(['Baku State University', 'Istanbul Gedik University'], 'memorandum', TUE)]),
]

ALL = COUNTRIES + APPROVED + EARLIER + BODIES


@pytest.mark.parametrize(("form", "text", "expected"), ALL, ids=[c[0] for c in ALL])
def test_each_agreement_has_its_parties_kind_and_date(form, text, expected):
    assert _rows(found(text)) == _expect(expected)


@pytest.mark.parametrize("text", [
    'Egypt and Sudan signed four agreements on trade, health and education on Tuesday.',
    'Kenya and Uganda are expected to sign an agreement on railway construction next month.',
    "Kenya's cabinet on Tuesday approved a draft agreement with Uganda on oil.",
    "Kenya's cabinet on Tuesday approved a draft agreement with Uganda on the joint use of Lake Victoria "
    "for signing.",
    "Kenya's cabinet on Tuesday approved a plan to build 200 schools.",
    '"We want to sign an agreement with Uganda," Kenyan President Ali Bashir said on Tuesday.',
    'Kenya and Uganda called for the conclusion of an agreement on the sharing of water.',
    'The 2015 Paris Agreement on climate change was discussed by the ministers.',
    'Kenya and Uganda discussed the 2024-2026 plan of action.',
    'Kenya and Uganda want to revise the 2030 agreement.',
        'Reading a joint communiqué issued by both countries, the minister said Kenya and Uganda would '
    'cooperate.',
])
def test_plans_drafts_fields_and_other_years_give_no_agreement(text):
    assert found(text) == []


def test_a_quoted_signing_is_not_dated_by_the_day_it_was_said():
    deal, = found('"We have signed an agreement on oil exports with Uganda," Kenyan President Ali Bashir '
                  'said on Tuesday.')
    assert deal.date is not None and deal.date.value == "2024-05"


def test_an_earlier_document_keeps_what_it_is_about():
    earlier = [a for a in found('Kenya and Uganda signed a protocol amending their 2010 agreement on double '
                                'taxation on Tuesday.') if a.date.value == "2010"]
    assert [a.topic for a in earlier] == ["double taxation"]


def test_a_cabinet_secretary_signs_for_the_state():
    deal, = found("The agreement was signed on Tuesday by Uganda's Minister of Energy, Ruth Nankabirwa, and "
                  "Kenya's Cabinet Secretary for Energy, Davis Chirchir.")
    assert sorted(_short(p) for p in deal.parties) == KU


def test_signers_for_their_governments():
    deal, = found('The memorandum was signed on Tuesday by Jane Wanjiru for the Government of Kenya and Sam '
                  'Kuteesa for the Government of Uganda.')
    assert sorted(_short(p) for p in deal.parties) == KU
