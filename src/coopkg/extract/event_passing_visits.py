"""Visits told in passing, as the background of another clause: 'X arrived in Y on Monday,
after visiting A and B' — the subject's visits to A and to B, on days the sentence does not
give.  (The visits stated by a visit noun or verb are event_visits'.)"""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_clauses import Mention, refs_in, when
from coopkg.extract.event_subjects import last_subject, subject_position
from coopkg.extract.event_visits import PLACES
from coopkg.extract.facts import Event, Ref
from coopkg.extract.match_starts import first_words, matches
from coopkg.extract.sentence_gates import needs

_AFTER_VISITING = re.compile(rf"\b(?:after|before|having)\s+(?:also\s+|earlier\s+|first\s+)?"
                             rf"(?:visiting|visited)\s+(?P<where>{PLACES})")


def after_visiting(ctx: Doc, view: Sent) -> list[Mention]:
    return _after_visiting(ctx, view) + _since_visit(ctx, view)


@needs("_AFTER_VISITING")
def _after_visiting(ctx: Doc, view: Sent) -> list[Mention]:
    """'X arrived in Y on Monday, after visiting A and B': the subject's visits to A and to B,
    on days the sentence does not give."""
    out = []
    for m in matches(_AFTER_VISITING, _AFTER_WORDS, view.text):  # = _AFTER_VISITING.finditer
        who = _main_subject(ctx, view, m.start())
        places = [r for r in refs_in(view, m.start("where"), m.end("where"))
                  if r.kind == "place" and "/country/" in r.key]
        for place in places if who else []:
            name = ctx.gaz.countries[place.key.rsplit("/", 1)[-1]].label
            out.append(Mention(Event("Event", f"{who[0].key} visit to {name}", None, [*who, place],
                                     place.key, view.text, rule="event.visit")))
    return out


_MAIN_SUBJECT_RE = re.compile(r"\s*(?:He|She)\b")


def _main_subject(ctx: Doc, view: Sent, pos: int) -> list[Ref]:
    """The person who is the subject of the sentence's main clause, named or 'he/she'."""
    people = [s for s in view.spans if s.ref.kind == "person" and s.start < pos and
              subject_position(view, s)]
    if people:
        return [people[0].ref]
    if _MAIN_SUBJECT_RE.match(view.text):
        found = last_subject(ctx, view, 0)
        return [found.ref] if found is not None else []
    return []


# 'the first by a Vietnamese leader to Peru since President X's visit in 1998'
_SINCE_VISIT = re.compile(r"\bsince\s+[^,;]{2,60}?[’']s\s+(?:[\w\-]+\s+)?"
                          r"(?P<visit>visit|trip)\s+in\s+(?=\d{4}\b)")


_SINCE_VISIT_RE = re.compile(r"[’']s\s+(?:[\w\-]+\s+)?")


@needs("_SINCE_VISIT")
def _since_visit(ctx: Doc, view: Sent) -> list[Mention]:
    """'... the first by an X minister to Peru since Y's visit in 1998': Y's earlier visit to the
    country the sentence names after 'to', dated by its year (an Other event, told in passing)."""
    found = _SINCE_VISIT.search(view.text)
    if found is None:
        return []
    who = [s for s in view.spans if s.ref.kind == "person" and s.end <= found.start("visit")
           and _SINCE_VISIT_RE.fullmatch(view.text[s.end:found.start("visit")])]
    places = [s.ref for s in view.spans if s.ref.kind == "place" and "/country/" in s.ref.key
              and s.start < found.start("visit") and view.text[:s.start].rstrip().endswith(" to")]
    date = when(view, found.end())
    if not who or not places or date is None:
        return []
    name = ctx.gaz.countries[places[-1].key.rsplit("/", 1)[-1]].label
    return [Mention(Event("Event", f"{who[-1].ref.key} visit to {name}", date, [who[-1].ref, places[-1]],
                          places[-1].key, view.text, rule="event.visit"))]


_AFTER_WORDS = first_words(_AFTER_VISITING)  # tried only where these begin (match_starts.py)
