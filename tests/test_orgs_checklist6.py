"""A sixth checklist of invented organisation forms, written from the ways news writers name
bodies rather than from any article: where a body's name ends when a title or a person follows
with no comma ('the Energy Ministry Permanent Secretary John Mwangi'); full names with their 'of
the Republic of X' tail, whose short form is an alias (gold keeps either); offices and sub-units
with their parents; outlets as credit tags, 'X news agency' and 'state broadcaster X'; coordinated
and listed bodies and acronyms defined in brackets; companies with legal forms in several
languages, banks, chambers, schools and binational funds; and what is no organisation:
descriptors, events, documents, places, programmes, teams, ships, honorifics and titles.  Each
case gives the organisations expected (name or alias as written, type, country; ANY for a country
the sentence leaves open) and names that must not be organisations; forms still wrong are strict
xfails with the reason."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

GB, CO, UN, RI, FO, MO, IGO, OT = ("GovernmentBody", "Company", "University", "ResearchInstitute",
                                   "Foundation", "MediaOutlet", "IntergovernmentalOrganization",
                                   "Organization")
ANY = "*"

# (id, text, expected [(name, type, country)], names that are no organisation)
CASES = [
    # (a) where a body's name ends: a title or a person after it, no comma
    ("ministry-permanent-secretary", "Kenya's Energy Ministry Permanent Secretary John Mwangi said"
                                     " Uganda would buy power.", [("Energy Ministry", GB, "KE")],
     ["Energy Ministry Permanent Secretary John Mwangi", "Energy Ministry Permanent Secretary"]),
    ("ministry-spokesman-name", "The Kenyan Trade Ministry spokesman Peter Otieno said Uganda agreed.",
     [("Kenyan Trade Ministry", GB, "KE")], ["Kenyan Trade Ministry spokesman Peter Otieno"]),
    ("minister-of-x-and-y-name", "Minister of Trade and Industry John Mwangi signed for Kenya with"
                                 " Uganda.", [], ["Trade and Industry John Mwangi",
                                                  "Industry John Mwangi", "Trade and Industry"]),
    ("secretary-at-ministry-name", "Principal Secretary at the Ministry of Lands, Housing and Urban"
                                   " Development Mary Wanjiru Achieng met Ugandan officials.",
     [("Ministry of Lands, Housing and Urban Development", GB, ANY)],
     ["Ministry of Lands, Housing and Urban Development Mary Wanjiru",
      "Ministry of Lands, Housing and Urban Development Mary Wanjiru Achieng"]),
    ("x-and-y-minister-name", "Energy and Mines Minister John Mwangi received Ugandan envoys in"
                              " Kenya.", [], ["Energy and Mines", "Energy and Mines Minister"]),
    ("authority-director-general", "The Kenya Fisheries Authority Director General Mary Achieng met"
                                   " Ugandan officials.", [("Kenya Fisheries Authority", GB, "KE")],
     ["Kenya Fisheries Authority Director General Mary Achieng"]),
    # (a') full names with their country tail, the short form an alias
    ("republic-tail-alias", "The Ministry of Foreign Affairs of the Republic of Kenya hosted Ugandan"
                            " envoys.",
     [("Ministry of Foreign Affairs of the Republic of Kenya", GB, "KE"),
      ("Ministry of Foreign Affairs", GB, "KE")], []),
    ("of-country-tail-alias", "The State Fire Service of Kenya signed a declaration with Uganda.",
     [("State Fire Service of Kenya", GB, "KE"), ("State Fire Service", GB, "KE")], []),
    ("federal-republic-tail", "Officials met at the Ministry of Mines of the Federal Republic of"
                              " Kenya with Ugandan envoys.",
     [("Ministry of Mines", GB, "KE")], ["Ministry of Mines of the Federal"]),
    ("of-the-republic-company", "The National Oil Corporation of Kenya signed a deal with Uganda.",
     [("National Oil Corporation of Kenya", CO, "KE"), ("National Oil Corporation", CO, "KE")],
     []),
    # (b) offices and sub-units with their parents
    ("office-of-the-president", "The Office of the President of Kenya said Uganda would join.",
     [("Office of the President of Kenya", GB, "KE"), ("Office of the President", GB, "KE")], []),
    ("office-lower-president", "The statement came from the Office of the president of Kenya after"
                               " talks with Uganda.", [("Office of the President", GB, "KE")], []),
    ("department-of-ministry", "Mary Achieng, director of the Trade Department of the Kenyan Foreign"
                               " Ministry, met Ugandan envoys.",
     [("Trade Department", GB, "KE"), ("Kenyan Foreign Ministry", GB, "KE")],
     ["Trade Department of the Kenyan Foreign Ministry"]),
    ("division-after-title", "John Mwangi, Secretary, Economic Relations Division (ERD) signed the"
                             " loan with Kenya for Uganda.", [("Economic Relations Division", GB,
                                                               ANY)], []),
    # (c) outlets
    ("credit-em-dash", "Kenya and Uganda signed a trade deal on Monday. — KNA",
     [("KNA", MO, ANY)], []),
    ("outlet-reported-two-words", "Kenya and Uganda signed a trade deal on Monday, Savanna Daily"
                                  " reported.", [("Savanna Daily", MO, None)], ["Savanna"]),
    ("news-agency-bracket", "Kenya and Uganda signed a deal, the Kenya News Agency (KNA) reported.",
     [("Kenya News Agency", MO, "KE"), ("KNA", MO, "KE")], []),
    ("x-news-agency-lower", "Kenya and Uganda signed a deal on Monday, the Kilima news agency"
                            " reported.", [("Kilima", MO, None)], []),
    ("state-run-news-agency", "Uganda will open a consulate in Kenya, the state-run Kilima news"
                              " agency said.", [("Kilima", MO, None)], []),
    ("state-broadcaster-x", "Kenya's state broadcaster KBC said Uganda would join.",
     [("KBC", MO, "KE")], []),
    ("public-broadcaster-x", "The deal was signed between Kenya's public broadcaster KBC and"
                             " Uganda's UBN.", [("KBC", MO, "KE"), ("UBN", MO, "UG")], []),
    ("as-quoted-by-news-agency", "\"We will trade more,\" the top Kenyan diplomat said, as quoted by"
                                 " the Kilima news agency.", [("Kilima", MO, ANY)], []),
    ("according-to-state-run-agency", "Kenya will open a consulate in Uganda, according to the"
                                      " state-run Kilima news agency.", [("Kilima", MO, ANY)], []),
    ("dotted-word-outlet-reports", "Kenya will open a consulate in Uganda, John Mwangi said on Friday,"
                                   " Habari.ke reports.", [("Habari.ke", MO, ANY)], ["John Mwangi"]),
    ("of-the-outlet-writes", "Kenya will open a consulate in Uganda, Voice of the Savanna writes, KBT"
                             " reports.", [("Voice of the Savanna", MO, ANY), ("KBT", MO, ANY)], []),
    ("told-outlet", "John Mwangi told Savanna Times on Friday that Kenya would join.",
     [("Savanna Times", MO, None)], ["John Mwangi"]),
    ("caps-credit-opening", "KILIMAPRESS Kenya and Uganda have agreed to increase trade.",
     [("KILIMAPRESS", MO, None)], ["KILIMAPRESS Kenya"]),
    # (d) coordinated and listed bodies, bracketed acronyms
    ("acronym-defined-then-alone", "The Kenya Fisheries Authority (KFA) met Ugandan officials. KFA"
                                   " said it would open an office in Kampala.",
     [("Kenya Fisheries Authority", GB, "KE"), ("KFA", GB, "KE")], []),
    ("between-a-of-cty-b-of-cty", "The deal was signed between Mavuno Bank of Kenya and Nile"
                                  " Investment Bank of Uganda.",
     [("Mavuno Bank of Kenya", CO, "KE"), ("Nile Investment Bank of Uganda", CO, "UG")],
     ["Mavuno Bank of Kenya and Nile Investment Bank of Uganda"]),
    ("bare-then-country-body", "They include a road deal and a strategic partnership between"
                               " Savanna Capital and Kenya Investment Promotion Authority, among"
                               " others.", [("Savanna Capital", CO, ANY),
                                            ("Kenya Investment Promotion Authority", GB, "KE")],
     ["Savanna Capital and Kenya Investment Promotion Authority"]),
    ("country-and-country-name-kept", "The Trinidad and Tobago Chamber of Commerce met Kenyan firms.",
     [("Trinidad and Tobago Chamber of Commerce", OT, "TT")], ["Tobago Chamber of Commerce"]),
    ("ministries-coordinated-lower", "A memorandum between the Sport and Tourism Ministries of Kenya"
                                     " and Uganda was signed.", [], ["Sport", "Tourism Ministries"]),
    ("companies-including-legal", "Companies including Zanotel Ltd, Kipro PLC and Mavuno Holdings"
                                  " signed deals in Kenya.",
     [("Zanotel Ltd", CO, ANY), ("Kipro PLC", CO, ANY)], []),
    ("two-universities-owner", "A delegation from Kenya's University of Eldoret and University of"
                               " Kabarak visited Uganda.",
     [("University of Eldoret", UN, "KE"), ("University of Kabarak", UN, "KE")], []),
    ("enterprises-dash-list", "Kenya reached an MOU with two Japanese enterprises - Sakura Denki and"
                              " Hinode Co., Ltd- at the county office on Monday.",
     [("Hinode Co., Ltd", CO, "JP")], ["Ltd-", "Hinode Co."]),
    ("coordinated-institutes-of-cty", "Kenya signed with the Lake Research Institute (LRI) and the"
                                      " Nile Fisheries Institute (NFI) of Uganda.",
     [("Nile Fisheries Institute", RI, "UG")], []),
    ("pair-of-two-kinds", "The declaration was signed between Kenya’s Interior Ministry, through"
                          " the Emergency Situations Department (ESD) and the State Fire Service of"
                          " Uganda.", [("Emergency Situations Department", GB, "KE"),
                                       ("State Fire Service", GB, "UG")], []),
    # (e) companies with legal forms, banks, chambers, schools, funds
    ("legal-sa", "Kivu Minerales S.A. signed a supply deal with Kenya.",
     [("Kivu Minerales S.A.", CO, ANY)], []),
    ("legal-jsc", "Kazakh firm Steppe Steel JSC will build a plant in Kenya.",
     [("Steppe Steel JSC", CO, "KZ")], []),
    ("legal-gmbh", "The German company Rhein Solartechnik GmbH signed a deal with Kenya.",
     [("Rhein Solartechnik GmbH", CO, "DE")], []),
    ("legal-sdn-bhd", "Malaysia's Mutiara Sawit Sdn Bhd will invest in Kenya.",
     [("Mutiara Sawit Sdn Bhd", CO, "MY")], ["Bhd"]),
    ("legal-pt-tbk", "Indonesia's PT Nusantara Baja Tbk signed a deal with Kenya.",
     [("PT Nusantara Baja Tbk", CO, "ID")], []),
    ("legal-llc", "Delcorp LLC of Uganda won a Kenyan tender.", [("Delcorp LLC", CO, ANY)], []),
    ("legal-co-ltd-japanese", "Japanese firm Hinode Denki Co., Ltd. signed a deal with Kenya.",
     [("Hinode Denki Co., Ltd.", CO, "JP")], []),
    ("chamber-of-commerce", "The Kenya National Chamber of Commerce and Industry met Ugandan buyers.",
     [("Kenya National Chamber of Commerce and Industry", OT, "KE")], []),
    ("chamber-of-country", "The Chamber of Commerce and Industry of Uganda organised the Kenyan"
                           " visit.", [("Chamber of Commerce and Industry of Uganda", OT, "UG")],
     []),
    ("primary-school", "Japan funded new classrooms at Kilima Primary School in Kenya.",
     [("Kilima Primary School", OT, ANY)], []),
    ("binational-fund", "The Kenyan-Ugandan Investment Fund will finance the road.",
     [("Kenyan-Ugandan Investment Fund", OT, None)], []),
    ("state-firm-corporation", "Kenya Railways Corporation signed a deal with Uganda.",
     [("Kenya Railways Corporation", CO, "KE")], []),
    ("port-authority", "The Mombasa Port Authority met Ugandan shippers in Kenya.",
     [("Mombasa Port Authority", GB, "KE")], []),
    ("development-bank-of", "The Development Bank of Kenya lent Uganda funds.",
     [("Development Bank of Kenya", CO, "KE")], []),
    ("group-of-number", "Kenya and Uganda met on the sidelines of a Group of 20 summit.",
     [("Group of 20", IGO, None)], []),
    # (f) no organisation: descriptors
    ("descriptor-the-ministry", "The ministry said Kenya and Uganda would meet.", [],
     ["ministry", "The ministry"]),
    ("descriptor-two-firms", "The two firms signed a deal in Kenya with Ugandan partners.", [],
     ["two firms"]),
    ("descriptor-kenyan-side", "The Kenyan side and the Ugandan side agreed to meet.", [],
     ["Kenyan side", "Ugandan side"]),
    ("descriptor-embassy-in", "Kenya's embassy in Japan will host Ugandan diplomats.", [],
     ["Kenya's embassy in Japan", "embassy in Japan"]),
    ("descriptor-mayors-office", "The deal was a commitment between the Mayor’s Office and Kenya.",
     [], ["Mayor’s Office", "Mayor's Office"]),
    ("descriptor-foreign-ministries", "The Kenyan and Ugandan foreign ministries issued a statement.",
     [], ["Ugandan foreign ministries"]),
    # (f') events, documents, places, programmes, teams, ships, titles
    ("event-summit", "Leaders of Kenya and Uganda met at the Savanna Investment Summit in Nairobi.",
     [], ["Savanna Investment Summit"]),
    ("event-expo", "Ugandan firms showed goods at the Kenya Trade Expo in Nairobi.", [],
     ["Kenya Trade Expo"]),
    ("event-consultations", "The 5th round of Foreign Office Consultations (FOC) between Kenya and"
                            " Uganda was held in Nairobi.", [],
     ["Foreign Office Consultations", "FOC"]),
    ("document-agreement", "The Kenya-Uganda Trade Agreement entered into force on Monday.", [],
     ["Kenya-Uganda Trade Agreement", "Kenya-Uganda Trade"]),
    ("document-association-agreement", "Kenya ratified the Kenya-EU Association Agreement with"
                                       " Uganda watching.", [], ["Kenya-EU Association"]),
    ("document-declaration", "Kenya and Uganda adopted the Nairobi Declaration.", [],
     ["Nairobi Declaration"]),
    ("place-province", "Ugandan investors visited Kisumu Province in Kenya.", [],
     ["Kisumu Province"]),
    ("place-sez", "Ugandan investors will build plants in the Lamu Special Economic Zone in Kenya.",
     [], ["Lamu Special Economic Zone"]),
    ("place-regions-list", "Agreements were signed for the Kisumu Region of Kenya and the Gulu and"
                           " Lira Regions of Uganda.", [], ["Kisumu Region", "Lira Regions", "Gulu"]),
    ("programme-initiative", "Kenya joined the Green Savanna Initiative with Uganda.", [],
     ["Green Savanna Initiative"]),
    ("programme-vision", "Kenya's Vision 2030 welcomes Ugandan investors.", [],
     ["Vision 2030", "Vision"]),
    ("team-name", "Kenya's national team, the Savanna Lions, beat Uganda on Sunday.", [],
     ["Savanna Lions"]),
    ("ship-name", "The patrol vessel KNS Jasiri docked in Uganda after leaving Kenya.", [],
     ["KNS Jasiri"]),
    ("honorific-hrh", "HRH Crown Prince Ali met Kenyan officials in Uganda.", [], ["HRH"]),
    ("charge-d-affaires-signed", "Kenyan Foreign Affairs Minister John Mwangi and Ugandan Embassy"
                                 " Chargé d’Affaires Peter Otieno have signed a deal.", [],
     ["Affaires Peter Otieno", "Affaires"]),
    ("honorific-acr-possessive", "The deal was signed on the sidelines of HRH Crown Prince Ali’s visit"
                                 " to Kenya from Uganda.", [], ["HRH"]),
    ("conference-name-split", "Speaking at the 5th edition of the Kenya Mining and Energy Conference"
                              " (KMEC) in Nairobi, the Ugandan minister said trade grew.", [],
     ["Kenya Mining", "Energy Conference"]),
    ("planned-institute-fragment", "They signed a Memorandum of Understanding on establishing the"
                                   " Savanna Institute of the Rift Valley, with Kenya's help, in"
                                   " Uganda.", [], ["Rift Valley"]),
    ("charge-d-affaires", "Kenya Embassy Chargé d’Affaires John Mwangi met Ugandan officials.",
     [], ["Affaires John Mwangi", "Affaires"]),
    ("presidency-of-council", "The Kenyan Presidency of the Savanna Council (SC2024) ended in June"
                              " with Uganda.", [], ["Kenyan Presidency"]),
]

# ids of rows the extractor still gets wrong, each with why
KNOWN_GAPS: dict[str, str] = {
    "enterprises-dash-list": "'two firms - A and B Co., Ltd': a bare name before a company name with"
                             " a legal form reads like one name ('Iron and Steel Co., Ltd')",
    "descriptor-embassy-in": "a lowercase 'X's embassy in Y' is kept as a mission (orgmissions): dev's"
                             " gold keeps 'the <DEM> embassy in <Y>', an analysis set's gold does not",
}

_PARAMS = [pytest.param(*c[1:], id=c[0], marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[c[0]])]
                        if c[0] in KNOWN_GAPS else []) for c in CASES]


def _forms(org) -> set[str]:
    return {f.replace("’", "'").lower().removeprefix("the ") for f in {org.name, *org.aliases}}


def _check(text: str, expected: list, absent: list) -> None:
    """Every expected name or alias with its type and country (ANY: country not checked), and no
    organisation named or aliased as an absent form."""
    facts = extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test"))
    found: dict[str, set] = {}
    for org in facts.orgs:
        for form in _forms(org):
            found.setdefault(form, set()).add((org.type, org.country))
    for name, type_name, country in expected:
        got = found.get(name.replace("’", "'").lower().removeprefix("the "), set())
        assert any(t == type_name and country in (ANY, c) for t, c in got), (name, found)
    for name in absent:
        assert name.replace("’", "'").lower().removeprefix("the ") not in found, (name, found)


@pytest.mark.parametrize("text, expected, absent", _PARAMS)
def test_organisation_forms(text, expected, absent):
    _check(text, expected, absent)
