"""An eleventh checklist of invented organisation and people forms, written from the classes
that recur across fresh real articles rather than from any one of them.  People: a bare surname
after a title when two people of the article share it (relatives, namesakes: one of them, never a
third person), a name after a lowercase noun's 'of' with its role in apposition ('in the presence
of X, Prime Minister of Y'), a role 'of the <formal country name>' ('Prime Minister of the
Russian Federation') whose country is no body, 'academician' opening no name, and no 'other
side' to infer when the article names more than two countries.  Organisations: a country's
formal name in a title's complement is the state, not an organisation; a 'Country-based' body is
of that country; a bracketed short name that is no acronym ('the Export-Import Bank of X (X Exim
Bank)') is an alias, and a person it titles takes its country; untranslated type words
('Vishwavidyalaya', 'Üniversitesi') make a body and split 'A and B'.  Every text is invented (invented
people, firms and towns; no corpus text).

A people row gives {name: (role or None, country)} where country is a code, ANY (not checked) or
'!XX' (anything but XX), and names that must not be people; an organisation row gives (name or
alias, type or ANYTYPE, country or ANY) and names that must not be organisations.  Forms still
wrong are strict xfails with the reason."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_params as _params
from tests.test_orgs_checklist6 import ANY
from tests.test_orgs_people_checklist10 import ANYTYPE, check_orgs, check_people

# (id, text, {name: (role or None, country)}, names that must not be people)
PEOPLE: list[tuple[str, str, dict, set]] = [
    # (a) a bare surname shared by two people of the article
    ("shared-surname-same-title", "Kenya and Uganda agreed to expand trade. KNX President John Mwangi"
     " and former KNX Vice President Peter Mwangi attended. President Mwangi said the deal was good.",
     {"John Mwangi": ("President", ANY), "Peter Mwangi": ("Vice President", ANY)}, {"Mwangi"}),
    ("shared-surname-no-title-match", "Chile and Peru signed the accord. Minister Ana Vega and Senator"
     " Luis Vega were present. Governor Vega welcomed it.",
     {"Ana Vega": ("Minister", ANY), "Luis Vega": ("Senator", ANY)}, {"Vega"}),
    ("one-surname-still-resolves", "Chile and Peru signed the accord. Minister Ana Vega was present."
     " Minister Vega welcomed it.", {"Ana Vega": ("Minister", ANY)}, {"Vega"}),
    # (b) a name after a lowercase noun's 'of', with its own role in apposition
    ("presence-of-name-role-of-formal-state", "The deal was signed in the presence of Pavel Orlov,"
     " Prime Minister of the Russian Federation, and Kwame Boateng, President of Ghana.",
     {"Pavel Orlov": ("Prime Minister", "RU"), "Kwame Boateng": ("President", "GH")}, {"Orlov"}),
    ("presence-of-name-role-of-country", "Kenya and Uganda signed the deal in the presence of Amina"
     " Odhiambo, Foreign Minister of Kenya.", {"Amina Odhiambo": (None, "KE")}, set()),
    ("title-complement-stays-title", "Ghana and Peru agreed to cooperate, the Director for"
     " International Programs said.", {}, {"International Programs"}),
    # (c) 'X, Prime Minister of the <formal state name>'
    ("apposition-role-of-formal-state", "Pavel Orlov, Prime Minister of the Russian Federation, met"
     " Ghanaian officials in Accra.", {"Pavel Orlov": ("Prime Minister", "RU")}, set()),
    # (d) 'academician', an honorific of academies in post-Soviet usage, is no part of the name
    ("academician-opens-name", "Academician Ivan Petrov, vice-president of the Kenyan Academy of"
     " Sciences, visited Ghana.", {"Ivan Petrov": ("vice-president", ANY)},
     {"Academician Ivan Petrov"}),
    ("academician-glued-initial-no-new-name", "Academician Ivan Petrov visited Ghana. Academician"
     " I.Petrov thanked the hosts.", {"Ivan Petrov": (None, ANY)},
     {"Academician I.Petrov", "Academician Ivan Petrov"}),
    # (f) the other side of a pair is no one when the article names more than two countries
    ("no-other-side-among-four-countries", "Memorandums were signed between Kenyan universities and"
     " universities of Ghana, Peru and Chile in the presence of Education Minister Amina Odhiambo and"
     " Kenyan Science Council Chairman John Kamau. Ghana and Kenya will also exchange students.",
     {"Amina Odhiambo": (None, "!GH"), "John Kamau": (None, "KE")}, set()),
    ("person-country-from-bracketed-bank", "The Export-Import Bank of the United States (Ex-Im Bank)"
     " signed a framework agreement with the Ugandan Ministry of Finance. Ex-Im Bank Chairman John"
     " Smith signed it.", {"John Smith": ("Chairman", "US")}, set()),
]

PEOPLE_GAPS: dict[str, str] = {}

# (id, text, [(name, type, country)], names that must not be organisations)
ORGS: list[tuple[str, str, list, list]] = [
    ("formal-state-name-in-title-no-org", "Pavel Orlov, Prime Minister of the Russian Federation, met"
     " Ghanaian officials in Accra.", [], ["Russian Federation"]),
    ("formal-state-name-before-name-no-org", "President of the Russian Federation Pavel Orlov met"
     " Ghanaian President Kwame Boateng.", [], ["Russian Federation"]),
    ("formal-state-name-in-presence-no-org", "The deal was signed in the presence of Pavel Orlov,"
     " Prime Minister of the Russian Federation.", [], ["Russian Federation"]),
    ("body-of-formal-state-kept", "The Ministry of Energy of the Russian Federation signed a memorandum"
     " with Ghana.", [("Ministry of Energy", "GovernmentBody", "RU")], ["Russian Federation"]),
    # (e) 'X-based': the place a body is seated in gives its country
    ("country-based-firm", "The memorandum was signed by Gabon-based Okoume Timber Company and"
     " Kenya Railways.", [("Okoume Timber Company", "Company", "GA")], []),
    ("country-based-university", "Kenyatta University has joined hands with Ghana-based Volta"
     " University of Technology.", [("Volta University of Technology", "University", "GH")], []),
    # (g) a shorter name in brackets that is no acronym is the body's alias, not a second body
    ("bracketed-short-name-bank", "The Export-Import Bank of Kenya (Kenya Exim Bank) signed a loan"
     " with Uganda. Kenya Exim Bank will lend 5 million dollars.",
     [("Export-Import Bank of Kenya", ANYTYPE, "KE"), ("Kenya Exim Bank", ANYTYPE, "KE")], []),
    ("bracketed-short-name-one-body", "The Export-Import Bank of the United States (Ex-Im Bank) signed"
     " a framework agreement with the Ugandan Ministry of Finance. Ex-Im Bank Chairman John Smith"
     " signed it.", [("Ex-Im Bank", ANYTYPE, "US")], []),
    ("bracketed-partner-not-alias", "Kenya Rail Company (a unit of Savanna Holdings Group) signed a"
     " deal with Uganda.", [("Kenya Rail Company", ANYTYPE, ANY)], ["a unit of savanna holdings group"]),
    # (h) type words of other languages that news copies untranslated split a coordination
    ("between-pairs-hindi-university", "The MoUs were signed between University of Kisumu and"
     " Makerere University, Uganda; and Guru Mahadev Vishwavidyalaya and Eurasian Technical"
     " University.", [("Guru Mahadev Vishwavidyalaya", "University", ANY),
                      ("Eurasian Technical University", "University", ANY)],
     ["Guru Mahadev Vishwavidyalaya and Eurasian Technical University"]),
    ("vidyapeeth-university", "Bharati Kala Vidyapeeth signed a memorandum with a Ghanaian college.",
     [("Bharati Kala Vidyapeeth", "University", ANY)], []),
    ("turkish-university", "Kenyatta University and Ankara Teknik Üniversitesi signed a memorandum.",
     [("Ankara Teknik Üniversitesi", "University", ANY), ("Kenyatta University", "University", ANY)],
     []),
    # (i) an apposition saying whose nationals the body gathers gives its country
    ("apex-body-of-demonym-traders", "Uganda signed a deal with Acme Holdings, the apex body of Kenyan"
     " traders.", [("Acme Holdings", ANYTYPE, "KE")], []),
    ("association-for-demonym-exporters", "Kenya signed a memorandum with the Lake Traders Federation,"
     " an association for Ugandan exporters.", [("Lake Traders Federation", ANYTYPE, "UG")], []),
    ("apex-body-acronym-named-first-in-headline", "Kenya and Uganda sign deal between KNCCI and Gulu"
     " Traders Union. The KNCCI, the apex body of Kenyan traders, and Uganda's Gulu Traders Union"
     " signed a deal.", [("KNCCI", ANYTYPE, "KE")], []),
]

ORG_GAPS: dict[str, str] = {
    "apex-body-acronym-named-first-in-headline":
        "an acronym-only body found first in another sentence is not re-placed by a later apposition",
}


@pytest.mark.parametrize("case, text, expected, absent", _params(PEOPLE, PEOPLE_GAPS))
def test_people_checklist11_row(case: str, text: str, expected: dict, absent: set) -> None:
    check_people(text, expected, absent)


@pytest.mark.parametrize("case, text, expected, absent", _params(ORGS, ORG_GAPS))
def test_orgs_checklist11_row(case: str, text: str, expected: list, absent: list) -> None:
    check_orgs(text, expected, absent)


def test_rows_are_unique() -> None:
    ids = [row[0] for row in PEOPLE + ORGS]
    assert len(set(ids)) == len(ids)
