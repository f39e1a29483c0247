"""Organisation spans of news constructions seen in fresh sets (invented text): a portfolio in a
minister's title is no body; lowercase ministries named with their country's possessive or 'of
<Country>'; lowercase joint committees of two demonyms; a capitalised adjective opening a name
inside a sentence; a mission 'in Y's city of Z'; names ending in Vietnamese letters."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def _facts(text: str):
    return extract(Article(text=text, published=date(2025, 3, 12), title="", source="Test"))


def _orgs(text: str) -> set[str]:
    return {o.name for o in _facts(text).orgs}


@pytest.mark.parametrize("text, absent, present", [
    ("The accord was exchanged between Ana Ruiz and Mining and Water Minister, Karim Tazi.",
     {"Mining"}, set()),
    ("The pact was exchanged between Omar Said and Energy Transition and Climate Minister Lina Bakri.",
     {"Energy Transition"}, set()),
    ("Peruvian Minister of Foreign Affairs Ana Ruiz and Bolivian Minister of Foreign Affairs, "
     "Foreign Trade and Worship Pedro Quispe agreed to expand cooperation.",
     {"Foreign Trade"}, set()),
    # negatives: a body before a holder's title, a body after a title and a comma
    ("The deal was signed between Velmor and Trade Minister Ana Ruiz.", set(), {"Velmor"}),
    ("The Minister for Trade, Velmor Holdings signed a deal with Kenya.", set(), {"Velmor Holdings"}),
])
def test_portfolio_in_a_title_is_no_body(text: str, absent: set[str], present: set[str]) -> None:
    found = _orgs(text)
    assert not absent & found
    assert present <= found


def test_lowercase_ministries_named_as_written() -> None:
    """GOLD_FORMAT: a descriptor stands 'written as in the text', its country's possessive too."""
    facts = _facts("The MoU was signed by Kenya's agriculture ministry's principal secretary Ana Ruiz "
                   "and secretary of the trade, industry and tourism ministry of Uganda Omar Said.")
    names = {o.name: o.country for o in facts.orgs}
    assert names.get("Kenya's agriculture ministry") == "KE"
    assert "trade, industry and tourism ministry" in names


@pytest.mark.parametrize("text, name", [
    ("And Kenya's commerce ministry secretary Ana Ruiz signed the deal.", "Kenya's commerce ministry"),
    ("Talks were held by the Kenyan trade ministry and Ugandan officials.", "Kenyan trade ministry"),
])
def test_lowercase_ministry_after_a_capitalised_word(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_no_ministry_without_a_country() -> None:
    found = _orgs("Officials of the health ministry of the host country met.")
    assert not {n for n in found if "ministry" in n}


@pytest.mark.parametrize("text, name", [
    ("They signed the protocol at the meeting of the Kenyan-Ugandan economic cooperation committee.",
     "Kenyan-Ugandan economic cooperation committee"),
    ("The Kenyan-Ugandan joint commission met in Kampala.", "Kenyan-Ugandan joint commission"),
])
def test_lowercase_joint_body_of_two_demonyms(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "Kenyan-Ugandan trade grew as the committee met.",
    "It was signed at the first Kenyan-Ugandan interregional forum in Kisumu.",  # an occasion
    "They backed a bilateral Kenyan-Ugandan investment fund.",  # a proposal
])
def test_no_joint_body_without_a_standing_body_word(text: str) -> None:
    assert not _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Officials said a contract between the New Cities Development Authority and Velmor Group was signed.",
     "New Cities Development Authority"),
    ("The New Cities Development Authority signed a contract.", "New Cities Development Authority"),
    # a sentence's own opening adjective is no part of the name
    ("New agreements with Kenya Ports Authority were signed.", "Kenya Ports Authority"),
])
def test_capitalised_adjective_opens_a_name_inside_a_sentence(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("The minister opened the consulate general of Ghana in Kenya's city of Mombasa on Monday.",
     "consulate general of Ghana"),
    ("The minister opened the embassy of Ghana in Nairobi on Monday.", "embassy of Ghana in Nairobi"),
])
def test_mission_in_a_places_city(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_name_ending_in_a_vietnamese_letter() -> None:
    facts = _facts("Vietnamese Foreign Minister Đặng Văn Sơn met his Thai counterpart on Monday.")
    assert "Đặng Văn Sơn" in {p.name for p in facts.people}


@pytest.mark.parametrize("third, country", [
    ("the Kenya Ports Authority", "KE"),
    ("the Uganda Revenue Authority", "MT"),  # neighbours of two countries: no list country
])
def test_body_listed_among_one_countrys_bodies(third: str, country: str) -> None:
    text = ("VALLETTA - A Maltese trade delegation visited Kenya and Uganda this week. The delegation "
            "also held talks with the National Fire Service of Kenya, the National Roads Agency and "
            f"{third}.")
    facts = extract(Article(text=text, published=date(2025, 3, 12), title="", source="Times of Malta"))
    assert {o.name: o.country for o in facts.orgs}.get("National Roads Agency") == country


def test_no_list_country_between_two_sides() -> None:
    text = ("VALLETTA - A Maltese trade delegation visited Kenya this week. An MoU was signed between the "
            "Malta Trade Agency, the National Roads Agency and the Kenya Ports Authority.")
    facts = extract(Article(text=text, published=date(2025, 3, 12), title="", source="Times of Malta"))
    assert {o.name: o.country for o in facts.orgs}.get("National Roads Agency") != "KE"
