"""A document the two countries' sides sign for a relation 'between' a city or province of each is
the two places' (GOLD_FORMAT: sister-city and sister-region agreements use the region names as
parties); Korean province names are found without their romanised ending ('Jeollanam-do' is
'Jeollanam province').  Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article
from coopkg.reference import gazetteer, short_region_name

LEAD = "HANOI, March 4 -- Officials of Vietnam and South Korea met in Hanoi on Monday. "


def party_labels(text: str) -> list[list[str]]:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    regions, out = gazetteer().regions, []
    for a in facts.agreements:
        out.append(sorted(regions[p.key].label if p.key in regions else p.key.rsplit("/", 1)[-1]
                          for p in a.parties))
    return out


@pytest.mark.parametrize("places, labels", [
    ("Da Nang and Jeollanam province", ["Da Nang", "Jeollanam"]),
    ("Ho Chi Minh City and Gyeongsangbuk province", ["Gyeongsangbuk", "Ho Chi Minh City"]),
])
def test_relation_between_a_place_of_each_country_is_theirs(places, labels):
    text = LEAD + ("The two sides then signed a memorandum of understanding on the friendly relationship "
                   f"between {places}.")
    assert party_labels(text) == [labels]


def test_relation_without_places_keeps_the_country_parties():
    text = LEAD + "The two sides then signed a memorandum of understanding on the friendly relationship."
    assert party_labels(text) == [["KR", "VN"]]


@pytest.mark.parametrize("name, short", [("Gyeongsangbuk-do", "Gyeongsangbuk"),
                                         ("Busan-gwangyeoksi", "Busan"),
                                         ("Jeju-teukbyeoljachido", "Jeju")])
def test_korean_romanised_endings_are_left_out(name, short):
    assert short_region_name(name) == short
