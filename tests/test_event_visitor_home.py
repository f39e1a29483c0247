"""'his/her visit to Y' is the visit of the person who is not from Y (event_visitors._at_home):
no one visits their own country."""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def _visits(text: str) -> list[str]:
    article = Article(text=text, title="", published=dt.date(2025, 3, 5), origin="test")
    return [e.label for e in extract(article).events if "visit" in e.label]


@pytest.mark.parametrize("text, label", [
    ("On March 3, Ghanaian Trade Minister Kofi Boateng met with Kenyan Deputy President Ada "
     "Wambui, during his visit to Kenya.", "Kofi Boateng visit to Kenya"),
    ("Kenyan Deputy President Ada Wambui, who is on an official visit to Ghana, met Ghanaian "
     "Trade Minister Kofi Boateng on Monday.", "Ada Wambui visit to Ghana"),
])
def test_the_visitor_is_not_at_home(text: str, label: str) -> None:
    assert _visits(text) == [label]
