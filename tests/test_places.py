"""Regions the text names (GOLD_FORMAT), on sentences written for these tests: places inside
organisation names, area names under a looser spelling, and names of places that name
something else (a feature, a company, a person)."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.places import find_places
from coopkg.read.article import Article
from coopkg.reference import gazetteer, loose_key


def region_codes(text: str) -> set[str]:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    labels = {r: gazetteer().regions[r] for r in facts.regions}
    return {p.code or p.label for p in labels.values()}


def test_a_city_inside_an_organisation_name_is_a_region_mention():
    codes = region_codes("The Hebrew University of Jerusalem and a Moroccan university signed a "
                         "deal in Morocco and Israel.")
    assert "Jerusalem" in codes


def test_a_multilateral_body_named_after_a_city_names_no_region():
    codes = region_codes("China and Kazakhstan met at the Shanghai Cooperation Organization "
                         "summit.")
    assert "CN-SH" not in codes


def test_a_geographic_feature_borrows_a_place_name():
    mentions = find_places("Ships crossed the Suez Canal into Egypt.", gazetteer(), {"EG"})
    assert [m.place.label for m in mentions] == ["Egypt"]


def test_members_of_a_listed_class_of_companies_are_no_places():
    text = "Japanese firms such as Nikon, Toyota and Honda joined, Japan said."
    mentions = find_places(text, gazetteer(), {"JP"})
    assert {m.place.label for m in mentions} == {"Japan"}
    assert [m.place.label for m in find_places("Toyota city hosted it.", gazetteer(), {"JP"})] \
        == ["Toyota"]


def test_a_known_persons_surname_is_no_place():
    codes = region_codes("Brazilian Minister Ana Santos visited China. Santos said Brazil and "
                         "China will work together.")
    assert codes == set()


def test_an_area_name_under_a_looser_spelling():
    assert loose_key("Al Qalyūbīyah") == loose_key("Qalyoubiya") == loose_key("Qalyubia")
    mentions = find_places("Farms in Gharbia governorate and Sharqia province grew, Egypt said.",
                           gazetteer(), {"EG"})
    assert {m.place.code for m in mentions if m.place.kind == "region"} == {"EG-GH", "EG-SHR"}


def test_a_looser_spelling_needs_the_area_word_and_the_country():
    assert find_places("Qalyoubiya farmers met.", gazetteer(), {"EG"}) == []
    assert find_places("Farms in Qalyoubiya province grew.", gazetteer(), {"KZ"}) == []


def test_a_country_name_inside_a_regions_name_is_no_country():
    assert find_places("Herders in Inner Mongolia met officials.", gazetteer(), {"MN", "KZ"}) == []
    found = find_places("Farms in the East Kazakhstan region grew.", gazetteer(), {"MN", "KZ"})
    assert [(m.place.kind, m.place.code) for m in found] == [("region", "KZ-63")]  # its English name
    codes = [m.place.code for m in find_places("South Korea and North Korea met.", gazetteer(),
                                                {"KR", "KP"})]
    assert codes == ["KR", "KP"]


@pytest.mark.parametrize("text", [
    "Exports to Kenya amounted to US $ 41 million in 2023.",
    "The grant of US$5 million was paid by Kenya.",
    "Kenya paid 5 million US dollars for the project.",
    "Kenya joined a Latin American free-trade zone as an observer.",
])
def test_currency_markers_and_wider_adjectives_are_no_mention_of_the_united_states(text):
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    assert facts.countries == {"KE"}


@pytest.mark.parametrize("word", ["Island", "Mann", "Dominique"])
def test_an_alternative_spelling_that_is_an_english_word_or_name_is_no_country(word):
    assert gazetteer().lookup(word) == []


def test_the_island_nation_names_no_country_and_its_own_name_still_does():
    places = find_places("The island nation signed a pact with Iceland and the Isle of Man.",
                         gazetteer(), set())
    assert {p.place.code for p in places} == {"IS", "IM"}
    assert not find_places("Officials from the Island Council met Mr Mann and Dominique Lefort.",
                           gazetteer(), set())
