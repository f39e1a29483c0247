"""One signing occasion a day.  News tells a signing ceremony more than once: 'The leaders
witnessed the signing ceremony ...' and, sentences later, 'the agreements were exchanged in the
presence of both leaders' or 'Both leaders also witnessed the exchange of a memorandum ...'.
Each sentence makes an occasion mention of its own, with whatever participants that sentence
names; on one day of one article they are one ceremony (GOLD_FORMAT: a signing with a ceremony
is one event), told by its most specific label, with every participant any telling names."""

from __future__ import annotations

import re

from coopkg.extract.event_clauses import event_words
from coopkg.extract.facts import Event
from coopkg.extract.lexicon import alternation

_SIGNING = re.compile(rf"\b(?:{alternation(event_words('signing-label'))})\b", re.I)


def _signing_day(event: Event) -> str | None:
    """The day of an Other event that tells a signing or exchange of documents, when it has one."""
    if event.type != "Event" or event.date is None or len(event.date.value) != 10:
        return None
    return event.date.value if _SIGNING.search(event.label) else None


def merge_signings(events: dict) -> None:
    """Fold the signing occasions of each day into the one told with the longest label (a bare
    'signing ceremony' names less than 'exchange of four agreements on trade'); a signing told
    only as done in someone's presence, with no other telling of its occasion, is dropped."""
    alone = {k for k, e in events.items() if _presence_only(e)}
    by_day: dict[str, list] = {}
    for key, event in events.items():
        day = _signing_day(event)
        if day is not None:
            by_day.setdefault(day, []).append(key)
    for keys in (k for k in by_day.values() if len(k) > 1):
        alone -= set(keys)
        kept = events[max(keys, key=lambda k: len(events[k].label))]
        for key in keys:
            if events[key] is kept:
                continue
            gone = events.pop(key)
            kept.participants += [r for r in gone.participants if r not in kept.participants]
            kept.location = kept.location or gone.location
            if kept.date is not None and gone.date is not None and kept.date.inherited and \
                    not gone.date.inherited:
                kept.date = gone.date
    for key in alone:
        events.pop(key, None)


def _presence_only(event: Event) -> bool:
    """'The accord was signed in the presence of A and B' (event_activities._in_presence): people
    present at a signing tell no ceremony, meeting or visit of their own (GOLD_FORMAT: a signing
    reported without one gives no event); told again as a ceremony that day, it adds its people."""
    return event.rule == "event.activity" and event.label == "signing ceremony" and \
        "presence of" in event.evidence and ", attended by" not in event.evidence
