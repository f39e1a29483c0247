"""Organisations, on sentences written for these tests: coordination, names without a type word
recognised from their place in the sentence, titles and people kept out of names."""

from datetime import date

import pytest

from coopkg.extract import extract, pipeline
from coopkg.read.article import Article
from coopkg.reference import gazetteer


def orgs(text: str) -> dict[str, tuple[str, str | None]]:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    return {o.name: (o.type, o.country) for o in facts.orgs}


@pytest.mark.parametrize("text, names", [
    ("An agreement was signed between the Silk Road Institute and Caspian Museums on culture.",
     {"Silk Road Institute", "Caspian Museums"}),
    ("A protocol between Kenya's public broadcaster KBC and Uganda TV was signed.",
     {"KBC", "Uganda TV"}),
    ("Kenya Airways and Ethiopian Airlines signed a codeshare agreement.",
     {"Kenya Airways", "Ethiopian Airlines"}),
])
def test_coordinated_names_are_split(text, names):
    assert set(orgs(text)) == names


def test_a_titled_person_is_never_inside_an_organisation_name():
    found = orgs("Minister of Innovation of Ghana Kofi Mensah and Chairman of the Agency for "
                 "Research of Togo Ali Diallo signed the memorandum.")
    assert found == {"Agency for Research of Togo": ("GovernmentBody", "TG")}


def test_a_title_run_before_a_body_is_not_part_of_its_name():
    assert set(orgs("Consul and Second Secretary Embassy of Chile Ana Ruiz attended.")) == {
        "Embassy of Chile"}


@pytest.mark.parametrize("text, expected", [
    ("Petrobras signed a contract with Sinopec on Monday.", {"Petrobras", "Sinopec"}),
    ("The deal between Vale and Baowu was signed in Beijing.", {"Vale", "Baowu"}),
    ("Russia's Aerolinka has signed a memorandum with MongolAir.", {"Aerolinka", "MongolAir"}),
    ("Acme Mining, a Brazilian mining company, signed a deal with Rio Metals.",
     {"Acme Mining", "Rio Metals"}),
    ("Tata Motors' CEO Ravi Kumar said the plant will open.", {"Tata Motors"}),
    ("Eight major Japanese companies, including Hitachi, Panasonic and Denso, will invest.",
     {"Hitachi", "Panasonic", "Denso"}),
])
def test_names_without_a_type_word_from_their_place_in_the_sentence(text, expected):
    assert set(orgs(text)) == expected


def test_context_gives_type_and_country():
    found = orgs("Acme Mining, a Brazilian mining company, signed a deal with Rio Metals.")
    assert found["Acme Mining"] == ("Company", "BR")
    assert orgs("Russia's Aerolinka has signed a memorandum with MongolAir.")["Aerolinka"][1] == "RU"


@pytest.mark.parametrize("text, absent", [
    ("Ties between the Kingdom and Russia grew.", "Kingdom"),
    ("Currently, the university employs 900 staff.", "Currently"),
    ("The MoU signed on Friday covers health.", "MoU"),
    ("The university rose in the Times Higher Education World University Rankings.",
     "World University"),
    ("The Joint Committee Meeting was held in Manila.", "Joint Committee"),
])
def test_words_in_an_organisation_slot_that_name_none(text, absent):
    assert absent not in orgs(text)


def test_a_written_possessive_form_is_kept_as_an_alias():
    facts = extract(Article(text="Ghana's Innovation Ministry signed a memorandum with the Togo "
                                 "Research Agency.", published=date(2024, 3, 8), title="",
                            origin="test"))
    ministry = next(o for o in facts.orgs if o.name == "Innovation Ministry")
    assert "Ghana's Innovation Ministry" in ministry.aliases


def test_a_name_found_later_is_linked_where_it_was_written_before():
    doc = pipeline.annotate(Article(text="Zentra expands in Africa. Zentra, a German logistics "
                                         "firm, signed a deal with Kenya Railways.",
                                    published=date(2024, 3, 8), title="", origin="test"),
                            gazetteer())
    assert [(s.name, s.rule) for s in doc.sents[0].spans if s.label == "ORG"] == [
        ("Zentra", "org.repeat")]
    assert set(doc.orgs) == {"Zentra", "Kenya Railways"}


@pytest.mark.parametrize("text, name, country", [
    ("The embassy of Ghana in Kenya was established in 1996.", "embassy of Ghana in Kenya", "GH"),
    ("China and Chad agreed, according to the Chinese embassy in Chad.", "Chinese embassy in Chad",
     "CN"),
    ("The Embassy of Peru in Spain hosted a meeting.", "Embassy of Peru in Spain", "PE"),
])
def test_diplomatic_missions_named_with_where_they_are(text, name, country):
    assert orgs(text) == {name: ("GovernmentBody", country)}


def test_an_outlet_reporting_a_story():
    assert orgs("A delegation visited Kenya, Nairobinews reports.") == {
        "Nairobinews": ("MediaOutlet", None)}


def test_title_words_before_a_university_name_are_not_part_of_it():
    assert set(orgs("VC Lakeside University said the plan is good.")) == {"Lakeside University"}


def test_a_known_outlet_keeps_its_written_kind():
    assert "Xinhua news agency" in orgs("The talks were reported by Xinhua news agency on Monday.")


def test_an_acronym_after_the_place_makes_the_place_part_of_the_name():
    facts = extract(Article(text="The Atlantic University in Ghana (AUG) signed a memorandum "
                                 "with the Lakeside Institute. AUG will host students.",
                            published=date(2024, 3, 8), title="", origin="test"))
    university = next(o for o in facts.orgs if "Atlantic" in o.name)
    assert university.name == "Atlantic University in Ghana" and "AUG" in university.aliases
    assert not any(o.name == "AUG" for o in facts.orgs)


def test_a_short_form_of_a_longer_name_is_the_same_body():
    found = orgs("The Hebrew University of Haifa signed an agreement with the Lakeside "
                 "Institute. Hebrew University President Dan Levi said the plan is ready.")
    assert "Hebrew University" not in found and "Hebrew University of Haifa" in found


def test_a_sub_unit_owned_by_a_university_is_named_on_its_own():
    found = orgs("Head of Lakeside University's Office for International Programs, Anna Berg, "
                 "attended.")
    assert "Office for International Programs" in found


def test_and_inside_a_complement_does_not_split_a_name():
    found = orgs("Chile's National Agency for Research and Development (ANID) will fund it.")
    assert list(found) == ["National Agency for Research and Development"]


@pytest.mark.parametrize("text, name", [
    ("Kenya and Uganda held the 5th session of the Joint Trade Committee in Kampala.",
     "Joint Trade Committee"),
    ("The Kenyan-Ugandan Border Commission met in Kampala with officials of Kenya and Uganda.",
     "Kenyan-Ugandan Border Commission"),
])
def test_a_body_two_countries_run_together_is_other_and_of_neither(text, name):
    assert orgs(text)[name] == ("Organization", None)


def test_a_body_of_many_countries_takes_no_country_from_the_dateline():
    found = orgs("NAIROBI, March 6 – The Federation of African Chambers of Commerce met Kenyan "
                 "officials on Wednesday.")
    assert found["Federation of African Chambers of Commerce"][1] is None


def test_a_known_outlet_has_its_country_only_when_the_article_names_it():
    assert orgs("Ghana and Togo signed a fisheries accord, Xinhua reported.")["Xinhua"][1] is None
    assert orgs("Ghana and China signed a fisheries accord, Xinhua reported.")["Xinhua"][1] == "CN"


def test_a_government_is_its_country_not_an_organisation():
    from coopkg.extract.facts import Ref

    facts = extract(Article(
        text="A memorandum between the Government of Ghana and the Kenya Ports Authority was "
             "signed on Monday. The Ghanaian Government also signed an agreement with the Togo "
             "Shipping Agency.", published=date(2024, 3, 8), title="", origin="test"))
    assert not any("Government" in o.name for o in facts.orgs)
    ghana = Ref("place", "https://w3id.org/coopkg/id/country/GH")
    assert all(ghana in a.parties for a in facts.agreements) and len(facts.agreements) == 2


@pytest.mark.parametrize("text, name", [
    ("The institute was founded with Lagos-based Harbour University in 2019.", "Harbour University"),
    ('An agreement was signed between the Kenya Ports Authority and the Ghana Education Council on '
     '"Mutual Recognition of Maritime Certificates".', "Ghana Education Council"),
])
def test_a_name_ends_where_its_location_or_a_quoted_subject_begins(text, name):
    assert name in orgs(text)


def test_a_councillor_is_a_title_not_an_organisation():
    found = orgs("The documents were signed after talks between Amina Odhiambo and State Councillor "
                 "and Foreign Minister Li Wei.")
    assert not any("Councillor" in n for n in found)


def test_two_long_names_joined_by_and_are_two():
    found = orgs("A memorandum was signed between the Kenya Institute of Peace and Conflict Studies "
                 "and Ghana Institute of Law and Public Policy.")
    assert {"Kenya Institute of Peace and Conflict Studies",
            "Ghana Institute of Law and Public Policy"} <= set(found)


def test_a_name_closed_by_its_country_ends_before_and():
    found = orgs("An MoU between the Directorate of Fisheries of Ghana and Coastal and Marine "
                 "Resources Commission of Kenya was signed.")
    assert "Directorate of Fisheries of Ghana" in found


def test_a_topic_after_of_country_is_no_part_of_the_name():
    found = orgs("The Maritime Commission of Ghana on Exchange of Port Data signed a memorandum with "
                 "the Kenya Ports Authority.")
    assert "Maritime Commission of Ghana" in found


@pytest.mark.parametrize("text, name", [
    ("A memorandum was signed between the International News Agency Zvezda Segodnya and the "
     "Kenya Broadcasting Corporation.", "International News Agency Zvezda Segodnya"),
    ("Xinhua News Agency Director Fu Hua attended the signing in Nairobi.", "Xinhua News Agency"),
    ("The Daily Courier News Agency Nairobi office reported the deal.", "The Daily Courier News Agency"),
])
def test_a_news_agency_may_be_named_after_its_kind_but_not_by_a_title_or_place(text, name):
    assert name in orgs(text)


def test_a_weekday_after_a_name_is_a_date_not_part_of_the_name():
    found = orgs("The foreign ministers of Norway and Chile Tuesday signed five protocols.")
    assert not any("Tuesday" in n for n in found)


def test_a_country_after_a_comma_is_no_part_of_the_next_name():
    found = orgs("Blue Harbour Trading Limited, Ghana and Lakeside Business School signed a "
                 "memorandum on Monday.")
    assert {"Blue Harbour Trading Limited", "Lakeside Business School"} <= set(found)
    assert not any(n.startswith("Ghana") for n in found)
    assert found["Blue Harbour Trading Limited"][1] == "GH"


def test_a_legal_form_after_a_place_closes_the_whole_company_name():
    found = orgs("Green Hills of Africa Limited signed a memorandum with Lakeside University.")
    assert "Green Hills of Africa Limited" in found and "Africa Limited" not in found


def test_a_descriptor_with_a_possessive_country_gives_type_and_country():
    assert orgs("Russia's geological holding Zemgeo signed a deal with Kenya.")["Zemgeo"] == (
        "Company", "RU")


def test_a_structure_is_no_organisation():
    found = orgs("A protocol will deal with the Las Piedras Tunnel, and Chile and Argentina signed "
                 "it with the Andes Highway.")
    assert not any(n.endswith(("Tunnel", "Highway")) for n in found)


@pytest.mark.parametrize("name, type_", [
    ("Ruritania Agricultural Research Council", "GovernmentBody"),   # a funding agency
    ("Ruritania Agricultural Research Institute", "ResearchInstitute"),
])
def test_a_research_council_is_a_government_body(name, type_):
    from coopkg.extract.orgtypes import classify
    assert classify(name) == type_


@pytest.mark.parametrize("text", [
    "Senegal and Côte d'Ivoire signed a memorandum of understanding on fisheries on Monday.",
    "Senegal and Côte d’Ivoire signed a memorandum of understanding on fisheries on Monday.",
    "The Republics of Kenya and Uganda have signed a trade agreement.",
])
def test_a_state_or_part_of_a_country_name_is_no_organisation(text):
    assert orgs(text) == {}


@pytest.mark.parametrize("text, name, type_", [
    ("Oman and Qatar discussed the Gulf Cooperation Council summit.", "Gulf Cooperation Council",
     "IntergovernmentalOrganization"),
    ("The Council of Heads of Government of the CIS met in Minsk with Belarus.",
     "Council of Heads of Government of the CIS", "IntergovernmentalOrganization"),
    ("The Council of the Presidents of Kenya and Uganda met in Kampala.",
     "Council of the Presidents of Kenya and Uganda", "Organization"),
    ("The Peru-Chile Binational Cabinet met in Lima.", "Peru-Chile Binational Cabinet",
     "Organization"),
])
def test_multilateral_and_bilateral_bodies(text, name, type_):
    found = orgs(text)
    assert found[name] == (type_, None)


def test_a_ministry_with_a_two_field_portfolio_is_one_ministry():
    found = orgs("The Ministry of Higher Education and Scientific Research said on Monday that "
                 "Egypt and Kenya signed.")
    assert set(found) == {"Ministry of Higher Education and Scientific Research"}


def test_a_dedication_is_part_of_an_institutions_name():
    found = orgs("The Rector of the National University of Arts named after Ada Okafor, "
                 "Professor Sam Bello, visited Uzbekistan.")
    assert set(found) == {"National University of Arts named after Ada Okafor"}


@pytest.mark.parametrize("name", ["Verkhovna Rada of Ruritania", "National Assembly of Kenya"])
def test_parliaments_are_government_bodies(name):
    from coopkg.extract.orgtypes import classify
    assert classify(name) == "GovernmentBody"


def test_a_type_word_inside_the_complement_does_not_end_the_name():
    found = orgs("The MoU between Kenya Agricultural Research Council and Uganda Council for "
                 "Agricultural Research Policy was signed. The Ministry of Science and Research "
                 "Director John Kamau spoke.")
    assert "Uganda Council for Agricultural Research Policy" in found
    assert "Ministry of Science and Research" in found


@pytest.mark.parametrize("text", [
    # a minister's portfolio: only 'Ministry of ...' names a body
    "Minister of Higher Education and Scientific Research Omar Haddad signed the memorandum "
    "with Kenya.",
    # documents named after bodies
    "Both sides cited the United Nations Convention on the Law of the Sea (UNCLOS) and the "
    "Treaty of Friendship between Kenya and Peru.",
    # plural bodies named together
    "There was a cooperation program between the Ministries of Justice of Kenya and Uganda.",
])
def test_words_that_name_no_body(text):
    assert orgs(text) == {}


@pytest.mark.parametrize("name, type_", [
    ("International Commission of the Ruritanian Workers' Party", "Organization"),
    ("Central Committee of the Ruritania Liberal Party", "Organization"),
    ("Ruritania Green Party", "Organization"),
    ("Ruritania Party Affairs Ministry", "GovernmentBody"),
    ("Commission for Elections of Ruritania", "GovernmentBody"),
])
def test_a_political_partys_organs_are_no_government_bodies(name, type_):
    from coopkg.extract.orgtypes import classify
    assert classify(name) == type_
