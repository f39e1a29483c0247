"""The facts of a short invented article, as the session test files read them: one publication
day (a Friday) for every text, so weekdays in the sentences resolve the same way everywhere."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.extract.facts import Facts
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 8)  # a Friday


def run(text: str) -> Facts:
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test"))


def org_names(text: str) -> set[str]:
    return {o.name for o in run(text).orgs}
