"""People and their titles, on sentences written for these tests: honorifics, long title
complements, a comma between title and name, apposition titles, names in many scripts."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    return {p.name: (p.role, p.country) for p in facts.people}


@pytest.mark.parametrize("text, name, role, country", [
    ("The delegation was received by Dr. Marta Okafor, director of the institute.",
     "Marta Okafor", "director", None),
    ("Talks were held with the Ghanaian President, Mr Kwame Asante, in Accra.",
     "Kwame Asante", "President", "GH"),
    ("Prof. Dr. Halim Rashidov, rector of the Tashkent State Technical University, said the plan "
     "is good.", "Halim Rashidov", "rector", None),
    ("The ambassador to Chile, H.E Dr Lin Haoran, said the visit was useful.",
     "Lin Haoran", "ambassador", None),
    ("Colonel Ade Bello, the minister's spokesman, said the talks went well.",
     "Ade Bello", "spokesman", None),
])
def test_an_honorific_is_neither_name_nor_role(text, name, role, country):
    assert people(text) == {name: (role, country)}


@pytest.mark.parametrize("text, name, country", [
    ("Minister of Agriculture and Fisheries of the Republic of Moldova Ion Popescu met the "
     "delegation.", "Ion Popescu", "MD"),
    ("Brazilian ambassador to Kenya Paulo Mendes attended the ceremony.", "Paulo Mendes", "BR"),
    ("Minister of science, technology and innovation Rosa Lima signed the document.",
     "Rosa Lima", None),
    ("The Consul General in Mombasa Li Wenhao said the port is busy.", "Li Wenhao", None),
    ("Secretary to the President P.B. Jayawardena said the loan helps.", "P.B. Jayawardena", None),
    ("Minister of Economy, Trade and Industry Kenji Watanabe opened the fair.", "Kenji Watanabe",
     None),
])
def test_a_long_title_complement_stays_out_of_the_name(text, name, country):
    found = people(text)
    assert list(found) == [name]
    assert found[name][1] == country


def test_a_comma_between_title_and_name():
    found = people("The President of Kyrgyzstan, Bakyt Osmonov, welcomed the guests, and "
                   "Russia's deputy prime minister, Ivan Sokolov, spoke.")
    assert found["Bakyt Osmonov"] == ("President", "KG")
    assert found["Ivan Sokolov"][0] == "deputy prime minister"


@pytest.mark.parametrize("text, name", [
    ("Turkish President Gülşen Yıldırım met the press.", "Gülşen Yıldırım"),
    ("Egyptian President Omar Rashid al-Hamdi met the press.", "Omar Rashid al-Hamdi"),
    ("Frederico S. Duarte Lima, the Brazilian consul, said the event was great.",
     "Frederico S. Duarte Lima"),
    ("Prof. BAI Chunlin, President of the Academy, said the plan is ready.", "BAI Chunlin"),
    ("Ambassador to Doha Khalid bin Saad Bin Faisal Al Harbi attended.",
     "Khalid bin Saad Bin Faisal Al Harbi"),
])
def test_names_in_many_scripts_and_forms(text, name):
    assert list(people(text)) == [name]


def test_a_title_before_an_organisation_in_the_apposition():
    found = people("Mr. Tanaka Hiroshi, ACME Representative in Ghana, said the loan was approved.")
    assert list(found) == ["Tanaka Hiroshi"]


@pytest.mark.parametrize("text", [
    "Dr. Jun Wei, Division Director for International Programs, attended.",
    "The firms agreed to partner on projects in artificial intelligence, Big Data and robotics.",
])
def test_a_title_complement_or_a_verb_is_no_person(text):
    assert "International Programs" not in people(text)
    assert "Big Data" not in people(text)


def test_a_two_word_surname_written_alone_is_the_same_person():
    found = people("Lakeside rector Amina El Idrissi opened the lab. El Idrissi said the lab "
                   "would train engineers.")
    assert list(found) == ["Amina El Idrissi"]


@pytest.mark.parametrize("text, name, role, country", [
    ("Kenya's Foreign Minister Amina Odhiambo met the delegation in Nairobi on Monday.",
     "Amina Odhiambo", "Foreign Minister", "KE"),
    ("The Minister of Fisheries of Senegal, Awa Ndiaye, opened the meeting in Dakar.",
     "Awa Ndiaye", "Minister of Fisheries", "SN"),
])
def test_the_country_of_a_title_is_its_possessor_or_its_last_of_complement(text, name, role, country):
    assert people(text)[name] == (role, country)


def test_an_s_final_country_owns_with_a_bare_apostrophe():
    from coopkg.extract.facts import Ref

    facts = extract(Article(text="Belarus' State Committee for Science signed an agreement with "
                                 "the Kenya Institute of Technology on Monday.",
                            published=date(2024, 3, 8), title="", origin="test"))
    assert [set(a.parties) for a in facts.agreements] == [
        {Ref("org", "State Committee for Science"), Ref("org", "Kenya Institute of Technology")}]


def test_the_republic_in_a_title_complement_is_not_part_of_the_role():
    found = people("The President of the People's Republic of Bangladesh, Rahim Uddin, arrived in "
                   "Colombo on Monday.")
    assert found["Rahim Uddin"] == ("President", "BD")


def test_people_listed_after_a_plural_title_each_hold_it():
    found = people("Fisheries Ministers, Awa Ndiaye and Kofi Mensah, signed the protocol in Dakar.")
    assert found["Awa Ndiaye"][0] == "Fisheries Minister"
    assert found["Kofi Mensah"][0] == "Fisheries Minister"


def test_a_lowercase_state_minister_is_a_title_and_state_stays_in_org_names():
    found = people("The deal was signed by Kenyan state minister of fisheries Amina Odhiambo.")
    assert found["Amina Odhiambo"][0] == "state minister of fisheries"  # the field stays in the role
    from coopkg.extract import extract as run

    facts = run(Article(text="The State Fisheries Committee of Kenya signed it.",
                        published=date(2024, 3, 8), title="", origin="test"))
    assert [o.name for o in facts.orgs] == ["State Fisheries Committee of Kenya"]


@pytest.mark.parametrize("text, expected", [
    ("The treaty was signed in 1984 after mediation by Pope John Paul II and Cardinal Pietro "
     "Rossi on his behalf.", {"John Paul II": ("Pope", None), "Pietro Rossi": ("Cardinal", None)}),
    ("Pope Leo has invited the two foreign ministers to Rome.", {"Leo": ("Pope", None)}),
    ("Archbishop Tomas Novak and Grand Mufti Ahmed Saleh opened the interfaith centre.",
     {"Tomas Novak": ("Archbishop", None), "Ahmed Saleh": ("Grand Mufti", None)}),
    ("Rabbi Daniel Cohen and Patriarch Ilia Gelashvili blessed the new bridge.",
     {"Daniel Cohen": ("Rabbi", None), "Ilia Gelashvili": ("Patriarch", None)}),
])
def test_religious_titles_and_a_regnal_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Julie Bishop welcomed the agreement on fisheries.", "Julie Bishop"),
    ("Chief Minister Amira Mufti opened the new college in the valley.", "Amira Mufti"),
])
def test_a_title_word_as_a_family_name_stays_in_the_name(text, name):
    assert list(people(text)) == [name]


def test_a_body_named_after_a_sovereign_is_no_person():
    assert people("Students of King Fahd University of Petroleum attended the fair.") == {}


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_spaced_dash_between_title_and_name_is_an_apposition(dash):
    found = people(f"The delegation was welcomed in Madrid by the country's King {dash} Felipe "
                   "Moreno.")
    assert found == {"Felipe Moreno": ("King", None)}


def test_an_abbreviated_given_name_belongs_to_the_name_not_the_honorifics():
    found = people("Professor Dr. Md. Karim Hossain, Director of International Affairs, signed "
                   "the memorandum.")
    assert found == {"Md. Karim Hossain": ("Director of International Affairs", None)}
    found = people("It was signed by state minister for fisheries Mohd Rafiq Karim Anwar.")
    assert found == {"Mohd Rafiq Karim Anwar": ("state minister for fisheries", None)}
