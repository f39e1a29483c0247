"""People as English news names them across regions, by construction: long Spanish and Portuguese
names, Arabic chains with 'bin' and 'Al', particles, East and South-East Asian names, one-word
names, honorifics, a body's acronym before the title, appositions after the name, initials,
hyphens, possessives, later surname mentions, and where the person's country comes from.  Every
sentence is invented for this table; each row is one form."""

import pytest
from tests.test_people_forms import people
from tests.test_people_forms2 import facts

ANY = object()

# (text, name as gold writes it, country or ANY)
FORMS = [
    # Spanish and Portuguese names of three and four words, after a title or before an apposition
    ("Colombian Trade Minister Ana Lucía Restrepo Gómez met her Peruvian counterpart in Lima.",
     "Ana Lucía Restrepo Gómez", "CO"),
    ("Minister of Foreign Affairs Carmen Elena Ibáñez Soto signed the accord with Chile on Monday.",
     "Carmen Elena Ibáñez Soto", ANY),
    ("The agreement was signed by José Antonio Cárdenas Villalobos, Chile's ambassador to Peru.",
     "José Antonio Cárdenas Villalobos", "CL"),
    ("Mexican Economy Minister Marcelo Antonio Ruiz Ebrard met Canadian officials in Ottawa.",
     "Marcelo Antonio Ruiz Ebrard", "MX"),
    ("Luis Vega Morales, the deputy minister of trade of Peru, said Peru and Chile would sign a pact.",
     "Luis Vega Morales", "PE"),
    # Arabic names: 'bin', 'Al', 'al-', 'Abu', 'Abdel'
    ("Qatari Prime Minister Sheikh Khalid bin Hamad Al Nuaimi received the Kenyan delegation in Doha.",
     "Khalid bin Hamad Al Nuaimi", "QA"),
    ("Saudi Energy Minister Prince Faisal bin Turki Al Saud met Indian officials in Riyadh.",
     "Faisal bin Turki Al Saud", "SA"),
    ("The Emirati delegation was led by Abdullah bin Rashid Al Mansouri, Minister of Economy.",
     "Abdullah bin Rashid Al Mansouri", "AE"),
    ("Egyptian President Abdel Karim al-Masri welcomed the Sudanese envoy in Cairo on Sunday.",
     "Abdel Karim al-Masri", "EG"),
    ("Egyptian Foreign Minister Abu Bakr al-Sayed met Jordanian officials in Amman.",
     "Abu Bakr al-Sayed", "EG"),
    # particles
    ("Dutch Trade Minister Pieter van der Meulen visited Ghana on Tuesday.",
     "Pieter van der Meulen", "NL"),
    ("Brazilian Foreign Minister Marcos da Silva Costa met Angolan officials in Luanda.",
     "Marcos da Silva Costa", "BR"),
    ("Spanish Deputy Minister Julia de la Fuente said Spain and Morocco would expand trade.",
     "Julia de la Fuente", "ES"),
    # Vietnamese, Korean, Chinese, Japanese, Thai, Central Asian and Russian names
    ("Vietnamese Deputy Prime Minister Tran Van Minh met Lao Deputy Prime Minister Khamphanh "
     "Vongsa in Vientiane.", "Tran Van Minh", "VN"),
    ("Vietnamese Deputy Prime Minister Tran Van Minh met Lao Deputy Prime Minister Khamphanh "
     "Vongsa in Vientiane.", "Khamphanh Vongsa", "LA"),
    ("Vietnamese Ambassador Nguyen Thi Thu Ha presented her credentials to the Indian President.",
     "Nguyen Thi Thu Ha", "VN"),
    ("South Korean Trade Minister Kim Sung-ho held talks with Chilean officials in Seoul.",
     "Kim Sung-ho", "KR"),
    ("Kenyan officials met WANG Xiaoming, China's ambassador to Kenya, on Monday.",
     "WANG Xiaoming", "CN"),
    ("Li Wei, China's ambassador to Kenya, said the two countries would sign a pact.", "Li Wei", "CN"),
    ("Japanese Foreign Minister Kenji Takahashi met Indian officials in New Delhi.",
     "Kenji Takahashi", "JP"),
    ("Thai Prime Minister Somchai Wongsawat met Lao officials in Vientiane.", "Somchai Wongsawat", "TH"),
    ("The Kazakh delegation included Yerlan Bolatuly Kozhagapanov, deputy minister of energy.",
     "Yerlan Bolatuly Kozhagapanov", "KZ"),
    ("Russian Deputy Foreign Minister Igor Vladimirovich Sokolov met the Egyptian ambassador.",
     "Igor Vladimirovich Sokolov", "RU"),
    # one-word names
    ("Indonesian Trade Minister Budiarto said Indonesia and Kenya would sign a trade pact soon.",
     "Budiarto", "ID"),
    ("Suharjo, the Indonesian ambassador to Kenya, said the two countries would expand trade.",
     "Suharjo", "ID"),
    # honorifics before the name, and one that leaves a single word stays in it
    ("Bangladeshi Prime Minister Sheikh Amina witnessed the signing with Bhutan.", "Sheikh Amina", "BD"),
    ("Malaysian Prime Minister Datuk Seri Anwar Ismail Rahman met Thai officials in Bangkok.",
     "Anwar Ismail Rahman", "MY"),
    ("The talks were attended by Dr. Kwame Mensah Boateng, Ghana's minister of health, and "
     "Nigerian officials.", "Kwame Mensah Boateng", "GH"),
    ("H.E. Fatima Zahra Bennani, Morocco's ambassador to Senegal, opened the forum in Dakar.",
     "Fatima Zahra Bennani", "MA"),
    ("Eng. Samuel Otieno Kariuki, Kenya's principal secretary for roads, met Ugandan officials.",
     "Samuel Otieno Kariuki", "KE"),
    ("Amb. Grace Achieng Odhiambo, Kenya's envoy to Ethiopia, addressed the meeting in Addis Ababa.",
     "Grace Achieng Odhiambo", "KE"),
    ("Chief Olusegun Adeyemi Bankole, Nigeria's consul general in Accra, met Ghanaian traders.",
     "Olusegun Adeyemi Bankole", "NG"),
    ("Mrs. Ada Okafor, Nigeria's ambassador to Ghana, said trade would grow.", "Ada Okafor", "NG"),
    # a body's acronym or name before the title
    ("UNDP Administrator Karl Brenner met Kenyan officials in Nairobi.", "Karl Brenner", ANY),
    ("ECOWAS Commission President Ibrahim Kone visited Ghana and Togo on Monday.", "Ibrahim Kone", ANY),
    ("WHO Director-General Lars Eriksen praised Rwanda and Uganda for their cooperation.",
     "Lars Eriksen", ANY),
    ("IMF Managing Director Elena Petrova met Egyptian officials in Cairo.", "Elena Petrova", ANY),
    ("ASEAN Secretary-General Tran Duc Long met Thai officials in Bangkok.", "Tran Duc Long", ANY),
    ("Kenya Ports Authority Managing Director Ada Okafor met Tanzanian officials in Dar es Salaam.",
     "Ada Okafor", "KE"),
    ("Executive Chairman of Peru Economic Zones Authority (PEZA) Jorge Ramos and others attended "
     "the signing with Chile.", "Jorge Ramos", "PE"),
    # a title with a continent or region as its field
    ("UK Minister for Africa Jane Hollis visited Ghana and Nigeria this week.", "Jane Hollis", "GB"),
    ("Secretary of State for Asia Jane Hollis visited Ghana on Monday.", "Jane Hollis", ANY),
    # initials and hyphens
    ("Kenya and Uganda signed the deal. J. K. Otieno, the Kenyan trade secretary, witnessed it.",
     "J. K. Otieno", "KE"),
    ("Jean-Pierre Mbala Nkosi, Congo's minister of mines, met Angolan officials in Luanda.",
     "Jean-Pierre Mbala Nkosi", ANY),
    ("Anne Smith-Jones, the British high commissioner to Kenya, opened the trade fair in Nairobi.",
     "Anne Smith-Jones", "GB"),
    ("Siobhan O'Connor, Ireland's minister of state for trade, visited Kenya.", "Siobhan O'Connor", "IE"),
    # a given name ending like a field noun, a middle name that is also a demonym
    ("Lawrence Kofi Mensah said Ghana and Togo would open their border next month.",
     "Lawrence Kofi Mensah", ANY),
    ('"The border will open," said Florence Ada Obi, Nigeria\'s trade minister.',
     "Florence Ada Obi", "NG"),
    ("Ghana's Minister of Information Lawrence Kofi Mensah met Togolese officials in Lome.",
     "Lawrence Kofi Mensah", "GH"),
    ("Minister of Electricity Mohamed Shaker met Iraqi officials in Cairo.", "Mohamed Shaker", ANY),
    ("Vietnamese Deputy Minister Nguyen Thai Son met Cambodian officials in Phnom Penh.",
     "Nguyen Thai Son", "VN"),
    # a given name that is also a country's name
    ("Jordan Peter Hale, Australia's trade minister, met Indonesian officials in Jakarta.",
     "Jordan Peter Hale", "AU"),
    ("Chad Michael Evans, the US ambassador to Kenya, said the two countries would expand trade.",
     "Chad Michael Evans", "US"),
    # no title: a speech verb, a possessive, a quote, a leading phrase
    ("Ghana and Togo held talks. Kofi Mensah Asante said the border would open next month.",
     "Kofi Mensah Asante", ANY),
    ("Kofi Mensah Asante's visit to Togo was the first in a decade, Ghana and Togo said.",
     "Kofi Mensah Asante", ANY),
    ('Peru and Chile signed the pact. "We are friends," said Rosa Quispe Mamani, Peru\'s trade '
     "minister.", "Rosa Quispe Mamani", "PE"),
    ("Peru and Chile held talks. The delegation of Peru, led by Luis Vega Morales, met Chilean "
     "officials.", "Luis Vega Morales", ANY),
    ("The memorandum was signed by Kofi Mensah Asante and Jean Koffi Agbeko on behalf of Ghana and "
     "Togo.", "Jean Koffi Agbeko", ANY),
    ("Thai Prime Minister Prayut Chan-o-cha met Lao officials in Vientiane.", "Prayut Chan-o-cha", "TH"),
    # where the country comes from
    ("The Kenyan side was led by Cabinet Secretary for Trade Ada Okafor Wanjiku.",
     "Ada Okafor Wanjiku", "KE"),
    ("Uganda hosted the talks. The Kenyan delegation was represented by Ada Okafor Wanjiku.",
     "Ada Okafor Wanjiku", "KE"),
    ("Kenyan Ambassador to Ghana Ada Okafor Wanjiku met Ghanaian officials in Accra.",
     "Ada Okafor Wanjiku", "KE"),
    ("Ghana's President John Kofi Mensah received the Togolese delegation in Accra.",
     "John Kofi Mensah", "GH"),
    ("President John Kofi Mensah of Ghana received the Togolese delegation in Accra.",
     "John Kofi Mensah", "GH"),
    ("US Ambassador to Kenya John Carter met Kenyan officials in Nairobi.", "John Carter", "US"),
    ("Pakistan's Minister of State for Science Fozia Rahim Qureshi met the Ethiopian ambassador.",
     "Fozia Rahim Qureshi", "PK"),
    ("Kenya and Uganda signed a deal. Kenya was represented by Ada Okafor (Kenya) and Uganda by "
     "John Okello (Uganda).", "John Okello", "UG"),
    ("Peruvian Foreign Minister Luis Vega met his Chilean counterpart, Ana Torres, in Santiago.",
     "Ana Torres", "CL"),
]


@pytest.mark.parametrize("text,name,country", FORMS)
def test_a_person_is_found_with_the_name_as_written_and_the_country(text, name, country):
    found = people(text)
    assert name in found, sorted(found)
    if country is not ANY:
        assert found[name][1] == country


# (text, names that must not be people): a shorter or longer form of a name in the table above
NOT_PEOPLE = [
    ("Qatari Prime Minister Sheikh Khalid bin Hamad Al Nuaimi received the Kenyan delegation.",
     {"Khalid bin Hamad Al", "Nuaimi", "Sheikh Khalid bin Hamad Al Nuaimi"}),
    ("Minister of Foreign Affairs Carmen Elena Ibáñez Soto signed the accord with Chile.",
     {"Elena Ibáñez Soto"}),
    ("Earlier, the ambassador of Kenya to Ghana, Ada Okafor, said trade would grow.", {"Earlier"}),
    ("Separately, the Kenyan trade minister, Ada Okafor, said trade would grow.", {"Separately"}),
    ("Kenya, the host country, welcomed the trade minister of Ghana.", {"Kenya"}),
    ("Safaricom, the chief sponsor, welcomed the trade minister of Ghana.", {"Safaricom"}),
    ("Kenya and Uganda signed the deal. J. K. Otieno, the Kenyan trade secretary, witnessed it.",
     {"K. Otieno"}),
    ("Jordan Peter Hale, Australia's trade minister, met Indonesian officials in Jakarta.",
     {"Peter Hale"}),
    ("Consul General in Cape Town Li Wenhao met South African officials.", {"Cape Town Li Wenhao"}),
]


@pytest.mark.parametrize("text,absent", NOT_PEOPLE)
def test_no_person_is_a_part_or_an_overreach_of_a_name(text, absent):
    assert not set(people(text)) & absent


def test_a_later_surname_carries_the_statement_of_the_long_name():
    found = facts("Peruvian Foreign Minister Luis Vega Morales arrived in Santiago on Monday. "
                  "Vega Morales said the visit would boost trade with Chile.")
    assert [p.name for p in found.people] == ["Luis Vega Morales"]
    assert [s.speaker.key for s in found.statements] == ["Luis Vega Morales"]


def test_a_one_word_name_is_the_speaker_of_its_later_statement():
    found = facts("Suharjo, the Indonesian ambassador to Kenya, arrived in Nairobi on Monday. "
                  "Suharjo said the two countries would sign a trade pact.")
    assert [p.name for p in found.people] == ["Suharjo"]
    assert "Suharjo" in {s.speaker.key for s in found.statements}


def test_a_lone_honorific_name_joins_its_later_mention():
    found = facts("Bangladeshi Prime Minister Sheikh Amina met Bhutan's king in Dhaka. Sheikh "
                  "Amina said the two countries would expand trade.")
    assert [p.name for p in found.people] == ["Sheikh Amina"]
    assert "Sheikh Amina" in {s.speaker.key for s in found.statements}


def test_the_second_signatory_is_of_the_side_the_first_is_not():
    found = people("Serbia and Hungary signed a plan. The plan was signed by the Minister of Foreign "
                   "Affairs of Hungary, Ana Kovacs, and the Minister of European Integration, "
                   "Jelena Markovic.")
    assert found["Ana Kovacs"][1] == "HU" and found["Jelena Markovic"][1] == "RS"


def test_a_demonym_before_the_first_signatory_may_speak_for_both():
    found = people("Peru and Chile signed a pact. It was signed by Chilean Foreign Minister Ana "
                   "Torres and Trade Minister Luis Vega.")
    assert found["Luis Vega"][1] != "PE"
