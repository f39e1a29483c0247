"""Events: summits, state and official visits, meetings and talks, press briefings, ceremonies.
One event per (type, label) in an article; visits to two countries are two visits."""

from __future__ import annotations

import re

from coopkg.extract.context import Context, SentenceView
from coopkg.extract.facts import Event, Ref

_PLACES = r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)*(?:(?:,\s*|\s+and\s+)[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)*)*"
_VISIT = re.compile(r"\b(?P<kind>(?i:state|official|working|high-level|friendly))?\s*"
                    r"(?P<noun>(?i:visits?|trip|tour))\b(?:\s+of\s+(?P<who>[A-Z][\w.\-]+(?:\s[A-Z][\w.\-]+)*))?"
                    rf"(?:\s+to\s+(?P<where>{_PLACES}))?")
_VISITED = re.compile(r"\b(?:visited|arrived\s+in)\s+(?P<where>[A-Z][\w'’\-]+)")
_TYPES = [
    ("PressBriefing", re.compile(r"\b(?:regular\s+)?(?:news|press|media)\s+(?:briefing|conference)s?\b",
                                 re.I)),
    ("Summit", re.compile(r"(?P<label>(?:(?:[A-Z][\w\-]*|\d+(?:st|nd|rd|th)|\([A-Z]+\)|of|the)\s+){0,6}"
                          r"(?i:summit))\b")),
    ("Meeting", re.compile(r"(?P<label>(?:(?:[A-Z][\w\-]*|\d+(?:st|nd|rd|th)|of|the)\s+){0,6}"
                           r"(?i:(?:video\s+|online\s+|bilateral\s+)?(?:meeting|talks|forum|"
                           r"conference|congress|session|negotiations|general\s+assembly|"
                           r"video\s+call|dialogue)s?))\b")),
    ("Event", re.compile(r"(?P<label>(?:(?:opening|signing|welcoming|launch|award|inauguration|"
                         r"groundbreaking)\s+)ceremony|inaugurat(?:ed|ion)|launched)\b", re.I)),
]
_SKIP_LEADING = re.compile(r"^(?:the|a|an|on|at|in|during|of|after|before|via|his|her|their)\s+",
                           re.I)


def find_events(ctx: Context) -> list[Event]:
    events: dict[tuple[str, str], Event] = {}
    for view in ctx.views:
        for event in _visits(ctx, view) + _typed(ctx, view):
            key = (event.type, event.location or "") if event.type == "StateVisit" else \
                (event.type, event.label.lower())
            if key not in events:
                events[key] = event
            elif events[key].date is None:
                events[key].date = event.date
    return list(events.values())


def _when(view: SentenceView):
    return view.dates[0].when if view.dates else None


def _visits(ctx: Context, view: SentenceView) -> list[Event]:
    out = []
    text = view.text
    for m in _VISIT.finditer(text):
        where = m.group("where") or ""
        places = [r for r in _refs_in(view, m.start("where"), m.end("where")) if r.kind == "place"] \
            if where else []
        if not places:
            continue
        who = _visitor(view, m.start(), m.group("who"))
        for place in places:
            label_place = _label_of(view, place)
            label = f"{who[0].key + ' ' if who else ''}visit to {label_place}".strip()
            participants = [*who, place] if "/country/" in place.key else who
            out.append(Event("StateVisit", label, _when(view), participants,
                             place.key, view.text, 0.7))
    for m in _VISITED.finditer(text):
        places = [r for r in _refs_in(view, m.start("where"), m.end("where")) if r.kind == "place"]
        who = _visitor(view, m.start(), None)
        if places and who:
            out.append(Event("StateVisit", f"{who[0].key} visit to {_label_of(view, places[0])}",
                             _when(view), [*who, places[0]], places[0].key, view.text, 0.6))
    return out


def _label_of(view: SentenceView, ref: Ref) -> str:
    return next((m.label for m in view.mentions if m.ref == ref), ref.key)


def _visitor(view: SentenceView, pos: int, who_text: str | None) -> list[Ref]:
    """The visitor: named after 'visit of', else the nearest person before the visit."""
    people = [m for m in view.mentions if m.ref.kind == "person"]
    if who_text:
        named = [m.ref for m in people if m.label.split()[-1] in who_text or m.label in who_text]
        if named:
            return named[:1]
    before = [m.ref for m in people if m.start < pos]
    return before[-1:] if before else []


def _refs_in(view: SentenceView, start: int, end: int) -> list[Ref]:
    return [m.ref for m in view.mentions if start <= m.start < end]


def _typed(ctx: Context, view: SentenceView) -> list[Event]:
    out = []
    for type_name, pattern in _TYPES:
        for m in pattern.finditer(view.text):
            label = _label(m.group("label") if "label" in pattern.groupindex else m.group())
            if not label:
                continue
            participants = view.refs("person")[:3]
            for ref in _refs_in(view, m.start(), m.end()):
                if ref.kind == "org" and ref not in participants:
                    participants.append(ref)
            out.append(Event(type_name, label, _when(view), participants,
                             _location(view, m.end()), view.text, 0.6))
    return out


def _label(phrase: str) -> str:
    """From the first capitalised word when there is one ('20th National Congress'), else the
    bare noun phrase without its determiner ('video meeting')."""
    words = phrase.split()
    first = next((i for i, w in enumerate(words) if w[:1].isupper() or w[:1].isdigit()), None)
    if first is not None and first < len(words) - 1:
        words = words[first:]
    while words and _SKIP_LEADING.match(words[0] + " "):
        words = words[1:]
    return " ".join(words)


def _location(view: SentenceView, end: int) -> str | None:
    after = view.text[end:]
    m = re.match(r"\s*(?:held\s+)?(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+)?", after)
    if not m:
        return None
    refs = [r for r in _refs_in(view, end + m.end(), end + m.end() + 30) if r.kind == "place"]
    return refs[0].key if refs else None
