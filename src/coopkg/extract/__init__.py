"""Extraction: article → `Facts`, by an ordered pipeline of rule components over one annotated
document (see `pipeline`).  General rules only, kept as data in `lexicon/`; nothing here knows
any particular article.

    doc.py        Doc / Sent / Span: the one intermediate representation
    lexicon/      the rules' words, one row each; rules.tsv maps rule id → confidence
    sentences, dates, orgs, people, places   span finders (the language of names and dates)
    entities.py   span components; overlap.py the one overlap policy
    linking.py    identity: surnames, pronouns, acronyms, affiliations, one entity per key
    nationality.py  the country each person belongs to, stated or implied
    agreements, events, statements, figures   relation components reading spans
    pipeline.py   the order, and isolation of each component's failures
    cues.py, literals.py   speed only: cheap literal tests that skip scans that cannot match"""

from __future__ import annotations

from coopkg.extract.cues import gate_modules
from coopkg.extract.facts import Facts
from coopkg.extract.pipeline import run
from coopkg.read.article import Article
from coopkg.reference import Gazetteer, gazetteer

gate_modules()  # speed only: each rule's pattern behind the literals it needs (cues.py)


def extract(article: Article, gaz: Gazetteer | None = None) -> Facts:
    return run(article, gaz or gazetteer())[1]


__all__ = ["Facts", "extract"]
