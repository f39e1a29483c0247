"""'Talks were held between A and B in Kampala', 'her previous meeting with X in Lima in March':
a place told right after the last person of a meeting ('... B in Kampala') is where the meeting
took place when the meeting has no place of its own; event_met reads it for 'met X in Y', this
reads it for every meeting a sentence states.  'Arrived in Kampala on Monday for talks with B',
'gathered in Harare for a summit': a place the participants came to for the meeting is where it
takes place, when the meeting has no place of its own."""

from __future__ import annotations

import re

from coopkg.extract.doc import Sent
from coopkg.extract.event_clauses import Mention

_IN_AT = re.compile(r",?\s+(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+|capital\s+of\s+)?")


def placed_after_people(view: Sent, mentions: list[Mention]) -> list[Mention]:
    """Meetings without a place take the place right after their last participant in the sentence."""
    for mention in mentions:
        event = mention.event
        if event.type != "Meeting" or event.location is not None:
            continue
        people = {r for r in event.participants if r.kind == "person"}
        spans = [s for s in view.spans if s.ref in people]
        if not spans:
            continue
        end = max(s.end for s in spans)
        found = _IN_AT.match(view.text, end)
        place = next((s for s in view.spans if found and s.start == found.end() and s.ref.kind == "place"),
                     None)
        if place is not None:
            event.location = place.ref.key
    return mentions


# 'in <place> [on Monday] for (a|the) [modifiers] <noun>': the noun is the purpose of being there
_FOR_NOUN = re.compile(r"[^,;.]{0,40}?\bfor\s+(?:an?\s+|the\s+|their\s+)?(?P<words>(?:[\w\-]+\s+){0,3}"
                       r"[\w\-]+)")
_BEFORE_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+|capital\s+(?:city\s+)?(?:of\s+)?)?$")
_JOINERS = frozenset({"of", "between", "and", "with", "the", "a", "an", "on", "in", "at"})


def placed_by_purpose(view: Sent, mentions: list[Mention]) -> list[Mention]:
    """Meetings and summits without a place take the place of 'in <place> ... for <the noun>'
    before them in the sentence (GOLD_FORMAT: location is where the occasion takes place)."""
    for mention in mentions:
        event = mention.event
        if event.type not in ("Meeting", "Summit") or event.location is not None or not event.label:
            continue
        head = {w.lower() for w in event.label.split()[:3]} - _JOINERS
        for span in view.spans:
            if span.ref.kind != "place" or \
                    not _BEFORE_PLACE.search(view.text, max(0, span.start - 30), span.start):
                continue
            purpose = _FOR_NOUN.match(view.text, span.end)
            if purpose and head & {w.lower() for w in purpose.group("words").split()}:
                event.location = span.ref.key
                break
    return mentions
