"""Organisations and what is none: a forum named after two countries is a binational body; two
places joined by 'between' are no firms; a town after 'from' is where the signers come from; a
capitalised town with a colon opening the story is its dateline, no news agency; a fuel written
with its short form is no company; 'Ministry of X, Government of Y' is Y's.  Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.extract.facts import Facts
from coopkg.read.article import Article


def facts(text: str) -> Facts:
    return extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))


def orgs(text: str) -> dict[str, tuple[str, str | None]]:
    return {o.name: (o.type, o.country) for o in facts(text).orgs}


def test_forum_named_after_two_countries_is_a_binational_body():
    found = orgs("The Kenyan-Brazilian Investment Forum opened in Nairobi on Monday.")
    assert "Kenyan-Brazilian Investment Forum" in found
    assert found["Kenyan-Brazilian Investment Forum"][1] is None


def test_forum_named_after_country_names_is_a_binational_body():
    assert "Ghana-Peru Business Forum" in orgs("Officials attended the Ghana-Peru Business Forum in Accra.")


def test_forum_named_after_a_city_is_an_occasion_only():
    f = facts("Officials attended the Kampala Business Forum in Kampala on Monday.")
    assert [o.name for o in f.orgs] == []
    assert [e.label for e in f.events] == ["Kampala Business Forum"]


def test_cooperation_between_two_towns_names_no_firms():
    text = "The accord will develop cooperation between Velorin and Mombasa in trade and tourism."
    assert orgs(text) == {}


def test_between_two_bare_names_are_still_firms():
    found = orgs("The deal between Norgas and Sudria Petroleum was signed in Nairobi.")
    assert set(found) == {"Norgas", "Sudria Petroleum"}


def test_town_after_from_is_no_signing_body():
    text = "A team of councillors from Velorin signed a cooperation agreement with Kenya on Monday."
    assert "Velorin" not in orgs(text)


def test_capitals_and_colon_opening_the_story_are_a_dateline():
    text = "VELORIN: The Moi University and Peking University on Tuesday signed an MoU on research."
    assert set(orgs(text)) == {"Moi University", "Peking University"}


def test_capitals_and_dash_opening_the_story_stay_a_credit():
    found = orgs("KILIMANEWS - On Sunday, the Ministry of Energy of Kenya signed an agreement with Ghana.")
    assert found.get("KILIMANEWS", ("", None))[0] == "MediaOutlet"


def test_fuel_with_its_short_form_is_no_company():
    text = "Kenya is interested to import Liquefied Natural Gas (LNG) from Qatar, the minister said."
    assert orgs(text) == {}


def test_ministry_followed_by_government_of_a_country_is_that_countrys():
    text = ("The meeting was held in Nairobi, Kenya. It was co-chaired by Amit Rao, Secretary, "
            "Ministry of Power, Government of India and Jane Mwangi, Secretary, Ministry of Energy, "
            "Government of Kenya.")
    found = orgs(text)
    assert found["Ministry of Power"][1] == "IN"
    assert found["Ministry of Energy"][1] == "KE"
