"""The pair of states a text means by 'the two countries', 'the sides', 'their': kept apart from
`parties` (which reads who a sentence names) because it reads the whole article."""

from __future__ import annotations

import re

from coopkg.extract.capital_parties import SISTER
from coopkg.extract.cues import lowered
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Ref
from coopkg.extract.literals import necessary


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


def sister_places(ctx: Doc) -> list[Ref]:
    """'the sides signed' in a story of sister cities or regions: the two places, the one most
    named of each of the pair's countries (GOLD_FORMAT: sister-city and sister-region agreements
    use the region names as parties); none where the story is not about such a tie or a country
    has no place named."""
    if not _sister_story(ctx.article.text):  # 'sister cities', 'twin towns', 'twinning'
        return []
    states = [r.key.rsplit("/", 1)[-1] for r in pair_refs(ctx)]
    counts: dict[Ref, int] = {}
    for view in ctx.sents:
        for s in view.spans:
            if s.ref.kind == "place" and "/region/" in s.ref.key:
                counts[s.ref] = counts.get(s.ref, 0) + 1
    out = []
    for code in states:
        places = [r for r in counts if (p := ctx.gaz.regions.get(r.key)) is not None and p.country == code]
        if not places:
            return []
        out.append(max(places, key=lambda r: counts[r]))
    return out if len(out) == 2 else []


def sister_sides(ctx: Doc, agreements: list) -> None:
    """Each document of a sister-city story whose parties are the pair's two states, read from
    'the sides' with neither state named in its sentence, has the two places as its parties
    (in place)."""
    if not _sister_story(ctx.article.text):
        return  # speed only: most stories tie no sister places, and sister_places would find none
    places = None
    for agreement in agreements:
        if len(agreement.parties) != 2 or any(p.kind != "place" or "/country/" not in p.key
                                              for p in agreement.parties):
            continue
        view = next((v for v in ctx.sents if v.text == agreement.evidence), None)
        if view is None or any("/country/" in s.ref.key for s in view.spans if s.ref.kind == "place"):
            continue
        places = sister_places(ctx) if places is None else places
        if places and set(agreement.parties) == set(pair_refs(ctx)):
            agreement.parties = list(places)


# the lowercase words one of which every match of SISTER holds ('sister', 'twin', 'friendship')
_SISTER_WORDS = tuple(sorted(necessary(SISTER.pattern, SISTER.flags) or ()))


def _sister_story(text: str) -> bool:
    """Whether SISTER matches a whole article.  Speed only: a gated pattern tests its cues on a
    noted sentence alone and scans any other text at once; on a whole article (read by the
    agreements twice) the scan costs about ten times a substring test of the lowered text for
    each of the words every match holds, and most articles hold none of them."""
    low = lowered(text) if _SISTER_WORDS else None
    if low is not None and not any(map(low.__contains__, _SISTER_WORDS)):
        return False
    return SISTER.search(text) is not None
