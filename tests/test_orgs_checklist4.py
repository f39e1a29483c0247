"""A fourth checklist of invented organisation forms, on where an official name ends and on what
is no organisation at all: names that go on through 'under the Government of <country>', a topic
list followed by 'of the <Academy> of <country>', missions named with a possessive owner and 'in
the Republic of <country>', bodies a nation's people form abroad ('... Association in
<country>'); names that must stop (a lone demonym or a country after a state body's name, a body
'under the Ministry of X', coordinated bodies); governments, which are states, and capitalised
descriptors of people, sides and fields; centres typed by what they study; closing wire credits
('-ACR', 'ACR/Agency', '///acr, date') and parliaments after a speaker's title.  Each case gives
the organisations expected (name or alias as written, type, country) and names that must not be
organisations."""

import pytest
from tests.test_org_forms2 import CO, GB, IGO, MO, OT, RI, _check

from coopkg.extract import extract

# (id, text, expected [(name, type, country)], names that are no organisation)
CASES = [
    # (a) official names that go on
    ("under-government", "The Committee for Tourism Development under the Government of the Republic"
                         " of Uganda signed a memorandum with Kenya.",
     [("Committee for Tourism Development under the Government of the Republic of Uganda", GB, "UG")],
     ["Government of the Republic of Uganda", "Committee for Tourism Development"]),
    ("under-president", "Kenya's envoy met the head of the Agency for Strategic Reforms under the"
                        " President of the Republic of Uganda on Monday.",
     [("Agency for Strategic Reforms under the President of the Republic of Uganda", GB, "UG")], []),
    ("under-cabinet", "The Inspectorate for Industrial Safety under the Cabinet of Ministers of Uganda"
                      " will train Kenyan inspectors.",
     [("Inspectorate for Industrial Safety under the Cabinet of Ministers of Uganda", GB, "UG"),
      ("Cabinet of Ministers of Uganda", GB, "UG")], []),
    ("under-government-short", "The State Tax Committee under the Government of Uganda, Kenya's"
                               " revenue authority and Rwanda signed a protocol.",
     [("State Tax Committee under the Government of Uganda", GB, "UG")],
     ["Government of Uganda"]),
    ("under-government-then-and", "The deal between the Committee for Architecture under the"
                                  " Government of the Republic of Uganda and the Ministry of Works of"
                                  " Kenya was signed.",
     [("Committee for Architecture under the Government of the Republic of Uganda", GB, "UG"),
      ("Ministry of Works of Kenya", GB, "KE")], []),
    ("under-ministry-stays-two", "The Department of Standards under the Uganda Ministry of Trade met"
                                 " Kenyan officials.",
     [("Department of Standards", GB, "UG"), ("Uganda Ministry of Trade", GB, "UG")],
     ["Department of Standards under the Uganda Ministry of Trade"]),
    ("academy-after-topic-list", "Scientists from the Institute of Botany, Plant Physiology and"
                                 " Genetics of the National Academy of Sciences of Uganda visited Kenya.",
     [("Institute of Botany, Plant Physiology and Genetics of the National Academy of Sciences of"
       " Uganda", RI, "UG"), ("National Academy of Sciences of Uganda", RI, "UG")],
     ["Institute of Botany, Plant Physiology and Genetics"]),
    ("academy-then-second-body", "The Institute of Physics, Chemistry and Biology of the Uganda Academy"
                                 " of Sciences and the Kenya Medical Research Institute signed a deal.",
     [("Institute of Physics, Chemistry and Biology of the Uganda Academy of Sciences", RI, "UG"),
      ("Kenya Medical Research Institute", RI, "KE")], []),
    ("topic-list-country-then-person", "The Ministry of Energy, Mines and Water of Kenya John Mwangi"
                                       " met Ugandan officials.",
     [("Ministry of Energy, Mines and Water of Kenya", GB, "KE")], []),
    ("of-academy-plain", "The Institute of Zoology of the Academy of Sciences of Uganda and Kenya's"
                         " Egerton University signed a deal.",
     [("Institute of Zoology of the Academy of Sciences of Uganda", RI, "UG"),
      ("Academy of Sciences of Uganda", RI, "UG"), ("Egerton University", "University", "KE")], []),
    ("embassy-possessive-republic", "The event was organised by Kenya's Embassy in the Republic of"
                                    " Uganda.", [("Kenya's Embassy in the Republic of Uganda", GB, "KE")],
     []),
    ("embassy-republic-possessive", "The Republic of Kenya's Embassy in the Republic of Uganda hosted"
                                    " a reception.",
     [("Republic of Kenya's Embassy in the Republic of Uganda", GB, "KE")], []),
    ("embassy-of-in-republic", "The Embassy of Kenya in the Republic of Uganda hosted a reception.",
     [("Embassy of Kenya in the Republic of Uganda", GB, "KE")], []),
    ("embassy-s-apostrophe", "The Philippines' Embassy in Kenya said Uganda would join.",
     [("Philippines' Embassy in Kenya", GB, "PH")], []),
    ("embassy-lower-city", "The embassy of Kenya in Addis Ababa said Ethiopia had agreed.",
     [("embassy of Kenya in Addis Ababa", GB, "KE")], []),
    ("association-abroad", "The Kenyan Traders Association in Uganda welcomed the deal.",
     [("Kenyan Traders Association in Uganda", OT, "UG")], ["Kenyan Traders Association"]),
    ("association-of-abroad", "The Association of Kenyan Businesswomen in Uganda met the minister.",
     [("Association of Kenyan Businesswomen in Uganda", OT, "UG")], []),
    ("chamber-abroad", "The American Chamber of Commerce in Egypt hosted Kenyan firms.",
     [("American Chamber of Commerce in Egypt", OT, "EG")], []),
    ("association-in-city", "The Kenya Tea Association in Nairobi met Ugandan buyers.",
     [("Kenya Tea Association", OT, "KE")], ["Kenya Tea Association in Nairobi"]),
    ("company-in-country", "Kenya Airways in Uganda opened a new office.",
     [("Kenya Airways", CO, "KE")], ["Kenya Airways in Uganda"]),
    # (b) official names that stop
    ("and-lone-demonym", "The Ministry of Trade and Ugandan officials met in Kampala.",
     [("Ministry of Trade", GB, "UG")], ["Ministry of Trade and Ugandan"]),
    ("and-demonym-plural", "The Ministry of Foreign Affairs and Kenyan diplomats prepared the visit to"
                           " Uganda.", [("Ministry of Foreign Affairs", GB, "KE")],
     ["Ministry of Foreign Affairs and Kenyan"]),
    ("trailing-country", "The Ministry of Energy and Mines Uganda signed a deal with Kenya.",
     [("Ministry of Energy and Mines", GB, "UG")], ["Ministry of Energy and Mines Uganda"]),
    ("trailing-country-two", "Officials of the Ministry of Industry and Trade Vietnam met Kenyan"
                             " traders.", [("Ministry of Industry and Trade", GB, "VN")],
     ["Ministry of Industry and Trade Vietnam"]),
    ("country-with-and-kept", "The Ministry of Foreign Affairs of Trinidad and Tobago met Kenya.",
     [("Ministry of Foreign Affairs of Trinidad and Tobago", GB, "TT")], []),
    ("country-with-and-embassy", "The Embassy of Bosnia and Herzegovina hosted Kenyan students.",
     [("Embassy of Bosnia and Herzegovina", GB, "BA")], []),
    ("fields-and-country", "The Ministry of Agriculture and Rural Development of Vietnam met Kenyan"
                           " officials.",
     [("Ministry of Agriculture and Rural Development of Vietnam", GB, "VN")], []),
    ("two-ministries-the", "The Ministry of Health and the Ministry of Education of Kenya met"
                           " Ugandan officials.",
     [("Ministry of Health", GB, "KE"), ("Ministry of Education of Kenya", GB, "KE")], []),
    ("and-igo", "The Ministry of Health and UNICEF launched a campaign in Kenya and Uganda.",
     [("Ministry of Health", GB, "KE"), ("UNICEF", IGO, None)], ["Ministry of Health and UNICEF"]),
    ("and-camel-brand", "The Ministry of Agriculture and KazAgro signed a deal with Kenya.",
     [("Ministry of Agriculture", GB, "KE"), ("KazAgro", CO, None)],
     ["Ministry of Agriculture and KazAgro"]),
    ("and-field-acronym-kept", "The Ministry of Science and ICT of Korea met Kenyan officials.",
     [("Ministry of Science and ICT of Korea", GB, "KR")], ["Ministry of Science"]),
    ("adviser-under-president", "John Mwangi, Adviser under the President of Kenya, visited Uganda.",
     [], ["Adviser under the President of Kenya", "President of Kenya"]),
    # (c) governments are states
    ("government-of-two", "The Government of Kenya and Uganda signed a deal.", [],
     ["Government of Kenya and Uganda"]),
    ("government-of-federation-and", "The Government of the Russian Federation and Kenya signed a"
                                     " deal.", [],
     ["Government of the Russian Federation and Kenya", "Russian Federation and Kenya"]),
    ("governments-demonyms", "The Kenyan and Ugandan Governments signed a deal.", [],
     ["Ugandan Governments", "Kenyan and Ugandan Governments"]),
    ("government-and-ministry", "The Government of the Republic of Kenya and the Ministry of Trade"
                                " and Industry of Uganda signed a deal.",
     [("Ministry of Trade and Industry of Uganda", GB, "UG")],
     ["Government of the Republic of Kenya"]),
    ("demonym-government-and-cabinet", "There was also an agreement between the Russian Government"
                                       " and the Cabinet of Ministers of Kyrgyzstan.",
     [("Cabinet of Ministers of Kyrgyzstan", GB, "KG")], ["Russian Government"]),
    ("country-governments-officials", "Kenya Government and Uganda Government officials met in"
                                      " Nairobi.", [], ["Kenya Government", "Uganda Government"]),
    ("long-state-forms", "The Co-operative Republic of Guyana signed a deal with the Federative"
                         " Republic of Brazil.", [],
     ["Co-operative Republic of Guyana", "Federative Republic of Brazil"]),
    # (d) capitalised descriptors of people, sides and fields
    ("demonym-officials", "Kenyan Officials signed the deal with Uganda.", [], ["Kenyan Officials"]),
    ("demonym-side", "The Kenyan Side and the Uganda Investment Authority agreed on the plan.",
     [("Uganda Investment Authority", GB, "UG")], ["Kenyan Side"]),
    ("demonym-side-possessive", "The Ugandan Side's chairman met Kenyan officials.", [],
     ["Ugandan Side"]),
    ("field-sector", "Kenya's Energy Sector signed a deal with Uganda.", [], ["Energy Sector"]),
    ("demonym-exporters", "The Kenya Investment Authority and Ugandan Exporters signed a deal.",
     [("Kenya Investment Authority", GB, "KE")], ["Ugandan Exporters"]),
    ("demonym-diaspora", "Members of the Kenyan Diaspora signed a petition to Uganda.", [],
     ["Kenyan Diaspora"]),
    ("demonym-businessmen", "Kenyan Businessmen signed deals with Ugandan partners.", [],
     ["Kenyan Businessmen"]),
    ("demonym-ports-listed", "The Kenya Revenue Authority, Ugandan Customs and Tanzanian Ports agreed"
                             " on new rules.", [("Kenya Revenue Authority", GB, "KE")],
     ["Tanzanian Ports"]),
    ("demonym-airline-kept", "The deal was signed by Ethiopian Airlines and the Kenya Airports"
                             " Authority.", [("Ethiopian Airlines", CO, "ET")], []),
    # (e) types by the name's own words
    ("chamber-signing", "Kenya Chamber of Commerce signed an MoU with Uganda.",
     [("Kenya Chamber of Commerce", OT, "KE")], []),
    ("control-centre", "Engineers of the Lakeside Satellite Control Center in Kenya met Ugandan"
                       " officials.", [("Lakeside Satellite Control Center", OT, "KE")], []),
    ("culture-centre", "The Nairobi Culture and Education Centre hosted Ugandan students in Kenya.",
     [("Nairobi Culture and Education Centre", OT, "KE")], []),
    ("science-centre", "The Kenya Science and Technology Center signed a deal with Uganda.",
     [("Kenya Science and Technology Center", RI, "KE")], []),
    ("studies-centre", "The Center for African Studies of Uganda hosted Kenyan scholars.",
     [("Center for African Studies of Uganda", RI, "UG")], []),
    # (f) wire credits and parliaments
    ("closing-paren-slash", "Kenya and Uganda signed a deal on Monday. (Kenpress/Xinhua)",
     [("Kenpress", MO, None), ("Xinhua", MO, None)], []),
    ("closing-dash", "Kenya and Uganda signed a deal on Monday, officials said. -NBX",
     [("NBX", MO, None)], []),
    ("closing-line-dashes", "Kenya and Uganda signed a deal on Monday, officials said.\n\n"
                            "-- Kenpress/Xinhua", [("Kenpress", MO, None), ("Xinhua", MO, None)], []),
    ("closing-slashes-date", "Kenya and Uganda signed a deal on Monday.\n\n///kTa, 2 May 2024 (based"
                             " on the materials of the press service)", [("kTa", MO, None)], []),
    ("closing-line-slash", "Kenya and Uganda signed a deal on Monday.\n\nKenpress/Xinhua",
     [("Kenpress", MO, None), ("Xinhua", MO, None)], []),
    ("closing-line-places", "Kenya and Uganda signed a deal on Monday.\n\nNairobi/Kampala", [],
     ["Nairobi", "Kampala"]),
    ("dateline-two-credits", "NAIROBI, May 2 (Kenpress/Xinhua) -- Kenya and Uganda signed a deal.",
     [("Kenpress", MO, None), ("Xinhua", MO, None)], []),
    ("speaker-of-assembly", "Speaker of the Kenyan National Assembly met Ugandan MPs.",
     [("Kenyan National Assembly", GB, "KE")], []),
    ("speaker-apposition", "John Mwangi, Speaker of the Ugandan National Assembly, visited Kenya.",
     [("Ugandan National Assembly", GB, "UG")], []),
    ("speaker-then-name", "Speaker of the Kenyan National Assembly John Mwangi met Ugandan MPs.",
     [("Kenyan National Assembly", GB, "KE")], ["Kenyan National Assembly John Mwangi"]),
    ("igo-after-on", "Kenya and Uganda talked on SCO and CICA cooperation.",
     [("SCO", IGO, None), ("CICA", IGO, None)], []),
]


@pytest.mark.parametrize("text, expected, absent", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_organisation_forms(text, expected, absent):
    _check(text, expected, absent)


def test_a_short_form_of_a_name_under_the_government_is_the_same_body():
    """'The Committee for X' written later is the body named in full before, not a second one."""
    from datetime import date

    from coopkg.read.article import Article

    facts = extract(Article(text="The Committee for Investment under the Government of the Republic"
                                 " of Uganda met Kenyan officials. The Committee for Investment said"
                                 " the deal with Kenya would be signed.",
                            published=date(2024, 5, 2), title="", origin="test"))
    assert [(o.name, o.country) for o in facts.orgs] == [
        ("Committee for Investment under the Government of the Republic of Uganda", "UG")]
    assert "Committee for Investment" in facts.orgs[0].aliases
