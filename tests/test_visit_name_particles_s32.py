"""'a visit paid by X to Y' where X's name holds a lowercase particle ('bin', 'de', 'van der'):
the visitor is the whole name, so the visit is found with its visitor (event_visits._VISIT)."""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def _visits(text: str) -> list[tuple[str, list[str]]]:
    article = Article(text=text, title="", published=dt.date(2025, 3, 5), origin="test")
    return [(e.label, [r.key for r in e.participants if r.kind == "person"])
            for e in extract(article).events if "visit" in e.label]


@pytest.mark.parametrize("text, name", [
    ("In a closing statement after a visit paid by Omani Crown Prince Faisal bin Tariq to Chile, "
     "the two sides pledged to raise trade.", "Faisal bin Tariq"),
    ("During a visit by Dutch Trade Minister Anouk van der Velde to Peru on Monday, the two "
     "ministers discussed port investment.", "Anouk van der Velde"),
    ("At the end of a visit made by Brazilian Minister Joana da Costa to Ghana, the two countries "
     "agreed to expand cocoa research.", "Joana da Costa"),
])
def test_visitor_name_with_particles(text: str, name: str) -> None:
    found = _visits(text)
    assert len(found) == 1 and found[0][1] == [name], found


def test_plain_name_unchanged() -> None:
    found = _visits("During a visit by Peruvian Trade Minister Luis Vega to Chile on Monday, "
                    "the two ministers discussed port investment.")
    assert len(found) == 1 and found[0][1] == ["Luis Vega"], found
