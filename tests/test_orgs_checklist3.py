"""A third checklist of invented organisation forms, built from the ways English news names a
body, with or without a type word: bare company names found from their place in the sentence
(signing verbs, shares and stakes, appositions, 'X said it had signed', a country in brackets,
the second party of a 'between'), names joined by 'of', 'and' and commas, foreign type words,
place names with lowercase particles, central banks named 'Bank of <country>', coordinated
names with a plural kind ('the universities of A, B and C', 'the A and B universities'),
sub-units in titles, lowercase bodies after a demonym, units of multilateral organisations,
acronyms in brackets and names followed by a country in brackets.  Each case gives the
organisations expected (name or alias as written, type, country) and names that must not be
organisations."""

import pytest
from tests.test_org_forms2 import CO, GB, IGO, MO, OT, UN, _check

# (id, text, expected [(name, type, country)], names that are no organisation)
CASES = [
    # (a) bare names from their place in the sentence
    ("described-lender", "Kenyan lender Equity Bank signed a loan deal with Ugandan telecoms operator"
                         " Lyca Mobile on Monday.",
     [("Equity Bank", CO, "KE"), ("Lyca Mobile", CO, "UG")], []),
    ("shares-of", "Shares of Safaricom rose 3 percent after the firm signed a deal with Ethiopia"
                  " and Kenya.", [("Safaricom", CO, "KE")], []),  # a well-known Kenyan firm (known_firms.tsv)
    ("stake-in", "Kenya's Tamu Holdings bought a stake in Ruvuma Gold, which mines in Tanzania.",
     [("Ruvuma Gold", CO, "TZ")], []),
    ("apposition-firm", "Mwangaza, a Kenyan telecoms firm, will expand into Uganda next year.",
     [("Mwangaza", CO, "KE")], []),
    ("apposition-one-of", "Jubilee Insurance, one of Kenya's largest insurers, entered Uganda.",
     [("Jubilee Insurance", CO, "KE")], []),
    ("said-it-signed", "Kivu Mining said on Tuesday it had signed a deal with the government of"
                       " Uganda and Kenya.", [("Kivu Mining", CO, None)], []),
    ("country-in-brackets", "Ethio Telecom (Ethiopia) and Safaricom (Kenya) signed a roaming agreement.",
     [("Ethio Telecom", CO, "ET"), ("Safaricom", CO, "KE")], ["Ethiopia"]),
    ("brackets-no-deal", "The runners Kiprono (Kenya) and Bekele (Ethiopia) won their races.",
     [], ["Kiprono", "Bekele"]),
    ("between-possessed-and-bare", "The talks covered cooperation between Kenya's Oil and Gas Holding"
                                   " Company and Petrolink in Uganda.",
     [("Oil and Gas Holding Company", CO, "KE"), ("Petrolink", CO, "UG")], []),
    ("developers-plural", "The joint venture between Kenya's property giant Rafiki and developers"
                          " Tembo in Uganda will build homes.",
     [("Rafiki", CO, "KE"), ("Tembo", CO, "UG")], []),
    ("party-after-possessive", "Lawmakers from President Ana Torres' PDK party backed the deal with"
                               " Peru and Chile.", [("PDK", OT, None)], []),
    ("signing-subject", "Bidco Africa signed a deal with Uganda's Mukwano Group.",
     [("Bidco Africa", CO, None), ("Mukwano Group", CO, "UG")], []),
    ("state-firm", "State oil firm Sonangol signed a supply contract with Kenya and Angola.",
     [("Sonangol", CO, "AO")], []),  # Angola's state oil firm, and Angola is named
    ("apposition-utility", "Kenya Power, the state-owned utility, will buy electricity from Ethiopia.",
     [("Kenya Power", CO, "KE")], []),
    ("acquired-lender", "Kenya Commercial Bank acquired a stake in Ugandan lender Crane Bank.",
     [("Kenya Commercial Bank", CO, "KE"), ("Crane Bank", CO, "UG")], []),
    ("newspaper-after", "The Daily Monitor newspaper said Uganda and Kenya had agreed.",
     [("Daily Monitor", MO, None)], []),
    ("firm-chief-executive", "Huawei's chief executive said the firm would invest in Kenya and"
                             " Uganda.", [("Huawei", CO, None)], []),
    ("firm-ceo-person", "Tembo's CEO John Mwangi met Ugandan officials in Nairobi, Kenya.",
     [("Tembo", CO, None)], ["John Mwangi"]),
    ("surname-adviser", "Wang's adviser met Kenyan officials in Uganda.", [], ["Wang"]),
    ("executives-of", "Executives of Zuri Foods visited Kampala, Uganda, with Kenyan officials.",
     [("Zuri Foods", CO, None)], []),
    ("joint-venture-with", "Uganda's UNOC entered a joint venture with Kenya's Tembo Energy and"
                           " Zuri Power.", [("Tembo Energy", CO, "KE"), ("Zuri Power", CO, None)], []),
    ("partnership-with", "The partnership with Rosatom will help Kenya and Uganda build reactors.",
     [("Rosatom", CO, None)], []),
    ("deal-with-country", "Kenya signed a deal with Uganda on oil.", [], ["Uganda"]),
    ("partnership-with-continent", "Kenya wants a partnership with Africa and Europe in trade with"
                                   " Uganda.", [], ["Africa", "Europe"]),
    ("deal-with-world-region", "The deal with Western Europe and Latin America was praised by Kenya.",
     [], ["Western Europe", "Latin America"]),
    ("adverb-before-comma", "Besides, the parties also signed a protocol in Kenya and Uganda.",
     [], ["Besides"]),
    ("adverb-company", "Meanwhile, the company said it would expand to Uganda and Kenya.",
     [], ["Meanwhile"]),
    # (b) names with 'of', 'for', 'and', commas and particles
    ("ministry-comma-list", "The deal was signed by Tanzania's Ministry of Energy, Industry and"
                            " Mineral Resources and a Kenyan firm.",
     [("Ministry of Energy, Industry and Mineral Resources", GB, "TZ")], []),
    ("central-bank-of", "The Bank of Ghana and the Central Bank of Nigeria signed a currency swap"
                        " agreement.", [("Bank of Ghana", GB, "GH"), ("Central Bank of Nigeria", GB, "NG")],
     []),
    ("reserve-bank-of", "The Reserve Bank of Malawi met Zambian officials.",
     [("Reserve Bank of Malawi", GB, "MW")], []),
    ("commercial-bank-of", "The Bank of China opened a branch in Kenya.",
     [("Bank of China", CO, "CN")], []),
    ("univ-of-particle-place", "Students from the University of Dar es Salaam visited Kenya and"
                               " Tanzania.", [("University of Dar es Salaam", UN, "TZ")],
     ["University of Dar"]),
    ("foreign-univ-and", "University of Nairobi and Universidade de Lisboa have joined hands to"
                         " cooperate in research with Portugal.",
     [("University of Nairobi", UN, None), ("Universidade de Lisboa", UN, "PT")], []),
    ("spanish-univ", "Universidad de Chile signed an agreement with Peru.",
     [("Universidad de Chile", UN, "CL")], []),
    ("banco-commercial", "Banco do Brasil will open an office in Mozambique, Brazil said.",
     [("Banco do Brasil", CO, "BR")], []),
    ("banco-central", "Banco Central de Chile and the Bank of Tanzania agreed on payments.",
     [("Banco Central de Chile", GB, "CL"), ("Bank of Tanzania", GB, "TZ")], []),
    ("grupo", "Grupo Bimbo signed a deal with Mexico and Peru.", [("Grupo Bimbo", CO, None)], []),
    ("two-acronyms-sign", "KEPHIS and UNBS signed an agreement on plant health between Kenya and"
                          " Uganda.", [("KEPHIS", OT, None), ("UNBS", OT, None)], []),
    ("two-ministries-of", "Kenya's Ministry of Health and Ministry of Trade met Ugandan officials.",
     [("Ministry of Health", GB, "KE"), ("Ministry of Trade", GB, "KE")],
     ["Ministry of Health and Ministry of Trade"]),
    ("ministry-fields-and", "Kenya's Ministry of Science and Education met Ugandan officials.",
     [("Ministry of Science and Education", GB, "KE")], ["Ministry of Science"]),
    ("two-ministries-commas", "Kenya's Ministry of Investments, Trade and Industry and Uganda's"
                              " Ministry of Trade, Industry and Cooperatives signed the deal.",
     [("Ministry of Investments, Trade and Industry", GB, "KE"),
      ("Ministry of Trade, Industry and Cooperatives", GB, "UG")], []),
    ("fund-of-country", "The National Social Security Fund of Uganda invested in Kenyan bonds.",
     [("National Social Security Fund of Uganda", GB, "UG")], []),
    ("agency-and-field", "The Kenya Export Promotion and Branding Agency (KEPROBA) met Ugandan"
                         " exporters in Kampala.",
     [("Kenya Export Promotion and Branding Agency", GB, "KE"), ("KEPROBA", GB, "KE")], []),
    # (c) coordinated names sharing a plural kind
    ("universities-of-list", "The deal was inked between the Moroccan universities of Hassan II in"
                             " Casablanca, Mohammed V in Rabat and Ibn Tofail in Kenitra.",
     [("Hassan II", UN, "MA"), ("Mohammed V", UN, "MA"), ("Ibn Tofail", UN, "MA")], []),
    ("a-and-b-universities", "Officials of the Moi and Egerton universities signed a research pact"
                             " with Uganda and Kenya.", [("Moi", UN, None), ("Egerton", UN, None)],
     ["Officials of Moi"]),
    ("three-universities", "Kenyatta University, Moi University and Egerton University will host"
                           " Ugandan students in Kenya.",
     [("Kenyatta University", UN, None), ("Moi University", UN, None), ("Egerton University", UN, None)],
     []),
    # (d) sub-units, titles and lowercase bodies
    ("title-after-directorate", "The memorandum was signed by the Directorate of Fisheries"
                                " Protection Director General John Mwangi for Kenya and Uganda.",
     [("Directorate of Fisheries Protection", GB, "KE")],
     ["Directorate of Fisheries Protection Director General"]),
    ("department-at-ministry", "John Mwangi, director of the Department of Trade Promotion at Kenya's"
                               " Ministry of Trade, met Ugandan officials.",
     [("Ministry of Trade", GB, "KE")], []),
    ("managing-director-after", "Kenya Ports Authority managing director John Mwangi met Ugandan"
                                " officials.", [("Kenya Ports Authority", GB, "KE")], []),
    ("county-assembly", "The Nairobi County Assembly and the Kampala Capital City Authority (KCCA)"
                        " agreed to twin the cities of Kenya and Uganda.",
     [("Nairobi County Assembly", GB, "KE"), ("KCCA", GB, "UG")], []),
    ("lower-presidency", "A statement released by the Kenyan presidency said Uganda had agreed.",
     [("Kenyan presidency", GB, "KE")], []),
    ("lower-parliament", "The Ugandan parliament approved the treaty with Kenya.",
     [("Ugandan parliament", GB, "UG")], []),
    ("lower-press-service", "Uganda agreed, the Kenyan government press service reported.",
     [("Kenyan government press service", GB, "KE")], []),
    ("lower-government-no-body", "The Kenyan government signed a deal with Uganda.",
     [], ["Kenyan government"]),
    ("senate-demonym", "Uganda's Parliament and the Kenyan Senate discussed the treaty.",
     [("Kenyan Senate", GB, "KE")], []),
    ("embassy-in-city", "The Turkish embassy in Nairobi said Turkey would send aid to Kenya.",
     [("Turkish embassy in Nairobi", GB, "TR")], []),
    # (e) multilateral bodies and their units
    ("igo-secretariat", "He visited the Nairobi-based Secretariat of the East African Community (EAC)"
                        " and met Ugandan envoys. The EAC said it welcomed Kenya.",
     [("Secretariat of the East African Community", IGO, None), ("EAC", IGO, None)], []),
    ("igo-hyphenated", "The Inter-Governmental Authority on Development (IGAD) praised Kenya and"
                       " Uganda.", [("Inter-Governmental Authority on Development", IGO, None)], []),
    ("igo-slash", "Kenya signed the OECD/G20 framework with Uganda.",
     [("OECD", IGO, None), ("G20", IGO, None)], []),
    ("igo-dev-bank", "The African Development Bank approved a loan to Kenya for a road to Uganda.",
     [("African Development Bank", IGO, None)], []),
    # (f) acronyms and state bodies
    ("acronym-reused", "The Kenya Investment Authority (KenInvest) signed an agreement with Uganda."
                       " KenInvest will open an office in Kampala.",
     [("Kenya Investment Authority", GB, "KE"), ("KenInvest", GB, "KE")], []),
    ("two-acronyms", "The Kenya Bureau of Standards (KEBS) and the Uganda National Bureau of Standards"
                     " (UNBS) signed a deal.",
     [("KEBS", GB, "KE"), ("Uganda National Bureau of Standards", GB, "UG")], []),
    ("ports-authority", "The Tanzania Ports Authority (TPA) will manage the new terminal with Kenyan"
                        " help. TPA said work begins in May.",
     [("Tanzania Ports Authority", GB, "TZ"), ("TPA", GB, "TZ")], []),
    ("airports-authority", "Kenya Airports Authority and Uganda Civil Aviation Authority agreed on"
                           " new routes.",
     [("Kenya Airports Authority", GB, "KE"), ("Uganda Civil Aviation Authority", GB, "UG")], []),
    ("chamber-of-commerce", "The Kenya National Chamber of Commerce and Industry hosted a Ugandan"
                            " delegation.", [("Kenya National Chamber of Commerce and Industry", OT, "KE")],
     []),
    ("regulator-acronym", "Kenya's Energy and Petroleum Regulatory Authority (EPRA) approved Ugandan"
                          " fuel imports.", [("EPRA", GB, "KE")], []),
    ("state-corporation", "Uganda Development Corporation will invest in Kenya.",
     [("Uganda Development Corporation", CO, "UG")], []),
    ("state-airline", "The Ugandan government-owned carrier Uganda Airlines will fly to Mombasa in"
                      " Kenya.", [("Uganda Airlines", CO, "UG")], []),
    ("generating-company", "Kenya Electricity Generating Company (KenGen) signed a steam deal with"
                           " Ethiopia.", [("KenGen", CO, "KE")], []),
    ("revenue-authorities", "The Kenya Revenue Authority and the Uganda Revenue Authority signed a"
                            " data-sharing deal.",
     [("Kenya Revenue Authority", GB, "KE"), ("Uganda Revenue Authority", GB, "UG")], []),
    ("association-of", "The Kenya Association of Manufacturers welcomed the deal with Uganda.",
     [("Kenya Association of Manufacturers", OT, "KE")], []),
    ("news-agency", "Kenya News Agency reported that Uganda had agreed to the deal.",
     [("Kenya News Agency", MO, "KE")], []),
    ("defence-forces", "The Uganda People's Defence Forces and Kenya Defence Forces held joint drills.",
     [("Uganda People's Defence Forces", GB, "UG"), ("Kenya Defence Forces", GB, "KE")], []),
]

@pytest.mark.parametrize("text, expected, absent", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_organisation_forms(text, expected, absent):
    _check(text, expected, absent)
