"""Figures, s22 checklist: the countries of a figure.  An organisation's country counts for a
figure only when the article names that country: a guess the article never states (a fund in a
story filed from a third country's capital) would leave the figure with a country GOLD_FORMAT
keeps null, and the pair the story is about would not be its countries.  Every text is written
for these tests (invented funds, firms and places; no corpus text)."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

JUNE = date(2025, 6, 12)

CASES: dict[str, tuple[str, float, list[str]]] = {
    # an unnamed dateline country is no country of a fund's investment
    "dateline-country-not-the-funds": (
        "CAIRO: More than 300 Chilean companies are operating in Peru, Chile's ambassador said.\n\n"
        "The National Growth Fund (NGF) invested $2 billion in Andes Telecom in August 2020.",
        2e9, ["CL", "PE"]),
    # what must not change: countries the sentence names
    "named-countries-kept": ("Chile invested $3 billion in Peru in 2024.", 3e9, ["CL", "PE"]),
    "org-of-named-country-kept": ("The Kenya Ports Authority signed a $40 million loan with Ghana in 2024.",
                                  4e7, ["KE", "GH"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_figure_countries_s22b(case):
    text, value, want = CASES[case]
    got = extract(Article(text=text, published=JUNE, title="", origin="test")).figures
    found = [f for f in got if f.value == value]
    assert found and set(found[0].countries) == set(want), [(f.value, f.countries) for f in got]
