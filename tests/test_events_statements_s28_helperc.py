"""Events and statements in ordinary news forms the s28 read sets showed failing (helper c).
Every sentence and name is invented.

- A tag inverted after the quote whose title names an envoy's host country after 'to'
  ('..., said Ambassador of Velmar to Korland Ana Ruiz'): the title's 'to' stopped the
  search for the speaker after the verb."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Facts
from coopkg.read.article import Article


def facts_of(text: str) -> Facts:
    return extract(Article(text=text, published=date(2024, 5, 17), title="", origin="test"))


def speakers(text: str) -> set[str]:
    return {s.speaker.key for s in facts_of(text).statements if s.speaker is not None}


@pytest.mark.parametrize("tag", [
    "said Ambassador of Chile to Kenya Ana Ruiz",
    "said Chile's envoy to Kenya Ana Ruiz",
    "said the Chilean Ambassador to Kenya Ana Ruiz at a ceremony in Nairobi on Tuesday",
])
def test_inverted_tag_with_envoy_title(tag: str) -> None:
    assert speakers(f"The loan will fund new schools in the north, {tag}.") == {"Ana Ruiz"}


def test_to_after_the_verb_is_no_title() -> None:
    """'said to be' is no tag: the name after it is what was said about."""
    text = "The new port, said to be the largest in the region, was opened by Ana Ruiz."
    assert speakers(text) == set()
