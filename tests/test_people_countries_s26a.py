"""People checklist, session 26: a person's country from the title phrase when the country is
written as a capitalised abbreviation's possessive ("UAE's Foreign Minister X"), as a country
name used as an adjective before a lowercase title ('the Kenya federal president X'), or by a
variant demonym ('Somalian').  A possessive that is no country and a lowercase title with a
possessive noun before it give no country.

Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

# (id, text, name, country expected or None)
ROWS: list[tuple[str, str, str, str | None]] = [
    ("abbreviation-possessive", "UAE’s Trade Minister Omar Khalil visited Nairobi on Monday.",
     "Omar Khalil", "AE"),
    ("country-name-as-adjective", "Talks between the Kenya federal president Ada Mwangi and Peruvian "
     "officials ended.", "Ada Mwangi", "KE"),
    ("variant-demonym", "Somalian Trade Minister Abdi Warsame visited Nairobi on Monday.",
     "Abdi Warsame", "SO"),
    # what must not change
    ("full-name-possessive", "Kenya’s Trade Minister Ada Mwangi visited Lima.", "Ada Mwangi", "KE"),
    ("body-possessive-no-country", "Acme’s chief executive Ada Mwangi visited Lima.", "Ada Mwangi", None),
]


@pytest.mark.parametrize("text, name, country", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_person_country(text: str, name: str, country: str | None) -> None:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    found = {p.name: p.country for p in facts.people}
    assert name in found
    assert found[name] == country
