"""Classes of errors seen in unseen news (session 48), each on sentences written for these tests."""

import pytest
from tests.session_articles import PUBLISHED, org_names, run

from coopkg.extract.dates import find_dates


def test_a_word_in_capitals_that_only_respells_a_foreign_place_is_no_place():
    facts = run("Peru's TOKIO and Chile's MAREL SA signed a supply agreement on Tuesday.")
    assert not facts.regions
    parties = [p.key for a in facts.agreements for p in a.parties]
    assert not any("region" in key for key in parties)


def test_a_dateline_in_capitals_still_names_its_place():
    facts = run("KABUL, March 5 (Agency) Afghanistan and Uzbekistan signed a rail agreement on Tuesday.")
    assert any(r.endswith("AF-KAB") for r in facts.regions)


def test_a_topic_ends_before_an_ordinal_day():
    facts = run("Fiji and Japan signed an Agreement on Economic and Technical Cooperation on the 29th "
                "February 2024 in Suva.")
    assert [a.topic for a in facts.agreements] == ["Economic and Technical Cooperation"]


def test_a_body_closed_by_its_country_ends_before_a_name_opened_by_a_demonym():
    names = org_names("After the forum, the Ministry of Energy of Chile and Peruvian Andes Leasing company "
                      "signed an agreement on grid storage.")
    assert {"Ministry of Energy of Chile", "Peruvian Andes Leasing"} <= names


def test_an_industry_named_firm_and_an_acronym_firm_are_two():
    names = org_names("Kestrel Power and KORV Co Ltd signed a loan agreement with a group of banks.")
    assert {"Kestrel Power", "KORV Co Ltd"} <= names


def test_a_field_pair_before_a_legal_form_stays_one_firm():
    assert "Kestrel Power and Lighting Co Ltd" in org_names(
        "Kestrel Power and Lighting Co Ltd signed a supply contract with the utility.")


@pytest.mark.parametrize("text, value", [
    ("A trade mission will visit Chile after Lima and Santiago signed a \"customs pact\" in late January.",
     "2024-01"),
    ("It will be the first visit since the two leaders met in May.", "2023-05"),
    ("The ministers will meet again in May when the commission holds its session.", "2024-05"),
    ("The delegation will sign the deal in May, after talks in Lima.", "2024-05"),
])
def test_a_past_clause_after_a_future_marker_keeps_its_month_in_the_past(text, value):
    assert [d.when.value for d in find_dates(text, PUBLISHED)] == [value]


@pytest.mark.parametrize("name", ["Tran Thi Minh Chau", "Vo Thi Lan Anh"])
def test_a_four_word_name_after_a_body_is_whole(name):
    facts = run(f"Vice Chairwoman of the National Assembly {name} said the two groups would act as a bridge.")
    assert [p.name for p in facts.people] == [name]
    assert [s.speaker.key for s in facts.statements] == [name]
    assert "National Assembly" in {o.name for o in facts.orgs}


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.key, s.text) for s in run(text).statements]


def test_a_role_after_a_subordinator_speaks_its_own_clause():
    said = _said("Chilean Prime Minister Ana Soto visited Peru. In Lima, Soto sat down with Peruvian "
                 "officials, including President Luis Vega, where the Chilean premier underlined "
                 "Santiago's resolve to raise trade.")
    assert said == [("Ana Soto", "underlined Santiago's resolve to raise trade")]


@pytest.mark.parametrize("which, speaker", [("latter", "Ana Soto"), ("former", "Ravi Menon")])
def test_the_former_or_the_latter_names_one_of_two_people(which, speaker):
    said = _said("During his visit to Lima, Secretary Ravi Menon called on Peruvian Foreign Minister "
                 f"Ana Soto, where the {which} expressed gratitude for the assistance shown by India.")
    assert said == [(speaker, "expressed gratitude for the assistance shown by India")]


@pytest.mark.parametrize("text", [
    "Chile and Peru signed agreements for the construction of a 240-megawatt wind farm.",
    "The contract covers the construction of a 240 megawatt wind farm in Arica, Chile, for Peru.",
])
def test_a_plant_rated_in_megawatts_is_a_capacity_in_mw(text):
    assert [(f.value, f.unit) for f in run(text).figures] == [(240.0, "MW")]


@pytest.mark.parametrize("text", [
    "Beta Corp and Acme Ltd on Monday announced that they had signed a memorandum of understanding.",
    "Beta Corp and Acme Ltd today announced that they were entering into a memorandum of understanding.",
    "Beta Corp and Acme Ltd said on Wednesday that they have signed a memorandum of understanding.",
])
def test_bodies_that_say_they_signed_are_its_parties(text):
    assert [[p.key for p in a.parties] for a in run(text).agreements] == [["Beta Corp", "Acme Ltd"]]


@pytest.mark.parametrize("text", [
    "Peru and Chile discussed trade. He also invited Ana Soto to come to Lima next year to sign the deal "
    "that could boost trade.",
    "Peru and Chile discussed health. The minister said the signing of the agreement with various parties "
    "will be done soon.",
])
def test_a_signing_invited_or_still_to_be_done_makes_no_document(text):
    assert run(text).agreements == []


def test_a_document_signed_that_will_take_effect_later_is_made():
    assert len(run("Peru and Chile signed a trade agreement on Monday that will take effect next year.")
               .agreements) == 1


def test_a_dateline_after_a_lead_line_still_credits_its_outlet():
    text = ("Peru and Chile on Monday stressed the need for closer trade ties.\n\n"
            "LIMA, (Andes Wire / Pacific Point News - 4th Mar, 2024 ) : Peru and Chile signed a trade pact.")
    assert "Andes Wire" in org_names(text)


def test_a_form_of_address_after_a_comma_opens_the_next_person():
    people = {p.name: p.role for p in run(
        "The deal was signed by Peru's Foreign Minister, Dr Ana Soto, and India's Minister of State for "
        "External Affairs and Parliamentary Affairs, Shri V. Ravi, on behalf of their countries.").people}
    assert people == {"Ana Soto": "Foreign Minister",
                      "V. Ravi": "Minister of State for External Affairs and Parliamentary Affairs"}


def test_a_rank_word_opening_a_title_after_a_name_is_its_title():
    people = {p.name: p.role for p in run(
        "Mr. Luis Vega, General Managing Director of the Andes Credit Institute, signed the loan.").people}
    assert people == {"Luis Vega": "General Managing Director"}


def test_a_colon_closing_a_dateline_ends_the_title_before_a_name():
    people = {p.name: p.country for p in run(
        "Lima, March 6 (ANI/Sputnik): Peruvian President Ana Soto said that Peru and Russia have signed a "
        "roadmap. A meeting between Soto and Russian President Ivan Petrov was held in Russia's Sochi."
    ).people}
    assert people == {"Ana Soto": "PE", "Ivan Petrov": "RU"}


@pytest.mark.parametrize("text", [
    "She completed a Bachelor's in Finance and a Master's in Business Administration in Lima last year.",
    "He holds a Master of Public Administration from a university in Chile.",
])
def test_the_field_of_a_degree_is_no_body(text):
    assert not org_names(text)


def test_wells_and_households_a_project_reaches_are_counts():
    figures = {(f.value, f.unit) for f in run(
        "The Chinese-funded project has built 600 wells in rural Peru and will benefit 3,000 households."
    ).figures}
    assert figures == {(600.0, "wells"), (3000.0, "households")}


def test_an_acronym_spelled_out_in_brackets_before_and_is_one_party():
    found = run("PETROSUR (the Southern Petroleum Company of Peru) and Acme Ltd signed a memorandum of "
                "understanding to explore upstream projects.")
    assert [[p.key for p in a.parties] for a in found.agreements] == \
        [["Southern Petroleum Company of Peru", "Acme Ltd"]]


def test_a_body_and_a_title_name_that_bodys_holder():
    said = _said("Chairman of the National Assembly (NA), Ana Soto, on Tuesday received a delegation led by "
                 "Committee Chairperson Luis Vega. The NA speaker noted that cooperation between the two "
                 "parliaments has an important place.")
    assert said == [("Ana Soto", "cooperation between the two parliaments has an important place")]
