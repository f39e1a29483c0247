"""Checklist (s26 lead): an apposition that opens with a body's acronym and then a lowercase
field before the title word ('X, MOT cabinet secretary said', 'X, NTA trade minister,') gives
the person's role as 'X, the trade minister' does (appositions._acronym_led); the speech that
follows is the person's.  An acronym before capitalised words that are a body's name, or a
lowercase run with no title word, is no role.  Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 16)


def _facts(text: str):
    return extract(Article(text=text, published=PUBLISHED, origin="test"))


@pytest.mark.parametrize("text, role", [
    ("Speaking at the ceremony, Ana Torres, MOT cabinet secretary said the deal will help Chile "
     "and Peru.", "cabinet secretary"),
    ("Ana Torres, NTA trade minister, said the deal will help Chile and Peru.", "trade minister"),
    # must not change: a role without an acronym
    ("Ana Torres, the Chilean trade minister, said the deal will help Peru.", "trade minister"),
])
def test_acronym_led_role_names_the_speaker(text: str, role: str) -> None:
    facts = _facts(text)
    (person,) = [p for p in facts.people if p.name == "Ana Torres"]
    assert person.role == role
    assert [s.speaker.key for s in facts.statements] == ["Ana Torres"]


@pytest.mark.parametrize("text", [
    "Ana Torres, MOT staff and guests said the deal will help Chile and Peru.",
    "Ana Torres, NTA board members said the deal will help Chile and Peru.",
])
def test_acronym_without_a_title_word_names_no_role(text: str) -> None:
    assert not any(p.name == "Ana Torres" and p.role for p in _facts(text).people)
