"""'The two heads of state met at the palace', 'the two ministers also held talks': a pair
named by its office refers to the two office holders the story has just named, one of each
country, and those people (not their countries) are the meeting's participants (GOLD_FORMAT:
participants are named people).  Only when the story names no such pair do the countries stand
in."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_clauses import event_mapping, event_words
from coopkg.extract.facts import Person, Ref

_PAIR_ROLE = event_mapping("pair-role")  # 'heads of state' → 'head' (a head title), 'ministers' → 'minister'
_HEADS = event_words("head")


def _holds(person: Person, office: str) -> int:
    """2 when the person's own title is the office; 1 for 'his Peruvian counterpart X', who holds
    the office of the person he is the counterpart of; else 0."""
    role = (person.role or "").lower()
    if role.endswith("counterpart"):
        return 1
    return 2 if (role in _HEADS if office == "head" else office in role) else 0


def _office(who: str) -> str | None:
    """The office of the longest pair noun in `who` ('the two foreign ministers also')."""
    text = " ".join(who.lower().split())
    return next((_PAIR_ROLE[k] for k in sorted(_PAIR_ROLE, key=len, reverse=True)
                 if re.search(rf"\b{k}\b", text)), None)


def pair_people(ctx: Doc, view: Sent, pos: int, who: str) -> list[Ref]:
    """The last two people named up to `pos` who hold the office `who` names, of two different
    countries of the article's pair; [] when there are not exactly such two."""
    office = _office(who)
    index = next((i for i, s in enumerate(ctx.sents) if s.sentence is view.sentence), None)
    if office is None or index is None:
        return []
    found: dict[str, tuple[str, int]] = {}  # country → the latest person of it holding the office
    for i in range(index, -1, -1):
        spans = [s for s in ctx.sents[i].spans if s.ref.kind == "person" and (i < index or s.end <= pos)]
        for span in reversed(spans):
            person = ctx.people.get(span.ref.key)
            if person is not None and person.country and person.country not in found \
                    and _holds(person, office):
                found[person.country] = (span.ref.key, _holds(person, office))
        if len(found) >= 2:
            break
    pair = set(ctx.pair())
    if len(found) != 2 or set(found) != pair or max(level for _, level in found.values()) < 2:
        return []
    return [Ref("person", key) for key, _ in found.values()][::-1]
