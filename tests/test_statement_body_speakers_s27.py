"""A person named with the body they come from and no title ('Ana Ruiz of the Lima Trade
Institute said ...') was neither found as a person nor heard as a speaker: the 'of <Body>'
phrase stood between the name and the verb.  Negative rows: a name inside another phrase
('The visit of X of Y was ..., officials said') does not speak, and a titled person 'of
<country>' keeps speaking as before.  Every sentence, body and name is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def _facts(text: str):
    return extract(Article(text=text, published=date(2024, 5, 17), title="", origin="test"))


SPOKEN = [
    ("of-the-body", "Ana Ruiz of the Lima Trade Institute said the partnership would grow."),
    ("from-the-body", "Ana Ruiz from Lima University told reporters the partnership would grow."),
    ("honorific-quote", "Welcoming the deal, Prof Ana Ruiz of Lima University said, “This partnership "
                        "will grow.”"),
    ("titled-of-country", "President Ana Ruiz of Peru said the partnership would grow."),
]


@pytest.mark.parametrize(("form", "text"), SPOKEN, ids=[r[0] for r in SPOKEN])
def test_person_of_a_body_speaks(form: str, text: str) -> None:
    facts = _facts(text)
    assert "Ana Ruiz" in {p.name for p in facts.people}
    assert [s.speaker.key for s in facts.statements] == ["Ana Ruiz"]


def test_a_name_inside_a_phrase_does_not_speak() -> None:
    facts = _facts("The visit of Ana Ruiz of the Lima Trade Institute was a success, officials said.")
    assert "Ana Ruiz" not in {s.speaker.key for s in facts.statements if s.speaker}
