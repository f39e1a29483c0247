"""'X visited an exhibition of Peruvian art in Santiago', 'X and Y toured a photo exhibition on
the two countries' ties': the object of the journey verb is a thing seen, not a country or city.
A demonym inside that object ('of Peruvian art') names no destination; the visit is to the place
the sentence puts the thing in ('in Santiago'), and a visitor seeing a thing in their own country
makes no visit (GOLD_FORMAT visits cross a border)."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Ref

# 'an exhibition', 'the new photo exhibition', 'a car plant': a determiner and lowercase words
_THING = re.compile(r"\s*(?:a|an|the|their|his|her|its)\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*\b")
_NAMED = re.compile(r"\s*,?\s*(?:of\s+)?")
_IN_AT = re.compile(r"\s(?:in|at)\s+(?:the\s+)?(?=[A-Z])")


def site_start(view: Sent, verb_end: int, clause_end: int) -> int | None:
    """Where to look for the place visited: right after the verb for a place or body; after the
    'in/at' that places a thing visited; None for a thing placed nowhere (no country visit)."""
    thing = _THING.match(view.text, verb_end)
    if thing is None or any(verb_end <= s.start < thing.end() and s.ref.kind != "place"
                            for s in view.spans):
        return verb_end
    named = _NAMED.match(view.text, thing.end())
    if named and any(s.start == named.end() and s.rule != "place.demonym" for s in view.spans):
        return verb_end  # 'the capital Lima', 'the city of Arequipa': the place named after its noun
    placed = _IN_AT.search(view.text, thing.end(), clause_end)
    return placed.end() if placed else None


def at_home(ctx: Doc, participants: list[Ref], host: Ref | None) -> bool:
    """Whether the person visiting belongs to the host's country."""
    if host is None:
        return False
    region = ctx.gaz.regions.get(host.key)
    code = region.country if region else host.key.rsplit("/", 1)[-1]
    people = [ctx.people.get(r.key) for r in participants if r.kind == "person"]
    return bool(people) and all(p is not None and p.country == code for p in people)
