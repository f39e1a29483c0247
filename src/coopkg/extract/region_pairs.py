"""'The two sides signed a memorandum on the relationship between Hai Phong and Gyeonggi
province': a document signed by two countries' sides for a relation between a city or province
of each is the two places' (GOLD_FORMAT: sister-city and sister-region agreements use the region
names as parties), as when the places sign themselves."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Ref

_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?")
_AND = re.compile(r"(?:\s+(?:city|province|region|state|prefecture|county))?\s+and\s+(?:the\s+)?", re.I)


def regional_pair(ctx: Doc, view: Sent, parties: list[Ref]) -> list[Ref]:
    """Two country parties replaced by the places of theirs that the sentence's 'between A and
    B' names, one of each country; unchanged otherwise."""
    if len(parties) != 2 or any(p.kind != "place" or "/country/" not in p.key for p in parties) or \
            "between" not in view.text:
        return parties
    codes = {p.key.rsplit("/", 1)[-1] for p in parties}
    for m in _BETWEEN.finditer(view.text):
        first = next((s for s in view.spans if s.start == m.end()), None)
        joint = _AND.match(view.text, first.end) if first is not None else None
        second = next((s for s in view.spans if joint and s.start == joint.end()), None)
        places = [_region_country(ctx, s.ref) for s in (first, second) if s is not None]
        if len(places) == 2 and None not in places and {c for c, _ in places} == codes:
            return [ref for _, ref in places]
    return parties


def _region_country(ctx: Doc, ref: Ref) -> tuple[str, Ref] | None:
    region = ctx.gaz.regions.get(ref.key) if ref.kind == "place" else None
    return (region.country, ref) if region is not None else None
