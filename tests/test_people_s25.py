"""People checklist, session 25: a four-word name after a portfolio noun ('Minister of
Economy A B C D'); runs opened by another language's article ('El X reported') or by a
participle compound ('French-speaking ...') are no people; a sovereign's title after a
head-first type word ('Universiti Sultan X', 'Universitas Sultan X') is part of the body's
name (languages that put the type word first name universities after rulers that way), so no
person is read from it; the same title opening a sentence still names a person.

Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

ROWS: list[tuple[str, str, set[str], set[str]]] = [
    ("malay-university-named-after-a-ruler",
     "Students of Universiti Sultan Omar Ali in Brunei visited Ghana.",
     set(), {"Universiti Sultan Omar Ali"}),
    ("ruler-name-before-a-title",
     "The pact was witnessed by Universiti Pendidikan Sultan Omar vice-chancellor Amal "
     "Odhiambo and Universiti Sultan Azmi Bakar vice-chancellor Ali Rahman.",
     {"Amal Odhiambo", "Ali Rahman"}, {"Universiti Pendidikan Sultan Omar", "Universiti Sultan Azmi Bakar"}),
    ("indonesian-head-first",
     "Universitas Sultan Hamid Karta and a college in Peru signed a pact.",
     set(), {"Universitas Sultan Hamid Karta"}),
    ("sovereign-still-a-person",
     "Sultan Omar met Kenyan President Ada Mwangi in Nairobi.",
     {"Omar", "Ada Mwangi"}, set()),
    ("four-word-name-after-a-portfolio",
     "Minister of Economy Rafael Tomas Ibarra Solis met officials from Peru.",
     {"Rafael Tomas Ibarra Solis"}, set()),
    ("paper-opened-by-an-article",
     "The daily El Heraldo reported that Chile and Peru would sign a pact.",
     set(), {"El Heraldo"}),
    ("paper-opened-by-an-article-no-cue",
     "La Gaceta said Chile and Peru would sign a pact.", set(), set()),
    ("participle-compound-is-no-name",
     "Portuguese-speaking East Africa's tourism grew fast last year, the IMF says.", set(), set()),
    ("given-name-with-el-kept",
     "El Hadji Malick Sarr said Senegal and Peru would sign a pact.", {"El Hadji Malick Sarr"}, set()),
    ("hyphened-given-name-kept",
     "Jean-Pierre Okafor said Senegal and Peru would sign a pact.", {"Jean-Pierre Okafor"}, set()),
    ("sovereign-after-a-country-still-a-person",
     "The Bruneian Sultan Omar Ali met officials of Kenya.",
     {"Omar Ali"}, set()),
]


@pytest.mark.parametrize("text, people, orgs", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_people_row(text: str, people: set[str], orgs: set[str]) -> None:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    assert {p.name for p in facts.people} == people
    assert orgs <= {o.name for o in facts.orgs}
