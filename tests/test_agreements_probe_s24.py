"""A probe of agreements written from the English of bilateral-cooperation news, not from any
article: the shapes wire services, ministries' press releases and regional papers commonly use to
report a signing.  Signing verbs (signed, inked, sealed, concluded, exchanged, initialled,
entered into), active and passive voice, 'A and B signed', 'A signed with B', 'between A and B',
several parties, several documents in one sentence, lists after a colon, aggregates (no entry, a
count figure), sister-city and sister-province twinnings, the kinds (MoU, MoC, LoI, framework
agreement, protocol, treaty, contract, plan), dates from the sentence or from the visit, fronted
adverbials and datelines, apposition, pronouns and later mentions, British and American spelling,
and names of Asian, African and Latin American shapes.  Documents to be signed, planned, proposed
or negotiated are no agreements.

Rows are read against Thursday 2 May 2024 (Monday 29 April, Tuesday 30 April, Wednesday 1 May).
A fourth element of an expected row is a word its topic must hold.  Every sentence, person,
company and body is invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_agreements_checklist6 import agreement_checklist_tests

from coopkg.extract import extract
from coopkg.read.article import Article

MON = "2024-04-29"
TUE = "2024-04-30"
WED = "2024-05-01"
MAY = "2024-05"

AGREEMENTS: list[tuple] = [
    # --- signing verbs, active: 'A and B <verb> a <document>'
    ('inked-mou', 'Vietnam and Chile inked a memorandum of understanding on agricultural cooperation '
     'on Tuesday.',
     [(['CL', 'VN'], 'memorandum', TUE, 'agricultur')]),
    ('sealed-deal', 'Kenya and Ethiopia sealed a deal on cross-border electricity trade on Monday.',
     [(['ET', 'KE'], 'agreement', MON, 'electricity')]),
    ('concluded-treaty', 'Brazil and Argentina concluded an extradition treaty in Buenos Aires on '
     'Wednesday.',
     [(['AR', 'BR'], 'treaty', WED, 'extradition')]),
    ('initialled-protocol', 'Serbia and Hungary initialled a protocol on joint border checks on '
     'Tuesday.',
     [(['HU', 'RS'], 'agreement', TUE, 'border')]),
    ('entered-into-with', 'Ghana entered into a framework agreement with South Korea on Monday for '
     'infrastructure financing.',
     [(['GH', 'KR'], 'agreement', MON, 'infrastructure')]),
    ('exchanged-notes', 'Japan and the Philippines exchanged notes on a grant for flood control on '
     'Monday.',
     [(['JP', 'PH'], 'agreement', MON, 'flood')]),
    ('signed-with', 'Thailand signed an agreement with Cambodia on Tuesday to reopen a border '
     'crossing.',
     [(['KH', 'TH'], 'agreement', TUE, 'border')]),
    ('reached-agreement', 'Kenya and Somalia reached an agreement on livestock trade on Tuesday.',
     [(['KE', 'SO'], 'agreement', TUE, 'livestock')]),
    # --- passives
    ('passive-signed-by', 'A memorandum of understanding on tourism was signed by Egypt and Jordan '
     'on Tuesday.',
     [(['EG', 'JO'], 'memorandum', TUE, 'tourism')]),
    ('passive-between', 'An agreement on higher education was signed between Mexico and Colombia on '
     'Monday.',
     [(['CO', 'MX'], 'agreement', MON, 'education')]),
    ('passive-inked-between-firm-state', 'A deal to build a copper smelter was inked on Monday between '
     'the Indian firm Rao Metals and the Government of Zambia.',
     [(['ZM', 'Rao Metals'], 'agreement', MON, 'smelter')]),
    ('passive-date-first', 'On Wednesday, a treaty on mutual legal assistance was signed by Morocco '
     'and Spain.',
     [(['ES', 'MA'], 'treaty', WED, 'legal')]),
    # --- several parties, several documents
    ('three-parties', 'Kenya, Uganda and Rwanda signed a protocol on a joint railway on Monday.',
     [(['KE', 'RW', 'UG'], 'agreement', MON, 'railway')]),
    ('two-documents-one-sentence', 'Morocco and Senegal signed an agreement on fisheries and a '
     'memorandum of understanding on vocational training on Tuesday.',
     [(['MA', 'SN'], 'agreement', TUE, 'fisheries'), (['MA', 'SN'], 'memorandum', TUE, 'training')]),
    ('colon-list', 'Peru and Ecuador signed three documents on Monday: an agreement on border '
     'security, a memorandum of understanding on tourism and a protocol on water management.',
     [(['EC', 'PE'], 'agreement', MON, 'border'), (['EC', 'PE'], 'memorandum', MON, 'tourism'),
      (['EC', 'PE'], 'agreement', MON, 'water')]),
    # --- kinds
    ('mou-abbreviation', 'Nigeria and India signed an MoU on defence cooperation on Monday.',
     [(['IN', 'NG'], 'memorandum', MON, 'defence')]),
    ('moc-bracketed', 'Japan and Vietnam signed a memorandum of cooperation (MoC) on healthcare on '
     'Tuesday.',
     [(['JP', 'VN'], 'memorandum', TUE, 'health')]),
    ('letter-of-intent', 'Indonesia and Australia signed a letter of intent on critical minerals on '
     'Monday.',
     [(['AU', 'ID'], 'memorandum', MON, 'minerals')]),
    ('framework-agreement', 'Rwanda and Qatar signed a framework agreement on aviation on Wednesday.',
     [(['QA', 'RW'], 'agreement', WED, 'aviation')]),
    ('executive-programme-plan', 'Egypt and Greece signed an executive programme for cultural '
     'cooperation on Monday.',
     [(['EG', 'GR'], 'plan', MON, 'cultur')]),
    ('american-program-plan', 'Egypt and Greece signed a cultural exchange program on Monday.',
     [(['EG', 'GR'], 'plan', MON, 'cultur')]),
    ('joint-statement-signed', 'China and Pakistan signed a joint statement on Tuesday.',
     [(['CN', 'PK'], 'joint statement', TUE)]),
    ('contract-firms', 'The Kenyan firm Savanna Power signed a contract with the Chinese company Jinhe '
     'Engineering on Monday to build a solar plant.',
     [(['Jinhe Engineering', 'Savanna Power'], 'contract', MON, 'solar')]),
    ('contract-with-value', 'Egyptian company Nile Builders signed a $200 million contract with the '
     'Saudi Ports Authority on Monday to expand a container terminal.',
     [(['Nile Builders', 'Saudi Ports Authority'], 'contract', MON, 'terminal')]),
    # --- bodies as parties
    ('universities', 'Makerere University and the University of Nairobi signed a memorandum of '
     'understanding on student exchange on Monday.',
     [(['Makerere University', 'University of Nairobi'], 'memorandum', MON, 'student')]),
    # --- dates
    ('yesterday', 'Kazakhstan and Uzbekistan yesterday signed a treaty on the demarcation of their '
     'border.',
     [(['KZ', 'UZ'], 'treaty', WED, 'border')]),
    ('american-date', 'Vietnam and Singapore signed the agreement on digital trade on March 12, 2024.',
     [(['SG', 'VN'], 'agreement', '2024-03-12', 'digital')]),
    ('british-date', 'Nigeria and Ghana signed an accord on power supply on 14 March 2024.',
     [(['GH', 'NG'], 'agreement', '2024-03-14', 'power')]),
    ('past-year', 'Egypt and Sudan signed a water agreement in 2015.',
     [(['EG', 'SD'], 'agreement', '2015', 'water')]),
    ('present-perfect-undated', 'Turkey and Azerbaijan have signed a memorandum on energy.',
     [(['AZ', 'TR'], 'memorandum', MAY, 'energy')]),
    ('dateline', 'NAIROBI (Reuters) - Kenya and Tanzania have signed an agreement on fisheries.',
     [(['KE', 'TZ'], 'agreement', MAY, 'fisheries')]),
    ('fronted-place-and-day', 'In Hanoi on Tuesday, Vietnam and Laos signed an agreement on '
     'hydropower.',
     [(['LA', 'VN'], 'agreement', TUE, 'hydropower')]),
    ('date-from-meeting', 'Brazilian President Paulo Dias met Angolan President Joao Neto in Luanda on '
     'Tuesday. The two sides signed an agreement on oil exploration.',
     [(['AO', 'BR'], 'agreement', TUE, 'oil')]),
    ('date-from-ongoing-visit', 'Indian Prime Minister Ravi Menon is on a three-day state visit to '
     'Egypt. During the visit, the two countries signed an agreement on renewable energy.',
     [(['EG', 'IN'], 'agreement', MAY, 'energy')]),
    ('witnessed-after-meeting', 'Brazilian President Paulo Dias met Angolan President Joao Neto in '
     'Luanda on Tuesday. The two presidents witnessed the signing of a memorandum on agriculture.',
     [(['AO', 'BR'], 'memorandum', TUE, 'agricultur')]),
    # --- signers named by title and name (Asian, African, Latin American name shapes)
    ('latin-names', 'Colombian Foreign Minister María Fernanda Gutiérrez and her Ecuadorian '
     'counterpart Juan Carlos Pazmiño signed a memorandum on migration in Quito on Wednesday.',
     [(['CO', 'EC'], 'memorandum', WED, 'migration')]),
    ('asian-names', 'Vietnamese Deputy Prime Minister Tran Van Minh and Thai Commerce Minister '
     'Somchai Wongsawat signed an agreement on rice trade on Tuesday.',
     [(['TH', 'VN'], 'agreement', TUE, 'rice')]),
    ('african-names', "Nigeria's Minister of Trade Adebayo Okonkwo and Ghana's Minister of Trade "
     'Kwabena Owusu-Ansah signed a protocol on customs on Monday.',
     [(['GH', 'NG'], 'agreement', MON, 'customs')]),
    ('apposition-counterpart', 'Ghanaian Trade Minister Kwame Asante and his Ivorian counterpart, Yao '
     'Kouassi, signed a memorandum on cocoa pricing on Monday.',
     [(['CI', 'GH'], 'memorandum', MON, 'cocoa')]),
    # --- pronouns and later mentions: one document
    ('later-the-deal', 'Chile and Argentina signed a gas supply deal on Tuesday. The deal allows '
     'Chile to import gas through a new pipeline.',
     [(['AR', 'CL'], 'agreement', TUE, 'gas')]),
    ('later-it-was-signed', 'Chile and Argentina signed a gas supply agreement on Tuesday. It was '
     'signed in Santiago by the two energy ministers.',
     [(['AR', 'CL'], 'agreement', TUE, 'gas')]),
    ('on-behalf-later', 'Peru and Bolivia signed a water-sharing agreement on Wednesday. Foreign '
     'Minister Ana Torres signed on behalf of Peru, while Minister Diego Rojas signed for Bolivia.',
     [(['BO', 'PE'], 'agreement', WED, 'water')]),
    # --- twinning
    ('sister-city-signed', 'The Kenyan city of Mombasa and the Ugandan city of Jinja signed a '
     'sister-city agreement on Tuesday.',
     [(['KE-28', 'UG-204'], 'agreement', TUE, 'sister')]),
    ('twinning-agreement', 'Mombasa in Kenya signed a twinning agreement with Jinja in Uganda on '
     'Monday.',
     [(['KE-28', 'UG-204'], 'agreement', MON, 'twin')]),
    ('became-sister-cities', 'Mombasa in Kenya and Jinja in Uganda became sister cities on Tuesday.',
     [(['KE-28', 'UG-204'], 'agreement', TUE, 'sister')]),
    ('became-a-sister-city-of', 'The Kenyan city of Mombasa officially became a sister city of the '
     'Ugandan city of Jinja on Tuesday.',
     [(['KE-28', 'UG-204'], 'agreement', TUE, 'sister')]),
    ('were-twinned', 'Mombasa in Kenya and Jinja in Uganda were twinned on Tuesday.',
     [(['KE-28', 'UG-204'], 'agreement', TUE, 'twin')]),
    ('was-twinned-with', 'Mombasa in Kenya was twinned with Jinja in Uganda on Monday.',
     [(['KE-28', 'UG-204'], 'agreement', MON, 'twin')]),
    ('formalised-their-relationship', 'Mombasa in Kenya and Jinja in Uganda on Tuesday formalised '
     'their sister-city relationship.',
     [(['KE-28', 'UG-204'], 'agreement', TUE, 'sister')]),
    ('sister-province-memorandum', 'The Chinese province of Sichuan and the Brazilian state of Parana '
     'signed a memorandum on establishing sister-province relations on Tuesday.',
     [(['BR-PR', 'CN-SC'], 'memorandum', TUE, 'sister')]),
    # --- other common shapes: participial apposition, headline style, bare weekday, finalised
    ('participle-apposition', 'The agreement, signed on Tuesday by Kenya and Uganda, will cut roaming '
     'charges.',
     [(['KE', 'UG'], 'agreement', TUE, 'roaming')]),
    ('fronted-participle', 'Signed by Kenya and Uganda on Tuesday, the accord will cut roaming charges.',
     [(['KE', 'UG'], 'agreement', TUE, 'roaming')]),
    ('headline-present', 'Kenya, Uganda sign pact on oil pipeline security.',
     [(['KE', 'UG'], 'agreement', MAY, 'pipeline')]),
    ('bare-weekday', 'Kenya and Uganda Tuesday signed a pact on oil pipeline security.',
     [(['KE', 'UG'], 'agreement', TUE, 'pipeline')]),
    ('finalised-british', 'Uganda and Kenya have finalised an agreement on power trade.',
     [(['KE', 'UG'], 'agreement', MAY, 'power')]),
    ('body-and-body-passive', 'A memorandum of understanding (MoU) was signed on Tuesday between the '
     "Ghana Cocoa Board and Peru's National Coffee Council.",
     [(['Ghana Cocoa Board', 'National Coffee Council'], 'memorandum', TUE)]),
    ('not-only-signed-stays', 'Kenya and Uganda not only signed an agreement on energy on Tuesday but '
     'also agreed to build a road.',
     [(['KE', 'UG'], 'agreement', TUE, 'energy')]),
    ('each-its-own-year', 'Kenya and Uganda signed a trade agreement in 2019 and a defence pact in 2021.',
     [(['KE', 'UG'], 'agreement', '2019', 'trade'), (['KE', 'UG'], 'agreement', '2021', 'defence')]),
    ('separate-agreements-with-two', 'Kenya signed separate agreements with Uganda and Tanzania on '
     'Tuesday on cross-border trade.',
     [(['KE', 'UG'], 'agreement', TUE, 'trade'), (['KE', 'TZ'], 'agreement', TUE, 'trade')]),
    ('loan-with-world-bank', 'Ghana signed a $500 million loan agreement with the World Bank on Monday '
     'to improve roads.',
     [(['GH', 'World Bank'], 'agreement', MON, 'roads')]),
]

NO_AGREEMENT: list[tuple] = [
    ('expected-to-sign', 'Kenya and Ethiopia are expected to sign an agreement on power trade next '
     'month.'),
    ('will-sign', 'Chile will sign a free trade agreement with Thailand in June.'),
    ('to-be-signed-passive', 'A memorandum on tourism is to be signed by Egypt and Jordan during the '
     'visit.'),
    ('plan-to-sign', 'Mombasa plans to sign a sister-city agreement with Jinja.'),
    ('negotiating', 'Mexico and Brazil are negotiating a trade agreement.'),
    ('draft-discussed', 'The ministers of Peru and Chile discussed a draft agreement on investment '
     'protection.'),
    ('proposed', 'Peru proposed an agreement on fisheries to Ecuador on Monday.'),
    ('aggregate-fields', 'The two countries signed agreements in health, energy and transport on '
     'Monday.'),
    ('will-be-signed-during-visit', 'An MoU on tourism will be signed during the visit.'),
    ('set-to-sign', 'Kenya and Uganda are set to sign an agreement on energy.'),
    ('could-be-signed', 'Officials said the agreement could be signed later this year.'),
    ('hopes-to-become-sister-city', 'Mombasa in Kenya hopes to become a sister city of Jinja in Uganda.'),
    ('will-be-twinned', 'Mombasa in Kenya and Jinja in Uganda will be twinned next year.'),
    ('did-not-sign', 'Kenya and Uganda did not sign the agreement on energy on Tuesday.'),
    ('failed-to-sign', 'Kenya and Uganda failed to sign the agreement on energy.'),
    ('refused-to-sign', 'Uganda refused to sign the agreement on energy with Kenya on Tuesday.'),
    ('yet-to-sign', 'Kenya and Uganda have yet to sign the agreement on energy.'),
    ('declined-to-sign', 'Uganda declined to sign the protocol with Kenya.'),
    ('aggregate-count', 'Tanzanian President Amina Mwita held talks with Mozambican President Carlos '
     'Nhaca in Maputo on Tuesday. The two sides signed five agreements on trade, health and '
     'education.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)


# an aggregate of documents is no entry but one count figure: (form, text, count, unit)
COUNTS: list[tuple] = [
    ('two-sides-five-agreements-fields', 'Tanzanian President Amina Mwita held talks with Mozambican '
     'President Carlos Nhaca in Maputo on Tuesday. The two sides signed five agreements on trade, health '
     'and education.', 5, 'agreements'),
    ('two-sides-five-agreements', 'The two sides signed five agreements.', 5, 'agreements'),
    ('two-countries-seven-mous', 'Tanzania and Mozambique held talks on Tuesday. The two countries '
     'inked seven MoUs.', 7, 'memoranda'),
    ('three-countries-four-deals', 'The three countries sealed four deals on Monday.', 4, 'agreements'),
    ('named-pair-eight', 'Kenya and Uganda signed eight agreements on Tuesday.', 8, 'agreements'),
    ('digits-after-two-sides', 'The two sides signed 12 agreements.', 12, 'agreements'),
    ('total-so-far', 'The two countries have signed a total of 12 agreements so far.', 12, 'agreements'),
]


@pytest.mark.parametrize(("form", "text", "count", "unit"), [pytest.param(*r, id=r[0]) for r in COUNTS])
def test_aggregate_is_a_count_figure(form: str, text: str, count: int, unit: str) -> None:
    got = extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test"))
    assert [(f.value, f.unit) for f in got.figures] == [(count, unit)]
