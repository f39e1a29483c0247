"""The ways English news reports a signed document, each as an invented sentence: active, passive
and nominal signings, the verbs ('inked', 'sealed', 'initialled', 'exchanged notes', 'issued a
joint statement', 'struck a deal'), document names, several documents in one sentence, lists
(bullets, numbers split off by the sentence splitter), parties (countries, governments, bodies,
'the parties', a signer with no stated country facing his counterpart), dates (weekday,
yesterday, during a visit, years); and the reports that are no agreement (future, pending,
aggregates, consensus without a document)."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Agreement, Ref
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 2)  # a Thursday


def found(text: str) -> list[Agreement]:
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test")).agreements


def _short(ref: Ref) -> str:
    return ref.key.rsplit("/", 1)[-1] if ref.kind == "place" else ref.key


def _matches(agreement: Agreement, parties: list[str], kind: str | None, when: str) -> bool:
    """Parties exactly, kind when given, and the date at the expected precision ('*': any)."""
    value = agreement.date.value if agreement.date else ""
    return {_short(p) for p in agreement.parties} == set(parties) and \
        (kind is None or agreement.kind == kind) and (when == "*" or value[:len(when)] == when)

SIGNED = [
    ('active',
     'Kenya and Ghana signed an agreement on visa exemption on Tuesday.',
     [(['GH', 'KE'], 'agreement', '2024-04-30')]),
    ('passive-between',
     'An agreement on tourism cooperation was signed between Peru and Chile on Monday.',
     [(['CL', 'PE'], 'agreement', '2024-04-29')]),
    ('mou',
     'Vietnam and Laos signed a memorandum of understanding on education on Wednesday.',
     [(['LA', 'VN'], 'memorandum', '2024-05-01')]),
    ('witnessed',
     'The presidents of Kenya and Tanzania witnessed the signing of an agreement on energy '
     'cooperation on Wednesday.',
     [(['KE', 'TZ'], 'agreement', '2024-05-01')]),
    ('presence',
     'Egyptian President Ali Hassan received Jordanian Prime Minister Omar Saleh in Cairo on '
     'Monday. In the presence of the two leaders, the foreign ministers signed a memorandum '
     'on consular affairs.',
     [(['EG', 'JO'], 'memorandum', '2024-04-29')]),
    ('three-in-one',
     'Ghana and Nigeria signed an agreement on visa exemption, an agreement on education and '
     'a memorandum on tourism on Monday.',
     [(['GH', 'NG'], 'agreement', '2024-04-29'),
      (['GH', 'NG'], 'agreement', '2024-04-29'),
      (['GH', 'NG'], 'memorandum', '2024-04-29')]),
    ('documents-include',
     'Indonesian President Budi Santoso held talks with Malaysian Prime Minister Ahmad Yusof '
     'in Kuala Lumpur on Tuesday. The documents signed include an agreement on air services '
     'and a memorandum on health cooperation.',
     [(['ID', 'MY'], 'agreement', '2024-04-30'), (['ID', 'MY'], 'memorandum', '2024-04-30')]),
    ('among-signed',
     'Peru and Ecuador held a binational cabinet meeting on Friday. Among the documents '
     'signed were a treaty on extradition and a protocol on customs cooperation.',
     [(['EC', 'PE'], 'treaty', '*'), (['EC', 'PE'], 'agreement', '*')]),
    ('also-signed',
     'Kenya and Uganda signed an agreement on trade on Tuesday. Also signed were a memorandum '
     'on agriculture and an agreement on fisheries.',
     [(['KE', 'UG'], 'agreement', '2024-04-30'),
      (['KE', 'UG'], 'memorandum', '2024-04-30'),
      (['KE', 'UG'], 'agreement', '2024-04-30')]),
    ('inked-deal',
     'Brazil and Argentina inked a deal on natural gas supplies on Friday.',
     [(['AR', 'BR'], None, '2024-04-26')]),
    ('sealed',
     'Japan and India sealed an agreement on semiconductor supply chains on Monday.',
     [(['IN', 'JP'], 'agreement', '2024-04-29')]),
    ('concluded',
     'Norway and Sweden concluded an agreement on border cooperation on Tuesday.',
     [(['NO', 'SE'], 'agreement', '2024-04-30')]),
    ('initialled',
     'Moldova and Romania initialled a readmission agreement in Chisinau on Monday.',
     [(['MD', 'RO'], 'agreement', '2024-04-29')]),
    ('exchanged-instruments',
     'Uzbekistan and Kazakhstan exchanged instruments of ratification of the treaty on allied '
     'relations on Tuesday.',
     [(['KZ', 'UZ'], 'treaty', '*')]),
    ('exchanged-notes',
     'Japan and Mongolia exchanged notes on a grant for school construction on Tuesday.',
     [(['JP', 'MN'], 'agreement', '2024-04-30')]),
    ('ratified',
     'The parliament of Egypt on Tuesday ratified the agreement with Russia on comprehensive '
     'partnership.',
     [(['EG', 'RU'], 'agreement', '*')]),
    ('renewed',
     'Chile and Peru renewed their agreement on fisheries cooperation on Monday.',
     [(['CL', 'PE'], 'agreement', '2024-04-29')]),
    ('extended',
     'Chile and Peru extended the agreement on fisheries cooperation for five years on Monday.',
     [(['CL', 'PE'], 'agreement', '2024-04-29')]),
    ('reached',
     'Ethiopia and Kenya reached an agreement on cross-border trade on Tuesday.',
     [(['ET', 'KE'], 'agreement', '2024-04-30')]),
    ('agreed-roadmap',
     'Mongolia and Kazakhstan agreed on a roadmap for trade cooperation on Tuesday.',
     [(['KZ', 'MN'], 'plan', '2024-04-30')]),
    ('adopted-js',
     'Vietnam and Cambodia adopted a joint statement on the comprehensive partnership on Tuesday.',
     [(['KH', 'VN'], 'joint statement', '2024-04-30')]),
    ('issued-js',
     'After the talks on Monday, Turkey and Azerbaijan issued a joint declaration on '
     'strategic alliance.',
     [(['AZ', 'TR'], 'joint statement', '2024-04-29')]),
    ('mou-abbr',
     'Pakistan and Sri Lanka signed an MoU on maritime cooperation on Tuesday.',
     [(['LK', 'PK'], 'memorandum', '2024-04-30')]),
    ('protocol',
     'Kenya and Uganda signed a protocol on the management of shared water resources on Tuesday.',
     [(['KE', 'UG'], 'agreement', '2024-04-30')]),
    ('convention',
     'Cyprus and Malta held talks on Tuesday. The two countries signed a convention on the '
     'avoidance of double taxation.',
     [(['CY', 'MT'], 'treaty', '2024-04-30')]),
    ('accord',
     'Ghana and Togo signed an accord on border security on Tuesday.',
     [(['GH', 'TG'], 'agreement', '2024-04-30')]),
    ('company-contract',
     'The Moroccan company Atlas Energy signed a contract with the Nigerian National '
     'Petroleum Corporation on Tuesday to build a gas pipeline.',
     [(['Atlas Energy', 'Nigerian National Petroleum Corporation'], 'contract', '2024-04-30')]),
    ('loi',
     'Senegal and Mali signed a letter of intent on railway development on Tuesday.',
     [(['ML', 'SN'], 'memorandum', '2024-04-30')]),
    ('action-plan',
     'Azerbaijan and Georgia signed an action plan for 2024-2025 on Tuesday.',
     [(['AZ', 'GE'], 'plan', '2024-04-30')]),
    ('programme-between',
     'The foreign ministers signed a cooperation programme between Tajikistan and Kyrgyzstan '
     'for 2024-2026 on Tuesday.',
     [(['KG', 'TJ'], 'plan', '2024-04-30')]),
    ('minutes',
     'The intergovernmental commission of Kazakhstan and Uzbekistan met in Tashkent on '
     'Tuesday. The co-chairs signed the minutes of the fifth session of the commission.',
     [(['KZ', 'UZ'], 'agreement', '2024-04-30')]),
    ('bullets',
     'Presidents of Armenia and Georgia met in Tbilisi.\n\nThe following documents were '
     'signed on Monday:\n\n- Agreement on visa exemption;\n\n- Memorandum on tourism.',
     [(['AM', 'GE'], 'agreement', '2024-04-29'), (['AM', 'GE'], 'memorandum', '2024-04-29')]),
    ('numbered',
     'The presidents of Serbia and Hungary met in Belgrade on Monday.\n\nThe two sides signed '
     'the following documents:\n\n1. Agreement on air services;\n\n2. Protocol on veterinary '
     'cooperation.',
     [(['HU', 'RS'], 'agreement', '2024-04-29'), (['HU', 'RS'], 'agreement', '2024-04-29')]),
    ('colon-semicolons',
     'Peru and Bolivia signed three documents on Tuesday: an agreement on border control; a '
     'memorandum on mining; and a protocol on customs.',
     [(['BO', 'PE'], 'agreement', '2024-04-30'),
      (['BO', 'PE'], 'memorandum', '2024-04-30'),
      (['BO', 'PE'], 'agreement', '2024-04-30')]),
    ('governments',
     'The governments of Ghana and Burkina Faso signed an agreement on electricity supply on Tuesday.',
     [(['BF', 'GH'], 'agreement', '2024-04-30')]),
    ('ministries',
     'The Ministry of Health of Kenya and the Ministry of Health of Rwanda signed a '
     'memorandum on health cooperation on Tuesday.',
     [(['Ministry of Health of Kenya', 'Ministry of Health of Rwanda'], 'memorandum', '2024-04-30')]),
    ('universities',
     'Cairo University and the University of Nairobi signed a memorandum of understanding on '
     'student exchange on Tuesday.',
     [(['Cairo University', 'University of Nairobi'], 'memorandum', '2024-04-30')]),
    ('agency-state',
     'The Japan International Cooperation Agency signed a loan agreement with the Philippines '
     'on Tuesday for flood control.',
     [(['Japan International Cooperation Agency', 'PH'], 'agreement', '2024-04-30')]),
    ('signed-with',
     'Kenya signed with Ethiopia an agreement on energy trade on Tuesday.',
     [(['ET', 'KE'], 'agreement', '2024-04-30')]),
    ('possessive-orgs',
     "Kenya's Ministry of Energy and Ethiopia's Ethiopian Electric Power signed a power "
     "purchase agreement on Tuesday.",
     [(['Ethiopian Electric Power', 'Ministry of Energy'], 'agreement', '2024-04-30')]),
    ('yesterday',
     'Laos and Thailand signed a memorandum on electricity trade yesterday.',
     [(['LA', 'TH'], 'memorandum', '2024-05-01')]),
    ('today',
     'Nepal and India signed an agreement on hydropower today.',
     [(['IN', 'NP'], 'agreement', '2024-05-02')]),
    ('during-visit',
     'Ghanaian President Kofi Mensah is on a three-day state visit to Nigeria this week. '
     'During the visit, the two countries signed an agreement on trade.',
     [(['GH', 'NG'], 'agreement', '2024-05')]),
    ('sidelines',
     'On the sidelines of the summit in Riyadh on Monday, Egypt and Saudi Arabia signed a '
     'memorandum on renewable energy.',
     [(['EG', 'SA'], 'memorandum', '2024-04-29')]),
    ('earlier-year',
     'Relations between Laos and Vietnam rest on the Treaty of Amity and Cooperation signed in 1977.',
     [(['LA', 'VN'], 'treaty', '1977')]),
    ('in-year',
     'Chile and Argentina signed an agreement on energy integration in 2019.',
     [(['AR', 'CL'], 'agreement', '2019')]),
    ('signing-of',
     'The visit of the Nigerien president to Nigeria on Tuesday culminated in the signing of '
     'an agreement on defence cooperation between Nigeria and Niger.',
     [(['NE', 'NG'], 'agreement', '2024-04-30')]),
    ('passive-by-ministers',
     'A memorandum on cooperation in agriculture was signed by the agriculture ministers of '
     'Kenya and Uganda on Tuesday.',
     [(['KE', 'UG'], 'memorandum', '2024-04-30')]),
    ('passive-bare',
     'The prime ministers of Kenya and Uganda met in Kampala on Tuesday. A memorandum on '
     'water management was also signed.',
     [(['KE', 'UG'], 'memorandum', '2024-04-30')]),
    ('possessive-ministers',
     "Kenya's Foreign Minister Jane Wanjiru and Uganda's Foreign Minister Peter Okello signed "
     "an agreement on consular cooperation on Tuesday.",
     [(['KE', 'UG'], 'agreement', '2024-04-30')]),
    ('counterpart',
     'Foreign Minister Jane Wanjiru of Kenya and her Ugandan counterpart Peter Okello signed '
     'an agreement on consular cooperation on Tuesday.',
     [(['KE', 'UG'], 'agreement', '2024-04-30')]),
    ('republics',
     'The Republics of Kenya and Uganda signed a treaty on extradition on Tuesday.',
     [(['KE', 'UG'], 'treaty', '2024-04-30')]),
    ('consensus',
     'Kenya and Ethiopia agreed to set up a joint commission on border trade on Tuesday.',
     [(['ET', 'KE'], 'agreement', '2024-04-30')]),
    ('the-two-sides',
     'Kenyan President Ali Bashir received Ugandan Prime Minister Omar Saleh in Nairobi on '
     'Tuesday. The two sides signed an agreement on fisheries.',
     [(['KE', 'UG'], 'agreement', '2024-04-30')]),
    ('the-parties',
     "Ghana and Cote d'Ivoire held talks in Accra on Tuesday. Following the talks, the "
     "parties signed a memorandum on cocoa marketing.",
     [(['CI', 'GH'], 'memorandum', '2024-04-30')]),
    ('nominal-lead',
     'The signing of a memorandum on cooperation in tourism between Georgia and Armenia took '
     'place in Yerevan on Tuesday.',
     [(['AM', 'GE'], 'memorandum', '2024-04-30')]),
    ('aggregate-with-one',
     'Kenya and Ethiopia signed seven agreements on Tuesday, including a treaty on extradition.',
     [(['ET', 'KE'], 'treaty', '2024-04-30')]),
    ('counterpart-unplaced',
     'Sweden and Kenya will cooperate on renewable energy. Foreign Minister Anna Berg signed '
     'the memorandum with her Kenyan counterpart John Otieno on Tuesday.',
     [(['KE', 'SE'], 'memorandum', '2024-04-30')]),
    ('passive-by-possessive',
     "The agreement on trade was signed by Kenya's Trade Minister Mary Wambui and Ghana's "
     "Trade Minister Kwame Boateng on Tuesday.",
     [(['GH', 'KE'], 'agreement', '2024-04-30')]),
    ('date-between',
     'Kenya on Tuesday signed an agreement with Ghana on maritime security.',
     [(['GH', 'KE'], 'agreement', '2024-04-30')]),
    ('loan',
     'Kenya has signed a $50 million loan agreement with Japan for road construction.',
     [(['JP', 'KE'], 'agreement', '2024-05')]),
    ('under-the-agreement',
     'Iran and Kenya signed a trade agreement on Tuesday. Under the agreement, Kenya will '
     'supply tea to Iran.',
     [(['IR', 'KE'], 'agreement', '2024-04-30')]),
    ('apposition-date',
     'The agreement between Kenya and Tanzania, signed on Tuesday in Arusha, provides for '
     'joint border patrols.',
     [(['KE', 'TZ'], 'agreement', '2024-04-30')]),
    ('communique',
     "Ghana's President Kofi Mensah and Togo's President Faure Agbeko signed a joint "
     "communique on Tuesday.",
     [(['GH', 'TG'], 'joint statement', '2024-04-30')]),
    ('named-declaration',
     'The presidents of Kenya and Ethiopia signed the Nairobi Declaration on regional '
     'integration on Tuesday.',
     [(['ET', 'KE'], 'joint statement', '2024-04-30')]),
    ('formalised-with-signing',
     'Kenya and Ghana formalised their cooperation with the signing of a memorandum on trade '
     'on Tuesday.',
     [(['GH', 'KE'], 'memorandum', '2024-04-30')]),
    ('occasion',
     'Kenya and Ghana held talks in Nairobi on Tuesday. A memorandum of understanding (MoU) '
     'on tourism was signed on the occasion.',
     [(['GH', 'KE'], 'memorandum', '2024-04-30')]),
    ('both-countries',
     'Kenya and Ghana held talks in Nairobi on Tuesday. Both countries signed an air services '
     'agreement.',
     [(['GH', 'KE'], 'agreement', '2024-04-30')]),
    ('officials-from',
     'Officials from Kenya and Ghana signed the deal on Tuesday.',
     [(['GH', 'KE'], 'agreement', '2024-04-30')]),
    ('demonym-ministers',
     'The Kenyan and Ghanaian foreign ministers signed a memorandum on consular cooperation on Tuesday.',
     [(['GH', 'KE'], 'memorandum', '2024-04-30')]),
    ('demonym-governments',
     'The Kenyan government and the Ghanaian government signed an agreement on visa waivers on Tuesday.',
     [(['GH', 'KE'], 'agreement', '2024-04-30')]),
    ('mou-to',
     'Kenya and Ghana signed a memorandum of understanding (MoU) to boost trade on Tuesday.',
     [(['GH', 'KE'], 'memorandum', '2024-04-30')]),
    ('sides-demonym',
     'The Chinese and Kenyan sides signed an agreement on railway construction on Tuesday.',
     [(['CN', 'KE'], 'agreement', '2024-04-30')]),
    ('representatives',
     'Kenya and Ghana held talks on Tuesday. Representatives of the two governments signed an '
     'agreement on trade.',
     [(['GH', 'KE'], 'agreement', '2024-04-30')]),
    ('ministry-bank',
     "Ethiopia's Ministry of Finance signed a $100 million financing agreement with the World "
     "Bank on Tuesday.",
     [(['Ministry of Finance', 'World Bank'], 'agreement', '2024-04-30')]),
    ('on-behalf',
     'The agreement on fisheries was signed on behalf of Kenya by Fisheries Minister Ali '
     'Hassan and on behalf of Tanzania by Ambassador Juma Said on Tuesday.',
     [(['KE', 'TZ'], 'agreement', '2024-04-30')]),
    ('including-one',
     'Kenya and Ethiopia signed five agreements on Tuesday, including one on defence cooperation.',
     [(['ET', 'KE'], 'agreement', '2024-04-30')]),
    ('including-mixed',
     'Kenya and Ethiopia signed five agreements on Tuesday, including three memorandums on '
     'trade, a protocol on customs and an agreement on air services.',
     [(['ET', 'KE'], 'agreement', '2024-04-30'), (['ET', 'KE'], 'agreement', '2024-04-30')]),
    ('statement-of-partnership',
     'Samoa and Fiji held talks on Friday. They signed a renewed Statement of Partnership.',
     [(['FJ', 'WS'], 'joint statement', '2024-04-26')]),
    ('closed-deal',
     'A $1 billion deal was closed between the Kenyan firm Acme Holdings and the Indian '
     'company Tata Projects on Tuesday.',
     [(['Acme Holdings', 'Tata Projects'], 'agreement', '2024-04-30')]),
    ('struck-deal',
     'Kenya and Uganda struck a deal on electricity trade on Tuesday.',
     [(['KE', 'UG'], 'agreement', '2024-04-30')]),
    ('between-sentence-clause',
     'Since Kenya is not a member of the EU, Norway and Kenya have reached their own '
     'agreement on fisheries on Tuesday.',
     [(['KE', 'NO'], 'agreement', '2024-04-30')]),
    ('exchanged-docs',
     'Kenya and Ghana held talks on Tuesday. Following the talks, both parties exchanged '
     'agreements, including a memorandum between the Kenya Ports Authority and the Ghana '
     'Ports and Harbours Authority, as well as an agreement on mutual legal assistance.',
     [(['Ghana Ports and Harbours Authority', 'Kenya Ports Authority'], 'memorandum', '2024-04-30'),
      (['GH', 'KE'], 'agreement', '2024-04-30')]),
    ('signed-into',
     'Kenya and Ghana entered into an agreement on air services on Tuesday.',
     [(['GH', 'KE'], 'agreement', '2024-04-30')]),
    ('penned',
     'Kenya and Ghana penned a memorandum on trade on Tuesday.',
     [(['GH', 'KE'], 'memorandum', '2024-04-30')]),
    ('headline-style',
     'Kenya, Ghana sign agreement on trade\n\nNAIROBI, May 1 -- Kenya and Ghana signed an '
     'agreement on trade on Wednesday.',
     [(['GH', 'KE'], 'agreement', '2024-05-01')]),
    ('gov-of',
     'The Government of Kenya and the Government of Ghana signed an agreement on trade on Tuesday.',
     [(['GH', 'KE'], 'agreement', '2024-04-30')]),
    ('dateline-days',
     'ACCRA, April 30 -- Ghana and Togo signed an agreement on energy.',
     [(['GH', 'TG'], 'agreement', '2024-04')]),
    ('presided',
     'The presidents of Kenya and Ghana presided over the signing of a memorandum on trade on Tuesday.',
     [(['GH', 'KE'], 'memorandum', '2024-04-30')]),
    ('signed-off',
     'Kenya and Ghana signed off on a deal on cocoa prices on Tuesday.',
     [(['GH', 'KE'], None, '2024-04-30')]),
    ('participle-np',
     'The memorandum signed between Kenya and Ghana on Tuesday aims to boost trade.',
     [(['GH', 'KE'], 'memorandum', '2024-04-30')]),
    ('grant-eu',
     'Kenya signed a grant agreement worth $10 million with the European Union on Tuesday.',
     [(['European Union', 'KE'], 'agreement', '2024-04-30')]),
    ('present-tense',
     'Kenya and Ghana sign an agreement on visa exemption.',
     [(['GH', 'KE'], 'agreement', '2024-05')]),
    ('titles-no-country',
     'Kenya and Ghana held talks on Tuesday. Foreign Minister Jane Wanjiru and Foreign '
     'Minister Kwame Boateng signed an agreement on consular cooperation.',
     [(['GH', 'KE'], 'agreement', '2024-04-30')]),
    ('month-day',
     'Kenya and Ghana signed an agreement on trade on April 3.',
     [(['GH', 'KE'], 'agreement', '2024-04-03')]),
    ('last-week',
     'Kenya and Ghana signed an agreement on trade last week.',
     [(['GH', 'KE'], 'agreement', '2024-04')]),
    ('year-ago',
     'Kenya and Ghana signed an agreement on trade in March 2021, which entered into force in 2022.',
     [(['GH', 'KE'], 'agreement', '2021-03')]),
    ('countries-possessive',
     "The two countries' foreign ministers signed an agreement on visa exemption on Tuesday. "
     "Kenya and Ghana are close partners.",
     [(['GH', 'KE'], 'agreement', '2024-04-30')]),
    ('bilateral-lead',
     'A bilateral agreement on labour mobility was signed on Tuesday by Kenya and Qatar.',
     [(['KE', 'QA'], 'agreement', '2024-04-30')]),
    ('treaty-named',
     'Kenya and Ghana signed the Treaty on Friendship and Cooperation on Tuesday.',
     [(['GH', 'KE'], 'treaty', '2024-04-30')]),
    ('ministry-embassy',
     'The Kenyan Ministry of Education and the Embassy of Japan signed an exchange of notes '
     'on a school grant on Tuesday.',
     [(['Embassy of Japan', 'Kenyan Ministry of Education'], 'agreement', '2024-04-30')]),
    ('also-inked',
     'Kenya and Ghana signed an agreement on trade on Tuesday. They also inked a memorandum on tourism.',
     [(['GH', 'KE'], 'agreement', '2024-04-30'), (['GH', 'KE'], 'memorandum', '2024-04-30')]),
]


@pytest.mark.parametrize(("form", "text", "expected"), SIGNED, ids=[c[0] for c in SIGNED])
def test_each_reported_document_is_one_agreement(form, text, expected):
    agreements = found(text)
    assert len(agreements) == len(expected), [(a.parties, a.kind, a.date) for a in agreements]
    rest = list(agreements)
    for parties, kind, when in expected:
        hit = next((a for a in rest if _matches(a, parties, kind, when)), None)
        assert hit is not None, (form, parties, kind, when, [(a.parties, a.kind, a.date) for a in rest])
        rest.remove(hit)


NOT_AGREEMENTS = [
    ('NOT-will-sign',
     'Kenya and Ghana will sign an agreement on visa exemption next month.'),
    ('NOT-expected',
     'The ministers of Kenya and Ghana are expected to sign a memorandum on tourism during the visit.'),
    ('NOT-to-be-signed',
     'A treaty on extradition between Peru and Chile is to be signed later this year.'),
    ('NOT-for-signing',
     'The cabinet of Kenya approved a draft agreement with Jordan on air services for signing.'),
    ('NOT-draft',
     'The delegations of Egypt and Sudan discussed the draft agreement on air services.'),
    ('NOT-number',
     'Kenya and Ethiopia signed a number of agreements on Tuesday.'),
    ('NOT-count',
     'Kenya and Ethiopia signed 12 documents worth $3 billion on Tuesday.'),
    ('NOT-intensify',
     'Kenya and Ethiopia agreed to intensify cooperation in trade.'),
    ('NOT-visa-regime',
     'Georgia and Armenia restored the visa-free regime on Tuesday.'),
    ('NOT-fields',
     'Ghana and Togo signed agreements in health, energy and transport on Tuesday.'),
    ('NOT-plan-to',
     'Namibia and Botswana plan to sign a treaty on water sharing.'),
    ('NOT-hold-meeting',
     'Kenya and Uganda agreed to hold the next meeting of the joint commission in Kampala in 2025.'),
    ('NOT-prepare',
     'Kenya and Uganda instructed their ministries to prepare an agreement on air services.'),
    ('NOT-aggregate-value',
     'Kenya and Ethiopia signed agreements worth $2 billion on Tuesday.'),
    ('NOT-sign-soon',
     'Kenya and Ethiopia are set to sign a treaty on extradition.'),
    ('NOT-negotiating',
     'Kenya and Ethiopia are negotiating an agreement on extradition.'),
    ('NOT-called-for',
     'The president called for the signing of an agreement between Kenya and Ethiopia on trade.'),
    ('NOT-ready',
     'A treaty on extradition between Kenya and Ethiopia is ready for signing.'),
    ('NOT-talks-on',
     'Kenya and Ghana held talks on a free trade agreement on Tuesday.'),
    ('NOT-implementation',
     'Kenya and Ghana reviewed the implementation of the agreements signed in 2019.'),
    ('NOT-want-sign',
     'Kenya wants to sign a free trade agreement with Ghana.'),
    ('NOT-negotiations',
     'Negotiations on an agreement on air services between Kenya and Ghana were completed on Tuesday.'),
]


@pytest.mark.parametrize(("form", "text"), NOT_AGREEMENTS, ids=[c[0] for c in NOT_AGREEMENTS])
def test_reports_of_no_signed_document_give_no_agreement(form, text):
    assert found(text) == []


def test_the_parties_are_the_two_bodies_the_sentence_before_named():
    memo, = found("Kazakhstan and Uzbekistan are neighbours. The rector of the Almaty Academy of "
                  "Music, Professor Aidar Sultanov, visited the Tashkent State Conservatory. Following "
                  "the meeting, the parties signed a memorandum of cooperation to strengthen "
                  "collaboration.")
    assert {_short(p) for p in memo.parties} == {"Almaty Academy of Music", "Tashkent State Conservatory"}


def test_to_this_effect_is_no_topic():
    memo, = found("Sweden and Kenya will help each other's nationals abroad. Foreign Minister Anna "
                  "Berg signed a memorandum to this effect with her Kenyan counterpart John Otieno on "
                  "Tuesday.")
    assert "effect" not in memo.topic and {_short(p) for p in memo.parties} == {"SE", "KE"}


def test_a_document_struck_as_a_deal_takes_a_topic_and_the_agreement_kind():
    deal, = found("Kenya and Uganda struck a deal on electricity trade on Tuesday.")
    assert deal.kind == "agreement" and deal.topic == "electricity trade"


def test_a_protocol_on_an_earlier_agreement_between_others_is_signed_by_the_signing_sides():
    migration, protocol = found(
        "Kenya and the Republic of Ghana have signed an intergovernmental agreement on labour "
        "migration, as well as an intergovernmental protocol on implementation of the agreement "
        "between Kenya and the European Union on readmission.")
    assert {_short(p) for p in protocol.parties} == {"KE", "GH"}
    assert protocol.topic.startswith("implementation of the agreement")


REPORT = ("Kenya and the Republic of Ghana have signed an intergovernmental agreement on labour "
          "migration.\n\nThe documents were signed in Nairobi on Friday.\n\n"
          "Besides, the parties also signed the protocol of the 3rd meeting of the joint commission."
          "\n\nAs reported earlier, on April 25, the National Assembly of Kenya ratified the "
          "intergovernmental agreement between Kenya, Uganda and Ghana on establishment of a joint "
          "training centre.")


def test_a_definite_mention_with_another_country_among_its_parties_is_another_document():
    agreements = found(REPORT)
    ratified = [a for a in agreements if len(a.parties) == 3]
    assert [({_short(p) for p in a.parties}, a.date.value, a.topic) for a in ratified] == [
        ({"KE", "UG", "GH"}, "2024-04-25", "establishment of a joint training centre")]
    minutes = [a for a in agreements if "3rd meeting" in a.topic]
    assert [a.date.value for a in minutes] == ["2024-04-26"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Canada and Mexico signed a comprehensive strategic partnership on Thursday.", "agreement"),
    ("Canada and Mexico declared a comprehensive strategic partnership on Thursday.", "joint statement"),
    ("Canada and Mexico signed a defence pact on Thursday.", "agreement"),
    ("Japan and Vietnam signed an arrangement on defence equipment transfer on Tuesday.", "agreement"),
])
def test_the_kind_follows_the_noun_and_a_signed_partnership_is_a_document(text, kind):
    agreement, = found(text)
    assert agreement.kind == kind


@pytest.mark.parametrize("text", [
    "Kenya and Ghana signed an agreement on trade on the sidelines of the African Union summit.",
    "Kenya and Ghana signed an agreement on trade during the visit of the Ghanaian president.",
    "Kenya and Ghana signed an agreement on trade last week.",
])
def test_occasions_and_times_end_the_topic(text):
    agreement, = found(text)
    assert agreement.topic == "trade"
