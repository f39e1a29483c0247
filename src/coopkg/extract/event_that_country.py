"""Visits to 'that country': 'as part of the official visit that the Kenyan Prime Minister, X,
is making to that East African country'.  Wire copy names the destination only through the
dateline or the article's other country; the visitor's own country is never the destination
(a dateline of the visitor's capital is common when the visitor's national agency files the
story).  The visitor is the person named inside the relative clause; the type follows
`event_visits`: a state visit when called one or made by a head of state, else Other.  The
same destination serves a visit noun whose place is a description ('X's state visit to the
South American nation', `described_visit`, called from event_visits)."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_clauses import Mention, when
from coopkg.extract.event_visitors import KINDS, LEVELS, head_of, visit_type
from coopkg.extract.facts import Event, Ref
from coopkg.extract.sentence_gates import needs

_THAT_VISIT = re.compile(rf"\b(?:(?P<kind>(?i:{KINDS}))\s+)?(?i:visit)\s+(?:that|which)\s+"
                         r"(?P<who>[^.;]{3,160}?)\s+(?:is|was|has\s+been|will\s+be)\s+(?:making|paying|"
                         r"conducting|undertaking|carrying\s+out|made|paid)\s+to\s+(?:that|this)\s+"
                         r"(?:[\w\-]+\s+){0,3}?(?:country|nation)\b")


@needs("_THAT_VISIT")
def that_country_visits(ctx: Doc, view: Sent) -> list[Mention]:
    out = []
    for m in _THAT_VISIT.finditer(view.text):
        person = next((s for s in view.spans if s.ref.kind == "person" and
                       m.start("who") <= s.start < m.end("who")), None)
        host = _destination(ctx, view, person.ref) if person is not None else None
        if person is None or host is None:
            continue
        level = LEVELS.get((m.group("kind") or "").lower(), "")
        country = Ref("place", ctx.country_iri(host))
        out.append(Mention(Event(visit_type(level, head_of(ctx, [person.ref], "")),
                                 f"{person.ref.key} visit to {ctx.gaz.countries[host].label}",
                                 when(view, m.start()), [person.ref, country], country.key, view.text,
                                 rule="event.visit")))
    return out


def _destination(ctx: Doc, view: Sent, visitor: Ref) -> str | None:
    """The dateline's country, else the article's other country — never the visitor's own
    (known for the person, or the demonym right before the name); for a visitor of unknown
    country, the country the sentence is set in."""
    person = ctx.people.get(visitor.key)
    origin = person.country if person is not None else None
    if origin is None:
        return _placed_here(ctx, view)
    candidates = [c for c in (ctx.dateline, *ctx.pair()) if c and c != origin and c in ctx.gaz.countries]
    return candidates[0] if candidates else None


def _placed_here(ctx: Doc, view: Sent) -> str | None:
    """'signed in Cotonou during X's visit to the West African nation': a visitor of unknown
    country visits the one country of the pair the sentence places the occasion in."""
    here = set()
    for span in view.spans:
        if span.ref.kind == "place":
            region = ctx.gaz.regions.get(span.ref.key)
            here.add(region.country if region else span.ref.key.rsplit("/", 1)[-1])
    inside = [c for c in ctx.pair() if c in here]
    return inside[0] if len(inside) == 1 else None



# 'X's state visit to the South American nation', 'during his trip to the kingdom': a visit whose
# destination is a definite description of a country, not its name
_DESCRIBED = re.compile(r"\s+to\s+(?:the|that|this)\s+(?:[A-Z][\w\-]*\s+){0,3}"
                        r"(?:country|nation|kingdom|republic)\b")
_POSSESSIVE = re.compile(r"\b(?:his|her)(?:\s+[\w\-]+){0,3}\s*$", re.I)


def described_visit(ctx: Doc, view: Sent, start: int, end: int, who: list[Ref]
                    ) -> tuple[list[Ref], list[Ref]]:
    """The visitor and the country of 'visit to the South American nation' (the visit noun
    runs from `start` to `end`): news names the destination by a description when the dateline
    or the story already named it, so it is the dateline's country, else the article's other
    country — never the visitor's own (`_destination`).  'A met his counterpart B during his
    visit to the country': the possessive points to the clause's subject, the first person of
    the sentence, not the nearest one.  Nothing when no person of known country visits."""
    if not who or who[0].kind != "person" or not _DESCRIBED.match(view.text, end):
        return who, []
    if _POSSESSIVE.search(view.text, 0, start):
        first = next((s.ref for s in view.spans if s.ref.kind == "person" and s.start < start), who[0])
        who = [first]
    host = _destination(ctx, view, who[0])
    return (who, [Ref("place", ctx.country_iri(host))]) if host is not None else (who, [])
