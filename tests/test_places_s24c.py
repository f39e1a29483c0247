"""Countries checklist, session 24: 'Indo-' is India's combining form as 'Sino-' is China's
('Indo-Nepal trade', 'the Indo-Peru Textile Company'), while the compounds that name an ocean
region or a language family ('Indo-Pacific', 'Indo-European') name no country; those are
listed, each with its reason, in lexicon/whole_compounds.tsv.

Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.lexicon import rows
from coopkg.read.article import Article

ROWS: list[tuple[str, str, set[str]]] = [
    ("indo-relation", "Indo-Nepal trade grew last year.", {"IN", "NP"}),
    ("indo-in-a-firm-name", "The Indo-Peru Textile Company opened a plant.", {"IN", "PE"}),
    ("sino-kept", "The Sino-Kazakh border crossing reopened.", {"CN", "KZ"}),
    ("indo-pacific-region", "Kenya and Japan discussed security in the Indo-Pacific region.", {"JP", "KE"}),
    ("indo-pacific-in-a-name", "Peru joined the Indo-Pacific Economic Framework.", {"PE"}),
    ("indo-european-languages", "Indo-European languages are taught at a university in Ghana.", {"GH"}),
    ("capitals-too", "INDO-PACIFIC talks were held in Chile.", {"CL"}),
]


@pytest.mark.parametrize("text, expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_countries_row(text: str, expected: set[str]) -> None:
    article = Article(text=text, published=date(2024, 3, 8), title="", origin="test")
    assert set(extract(article).countries) == expected


def test_whole_compounds_start_with_a_combining_form_and_give_a_reason() -> None:
    listed = rows("whole_compounds")
    assert listed[0][:1] == ("Indo-Pacific", )
    assert all("-" in row[0] and len(row) == 2 and len(row[1].split()) >= 4 for row in listed)


def test_a_city_s_own_name_wins_over_another_city_s_former_name() -> None:
    """'Samarkand' is also a former name of a Kazakh town in geonames; the text that writes it
    means the Uzbek city, and a place named twice in other countries stays ambiguous."""
    from coopkg.reference import gazetteer

    found = gazetteer().lookup("Samarkand")
    assert [(p.label, p.country) for p in found] == [("Samarkand", "UZ")]
    assert len({p.country for p in gazetteer().lookup("Gulu")}) == 1


def test_a_city_named_by_its_own_name_is_a_region_of_the_article() -> None:
    text = "Uzbekistan and Kenya agreed that Samarkand will twin with Mombasa, officials said."
    article = Article(text=text, published=date(2024, 3, 8), title="", origin="test")
    assert "https://w3id.org/coopkg/id/region/gn-1216265" in extract(article).regions  # Samarkand
