"""A fifth checklist of invented organisation forms, written from the ways news writers name
bodies rather than from any article: company names with no type word in a list after a list cue
('contracts went to A, B and C', 'firms such as', 'partners include') or coordinated with a typed
name ('A and the X Corporation'); names that stay one though they hold 'and' ('Ministry of Energy,
Industry and Mines', 'Bank of Industry and Commerce'); outlets in credit lines and reporting
tags; acronyms of multilateral bodies after lowercase words; a demonym's parliament or ministry;
and what is no organisation: a title ('Cabinet Secretary for Energy'), a lowercase descriptor ('the
county water department'), a government, an event named with its year ('X Forum 2024'), a
country word before a company's name, people and places in a list.  Each case gives the
organisations expected (name or alias as written, type, country) and names that must not be
organisations; forms still wrong are strict xfails with the reason."""

import pytest
from tests.test_org_forms2 import CO, GB, IGO, MO, OT, RI, UN, _check

# (id, text, expected [(name, type, country)], names that are no organisation)
CASES = [
    # (a) bare company names in a list after a list cue
    ("went-to-four", "The road contracts went to Hydrocon, Baltech, Marvex and Delcorp, Kenya said.",
     [("Hydrocon", CO, None), ("Baltech", CO, None), ("Marvex", CO, None), ("Delcorp", CO, None)], []),
    ("awarded-to-three", "Kenya's ministry said the tenders were awarded to Zanotel, Kipro and Mavuno"
                         " Builders last year.",
     [("Zanotel", CO, None), ("Kipro", CO, None), ("Mavuno Builders", CO, None)], []),
    ("firms-such-as", "Firms such as Kentel, Savanna Mills and Rift Power bid for the Kenyan project.",
     [("Kentel", CO, None), ("Savanna Mills", CO, None), ("Rift Power", CO, None)], []),
    ("companies-like", "Ugandan companies like Zanotel and Kipro will supply the plant.",
     [("Zanotel", CO, None), ("Kipro", CO, None)], []),
    ("partners-include", "Kenya said the project partners include Zanotel and Baltech.",
     [("Zanotel", CO, None), ("Baltech", CO, None)], []),
    ("investors-including", "Investors including Hydrocon, Marvex and Delcorp pledged funds in Uganda.",
     [("Hydrocon", CO, None), ("Marvex", CO, None), ("Delcorp", CO, None)], []),
    ("consortium-comprises", "The Kenyan consortium comprises Zanotel, Kipro and Mavuno.",
     [("Zanotel", CO, None), ("Kipro", CO, None), ("Mavuno", CO, None)], []),
    ("consortium-of", "A consortium of Hydrocon and Baltech won the Ugandan tender.",
     [("Hydrocon", CO, None), ("Baltech", CO, None)], []),
    ("five-in-list", "Kenya's suppliers include Zanotel, Kipro, Mavuno, Baltech and Delcorp.",
     [("Zanotel", CO, None), ("Kipro", CO, None), ("Mavuno", CO, None), ("Baltech", CO, None),
      ("Delcorp", CO, None)], []),
    ("contracts-with", "Uganda signed contracts with Hydrocon, Baltech and Marvex on Monday.",
     [("Hydrocon", CO, None), ("Baltech", CO, None), ("Marvex", CO, None)], []),
    ("dash-after-firm-noun", "The deal was signed between the national oil companies of the two"
                             " countries - Kenoil and Savanna.", [("Kenoil", CO, None),
                                                                  ("Savanna", CO, None)], []),
    ("colon-after-partners", "Kenya's partners: Zanotel, Kipro and Mavuno.",
     [("Zanotel", CO, None), ("Kipro", CO, None), ("Mavuno", CO, None)], []),
    # (a') negatives: lists of things that are no firms
    ("countries-such-as", "Countries such as Kenya, Uganda and Tanzania joined the scheme.", [],
     ["Kenya", "Uganda", "Tanzania"]),
    ("cities-including", "Kenyan cities including Nairobi, Mombasa and Kisumu will get buses.", [],
     ["Nairobi", "Mombasa", "Kisumu"]),
    ("sectors-such-as", "Kenya and Uganda will work in sectors such as Energy, Mining and Tourism.",
     [], ["Energy", "Mining", "Tourism"]),
    ("fields-after-such-as", "Kenya and Uganda will work in sectors such as Energy, Mining and"
                             " Tourism.", [], ["Mining and Tourism"]),
    ("people-include", "Kenya's delegates include John Mwangi, Peter Otieno and Mary Achieng.", [],
     ["John Mwangi", "Peter Otieno", "Mary Achieng"]),
    ("went-to-demonyms", "In Kenya, the contracts went to Kenyan and Ugandan firms.", [],
     ["Kenyan", "Ugandan"]),
    # (b) coordination of a bare name with a typed one
    ("bare-and-typed", "Hydrocon and Nile Road and Bridge Corporation will build the Kenyan road.",
     [("Hydrocon", CO, None), ("Nile Road and Bridge Corporation", CO, None)],
     ["Hydrocon and Nile Road and Bridge Corporation"]),
    ("bare-and-the-typed", "Marvex and the Kenya Pipeline Company signed a deal in Uganda.",
     [("Marvex", CO, None), ("Kenya Pipeline Company", CO, "KE")], []),
    ("typed-and-bare", "The Kenya Pipeline Company and Baltech will lay the Ugandan line.",
     [("Kenya Pipeline Company", CO, "KE"), ("Baltech", CO, None)],
     ["Kenya Pipeline Company and Baltech"]),
    ("two-bare-and-typed", "Hydrocon, Baltech and the Savanna Cement Company won Ugandan deals.",
     [("Hydrocon", CO, None), ("Baltech", CO, None), ("Savanna Cement Company", CO, None)], []),
    ("bare-and-typed-ltd", "Kipro and Mavuno Holdings Ltd. will build a plant in Kenya.",
     [("Kipro", CO, None)], ["Kipro and Mavuno Holdings Ltd."]),
    # (b') names that hold 'and' and stay one
    ("ministry-topic-list", "The Ministry of Energy, Industry and Mineral Resources of Kenya met"
                            " Ugandan officials.",
     [("Ministry of Energy, Industry and Mineral Resources of Kenya", GB, "KE")],
     ["Industry and Mineral Resources of Kenya"]),
    ("bank-of-and", "Kenya's Bank of Industry and Commerce lent Uganda funds.",
     [("Bank of Industry and Commerce", CO, "KE")], ["Commerce"]),
    ("oil-and-gas-company", "Savanna Oil and Gas Company signed a deal with Kenya.",
     [("Savanna Oil and Gas Company", CO, None)], ["Savanna Oil", "Gas Company"]),
    ("road-and-bridge-alone", "The Nile Road and Bridge Corporation won a Kenyan contract.",
     [("Nile Road and Bridge Corporation", CO, None)], ["Nile Road"]),
    ("institute-science-and", "The Kenya Institute of Science and Technology hosted Ugandan students.",
     [("Kenya Institute of Science and Technology", RI, "KE")], ["Technology"]),
    # (c) outlets in credit lines and reporting tags
    ("credit-paren-slash", "Kenya and Uganda signed a trade deal on Monday. (KBT/Xinhua)",
     [("KBT", MO, None), ("Xinhua", MO, None)], []),
    ("credit-trailing-dash", "Kenya and Uganda signed a trade deal on Monday. -KBT",
     [("KBT", MO, None)], []),
    ("acr-reported", "Kenya and Uganda signed a trade deal on Monday, KBT reported.",
     [("KBT", MO, None)], []),
    ("acr-reports-present", "Kenya will open a consulate in Uganda, KBT reports.",
     [("KBT", MO, None)], []),
    ("reports-two-word-outlet", "Kenya will open a consulate in Uganda, reports Savanna Daily.",
     [("Savanna Daily", MO, None)], []),
    ("dotted-outlet-reports", "Kenya will open a consulate in Uganda, K.B.T. reports.",
     [("K.B.T.", MO, None)], []),
    ("dateline-credit", "NAIROBI, May 2 (KBT) -- Kenya and Uganda signed a trade deal.",
     [("KBT", MO, None)], []),
    ("reported-citing", "KBT reported, citing the ministry, that Kenya and Uganda signed a deal.",
     [("KBT", MO, None)], []),
    ("outlet-writes-then-reports", "Kenya will open a consulate in Uganda, Daily Savanna writes, KBT"
                                   " reports.", [("Daily Savanna", MO, None), ("KBT", MO, None)], []),
    ("as-reported-by", "Kenya will open a consulate in Uganda, as reported by KBT.",
     [("KBT", MO, None)], []),
    ("interview-with-outlet", "John Mwangi said in an interview with KBT that Kenya would open a"
                              " consulate in Uganda.", [("KBT", MO, None)], ["John Mwangi"]),
    ("person-wrote", "Kenya will open a consulate in Uganda, John Mwangi wrote.", [],
     ["John Mwangi"]),
    ("firm-reported-profit", "Savanna Mills reported a profit in Kenya and Uganda.", [],
     ["Savanna Mills"]),
    ("source-line-language", "Kenya and Uganda signed a trade deal on Monday.\n\nSource (in Swahili):"
                             " KBT", [("KBT", MO, None)], []),
    ("source-line-known-acronym", "Kenya and Uganda signed a trade deal on Monday, Spain said.\n\n"
                                  "Source: Efe", [("Efe", MO, "ES")], []),
    ("credit-not-byline", "Kenya and Uganda signed a trade deal. (Reporting by John Mwangi; Editing"
                          " by Peter Otieno)", [], ["John Mwangi", "Peter Otieno", "Reporting"]),
    ("person-reported-to", "John Mwangi reported to the Kenyan minister on Monday.", [],
     ["John Mwangi", "Mwangi"]),
    # (d) multilateral acronyms after lowercase words
    ("members-of-the", "Kenya and Uganda are members of the SCO.", [("SCO", IGO, None)], []),
    ("within-the", "Kenya and Uganda will trade within the EAEU.", [("EAEU", IGO, None)], []),
    ("joined-bare", "Kenya joined IGAD and COMESA in the 1990s, Uganda said.",
     [("IGAD", IGO, None), ("COMESA", IGO, None)], []),
    ("observer-to", "Uganda is an observer to ECOWAS, Kenya said.", [("ECOWAS", IGO, None)], []),
    ("framework-of", "Kenya and Uganda met in the framework of SADC.", [("SADC", IGO, None)], []),
    ("igo-secretariat", "The OIC secretariat welcomed the Kenya-Uganda deal.",
     [("OIC", IGO, None)], []),
    # (e) a demonym's parliament, cabinet and ministry
    ("dem-national-assembly", "The Kenyan National Assembly ratified the deal with Uganda.",
     [("Kenyan National Assembly", GB, "KE")], []),
    ("dem-senate", "The Ugandan Senate approved the treaty with Kenya.",
     [("Ugandan Senate", GB, "UG")], []),
    ("dem-parliament", "The Tanzanian Parliament approved a loan from Kenya.",
     [("Tanzanian Parliament", GB, "TZ")], []),
    ("dem-ministry", "The Kenyan Ministry of Trade said Uganda would join.",
     [("Kenyan Ministry of Trade", GB, "KE")], ["Ministry of Trade"]),
    ("dem-legislative-assembly", "The Kenyan Legislative Assembly hosted Ugandan MPs.",
     [("Kenyan Legislative Assembly", GB, "KE")], []),
    # (f) what is no organisation
    ("title-cabinet-secretary", "Kenya's Cabinet Secretary for Energy met Ugandan officials.", [],
     ["Cabinet Secretary for Energy", "Cabinet Secretary", "Cabinet"]),
    ("title-minister-of-state", "The Minister of State for Trade of Uganda visited Kenya.", [],
     ["Minister of State for Trade of Uganda", "State for Trade of Uganda", "Minister of State"]),
    ("lower-department", "The Nairobi county water department will work with Ugandan engineers.", [],
     ["Nairobi county water department", "Nairobi"]),
    ("cap-lower-department", "The Kenya Revenue department audited Ugandan firms.", [],
     ["Kenya Revenue department", "Kenya Revenue"]),
    ("dem-government", "The Kenyan government and the Uganda government signed a deal.", [],
     ["Kenyan government", "Uganda government"]),
    ("government-of", "The Government of Kenya signed a deal with Uganda.", [],
     ["Government of Kenya"]),
    ("event-forum-year", "The Kenya-Uganda Business Forum 2024 opened in Nairobi.", [],
     ["Kenya-Uganda Business Forum 2024", "Kenya-Uganda Business Forum"]),
    ("event-week-year", "Ugandan firms attended Kenya Energy Week 2024 in Nairobi.", [],
     ["Kenya Energy Week 2024", "Kenya Energy Week"]),
    ("event-summit-year", "Leaders of Kenya and Uganda met at the Africa Energy Summit 2023.", [],
     ["Africa Energy Summit 2023", "Africa Energy Summit"]),
    ("binational-two-countries", "Kenya and Uganda opened the Kenya Uganda Technology Transfer"
                                 " Centre.", [("Kenya Uganda Technology Transfer Centre", RI, None)],
     ["Uganda Technology Transfer Centre"]),
    ("country-before-company", "After talks in Uganda Kenya Simba Cement Company signed a deal.",
     [("Kenya Simba Cement Company", CO, "KE")], ["Uganda Kenya Simba Cement Company"]),
    ("glued-adverb-government", "Earlier Government of Kenya signed a deal with Uganda.", [],
     ["Earlier Government of Kenya", "Government of Kenya"]),
    ("glued-adverb-company", "Meanwhile Kenya Power Company signed a deal with Uganda.",
     [("Kenya Power Company", CO, "KE")], ["Meanwhile Kenya Power Company"]),
    ("job-title-research", "Dr. John Mwangi, Chief Senior Research Scientist, visited Uganda from"
                           " Kenya.", [], ["Research Scientist", "Senior Research Scientist"]),
    ("cabinet-secretary-named", "Kenya's Cabinet Secretary for Energy Mary Achieng met Ugandan"
                                " officials.", [], ["Kenya Cabinet", "Kenya's Cabinet", "Cabinet"]),
    ("ministry-spokesperson-kept", "Kenyan Foreign Ministry Spokesperson Mary Achieng met Ugandan"
                                   " officials.", [("Kenyan Foreign Ministry", GB, "KE")], []),
    ("officials-open-sentence", "Officials also agreed to promote Kenyan aid to Uganda.", [],
     ["Officials"]),
    ("experts-open-sentence", "Experts signed a report on Kenyan aid to Uganda.", [], ["Experts"]),
    ("sides-not-orgs", "The Kenyan Side and the Ugandan Side agreed to meet.", [],
     ["Kenyan Side", "Ugandan Side"]),
    # (g) appositions, possessives, quoted names, sub-units in titles
    ("apposition-dem-company", "Tanzaro, a Kenyan mining company, signed a deal with Uganda.",
     [("Tanzaro", CO, "KE")], []),
    ("apposition-one-of", "Zanotel, one of Uganda's largest telecom operators, met Kenyan officials.",
     [("Zanotel", CO, "UG")], []),
    ("possessive-ceo", "Uganda met Baltech's CEO John Mwangi in Kenya.", [("Baltech", CO, None)],
     ["John Mwangi"]),
    ("quoted-company", "The Kenyan company “Green Savanna” signed a deal with Uganda.",
     [("Green Savanna", CO, "KE")], []),
    ("subunit-of-academy", "John Mwangi, head of the Department of External Relations of the Kenya"
                           " Academy of Sciences, visited Uganda.",
     [("Department of External Relations", GB, "KE"), ("Kenya Academy of Sciences", RI, "KE")],
     ["Department of External Relations of the Kenya Academy of Sciences"]),
    ("subunit-of-ministry", "John Mwangi, director of the Department of Asia of the Ministry of"
                            " Foreign Affairs of Kenya, met Ugandan envoys.",
     [("Department of Asia", GB, "KE"), ("Ministry of Foreign Affairs of Kenya", GB, "KE")], []),
    ("acronym-before-title", "KOICA Resident Representative John Mwangi met Kenyan officials in"
                             " Uganda.", [("KOICA", "GovernmentBody", None)], ["John Mwangi"]),
    ("country-code-before-title", "US President John Mwangi met Kenyan officials.", [], ["US"]),
    ("acronym-spells-campus", "The deal was signed between Kenya National University Port Reitz"
                              " (KNUPR) and Uganda's Gulu University.",
     [("Kenya National University Port Reitz", UN, "KE"), ("Gulu University", UN, "UG")],
     ["Kenya National University"]),
    ("acronym-before-campus", "Kenya National University (KNU) Port Reitz campus hosted Ugandans.",
     [("Kenya National University", UN, "KE")], ["Kenya National University Port Reitz"]),
    ("title-and-next-party", "The MoU was signed between Gulu University represented by John Mwangi"
                             " – Vice President and Kenya National University represented by Mary"
                             " Achieng.", [("Kenya National University", UN, "KE")],
     ["Vice President and Kenya National University"]),
    ("dash-chained-units", "The ceremony was attended by Prof. Jane Wairimu-Faculty of Marine Science"
                           " and Fisheries-College of Ocean Sciences- KNU from Kenya and Uganda.",
     [("Faculty of Marine Science and Fisheries", OT, None)],
     ["Jane Wairimu-Faculty of Marine Science and Fisheries-College of Ocean Sciences"]),
    ("college-unit-type", "Kenya National University (KNU) and Uganda signed an MoU witnessed by Prof."
                          " Jane Wairimu-College of Ocean Sciences- KNU.",
     [("College of Ocean Sciences", OT, "KE"), ("Kenya National University", UN, "KE")], []),
    ("department-unit-type", "Kenya National University (KNU) and Uganda signed an MoU witnessed by"
                             " Dr. John Mwangi – External Relations Department – KNU.",
     [("External Relations Department", OT, "KE")], []),
    ("college-alone-university", "The College of Ocean Sciences in Kenya hosted Ugandan students.",
     [("College of Ocean Sciences", UN, "KE")], []),
    ("dash-compound-igo-kept", "Kenya and Uganda joined the China-CELAC Forum.",
     [("CELAC", IGO, None)], ["CELAC Forum"]),
    ("investment-centre", "The Kenya Investment Centre met Ugandan firms.",
     [("Kenya Investment Centre", GB, "KE")], []),
    ("university-list-dem", "Kenya's Moi University and Uganda's Gulu University signed an MoU.",
     [("Moi University", UN, "KE"), ("Gulu University", UN, "UG")], []),
    ("institute-dem-owner", "Uganda's Lakeside Institute of Fisheries hosted Kenyan scholars.",
     [("Lakeside Institute of Fisheries", RI, "UG")], []),
    ("association-other", "The Kenya Tea Growers Association met Ugandan buyers.",
     [("Kenya Tea Growers Association", OT, "KE")], []),
]

# ids of rows the extractor still gets wrong, each with why
KNOWN_GAPS: dict[str, str] = {
    "country-before-company": "two country words opening a run: the first may close the phrase"
                              " before ('in Uganda') or open a binational name ('A B Transfer"
                              " Centre'); the run's text alone cannot tell",
    "bare-and-typed-ltd": "one 'and' between a bare word and a company name: without a dictionary"
                          " 'Kipro and Mavuno Holdings' reads like 'Iron and Steel Company'",
}

_PARAMS = [pytest.param(*c[1:], id=c[0], marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[c[0]])]
                        if c[0] in KNOWN_GAPS else []) for c in CASES]


@pytest.mark.parametrize("text, expected, absent", _PARAMS)
def test_organisation_forms(text, expected, absent):
    _check(text, expected, absent)
