"""Countries checklist, session 25: adjectives listed after the noun 'language(s)' name
languages, not countries ('its official languages are English and French', 'three national
languages, Dutch, French and German'); the same adjectives before a noun of people or bodies
still name their countries.

Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

ROWS: list[tuple[str, str, set[str]]] = [
    ("languages-comma-list", "Ghana, home to 30 million people speaking two official languages, "
     "English and Twi, signed a deal with Peru.", {"GH", "PE"}),
    ("languages-are", "Chile and Canada, whose official languages are English and French, met.",
     {"CL", "CA"}),
    ("languages-such-as", "The college in Kenya teaches languages such as Spanish and Italian.",
     {"KE"}),
    ("language-is", "The course language is Portuguese. The course is run by Mali and Senegal.",
     {"ML", "SN"}),
    ("people-still-national", "Spanish and Italian officials met Kenyan ministers.",
     {"ES", "IT", "KE"}),
    ("languages-then-people", "Alongside its languages, Italian firms invested in Kenya.",
     {"IT", "KE"}),
]


@pytest.mark.parametrize("text, expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_countries_row(text: str, expected: set[str]) -> None:
    article = Article(text=text, published=date(2024, 3, 8), title="", origin="test")
    assert set(extract(article).countries) == expected
