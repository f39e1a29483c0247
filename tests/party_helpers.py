"""What the agreement tests read off one extraction: the facts of a short text, and the keys of
each agreement's parties in order."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.extract.facts import Facts
from coopkg.read.article import Article


def facts(text: str, published: date) -> Facts:
    return extract(Article(text=text, published=published, title="", source="Test Wire"))


def party_sets(text: str, published: date) -> list[list[str]]:
    return [[p.key for p in a.parties] for a in facts(text, published).agreements]
