"""A demonym that only describes a named signing body: 'the Ghanaian state-owned oil company
Volta Oil announced the signing of a contract to supply the Peruvian energy firm Andes Power'.
The adjective says where the body is from; the body is the party (GOLD_FORMAT: parties are the
named signing organisations), so a country party read off such a demonym gives way to the body
it modifies."""

from __future__ import annotations

import re

from coopkg.extract.doc import Sent, Span
from coopkg.extract.facts import Ref

# between the demonym and the body's name: only lowercase words ('state-owned oil company',
# 'energy firm'), at most five, so 'Ghanaian and Peruvian officials at Volta Oil' is not one phrase
_DESCRIBED = re.compile(r"\s+(?:[a-z][\w\-]*\s+){1,5}$")


def bodies_for_demonyms(view: Sent, parties: list[Ref]) -> list[Ref]:
    """`parties` with each country that the sentence names only as the demonym of a named body
    replaced by that body; unchanged unless every such country has one."""
    out: list[Ref] = []
    for party in parties:
        body = _described_body(view, party) if party.kind == "place" else None
        out.append(body or party)
    return out if len(set(out)) == len(out) else parties


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
