"""Plural agreements told only by the fields they span, and new documents the sides agreed to
make, are no signed agreements (GOLD_FORMAT: 'agreements in health, energy …' is an aggregate;
documents to come are not agreements)."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def agreements(text: str):
    return extract(Article(text=text, published=date(2025, 6, 12), title="", source="Test Wire")).agreements


@pytest.mark.parametrize("text", [
    "Chile and Peru reached important agreements in the fields of mining, fisheries and ports on Tuesday.",
    "Chile and Peru reached broad agreements in mining, fisheries, port cooperation and steps to ease visas.",
    "Chile and Peru reached agreements in areas such as mining and fisheries.",
])
def test_consensus_over_a_list_of_fields_is_an_aggregate(text):
    assert agreements(text) == []


def test_consensus_on_one_thing_stays_one_agreement():
    (made,) = agreements("Leaders of Chile and Peru reached important agreements on founding a joint "
                         "mining council last month.")
    assert made.topic == "founding a joint mining council"


@pytest.mark.parametrize("text", [
    "\"What we have agreed is to draw up a joint plan between Chile and Peru on ports,\" Boric said.",
    "Chile and Peru agreed to negotiate a new fisheries treaty.",
    "Chile and Peru agreed on Tuesday to work out a joint roadmap for mining.",
])
def test_a_new_document_the_sides_agreed_to_make_is_not_made(text):
    assert agreements(text) == []


def test_a_signed_plan_is_still_an_agreement():
    (made,) = agreements("Chile and Peru signed a joint plan on port cooperation on Tuesday.")
    assert made.kind == "plan" and made.date.value == "2025-06-10"


@pytest.mark.parametrize("text, topics", [
    ("Chile and Peru have signed three memoranda of understanding (MoUs) for cooperation in the areas "
     "of mining and energy; fisheries; and port services.",
     ["mining and energy", "fisheries", "port services"]),
    ("Chile and Peru signed three agreements on visa waivers; double taxation; and air services.",
     ["visa waivers", "double taxation", "air services"]),
])
def test_counted_documents_parted_by_semicolons_are_one_each(text, topics):
    assert [a.topic for a in agreements(text)] == topics


@pytest.mark.parametrize("text", [
    "Chile and Peru signed two agreements on trade; the ministers also discussed energy.",
    "Chile and Peru signed four agreements on cooperation in the fields of mining; fisheries; and ports.",
])
def test_a_semicolon_clause_or_a_count_the_items_miss_makes_no_documents(text):
    assert agreements(text) == []
