"""A ninth checklist, agreements and figures: the classes a fresh held-out set still found after
checklist 8, as invented sentences in many phrasings.  Agreements: numbered lists of documents
whose parties carry formal state names ('1. Memorandum of Understanding between the Republic of A
and the Republic of B on X'), documents named only inside an adverbial ('Under an agreement signed
on Tuesday, ...'), 'two pacts: one on X and one on Y', the document's topic after a month or
relative date ('signed a deal in March on X'), an earlier dated agreement whose topic must stop at
its verb, and the usual negative forms (planned, negotiated, endorsed, 'agreed to').  Figures:
an exchange-rate note ('($1 = NUM shillings)') is no figure, coordinated counts ('over 50 Kenyan
and 30 Ugandan companies') are two, 'brings to NUM the number of X' is a count, a list of amounts
keeps each amount's own purpose, and labels stop before the verb ('investment in B exceeds').

Agreement rows are read against Thursday 2 May 2024 (Tuesday 30 April); figure rows against
Thursday 12 June 2025 (Tuesday 10 June).  A fourth element of an expected agreement row is a word
its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_cases
from tests.test_agreements_checklist3 import found
from tests.test_agreements_checklist6 import agreement_checklist_tests
from tests.test_statements_figures_checklist5 import check_figures

from coopkg.extract import extract
from coopkg.read.article import Article

KU = ["KE", "UG"]
KT = ["KE", "TZ"]
TUE = "2024-04-30"
MAY = "2024-05"
JUNE = "2025-06"

AGREEMENTS: list[tuple] = [
    # --- numbered lists of documents, parties written as formal state names or agencies
    ('numbered-formal-states', 'Two documents were signed in Nairobi on Tuesday.\n1. Memorandum of '
     'Understanding between the Republic of Kenya and the Republic of Uganda on cooperation in fisheries.\n'
     '2. Memorandum of Understanding between the Kenya Bureau of Standards and the Uganda National Bureau of '
     'Standards on quality control.',
     [(KU, 'memorandum', TUE, 'fisheries'),
      (['Kenya Bureau of Standards', 'Uganda National Bureau of Standards'], 'memorandum', TUE, 'quality')]),
    ('numbered-united-republic', 'The following documents were signed on Tuesday:\n1. Agreement between the '
     'Government of the Republic of Kenya and the Government of the United Republic of Tanzania on air '
     'services.\n2. Memorandum of Understanding between the Republic of Kenya and the United Republic of '
     'Tanzania on youth exchanges.',
     [(KT, 'agreement', TUE, 'air'), (KT, 'memorandum', TUE, 'youth')]),
    ('numbered-paren-digits', 'Kenya and Uganda signed three documents on Tuesday:\n1) Memorandum of '
     'Understanding between the Kenya Ports Authority and the Uganda Railways Corporation on cargo transit;\n'
     '2) Agreement between the Republic of Kenya and the Republic of Uganda on road transport;\n3) Protocol '
     'between the Kenya Revenue Authority and the Uganda Revenue Authority on customs data.',
     [(['Kenya Ports Authority', 'Uganda Railways Corporation'], 'memorandum', TUE, 'cargo'),
      (KU, 'agreement', TUE, 'road'),
      (['Kenya Revenue Authority', 'Uganda Revenue Authority'], 'agreement', TUE, 'customs')]),
    ('formal-names-sentence', 'A Memorandum of Understanding between the Government of the Republic of Kenya '
     'and the Government of the United Republic of Tanzania on tourism was signed on Tuesday.',
     [(KT, 'memorandum', TUE, 'tourism')]),
    ('formal-names-signed-by', 'The Republic of Kenya and the Republic of Uganda signed an agreement on '
     'Tuesday on the avoidance of double taxation.', [(KU, 'agreement', TUE, 'taxation')]),
    # --- a document named inside an adverbial or a colon list
    ('under-an-agreement-signed', 'Under an agreement signed on Tuesday, Uganda will supply Kenya with '
     'electricity.', [(KU, 'agreement', TUE)]),
    ('under-a-deal-signed-buy-from', 'Under a deal signed on Tuesday, Kenya will buy electricity from '
     'Uganda.', [(KU, 'agreement', TUE)]),
    ('according-to-memorandum-inked', 'According to the memorandum inked on Tuesday, Kenyan and Ugandan '
     'police will share data.', [(KU, 'memorandum', TUE)]),
    ('inked-is-no-in', 'An agreement inked last month between Kenya and Uganda opens the border.',
     [(KU, 'agreement', '2024-04')]),
    ('under-the-memorandum-signed', 'Under the memorandum signed by Kenya and Uganda on Tuesday, the two '
     'countries will share weather data.', [(KU, 'memorandum', TUE)]),
    ('according-to-agreement-signed', 'According to the agreement signed between Kenya and Uganda '
     'on Tuesday, the border post will open in June.', [(KU, 'agreement', TUE)]),
    ('two-pacts-one-on-and-one-on', 'Kenya and Uganda on Tuesday inked two pacts: one on tourism and one on '
     'trade.', [(KU, 'agreement', TUE, 'tourism'), (KU, 'agreement', TUE, 'trade')]),
    ('two-agreements-one-for-and-one-for', 'Kenya and Uganda signed two agreements, one for road transport '
     'and one for air services, on Tuesday.',
     [(KU, 'agreement', TUE, 'road'), (KU, 'agreement', TUE, 'air')]),
    ('two-deals-one-on-the-other-on', 'Kenya and Uganda signed two deals on Tuesday, one on tourism and the '
     'other on fisheries.', [(KU, 'agreement', TUE, 'tourism'), (KU, 'agreement', TUE, 'fisheries')]),
    ('an-agreement-and-another-on', 'Kenya and Uganda also signed an agreement on road safety and another on '
     'lake fisheries on Tuesday.', [(KU, 'agreement', TUE, 'road'), (KU, 'agreement', TUE, 'lake')]),
    # --- a note signed by two envoys is an exchange of notes (GOLD_FORMAT: kind agreement)
    ('the-note-was-signed-by-persons', 'The note on the food aid was signed on Tuesday by Kenyan Finance '
     'Minister Peter Otieno and Japanese Ambassador Kenji Sato.', [(['JP', 'KE'], 'agreement', TUE, 'food')]),
    ('the-note-was-signed-semicolon', "The note on the food aid was signed on Tuesday at the Kenyan Ministry "
     "of Foreign Affairs by Mr Peter Otieno, Kenya's Minister of Finance; and Mr Kenji Sato, the Ambassador "
     "of Japan.", [(['JP', 'KE'], 'agreement', TUE, 'food')]),
    ('lower-case-fragment-list', 'The two presidents on Tuesday oversaw the signing of three memoranda of '
     'understanding: between the Kenya Ports Authority and the Uganda Railways Corporation; for cooperation '
     'in research between the Kenyan Agricultural Institute and the Ugandan Crop Institute; and in the field '
     'of labour between the Kenyan Ministry of Labour and the Ugandan Ministry of Gender.',
     [(['Kenya Ports Authority', 'Uganda Railways Corporation'], 'memorandum', TUE),
      (['Kenyan Agricultural Institute', 'Ugandan Crop Institute'], 'memorandum', TUE, 'research'),
      (['Kenyan Ministry of Labour', 'Ugandan Ministry of Gender'], 'memorandum', TUE, 'labour')]),
    # --- the topic after a date phrase, and where it stops
    ('topic-after-last-month', 'Kenya and Uganda signed an agreement last month on energy trade.',
     [(KU, 'agreement', '2024-04', 'energy')]),
    ('topic-after-in-month', 'Kenya and Uganda signed a deal in March on energy trade.',
     [(KU, 'agreement', '2024-03', 'energy')]),
    ('topic-after-day-month', 'Kenya and Uganda signed a memorandum on 14 March on water management.',
     [(KU, 'memorandum', '2024-03-14', 'water')]),
    ('topic-after-yesterday', 'Kenya and Uganda signed an accord yesterday on cross-border trade.',
     [(KU, 'agreement', '2024-05-01', 'trade')]),
    ('topic-after-earlier-this-year', 'Kenya and Uganda signed a protocol earlier this year on animal '
     'health.', [(KU, 'agreement', '2024', 'animal')]),
    ('earlier-agreement-topic-stops-at-verb', 'The 2019 agreement on trade between Kenya and Uganda expires '
     'next year.', [(KU, 'agreement', '2019', 'trade')]),
    ('earlier-treaty-came-into-force', 'The 2015 treaty on extradition between Kenya and Uganda came into '
     'force in 2016.', [(KU, 'treaty', '2015', 'extradition')]),
    ('earlier-memorandum-remains', 'The 2018 memorandum on fisheries between Kenya and Uganda remains in '
     'force.', [(KU, 'memorandum', '2018', 'fisheries')]),
    # --- forms that already read well (kept so they stay so)
    ('date-on-day-month', 'Kenya and Uganda signed a memorandum on fisheries on 14 March.',
     [(KU, 'memorandum', '2024-03-14', 'fisheries')]),
    ('person-and-agency', 'Kenyan Foreign Minister Ruth Kamau and the Uganda Investment Authority signed a '
     'memorandum on Tuesday on investment promotion.',
     [(['KE', 'Uganda Investment Authority'], 'memorandum', TUE, 'investment')]),
    ('signed-by-two-persons', 'The memorandum on trade was signed by Kenyan Trade Minister Paul Mwangi and '
     'Ugandan Ambassador Grace Nakato on Tuesday.', [(KU, 'memorandum', TUE, 'trade')]),
    ('quote-with-the-signing-of', 'Kenya and Uganda signed a memorandum on fisheries on Tuesday. "With the '
     'signing of the memorandum, our fishermen will gain new markets," the Kenyan minister said.',
     [(KU, 'memorandum', TUE, 'fisheries')]),
    ('lead-then-sealed-the-accord', 'Kenya and Uganda have signed an agreement to boost rail transport. The '
     'two countries sealed the accord on Tuesday in Nairobi.', [(KU, 'agreement', TUE, 'rail')]),
    # --- a lead announcing a signing, then the sentence that tells it: one document, the lead's topic
    ('lead-then-sealed-an-accord', 'Kenya and Uganda have signed an agreement to boost rail transport.\n\n'
     'The two countries sealed an accord on the construction and financing of the new railway line on '
     'Tuesday.', [(KU, 'agreement', TUE, 'rail transport')]),
    ('lead-then-inked-a-pact', 'Kenya and Uganda have agreed a pact on fisheries protection.\n\nThe two '
     'countries inked a deal on fish stocks on Tuesday in Kampala.', [(KU, 'agreement', TUE, 'fish')]),
    ('lead-then-also-signed-two', 'Kenya and Uganda have signed an agreement to boost rail transport.\n\n'
     'The two countries also signed an accord on visas on Tuesday.',
     [(KU, 'agreement', TUE, 'rail'), (KU, 'agreement', TUE, 'visas')]),
    ('lead-then-other-topic-two', 'Kenya and Uganda have signed an agreement on visas.\n\nThe two '
     'countries sealed an accord on trade on Tuesday.',
     [(KU, 'agreement', TUE, 'visas'), (KU, 'agreement', TUE, 'trade')]),
    ('terms-of-reference', 'Kenya and Uganda signed the terms of reference of the joint commission on '
     'Tuesday.', [(KU, 'agreement', TUE, 'commission')]),
    ('work-programme-is-plan', 'Kenya and Uganda signed a work programme on culture for 2024-2026 on '
     'Tuesday.',
     [(KU, 'plan', TUE, 'culture')]),
    ('amount-deal-to-connect', 'Kenya and Uganda on Tuesday signed a $3 billion agreement to connect the two '
     'countries by rail.', [(KU, 'agreement', TUE, 'rail')]),
    ('ratified-treaty', 'Kenya ratified the extradition treaty with Uganda on Tuesday.',
     [(KU, 'treaty', TUE, 'extradition')]),
    ('concluded', 'Kenya and Uganda concluded an agreement on air services on Tuesday.',
     [(KU, 'agreement', TUE, 'air')]),
    ('put-pen-to-paper', 'Kenya and Uganda put pen to paper on a memorandum on fisheries on Tuesday.',
     [(KU, 'memorandum', TUE, 'fisheries')]),
    ('company-contract-possessive', "The Kenya Power Company signed a contract with Uganda's Electricity "
     "Board on Tuesday for the supply of transformers.",
     [(['Electricity Board', 'Kenya Power Company'], 'contract', TUE, 'transformers')]),
    ('said-undated-month', 'Kenya and Uganda have signed a memorandum on tourism, the Kenyan foreign '
     'ministry said on Wednesday.', [(KU, 'memorandum', MAY, 'tourism')]),
    ('governments-to-establish', 'The two governments signed an agreement on Tuesday to establish a joint '
     'border post, Kenyan and Ugandan officials said.', [(KU, 'agreement', TUE, 'border')]),
]

NO_AGREEMENT = [
    ('endorsed-the-finalization', 'She also endorsed the finalization of a memorandum of understanding on '
     'development cooperation between Kenya and Uganda.'),
    ('got-closer-to-signing', 'The two leaders got closer to signing a memorandum of understanding on a '
     'joint research institute, Kenyan officials said.'),
    ('negotiating', 'Kenya and Uganda are negotiating a free trade agreement.'),
    ('set-to-sign', 'Kenya and Uganda are set to sign an agreement on visas next week.'),
    ('approved-for-signing', 'A draft agreement on fisheries with Uganda was approved for signing by the '
     'Kenyan cabinet on Tuesday.'),
    ('agreed-to-boost', 'The two sides agreed to boost coordination in resolving the border issue, Kenya and '
     'Uganda said.'),
    ('expected-to-sign-during', 'Kenya and Uganda are expected to sign an accord on visas during the visit.'),
    ('expected-to-be-signed', 'A memorandum on cooperation in education is expected to be signed later this '
     'year between Kenya and Uganda.'),
    ('under-agreement-one-country', 'Under an agreement signed on Tuesday, Kenya will build a school.'),
    ('took-note', 'Kenya and Japan took note of the progress on the aid that was signed last year.'),
    ('note-read-out', 'The note on the visit was read out by the Kenyan minister on Tuesday.'),
    ('will-sign', 'Kenya and Uganda will sign a memorandum on tourism during the forum.'),
    ('talks-on-an-agreement', 'Kenya and Uganda held talks on Tuesday on a possible agreement on fisheries.'),
    ('called-for-a-pact', 'The Kenyan president called for a pact on regional security with Uganda.'),
    ('aggregate-in-fields', 'Kenya and Uganda signed a number of agreements in trade, health and energy on '
     'Tuesday.'),
]

# Forms not read yet: strict xfails, with what goes wrong.
XFAIL: dict[str, str] = {
    'numbered-formal-states': "numbered items after a signing sentence that ends with a full stop: reading "
                              "them (tried at faa75eb, removed) gave held-out false positives "
                              "(item parties such as 'the Board of X of the Republic of A' do not match)",
}

FIGURES: dict[str, tuple[str, list]] = {
    # an exchange-rate note is no figure
    "exchange-rate-note": ("Kenya received a grant of 500 million Kenyan shillings from Uganda ($1 = 130 "
                           "Kenyan shillings).", [(5e8, "KES", None, "grant")]),
    "exchange-rate-note-us": ("Uganda lent Kenya 2 billion Ugandan shillings (US$1 = 3,700 Ugandan "
                              "shillings) for roads.", [(2e9, "UGX", None, "")]),
    "exchange-rate-note-words": ("Japan gave Kenya a grant of 800 million yen (1 dollar = 150 yen) for "
                                 "schools.", [(8e8, "JPY", None, "grant")]),
    # coordinated counts: each its own figure
    "coordinated-counts-companies": ("The fair opened with over 50 Kenyan and 30 Ugandan companies "
                                     "participating.", [(50, "companies", None, "companies"),
                                                        (30, "companies", None, "companies")]),
    "coordinated-counts-local-foreign": ("Some 1,200 local and 300 foreign companies took part in the "
                                         "Kenya-Uganda fair.", [(1200, "companies", None, "local"),
                                                                (300, "companies", None, "foreign")]),
    "coordinated-counts-students": ("More than 400 Kenyan and 250 Ugandan students took part in the "
                                    "exchange.", [(400, "students", None, "students"),
                                                  (250, "students", None, "students")]),
    # 'brings to NUM the number of X'
    "brings-to-the-number": ("The deal brings to 15 the number of cooperation agreements between Kenya "
                             "and Uganda.", [(15, "agreements", None, "agreements")]),
    "bringing-to-the-total": ("Two more Ugandan universities joined the scheme, bringing to 12 the number "
                              "of universities in the exchange.",
                              [(12, "universities", None, "universities")]),
    "raising-to-the-number": ("The new route raises to 40 the number of weekly flights between Kenya and "
                              "Uganda.", [(40, "flights", None, "flights")]),
    "brings-the-total-to": ("The deal brings the total number of cooperation agreements between Kenya and "
                            "Uganda to 15.", [(15, "agreements", None, "agreements")]),
    # a list of amounts: each keeps its own purpose
    "list-of-amounts-purposes": ("Of the Ugandan loan, 5 million euros will be directed to water supply, 3 "
                                 "million euros to roads and 2 million euros for schools.",
                                 [(5e6, "EUR", None, "water"), (3e6, "EUR", None, "roads"),
                                  (2e6, "EUR", None, "schools")]),
    # labels stop before the verb
    "label-stops-before-exceeds": ("Kenyan investment in Uganda exceeds $1.5 billion.",
                                   [(1.5e9, "USD", None, "investment in uganda")]),
    "label-stops-before-totals": ("Japan's development assistance to Kenya totals 1.2 trillion yen since "
                                  "1963.", [(1.2e12, "JPY", "1963/2025-06", "assistance to kenya")]),
    "label-stops-before-totalling": ("Japanese aid to Kenya totalling $90 million was announced in May.",
                                     [(9e7, "USD", None, "aid to kenya")]),
    "label-stops-before-tops": ("Chinese investment in Uganda tops $3 billion.",
                                [(3e9, "USD", None, "investment in uganda")]),
    # forms that already read well
    "nearly-trade": ("Trade between Kenya and Uganda reached nearly $500 million last year.",
                     [(5e8, "USD", "2024", "trade")]),
    "more-than-students": ("More than 1,200 Kenyan students study in Uganda.",
                           [(1200, "students", None, "students")]),
    "yuan-loan": ("China will lend Kenya 2 billion yuan for the railway.", [(2e9, "CNY", None, "loan")]),
    "euros-aid": ("The European Union gave Kenya 45 million euros in aid.", [(4.5e7, "EUR", None, "aid")]),
    "rupees-credit": ("India extended a line of credit of 300 million Indian rupees to Kenya.",
                      [(3e8, "INR", None, "credit")]),
    "naira-exports": ("Nigeria's exports to Ghana reached 5 billion naira in 2023.",
                      [(5e9, "NGN", "2023", "exports")]),
    "percent-share": ("Kenya accounts for 30 percent of Uganda's imports.", [(30, "percent", None, "share")]),
    "projects-since": ("Chinese firms have completed 45 projects in Kenya since 2015.",
                       [(45, "projects", "2015/2025-06", "projects")]),
    "investment-stood-at": ("Uganda's investment in Kenya stood at $400 million at the end of 2024.",
                            [(4e8, "USD", "2024", "investment")]),
    "loan-from": ("Kenya secured a $200 million loan from China for the expressway.",
                  [(2e8, "USD", None, "loan")]),
    "agreements-worth": ("Kenya and Uganda signed 12 agreements worth $5 billion on Tuesday.",
                         [(12, "agreements", "2025-06-10", "agreements"),
                          (5e9, "USD", "2025-06-10", "agreements")]),
    "first-quarter": ("Trade between Kenya and Uganda totalled some $800 million in the first quarter.",
                      [(8e8, "USD", "2025-01/2025-03", "trade")]),
    "dollars-written-out": ("The Kenyan-Ugandan trade volume hit a record 3.2 billion dollars in 2024.",
                            [(3.2e9, "USD", "2024", "trade")]),
    "target-by": ("Kenya and Uganda aim to double bilateral trade to $10 billion by 2030.",
                  [(1e10, "USD", "2030", "trade")]),
    "will-sign-today": ("Kenya and Uganda will sign ten agreements today.",
                        [(10, "agreements", "2025-06-12", "agreements")]),
    # documents shared out by 'one on X and one/another on Y' are described one by one: no count
    "two-pacts-one-and-one-no-count": ("Kenya and Uganda on Tuesday inked two pacts: one on tourism and one "
                                       "on trade.", []),
    "two-mous-one-and-another-no-count": ("Kenya and Uganda signed two memoranda on Tuesday, one on tourism "
                                          "and another on fisheries.", []),
    # how many diplomatic partners a state keeps
    "one-of-only-countries-ties": ("Palau is one of only 12 countries that retain formal diplomatic ties "
                                   "with Taiwan.", [(12, "countries", None, "diplomatic")]),
    "one-of-allies-left": ("Eswatini is one of three allies left in Africa for Taiwan.",
                           [(3, "countries", None, "diplomatic")]),
    "one-of-just-nations-recognise": ("Haiti remains one of just 12 nations that recognise Taiwan.",
                                      [(12, "countries", None, "diplomatic")]),
    "not-one-of-countries-in": ("Kenya is one of 54 countries in Africa.", []),
    "not-one-of-the-countries-visited": ("Kenya is one of the five countries visited by the minister.", []),
    # numbers that are no figure
    "not-inflation": ("Kenya's inflation fell to 4 percent in May.", []),
    "not-meeting-ordinal": ("The two presidents met for the 5th time this year.", []),
    "not-budget": ("The Ugandan government approved a 2.5 trillion shilling budget for 2025.", []),
}

OPEN_FIGURES: dict[str, str] = {
}




test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)


@pytest.mark.parametrize("case", xfail_cases(FIGURES, OPEN_FIGURES))
def test_figure_checklist9(case: str) -> None:
    check_figures(*FIGURES[case])


def test_earlier_agreement_topic_stops_at_its_verb() -> None:
    """'The 2019 agreement on trade between A and B expires' — the topic is the trade, not the clause."""
    (got,) = found('The 2019 agreement on trade between Kenya and Uganda expires next year.')
    assert "expires" not in (got.topic or "")


def test_figure_label_stops_before_its_verb() -> None:
    """A label ends before the clause's verb ('investment in B exceeds $X' → 'investment in B')."""
    from datetime import date
    got = extract(Article(text="Kenyan investment in Uganda exceeds $1.5 billion.",
                          published=date(2025, 6, 12), title="", origin="test")).figures
    assert got and not got[0].indicator.lower().endswith("exceeds")
