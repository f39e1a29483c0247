"""Place names with Latin letters that no accent folding reaches (Đ, ı, ł, ø, ß): they compare
equal to the spelling English news writes, and a city's label is that spelling, so a sister-city
party reads as the text names it.  Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.name_keys import fold, latin_label
from coopkg.read.article import Article
from coopkg.reference import gazetteer


@pytest.mark.parametrize("local, english", [
    ("Đà Lạt", "Da Lat"), ("Ðà Lạt", "Da Lat"), ("Kırşehir", "Kirsehir"), ("Łódź", "Lodz"),
    ("Tromsø", "Tromso"), ("Straße", "Strasse"),
])
def test_fold_reaches_undecomposed_letters(local, english):
    assert fold(local) == fold(english)


@pytest.mark.parametrize("name, label", [
    ("Ðà Lạt", "Da Lat"), ("Kırşehir", "Kirsehir"), ("Bogotá", "Bogotá"), ("Xi'an", "Xi'an"),
])
def test_latin_label_only_rewrites_names_with_such_letters(name, label):
    assert latin_label(name) == label


def _party_labels(text: str) -> list[list[str]]:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    regions = gazetteer().regions
    return [sorted(regions[p.key].label for p in a.parties if p.kind == "place")
            for a in facts.agreements]


def test_sister_city_party_is_spelled_as_english_news_writes_it():
    text = ("The Turkish city of Kirsehir and the Vietnamese city of Da Lat signed a sister city "
            "agreement on Tuesday.")
    assert _party_labels(text) == [["Da Lat", "Kirsehir"]]


def test_city_label_from_the_gazetteer_is_english():
    labels = {p.label for p in gazetteer().lookup("Da Lat")}
    assert labels == {"Da Lat"}
