"""Extraction: article → `Facts`.  General rules only; nothing here knows any particular article.

The entity pass (`context`) runs once and records every mention; each fact module then reads
those mentions.  Everything is plain regular-expression work over short sentences, which keeps
extraction well above 50 articles per second on one core."""

from __future__ import annotations

import re

from coopkg.extract.agreements import find_agreements
from coopkg.extract.context import Context, apply_dateline, build_context
from coopkg.extract.events import find_events
from coopkg.extract.facts import Facts, Org
from coopkg.extract.figures import find_figures
from coopkg.extract.orgs import make_org
from coopkg.extract.orgtypes import has_org_keyword
from coopkg.extract.statements import find_statements
from coopkg.read.article import Article
from coopkg.reference import Gazetteer, gazetteer


def extract(article: Article, gaz: Gazetteer | None = None) -> Facts:
    ctx = build_context(article, gaz or gazetteer())
    apply_dateline(ctx)
    _resolve_affiliations(ctx)
    return Facts(
        countries=set(ctx.countries),
        regions=set(ctx.regions),
        orgs=list(ctx.orgs.values()),
        people=list(ctx.people.values()),
        agreements=find_agreements(ctx),
        events=find_events(ctx),
        statements=find_statements(ctx),
        figures=find_figures(ctx),
    )


def _resolve_affiliations(ctx: Context) -> None:
    """Affiliations are written as text ('the academy', 'NUST'); point them at known orgs."""
    for person in ctx.people.values():
        text = person.affiliation
        if not text:
            continue
        org = _find_org(ctx, text)
        if org is None and has_org_keyword(text) and _name_like(text):
            org = ctx.orgs.setdefault(text, make_org(text, person.evidence))
        person.affiliation = org.name if org else None
        if org and person.country is None:
            person.country = org.country


def _name_like(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 12 and all(w[:1].isupper() or w in {"of", "and", "for", "the", "on"}
                                        for w in words)


def _find_org(ctx: Context, text: str) -> Org | None:
    lower = text.lower().removeprefix("the ")
    if lower in ctx.aliases:
        return ctx.orgs[ctx.aliases[lower]]
    for org in ctx.orgs.values():
        if org.name.lower() == lower:
            return org
    if len(text.split()) >= 2:
        longer = [o for o in ctx.orgs.values() if o.name.lower().startswith(lower)]
        if len(longer) == 1:
            return longer[0]
    if text.islower():
        hits = [o for o in ctx.orgs.values() if re.search(rf"\b{re.escape(lower)}\b", o.name.lower())]
        return hits[-1] if hits else None
    return None


__all__ = ["Facts", "extract"]
