"""Towns no gazetteer lists, named where English leaves no doubt a place is meant ('the city of X',
'X municipality', 'the Mayor of X'), are places: a twinning of two of them is an agreement with the
towns as parties (GOLD_FORMAT), and the graph describes each town as a region of its country.
Place names not next to such a word stay what they were.  Sentences written for these tests; the
town names are invented."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import RDF, RDFS, URIRef

from coopkg.build import build_graph
from coopkg.extract import extract
from coopkg.extract.facts import Facts
from coopkg.read.article import Article
from coopkg.vocab import CID, COOP


def article(text: str) -> Article:
    return Article(text=text, published=date(2024, 3, 8), title="", origin="test")


def facts(text: str) -> Facts:
    return extract(article(text))


def party_names(f: Facts) -> list[list[str]]:
    return [sorted(p.key.rsplit("/", 1)[-1] for p in a.parties) for a in f.agreements]


def test_town_after_municipality_twins_with_a_listed_city():
    f = facts("Velorinka municipality in Nepal has established sisterly relations with "
              "Fujinomiya city of Japan on Monday.")
    assert party_names(f) == [["gn-1864105", "np-town-velorinka"]]
    assert f.towns == {str(CID["region/np-town-velorinka"]): ("Velorinka", "NP")}


@pytest.mark.parametrize("town", ["the municipality of Brezovar", "Brezovar"])
def test_unlisted_town_takes_the_country_written_after_it(town: str):
    """'the municipality of X in Serbia' anywhere; a bare 'X in Serbia' in a twinning sentence."""
    f = facts(f"The city of Nantong in China's Jiangsu Province and {town} in Serbia on Friday "
              "signed an agreement to establish a sister-city relationship.")
    assert party_names(f) == [["gn-1799722", "rs-town-brezovar"]]


def test_mayor_of_a_town_ends_where_the_mayors_name_begins():
    f = facts("The Mayor of Korvany Jacqueline Otieno signed a twinning agreement with the city of "
              "Mombasa, Kenya, on Monday.")
    assert str(CID["region/ke-town-korvany"]) in f.towns
    assert ["KE-28", "ke-town-korvany"] in party_names(f)


def test_a_place_that_only_locates_the_town_is_no_side():
    f = facts("Velorinka municipality of Drashtak district in Nepal has established sisterly "
              "relations with Fujinomiya city of Japan.")
    assert party_names(f) == [["gn-1864105", "np-town-velorinka"]]


def test_a_listed_city_is_not_duplicated_as_a_town():
    f = facts("The city of Mombasa in Kenya signed a twinning agreement with Durban in South Africa.")
    assert f.towns == {}
    assert party_names(f) == [["KE-28", "gn-1007311"]]


def test_graph_describes_the_town_as_a_region_of_its_country():
    art = article("Velorinka municipality in Nepal has established sisterly relations with "
                  "Fujinomiya city of Japan on Monday.")
    _node, graph = build_graph(art, extract(art))
    town = URIRef(CID["region/np-town-velorinka"])
    assert (town, RDF.type, COOP.Region) in graph
    assert str(graph.value(town, RDFS.label)) == "Velorinka"
    assert graph.value(town, COOP.partOf) == URIRef(CID["country/NP"])


def test_town_without_a_stated_country_is_of_the_other_side_of_the_pair():
    f = facts("Kenya and Morocco are old friends. The Mayor of Korvany Jacqueline Otieno signed a "
              "twinning agreement with the city of Rabat on Monday.")
    assert list(f.towns.values()) == [("Korvany", "KE")]


@pytest.mark.parametrize("text", [
    "Velorinka Holdings and Kenya signed an agreement on Monday on solar power.",  # no town word
    "Brezovar in Serbia reported strong sales to Kenya on Friday.",  # 'in Serbia' outside a twinning
    "Kenya and Morocco signed a deal. Amina Korvany spoke. The town of Amina Korvany hosted the "
    "twinning ceremony with Rabat.",  # a person's name
])
def test_no_town(text: str):
    assert facts(text).towns == {}
