"""'X arrived Sunday for a four-day visit', with no place named: news tells the arrival of a
visitor whose destination the story already set, so the visit is to the article's country other
than the visitor's.  Its day is the visit's start; a 'visiting X' mention of the same visit merges
with it (events._Book keys visits by visitor and country).  A visit called by no level is Other
here even for a head of state: the arrival sentence is where the text would give the level."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_clauses import Mention, when
from coopkg.extract.event_subjects import subject
from coopkg.extract.event_visitors import KINDS, LEVELS, head_of, visit_type, visitor
from coopkg.extract.facts import Event, Ref
from coopkg.extract.sentence_gates import needs

_ARRIVED_FOR = re.compile(rf"\barrived\s+(?:(?:on|last|this)\s+)?[\w,\s]{{0,20}}?\s*\b(?:for|on)\s+an?\s+"
                          rf"(?:[\w\-]+\s+)?(?P<kind>(?i:{KINDS})\s+)?visit\b")


# 'X arrived here on Tuesday': wire copy's 'here' is the dateline's place
_ARRIVED_HERE = re.compile(r"\b(?:arrived|arrives|landed|lands)\s+here\b")


@needs("_ARRIVED_FOR", "_ARRIVED_HERE")
def unplaced_arrivals(ctx: Doc, view: Sent) -> list[Mention]:
    """The visits of 'X arrived <when> for a <level> visit' that name no place, and of 'X
    arrived here <when>'."""
    if not _ARRIVED_FOR.search(view.text):
        return _arrived_here(ctx, view)
    out = []
    for m in _ARRIVED_FOR.finditer(view.text):
        if any(s.ref.kind == "place" and m.start() < s.start < m.end() for s in view.spans):
            continue  # 'arrived in Lima on Monday for a state visit': the journey rule's
        who = visitor(ctx, view, m.start(), None)
        person = ctx.people.get(who[0].key) if who and who[0].kind == "person" else None
        other = [c for c in ctx.pair() if person is not None and c != person.country]
        if person is None or not person.country or len(ctx.pair()) < 2 or not other:
            continue
        level = LEVELS.get((m.group("kind") or "").strip().lower(), "unqualified")
        head = head_of(ctx, who, "")
        country = ctx.country_iri(other[0])
        out.append(Mention(Event(visit_type(level, head),
                                 f"{who[0].key} visit to {ctx.gaz.countries[other[0]].label}",
                                 when(view, m.start()), [who[0], Ref("place", country)], country, view.text,
                                 rule="event.visited")))
    return out


def _arrived_here(ctx: Doc, view: Sent) -> list[Mention]:
    """'Kamara arrived here on Tuesday and will return home on Wednesday': in a story filed
    from a dateline, 'here' is the dateline's place, so a visitor from another country arriving
    'here' makes a visit to the dateline's country (Other: the sentence gives no level)."""
    out = []
    for m in _ARRIVED_HERE.finditer(view.text):
        who = subject(ctx, view, m.start())[1]
        person = ctx.people.get(who[0].key) if who and who[0].kind == "person" else None
        if person is None or not person.country or ctx.dateline in (None, person.country) or \
                ctx.dateline not in ctx.gaz.countries:
            continue
        country = ctx.country_iri(ctx.dateline)
        out.append(Mention(Event("Event", f"{who[0].key} visit to {ctx.gaz.countries[ctx.dateline].label}",
                                 when(view, m.start()), [who[0], Ref("place", country)], country, view.text,
                                 rule="event.visited")))
    return out
