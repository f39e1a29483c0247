"""The pair of states a text means by 'the two countries', 'the sides', 'their': kept apart from
`parties` (which reads who a sentence names) because it reads the whole article."""

from __future__ import annotations

from coopkg.extract.doc import Doc
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
