"""A person's country (GOLD_FORMAT): what the title phrase or apposition states, and what a
two-country story implies — on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def countries(text: str) -> dict[str, str | None]:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    return {p.name: p.country for p in facts.people}


@pytest.mark.parametrize("text, name, country", [
    # a demonym before a title joined by 'and'
    ("Kenyan Deputy Prime Minister and Foreign Minister Amos Wekesa visited Ghana.",
     "Amos Wekesa", "KE"),
    # 'of <country>' after a complement of its own
    ("The deal was signed by the Minister of Water of Peru Rosa Quispe and officials of Chile.",
     "Rosa Quispe", "PE"),
    # the possessive country with a comma between title and name
    ("Norway's Foreign Minister, Kari Solberg, met officials from Chile in Oslo.",
     "Kari Solberg", "NO"),
    # a country name used as an attribute, the title complement lowercase
    ("The talks between Ghana and Kenya were led by the Ghana Minister of Trade Kofi Boateng.",
     "Kofi Boateng", "GH"),
    # a demonym before a lowercase title, then a comma and a bare title word
    ("The forum was opened by the Omani minister of energy, Sheikh Salim Al Harthy, in Chile.",
     "Salim Al Harthy", "OM"),
    # an apposition after the name naming an embassy
    ("Luis Ortega Vidal, Counsellor of the Embassy of Chile, toured the lab in Kenya.",
     "Luis Ortega Vidal", "CL"),
])
def test_a_stated_country(text, name, country):
    assert countries(text)[name] == country


@pytest.mark.parametrize("text, name", [
    ("Chilean ambassador to Kenya Ana Rojas met Ambassador to Nairobi Wang Lei in Peru.", "Ana Rojas"),
    ("The Ambassador of Chile in Kenya Ana Rojas opened the fair.", "Ana Rojas"),
])
def test_the_country_served_in_is_not_the_persons(text, name):
    assert countries(text)[name] == "CL"


def test_a_word_of_an_organisation_name_is_not_the_persons_country():
    found = countries("The Director of the Institute for African Studies of Lakeside University, "
                      "Maria Costa, visited Chile and Peru.")
    assert found.get("Maria Costa") is None


def test_counterparts_coordinated_in_a_two_country_story():
    found = countries("Peru and Chile signed three deals. Trade Minister Rosa Quispe and Chile's "
                      "Finance Minister Jorge Vidal signed the first one.")
    assert found == {"Rosa Quispe": "PE", "Jorge Vidal": "CL"}


def test_compatriots_coordinated_keep_no_invented_country():
    found = countries("Peru and Chile signed three deals. Peruvian President Rosa Quispe and "
                      "Prime Minister Jorge Vidal attended.")
    assert found == {"Rosa Quispe": "PE", "Jorge Vidal": None}


def test_a_meeting_pairs_both_ways_and_over_a_list():
    found = countries("Kenya and Ghana agreed to expand trade. Kenyan Trade Minister Amos Wekesa "
                      "held meetings with the Port Authority Director Kofi Mensah, the Cocoa "
                      "Board Chairman Ama Owusu and the Energy Commission Director Yaw Boateng.")
    assert found == {"Amos Wekesa": "KE", "Kofi Mensah": "GH", "Ama Owusu": "GH",
                     "Yaw Boateng": "GH"}


def test_a_visitor_is_not_of_the_country_visited():
    found = countries("Mongolia and Chile agreed to cooperate. President Ganbold Bat began his "
                      "state visit to Chile on Monday.")
    assert found["Ganbold Bat"] == "MN"


def test_a_spokesman_belongs_where_the_minister_does():
    found = countries("Peru and Chile signed a deal. Minister of Mines, Rosa Quispe and the "
                      "Chilean Ambassador to Peru, Jorge Vidal signed it. Colonel Luis Paz, the "
                      "minister's spokesman, said the deal helps.")
    assert found == {"Rosa Quispe": "PE", "Jorge Vidal": "CL", "Luis Paz": "PE"}


def test_no_country_the_article_does_not_name():
    found = countries("Ghana signed the deal. French Ambassador Marie Dubois attended.")
    assert found["Marie Dubois"] == "FR"
    found = countries("Lakeside University signed the deal. Director Marie Dubois attended.")
    assert found["Marie Dubois"] is None


def test_an_organisation_named_after_a_city_places_its_staff():
    found = countries("Kenya and China signed the plan. University of Mombasa Rector Jane "
                      "Wanjiru said the plan helps.")
    assert found["Jane Wanjiru"] == "KE"


def test_an_envoy_comes_from_the_other_side():
    found = countries("Peru and Chile signed a deal. Ambassador to Lima Jorge Vidal attended.")
    assert found["Jorge Vidal"] == "CL"


def test_the_body_after_a_second_comma_of_the_apposition():
    found = countries("Rosa Quispe, Deputy Director of Mining, Energy and Water, Peruvian "
                      "Ministry of Foreign Affairs, visited Chile.")
    assert found["Rosa Quispe"] == "PE"


def test_a_tour_of_two_countries_gives_the_visitor_neither():
    found = countries("Kenya, Chile and Peru signed deals. Foreign Minister Ada Okafor visited "
                      "Chile and Peru last week.")
    assert found.get("Ada Okafor") is None
