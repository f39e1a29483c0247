"""A demonym that only describes a signing body: 'the Ghanaian state-owned oil company Volta Oil
announced the signing of a contract to supply the Peruvian energy firm Andes Power'.  The
adjective says where the body is from; the body is the party (GOLD_FORMAT: parties are the named
signing organisations), so a country party read off such a demonym gives way to the body it
modifies — or, with no name after it ('the Peruvian and Chilean chambers signed'), to the one body
of that kind and country the article names ('the Chamber of Commerce of Peru')."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Ref
from coopkg.extract.region_pairs import regional_pair

# between the demonym and the body's name: only lowercase words ('state-owned oil company',
# 'energy firm'), at most five, so 'Ghanaian and Peruvian officials at Volta Oil' is not one phrase
_DESCRIBED = re.compile(r"\s+(?:[a-z][\w\-]*\s+){1,5}$")


def bodies_for_demonyms(ctx: Doc, view: Sent, parties: list[Ref]) -> list[Ref]:
    """`parties` with each country that the sentence names only as the demonym of a body
    replaced by that body (unchanged unless every such country has one), or, for a relation
    'between' a place of each country, by the two places (region_pairs)."""
    out: list[Ref] = []
    for party in parties:
        body = _described_body(view, party) or _kind_body(ctx, view, party) if party.kind == "place" else None
        out.append(body or party)
    return regional_pair(ctx, view, out if len(set(out)) == len(out) else parties)


_KIND_WORDS = frozenset(w.lower() for w in lexicon.words("org_types"))
# the demonym, maybe a second one joined to it, then the kind noun: 'Peruvian and Chilean chambers'
_KIND_AFTER = re.compile(r"(?P<other>\s+and\s+[A-Z][\w\-]+)?\s+(?P<noun>[a-z]+)\b")


def _kind_body(ctx: Doc, view: Sent, party: Ref) -> Ref | None:
    """'the Peruvian chamber', 'the Peruvian and Chilean chambers': the one named body of the
    party's country whose name holds that kind noun; none where the article names no such body
    or more than one."""
    mentions = [m for m in view.spans if m.ref == party]
    if len(mentions) != 1 or not _DESCRIBED_BODY_RE.search(view.text[mentions[0].start:mentions[0].end]):
        return None
    m = _KIND_AFTER.match(view.text, mentions[0].end)
    stem = _singular(m.group("noun")) if m else ""
    if stem not in _KIND_WORDS or stem != m.group("noun") and not m.group("other"):
        return None  # 'Turkish companies signed': many bodies, not the one the article names
    code = party.key.rsplit("/", 1)[-1]
    named = [o.name for o in ctx.orgs.values() if o.country == code
             and stem in (w.lower() for w in o.name.split())]
    return Ref("org", named[0]) if len(named) == 1 else None


_DESCRIBED_BODY_RE = re.compile(r"(?:an|ese|ish|ian|i|ic|ch)$")


def _described_body(view: Sent, party: Ref) -> Ref | None:
    """The body the country's only mention in the sentence describes ('the Peruvian firm X')."""
    mentions = [m for m in view.spans if m.ref == party]
    if len(mentions) != 1 or not view.text[mentions[0].start:mentions[0].end][:1].isupper() or \
            not _DESCRIBED_BODY_RE.search(view.text[mentions[0].start:mentions[0].end]):
        return None
    after = _next_span(view, mentions[0])
    if after is None or after.ref.kind != "org":
        return None
    return after.ref if _DESCRIBED.fullmatch(" " + view.text[mentions[0].end:after.start].strip() + " ") \
        else None


def _next_span(view: Sent, mention: Span) -> Span | None:
    later = [m for m in view.spans if m.start >= mention.end]
    return min(later, key=lambda m: m.start) if later else None


def _singular(noun: str) -> str:
    """'chambers' → 'chamber', 'universities' → 'university'; a singular stays."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
