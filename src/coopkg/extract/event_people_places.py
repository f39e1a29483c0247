"""'Talks were held between A and B in Kampala', 'her previous meeting with X in Lima in March':
a place told right after the last person of a meeting ('... B in Kampala') is where the meeting
took place when the meeting has no place of its own; event_met reads it for 'met X in Y', this
reads it for every meeting a sentence states."""

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
