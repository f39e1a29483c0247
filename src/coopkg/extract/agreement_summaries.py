"""Country-only summaries of a detailed agreement: a lead's 'A Chinese company signed an MoA with a
Lao department' restates the organisation-level agreement told after it."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc
from coopkg.extract.facts import Agreement, When


def without_summaries(ctx: Doc, agreements: list[Agreement]) -> list[Agreement]:
    """A lead's 'A Chinese company signed an MoA with a Lao department' restates the detailed
    organisation-level agreement that follows: drop country-only duplicates of the same kind
    written before it."""
    kept = []
    for i, agreement in enumerate(agreements):
        org_level = [a for a in agreements[i + 1:] if any(p.kind == "org" for p in a.parties)]
        if agreement.rule in ("agreement.several", "agreement.listed", "agreement.contents") or \
                agreement.rule == "agreement.passive" and agreement.topic:
            kept.append(agreement)
            continue
        counted = re.search(r"\b\d+\s+(?:\w+\s+){0,2}(?:documents|agreements)\b", agreement.evidence)
        if not counted and all(p.kind == "place" for p in agreement.parties) and any(
                other.evidence != agreement.evidence and
                other.kind == agreement.kind and _same_time(agreement.date, other.date) and
                _countries_of(ctx, other) >= {p.key for p in agreement.parties}
                for other in org_level):
            continue
        kept.append(agreement)
    return kept


def _same_time(a: When | None, b: When | None) -> bool:
    if a is None or b is None:
        return True
    n = min(len(a.value), len(b.value))
    return a.value[:n] == b.value[:n]


def _countries_of(ctx: Doc, agreement: Agreement) -> set[str]:
    out = set()
    for party in agreement.parties:
        if party.kind == "org" and party.key in ctx.orgs and ctx.orgs[party.key].country:
            out.add(ctx.country_iri(ctx.orgs[party.key].country))
        elif party.kind == "place":
            out.add(party.key)
    return out
