"""The pair of states a text means by 'the two countries', 'the sides', 'their': kept apart from
`parties` (which reads who a sentence names) because it reads the whole article."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Ref


def pair_refs(ctx: Doc) -> list[Ref]:
    """The two states 'the two countries' and 'the sides' stand for: the article's two most
    named countries, or, when it names one, that one and the country of a city or region it
    names ('Kenyan President X arrived in Kampala ... The two countries signed')."""
    pair = ctx.pair()
    if len(pair) < 2:
        placed = (ctx.gaz.regions.get(s.ref.key) for v in ctx.sents for s in v.spans if s.ref.kind == "place")
        pair = list(dict.fromkeys([*pair, *(p.country for p in placed if p is not None and p.country)]))[:2]
    return [Ref("place", ctx.country_iri(c)) for c in pair] if len(pair) == 2 else []



_HYPHEN_PAIR_RE = re.compile(r"([A-Z][\w]+(?:\s[A-Z][\w]+)?)-([A-Z][\w]+(?:\s[A-Z][\w]+)?)\b")


def hyphen_pair(ctx: Doc, view: Sent, start: int) -> list[Ref]:
    """'an MoU on X between Kenya-Uganda': two countries joined by a hyphen right at `start`, the
    pair a list of documents in some publishers' style names for each document (read from the
    text, since the run may be taken as a name)."""
    m = _HYPHEN_PAIR_RE.match(view.text[start:])
    if m is None:
        return []
    codes = [next((p.country for p in ctx.gaz.lookup(name) if p.kind == "country"), None)
             for name in m.groups()]
    if None in codes or codes[0] == codes[1]:
        return []
    return [Ref("place", ctx.country_iri(c)) for c in codes if c]
