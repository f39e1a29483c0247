"""When two mentions of a meeting are one occasion, and when their times keep them apart.
News tells one meeting several times ('A and B discussed trade', 'the meeting between A and B on
Monday', 'the talks'), so mentions merge; but a story also recalls earlier occasions of the same
people or kind ('during the meeting on the sidelines of X in February', 'the two presidents held
bilateral talks in Ankara in September'), told with a month of their own that differs from the
time of the episode the first mention belongs to (episodes.episode_times).  Such a mention is
another occasion, whatever its noun or its people."""

from __future__ import annotations

import re
from collections.abc import Callable

from coopkg.extract.facts import Event, When


def inherit(date: When | None) -> When | None:
    """The date as one taken from elsewhere (a merge, an episode), not stated for the event."""
    return When(date.value, inherited=True) if date is not None else None


def merge(target: Event, event: Event) -> None:
    """Fold a second mention into the event it tells again: its participants, and its date when
    the event has none."""
    for ref in event.participants:
        if ref not in target.participants:
            target.participants.append(ref)
    if target.date is None:
        target.date = inherit(event.date)


def told_apart(stated: When | None, known: When | None) -> bool:
    """A date stated for a mention (not inherited) in another month than the time known for the
    occasion it might tell again (its own date, or the episode time of its sentence).  Months, not
    days, are compared: an episode's day is inferred and may be a day off, its month rarely."""
    if stated is None or stated.inherited or known is None:
        return False
    size = min(len(stated.value), len(known.value), 7)
    return stated.value[:size] != known.value[:size]


def other_people(kept: Event, event: Event) -> bool:
    """'During a meeting with A on Friday morning, X said ...' and 'While meeting B on Friday
    afternoon, X said ...': two meetings told by the bare noun on one day are two occasions when
    each names a person the other does not; the same noun with a subset of the people ('the
    meeting with A') tells the first one again."""
    mine, theirs = _people(event), _people(kept)
    return kept.type == event.type == "Meeting" and bool(mine - theirs) and bool(theirs - mine)


def _people(event: Event) -> frozenset[str]:
    return frozenset(r.key for r in event.participants if r.kind == "person")


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """The same people, or one side's two or more people all among the other's: 'Obi and Hart
    held talks' and 'Obi and Hart held warm discussions, spokesperson K said' (a reporter
    caught as a third) tell one meeting."""
    return a == b or (len(a & b) >= 2 and (a <= b or b <= a))


def _same_time(a: When | None, b: When | None) -> bool:
    """Dates that may be one day: either missing or inherited, or one the other's prefix."""
    if a is None or b is None or a.inherited or b.inherited:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


_NAMED_RE2 = re.compile(r"[\w’']+")


def _named(event: Event, people: frozenset[str]) -> bool:
    """A meeting with a name of its own ('the 48th session of the X Council'), not one told by
    who met ('A meeting with B', 'talks of A and B')."""
    names = {w for p in people for w in _NAMED_RE2.findall(p)}  # 'the Obi-Hart meeting', 'S. Rao'
    return any(w[:1].isupper() and w not in names for w in _NAMED_RE2.findall(event.label))


def merge_same_meetings(events: dict[tuple[str, str, str], Event],
                        time_of: Callable[[Event], When | None]) -> None:
    """'A and B discussed trade' and 'the meeting between A and B on Monday' are one meeting:
    two meetings of the same two or more people at one time, neither with a name of its own,
    are one occasion told twice.  An undated one is at the time of its episode (`time_of`), so
    'the two presidents held talks in Ankara in September' recalled after 'He held talks with
    the President' of the story's day is another meeting."""
    kept: list[Event] = []
    for key in list(events):
        event = events[key]
        people = _people(event)
        if event.type != "Meeting" or len(people) < 2 or _named(event, people):
            continue
        same = next((k for k in kept if _nested(_people(k), people) and _same_time(k.date, event.date)
                     and not told_apart(event.date, time_of(k)) and not told_apart(k.date, time_of(event))),
                    None)
        if same is None:
            kept.append(event)
            continue
        dropped = events.pop(key)
        if _people(same) != people:  # the people both tell, not a reporter one adds
            dropped.participants = [r for r in dropped.participants if r.kind != "person"]
        merge(same, dropped)
        if same.date is None or same.date.inherited and event.date is not None and (
                not event.date.inherited or len(event.date.value) > len(same.date.value)):
            same.date = event.date


def merge_bare_meetings(events: dict[tuple[str, str, str], Event], bare: Callable[[str], bool],
                        time_of: Callable[[Event], When | None]) -> None:
    """'Italy and Algeria agreed ... during a meeting in Rome on Wednesday' and 'Prime Minister A
    met President B at the villa': a meeting told only by its noun, with no one named, and the
    one meeting of two or more people at the same time are one occasion told twice.  The bare
    mention gives its place and a more precise day; with two such meetings it names neither."""
    for key in [k for k, e in events.items() if e.type == "Meeting" and bare(e.label)
                and not _people(e)]:
        event = events[key]
        same = [e for k, e in events.items() if k != key and e.type == "Meeting"
                and len(_people(e)) >= 2 and _same_time(e.date, event.date)
                and not told_apart(event.date, time_of(e)) and not told_apart(e.date, time_of(event))]
        if len(same) != 1:
            continue
        kept = events.pop(key) and same[0]
        merge(kept, event)
        kept.location = kept.location or event.location
        if event.date is not None and not event.date.inherited and (
                kept.date is None or kept.date.inherited or len(event.date.value) > len(kept.date.value)):
            kept.date = event.date
