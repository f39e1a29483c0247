"""People, s23 checklist: a name followed by its country alone.  A list of leaders or envoys
often names each member by 'X of <Country>' ('the presidents – X of A; Y of B and Z of C –',
'leaders including X of A and Y of B'), with no title of their own: the whole capitalised run
after 'of' being a country's name makes the name a person's, of that country.  A place's or a
body's name before 'of <Country>' is no person's.  Every text is written for these tests
(invented people; no corpus text).  A nickname in quotes between a given name and a surname
('Ana “Nina” Cruz') is read with the name, which is kept without it (person_variants), and a
four-word name right after 'and' or 'between' keeps its first word."""

from __future__ import annotations

import pytest
from tests.test_people_forms import people

FOUND = {
    "dash-list-semicolons": ("Most of the presidents – Carlos Rivas of Peru; Ana Soto of Chile and "
                             "Mario Lenz of Bolivia – arrived in Spain on Wednesday.",
                             {"Carlos Rivas": "PE", "Ana Soto": "CL", "Mario Lenz": "BO"}),
    "including-and-verb": ("Leaders including Tomas Ferro of Uruguay and Lena Varga of Hungary "
                           "attended the summit.", {"Tomas Ferro": "UY", "Lena Varga": "HU"}),
    "commas": ("The forum heard Jonas Berg of Norway, Ada Kalu of Nigeria and Ivo Marn of Croatia.",
               {"Jonas Berg": "NO", "Ada Kalu": "NG", "Ivo Marn": "HR"}),
    # a nickname in quotes between given name and surname is read with the name, kept without it
    "nickname-curly": ("Minister Pedro Alvez met Joaquim “Kiko” Amaral, Ambassador of Portugal, in "
                       "Lima.", {"Joaquim Amaral": "PT"}),
    "nickname-straight": ('Joaquim "Kiko" Amaral, the Ambassador of Portugal, said trade grew.',
                          {"Joaquim Amaral": "PT"}),
    # a four-word name opening its run after 'and' or 'between' keeps its first given name
    "four-words-after-and": ("Talks between Tran Van Minh, mayor of Hue, and Jose Manuel Garcia Lopez, "
                             "first secretary in Lima, ended.", {"Jose Manuel Garcia Lopez": None}),
    "title-after-and-stays": ("Talks between Ana Cruz and Deputy Minister Jose Garcia Lopez ended, Cruz "
                              "said.", {"Jose Garcia Lopez": None}),
    "two-word-country": ("The envoys – Rosa Peral of Costa Rica and Dan Oduya of South Sudan – met.",
                         {"Rosa Peral": "CR", "Dan Oduya": "SS"}),
}

ABSENT = {
    "region-of-country": ("Shaanxi signed with the Ahal Region of Turkmenistan and the Sughd Province "
                          "of Tajikistan.", ["Ahal Region", "Sughd Province"]),
    "body-of-country": ("The Arts Council of Chile and the Film Institute of Peru signed it.",
                        ["Arts Council", "Film Institute"]),
    # invented first names outside given_names.tsv: a common given name makes a person by itself
    "country-then-more-capitals": ("Rozal Peral of Costa Rica Foundation spoke.", ["Rozal Peral"]),
    "possessive-country": ("Tovas Ferro of Uruguay's trade office met them.", ["Tovas Ferro"]),
    "quoted-word-after-name": ('Ana Cruz said the “Green” plan would help.', ["Ana Cruz “Green”"]),
    "city-not-country": ("Tiko Ferro of Lima and Anwe Soto of Quito met.", ["Tiko Ferro", "Anwe Soto"]),
}


@pytest.mark.parametrize("case", sorted(FOUND))
def test_name_of_country_is_a_person(case):
    text, want = FOUND[case]
    found = people(text)
    assert set(want) <= set(found), found
    assert {name: found[name][1] for name in want} == want, found


@pytest.mark.parametrize("case", sorted(ABSENT))
def test_not_a_person_of_country(case):
    text, names = ABSENT[case]
    found = people(text)
    assert not set(names) & set(found), found
