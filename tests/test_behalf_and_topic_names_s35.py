"""One side of a signing named only by 'on behalf of', the other by the 'with' after it ('A signed
the memorandum on behalf of X with B, Director General of Y'); and a body's name whose topic list
hangs off an 'of' inside it ('the Centre for the Control of Medicines, Equipment and Devices')."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def facts(text: str):
    return extract(Article(text=text, published=date(2025, 6, 13), title="", source="Test Wire"))


def parties(text: str) -> list[list[str]]:
    return [[r.key for r in a.parties] for a in facts(text).agreements]


@pytest.mark.parametrize("text, expected", [
    ("Lena Moss signed a memorandum of understanding on behalf of the Chilean Fisheries Institute "
     "with the Peruvian Sea Agency on Tuesday.",
     ["Chilean Fisheries Institute", "Peruvian Sea Agency"]),
    ("On Monday Lena Moss inked the memorandum on behalf of the Chilean Fisheries Institute, with "
     "Ivo Tan, head of the Peruvian Sea Agency.",
     ["Chilean Fisheries Institute", "Peruvian Sea Agency"]),
])
def test_one_behalf_and_the_with_after_it_are_the_two_sides(text, expected):
    assert parties(text) == [expected]


def test_a_behalf_after_the_with_is_the_counterparts_and_names_no_side_alone():
    text = "Lena Moss signed a memorandum with Ivo Tan on behalf of the Peruvian Sea Agency."
    assert parties(text) == []


@pytest.mark.parametrize("text, name", [
    ("The Centre for the Control of Medicines, Equipment and Medical Devices signed a deal with Peru.",
     "Centre for the Control of Medicines, Equipment and Medical Devices"),
    ("The Bureau for the Safety of Roads, Bridges, and Tunnels (BSRBT) hosted the talks in Lima.",
     "Bureau for the Safety of Roads, Bridges, and Tunnels"),
])
def test_a_topic_list_after_an_inner_of_stays_in_the_name(text, name):
    assert name in {o.name for o in facts(text).orgs}
