"""Events: summits, state and official visits, meetings and talks, press briefings, ceremonies.
One event per (type, label) in an article; visits to two countries are two visits."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Event, Ref, When
from coopkg.extract.lexicon import confidence

_PLACE = r"(?:the\s+)?[A-Z][\w'’\-]+(?:\s(?:of\s)?[A-Z][\w'’\-]+)*"  # 'the Republic of Korea'
_PLACES = rf"{_PLACE}(?:(?:,\s*|\s+and\s+){_PLACE})*"
_VISIT = re.compile(r"\b(?P<kind>(?i:state|official|working|high-level|friendly))?\s*"
                    r"(?P<noun>(?i:visits?|trip|tour))\b(?:\s+(?:of|by)\s+(?:(?:[a-z]+|[A-Z]{2,})\s+){0,3}(?P<who>[A-Z][\w.\-]+(?:\s[A-Z][\w.\-]+)*))?"
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
                         r"groundbreaking)\s+)ceremony|inauguration)\b", re.I)),
]
_SKIP_LEADING = re.compile(r"^(?:the|a|an|on|at|in|during|of|after|before|via|his|her|their)\s+",
                           re.I)


def find_events(ctx: Doc) -> list[Event]:
    """Events keyed so that repeated mentions merge: a visit by (visitor, country visited),
    anything else by (type, label).  Undated events take the publication month."""
    events: dict[tuple[str, str, str], Event] = {}
    for view in ctx.sents:
        for event in _visits(ctx, view) + _typed(ctx, view):
            key = _key(ctx, event)
            if key not in events:
                events[key] = event
            elif events[key].date is None:
                events[key].date = event.date
    _merge_anonymous_visits(events)
    month = When(ctx.article.published.strftime("%Y-%m"), inherited=True)
    for event in events.values():
        if event.date is None:
            event.date = month
            event.confidence = min(event.confidence, confidence("event.undated"))
    return list(events.values())


def _merge_anonymous_visits(events: dict[tuple[str, str, str], Event]) -> None:
    """'the visit to China' without a visitor is the visit to China by the one visitor named."""
    for key in [k for k in events if k[0] == "StateVisit" and not k[1]]:
        named = [k for k in events if k[0] == "StateVisit" and k[1] and k[2] == key[2]]
        if len(named) == 1:
            kept, dropped = events[named[0]], events.pop(key)
            if kept.date is None or (dropped.date and len(dropped.date.value) > len(kept.date.value)):
                kept.date = dropped.date or kept.date


def _key(ctx: Doc, event: Event) -> tuple[str, str, str]:
    if event.type != "StateVisit":
        return (event.type, event.label.lower(), "")
    visitor = next((p.key for p in event.participants if p.kind == "person"), "")
    place = ctx.gaz.regions.get(event.location or "")
    country = place.country if place else (event.location or "").rsplit("/", 1)[-1]
    return (event.type, visitor, country)


def _when(view: Sent, pos: int | None = None) -> When | None:
    """The date in the event's own clause (between commas), or in a short clause right after it
    ('the visit of X to Y, last year,'), or in the sentence's leading adverbial ('From 9-11
    November, the President made an official visit'); a date elsewhere belongs to something else."""
    if pos is None or not view.dates:
        return view.dates[0].when if view.dates else None
    text = view.text
    start = text.rfind(",", 0, pos) + 1
    end = text.find(",", pos)
    end = end if end >= 0 else len(text)
    local = [d for d in view.dates if start <= d.start < end]
    if local:
        return local[0].when
    nxt = text.find(",", end + 1)
    nxt = nxt if nxt >= 0 else len(text)
    if len(text[end + 1:nxt].split()) <= 3:
        follow = [d for d in view.dates if end < d.start < nxt]
        if follow:
            return follow[0].when
    first = text.find(",")
    lead = [d for d in view.dates if d.start < first < pos]
    return lead[0].when if lead else None


def _visits(ctx: Doc, view: Sent) -> list[Event]:
    out = []
    text = view.text
    for m in _VISIT.finditer(text):
        where = m.group("where") or ""
        places = [r for r in _refs_in(view, m.start("where"), m.end("where")) if r.kind == "place"] \
            if where else []
        who = _visitor(ctx, view, m.start(), m.group("who"))
        if not places:
            if m.group("kind") and not who:  # 'during the high-level visit'
                label = f"{m.group('kind').lower()} visit"
                out.append(Event("StateVisit", label, _when(view, m.start()),
                                 [Ref("place", ctx.country_iri(c)) for c in ctx.pair()], None,
                                 view.text, rule="event.visit-anonymous"))
            continue
        for place in places:
            label_place = _label_of(view, place)
            label = f"{who[0].key + ' ' if who else ''}visit to {label_place}".strip()
            participants = [*who, place] if "/country/" in place.key else who
            out.append(Event("StateVisit", label, _when(view, m.start()), participants,
                             place.key, view.text, rule="event.visit"))
    for m in _VISITED.finditer(text):
        places = [r for r in _refs_in(view, m.start("where"), m.end("where")) if r.kind == "place"]
        who = _visitor(ctx, view, m.start(), None)
        if places and who:
            out.append(Event("StateVisit", f"{who[0].key} visit to {_label_of(view, places[0])}",
                             _when(view), [*who, places[0]], places[0].key, view.text,
                             rule="event.visited"))
    return out


def _label_of(view: Sent, ref: Ref) -> str:
    return next((m.name for m in view.spans if m.ref == ref), ref.key)


def _visitor(ctx: Doc, view: Sent, pos: int, who_text: str | None) -> list[Ref]:
    """The visitor: named after 'visit of'; 'his/her visit' → the last person named; 'the visit'
    refers back to a visit already known (no visitor of its own); else the nearest person
    before the visit in the same clause."""
    people = [m for m in view.spans if m.ref.kind == "person"]
    if who_text:
        named = [m.ref for m in people if m.name.split()[-1] in who_text or m.name in who_text]
        if named:
            return named[:1]
    determiner = re.search(r"\b(\w+)\s+(?:(?:state|official|working|high-level|friendly|"
                           r"one-day|two-day|three-day|previous|recent|first)\s+)*$",
                           view.text[:pos])
    word = determiner.group(1).lower() if determiner else ""
    before = [m for m in people if m.start < pos]
    if word in ("the", "this", "that"):
        return []
    if word in ("his", "her"):
        return [before[-1].ref] if before else []
    clause_start = view.text.rfind(",", 0, pos)
    local = [m.ref for m in before if m.start > clause_start]
    return local[-1:]


def _refs_in(view: Sent, start: int, end: int) -> list[Ref]:
    return [m.ref for m in view.spans if start <= m.start < end]


_LAUNCH = re.compile(r"\b(?:launched|opened|inaugurated|unveiled)\s+(?:a|an|the)\s+(?P<what>[^,.;]{3,60}?)"
                     r"(?=\s+(?:in|on|at|to|with|for|last|this|,)\b|[,.;]|$)")


_GENERIC = {"talks", "meeting", "meetings", "conference", "session", "negotiations", "forum",
            "dialogue"}


def _launches(ctx: Doc, view: Sent) -> list[Event]:
    """'X and Y launched a joint laboratory in Z on Wednesday' → the launch, by X and Y."""
    out = []
    for m in _LAUNCH.finditer(view.text):
        subjects = [x.ref for x in view.spans if x.ref.kind == "org" and x.end <= m.start()
                    and len(view.text[x.end:m.start()].split()) <= 8]
        if not subjects:
            continue
        location = _location(view, m.end())
        out.append(Event("Event", f"launch of {m.group('what')}", _when(view, m.start()),
                         subjects, location, view.text, rule="event.launch"))
    return out


_PASSIVE = re.compile(r"\b(?:was|were|is|are|will\s+be|to\s+be)\s+(?:officially\s+)?"
                      r"(?P<verb>inaugurated|opened|launched|unveiled)\b")
_BETWEEN_SUBJECT = re.compile(r"^(?:\s*\([A-Z]{2,}\))?(?:,\s+(?:a|an|the)\b[^.;]*?)?\s*"
                              r"(?:(?:which|that)\s+)?(?:(?:is|was)\s+)?(?:set|due|scheduled|expected|"
                              r"planned)?\s*$")
_NOUNS = {"inaugurated": "inauguration", "opened": "opening", "launched": "launch",
          "unveiled": "unveiling"}


def _passive_launches(view: Sent) -> list[Event]:
    """'X, a flagship project of Y set to be inaugurated in January 2019' → X's inauguration."""
    out = []
    for m in _PASSIVE.finditer(view.text):
        candidates = [x for x in view.spans if x.ref.kind == "org" and x.end <= m.start()
                      and _BETWEEN_SUBJECT.match(view.text[x.end:m.start()])]
        if not candidates:
            continue
        described = [x for x in candidates
                     if re.match(r"(?:\s*\([A-Z]{2,}\))?,\s+(?:a|an|the)\b", view.text[x.end:])]
        subject = described[0] if described else candidates[-1]
        others = [x.ref for x in view.spans if x.ref.kind == "org" and x.ref != subject.ref
                  and subject.end <= x.start < m.start()]
        out.append(Event("Event", f"{_NOUNS[m.group('verb')]} of {subject.name}",
                         _when(view, m.start()), [subject.ref, *others],
                         _location(view, m.end()), view.text, rule="event.passive-launch"))
    return out


def _typed(ctx: Doc, view: Sent) -> list[Event]:
    out = _launches(ctx, view) + _passive_launches(view)
    taken: list[tuple[int, int]] = []
    for type_name, pattern in _TYPES:
        for m in pattern.finditer(view.text):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
                continue
            taken.append(m.span())
            label = _label(m.group("label") if "label" in pattern.groupindex else m.group())
            if not label:
                continue
            of_org = re.match(r"\s+of\s+(?:the\s+)?", view.text[m.end():])
            if of_org:
                org = next((x for x in view.spans if x.ref.kind == "org" and
                            x.start == m.end() + of_org.end()), None)
                if org is not None:
                    label = f"{label} of {org.name}"
            participants = view.refs("person")[:3]
            for ref in _refs_in(view, m.start(), m.end()):
                if ref.kind == "org" and ref not in participants:
                    participants.append(ref)
            if not participants and label.lower() in _GENERIC:
                continue  # 'the talks also covered ...': no one, nowhere, nothing to record
            out.append(Event(type_name, label, _when(view, m.start()), participants,
                             _location(view, m.end()), view.text, rule="event.typed"))
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


def _location(view: Sent, end: int) -> str | None:
    after = view.text[end:]
    m = re.match(r"\s*(?:held\s+)?(?:[\w\-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+)?", after)
    if not m:
        return None
    refs = [r for r in _refs_in(view, end + m.end(), end + m.end() + 30) if r.kind == "place"]
    return refs[0].key if refs else None
