"""'X met Y on the sidelines of the regional summit held in Quito, Ecuador, on Friday (May 10)':
a meeting held on the sidelines (margins) of another event takes place where and when the host
event does, so the place and day told of the host are the meeting's when the meeting has none
of its own (or only the month).  Only the host phrase is read: the first 'in/at <place>' and the
first date after 'on the sidelines of', within a few words."""

from __future__ import annotations

import re

from coopkg.extract.doc import Sent
from coopkg.extract.event_clauses import Mention, place_after

_SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\b", re.I)
_HOST_CHARS = 140  # the host phrase: 'the 72nd session of the X Y held in Z, the W, on Monday (Sept 18)'


def on_sidelines(view: Sent, mentions: list[Mention]) -> list[Mention]:
    """The meetings of a sentence with 'on the sidelines of <host>' get the host's place and day."""
    text = view.text
    found = _SIDELINES.search(text) if mentions and ("idelines" in text or "argin" in text) else None
    if found is None:
        return mentions
    end = min(len(view.text), found.end() + _HOST_CHARS)
    stop = view.text.find(";", found.end())
    end = end if stop < 0 else min(end, stop)
    place = place_after(view, found.end())
    place = place if any(s.ref.key == place and s.start < end for s in view.spans) else None
    day = next((d.when for d in view.dates if found.end() <= d.start < end), None)
    for mention in mentions:
        event = mention.event
        if event.type != "Meeting":
            continue
        if event.location is None and place is not None:
            event.location = place
        if day is not None and (event.date is None or len(event.date.value) < len(day.value)):
            event.date = day
    return mentions
