"""'The visiting Peruvian President X attended the Andean summit': at a summit, 'visiting' says
only that X came from abroad to attend it; the summit is the event (GOLD_FORMAT lists the summit
and its participants), and a visit told by nothing but the attributive participle is not a second
one.  A visit the text states in its own words ('arrived for a state visit', 'his visit to Y')
stays, whatever the summit."""

from __future__ import annotations

from coopkg.extract.facts import Event

Key = tuple[str, str, str]


def attending_guests(events: dict[Key, Event], attributive: set[Key]) -> list[Key]:
    """The visits told only by 'visiting' whose visitor attends a summit of the same time (or a
    summit that names no one): the keys to drop."""
    summits = [e for e in events.values() if e.type == "Summit"]
    out = []
    for key in attributive & set(events):
        visit = events[key]
        people = {r.key for r in visit.participants if r.kind == "person"}
        if any(_same_time(s, visit) and (people & {r.key for r in s.participants}
                                         or not any(r.kind == "person" for r in s.participants))
               for s in summits):
            out.append(key)
    return out


def _same_time(summit: Event, visit: Event) -> bool:
    """Dates one of which is the other's prefix, or a missing one."""
    if summit.date is None or visit.date is None:
        return True
    a, b = summit.date.value, visit.date.value
    return a.startswith(b) or b.startswith(a)
