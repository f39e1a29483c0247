"""A visitor named as the subject with an apposition between commas ('X, Kenya's foreign
minister, is on a working visit to Y'): the clause before the visit noun is only its verb, so the
visitor is the subject before the apposition.  (Invented text.)"""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def visitors(text: str) -> list[list[str]]:
    article = Article(text=text, published=date(2025, 3, 4), title="", origin="test")
    return [[p.key for p in e.participants if p.kind == "person"]
            for e in extract(article).events if "visit" in e.label]


@pytest.mark.parametrize("text", [
    "Jane Wambui, Kenya's foreign minister, is currently on a working visit to Lima, Peru.",
    "Jane Wambui, Kenya's foreign minister, is on a three-day official visit to Peru.",
    "Jane Wambui, the Kenyan trade minister, was paying an official visit to Peru.",
])
def test_the_subject_before_an_apposition_is_the_visitor(text):
    assert visitors(text) == [["Jane Wambui"]]


@pytest.mark.parametrize("text", [
    "Luis Salas, Peru's foreign minister, said the visit to Peru was useful.",
    "Luis Salas, Peru's foreign minister, praised the visit to Peru.",
])
def test_a_clause_with_more_than_the_verb_names_no_visitor(text):
    assert visitors(text) == [[]]
