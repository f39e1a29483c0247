"""Ceremonies news reports without naming their kind before the noun, and the acts that are a
ceremony by themselves: 'A ceremony was held on Wednesday to mark the handover of ...', 'the
embassy held a ceremony', 'X laid the foundation stone of the Y Hospital', 'A and B broke ground
on the Z Bridge', 'performed the groundbreaking of ...'.  All are Other events (GOLD_FORMAT:
ceremonies, openings, launches), with the people who performed them.  A ceremony named by its
kind ('the signing ceremony', 'a ribbon-cutting ceremony') is event_meetings'; 'at a ceremony'
with nothing else said is the signing's ceremony (events._signing_ceremony)."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_clauses import (
    Mention,
    event_mapping,
    event_words,
    location,
    people_between,
    refs_in,
    when,
)
from coopkg.extract.event_signings import merge_signings
from coopkg.extract.event_subjects import subject as subject_of
from coopkg.extract.facts import Event, Ref, When
from coopkg.extract.lexicon import alternation
from coopkg.extract.match_starts import first_words, matches
from coopkg.extract.sentence_gates import needs

_KINDS = alternation(list(event_mapping("ceremony")))
_KIND_MOD = re.compile(rf"(?:{_KINDS})(?:\s+\w+)?")
_KIND_END = re.compile(rf"\b(?:{_KINDS})$")
_FIRST_STONE = re.compile(
    r"\b(?:laid|lays|lay|laying)\s+(?:the|a)\s+(?:foundation|corner)[\s\-]?stones?\s+(?:of|for)\s+"
    r"|\b(?:broke|breaks|break)\s+ground\s+(?:on|for)\s+"
    r"|\b(?:performed|performs|perform|held|attended)\s+(?:the|a)\s+(?:ground[\s\-]?breaking|"
    r"foundation[\s\-]laying)\s+(?:ceremony\s+)?(?:of|for)\s+")
_CEREMONY_HELD = re.compile(
    r"\b(?:(?P<verb>held|hosted|organi[sz]ed|staged)\s+)?(?P<det>[Aa]n?|[Tt]he(?=\s+ceremony\s+(?:marking|"
    r"celebrating|to\s+(?:mark|launch|open|inaugurate|celebrate|commemorate)\b)))\s+"  # 'the ceremony to X'
    r"(?P<mod>(?:[\w\-]+\s+){0,2}?)"
    r"ceremony\b(?P<after>\s+(?:was\s+held|was\s+organi[sz]ed|took\s+place|marking|to\s+mark|held|"
    r"to\s+(?:launch|open|inaugurate|celebrate|commemorate)|celebrating|honou?ring|dedicated\s+to))?")
_ACT_PURPOSE = re.compile(r"\s+to\s+(?:launch|open|inaugurate|celebrate|commemorate)$")
_HELD_LATER = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:held|organi[sz]ed|attended)\b|\btook\s+place\b")
_PURPOSE = re.compile(r"\b(?:marking|to\s+mark|to\s+(?:launch|open|inaugurate|celebrate|commemorate)|"
                      r"celebrating|honou?ring|dedicated\s+to|for)\s+(?P<what>"
                      r"[^,;.]{3,80}?)(?=\s+(?:was|were|took|in|at|on|last|this)\b|[,;.]|$)")
_GENERIC_BEFORE = re.compile(r"\b(?:at|during|addressing|attended|after|following|to)\s+$", re.I)
_OBJECT_END = re.compile(r"\s+(?:on|in|at|last|this|yesterday|today|with|during|as|,)\b|[,.;]")


def ceremonies(ctx: Doc, view: Sent) -> list[Mention]:
    return _ceremonies(ctx, view) + _held_occasions(view) + _during_occasions(view)


@needs("_FIRST_STONE", "_CEREMONY_HELD")
def _ceremonies(ctx: Doc, view: Sent) -> list[Mention]:
    return _first_stones(ctx, view) + _held_ceremonies(view) + _attended_ceremonies(view)


_OCCASION_HELD = re.compile(
    rf"\b(?i:an?|the)\s+(?P<name>(?:[a-z][\w\-]*\s+){{0,2}}?(?:{alternation(event_words('held-occasion'))})"
    r"(?:\s+of\s+[^,;.]{0,40}?)?)\s+(?:(?:was|is)\s+)?(?:held|taking\s+place|took\s+place|opened|"
    r"kicked\s+off)\s+(?=(?:in|at)\s)")


# speed: the gate of _held_occasions reads the nouns (rare), not the verbs ('held', 'opened')
_OCCASION_NOUN = re.compile(rf"\b(?i:{alternation(event_words('held-occasion'))})\b")


@needs("_OCCASION_NOUN", at=0)
def _held_occasions(view: Sent) -> list[Mention]:
    """'the education tour taking place in Kenya from June 3-7', 'An exhibition of crafts opened
    at the museum in Y on Saturday': an occasion without a name of its own, stated with where
    and when it takes place, is an Other event (GOLD_FORMAT: launches, openings, ceremonies)."""
    out = []
    for m in _OCCASION_HELD.finditer(view.text):
        date, place = when(view, m.end()), location(view, m.end() - 1)
        if date is None or date.inherited or place is None:
            continue  # 'a fair is held in X every year': no one occasion
        out.append(Mention(Event("Event", m.group("name"), date, view.refs("person")[:3], place,
                                 view.text, rule="event.occasion-held")))
    return out


_OCCASION_DURING = re.compile(
    rf"\b(?:[Dd]uring|[Ii]n\s+the\s+course\s+of)\s+(?:an?|the)\s+(?P<name>(?:[a-z][\w\-]*\s+){{0,2}}?"
    rf"(?:{alternation(event_words('held-occasion'))})(?:\s+(?:of|by|to|for)\s+[^,;.]{{0,120}}?)?)"
    r"(?=\s*[,;.]|\s+(?:in|at|on)\s)")


@needs("_OCCASION_NOUN", at=0)
def _during_occasions(view: Sent) -> list[Mention]:
    """'The memorandum was signed during a business mission of Chilean firms to Lima on May 3':
    an occasion something else took place during is held, and with its own place and day it is
    one occasion, an Other event like one said to be held there (`_held_occasions`)."""
    out = []
    for m in _OCCASION_DURING.finditer(view.text):
        date, place = when(view, m.end()), location(view, m.end()) or _destination(view, m)
        if date is None or date.inherited or place is None:
            continue  # 'during the fair' with no time or place of its own: the one told before
        out.append(Mention(Event("Event", m.group("name"), date, view.refs("person")[:3], place,
                                 view.text, rule="event.occasion-held")))
    return out


_DESTINATION_RE = re.compile(r"\bto\s+")


def _destination(view: Sent, m: re.Match[str]) -> str | None:
    """The place a mission or tour goes 'to', inside its name: 'a trade mission to Lima'."""
    to = _DESTINATION_RE.search(m.group("name"))
    if to is None:
        return None
    start = m.start("name") + to.end()
    return next((r.key for r in refs_in(view, start, start + 30) if r.kind == "place"), None)


_ATTENDED = re.compile(r"\b(?:[Aa]ttend(?:ed|ing|s)?|took\s+part\s+in|taking\s+part\s+in)\s+(?:a|an|the)\s+"
                       r"(?P<mod>(?:[\w\-]+\s+){0,2}?)ceremony\b(?=\s+(?:in|at|on|held|marking|to\s+mark)\b)")
_SIGNING_WORD = re.compile(r"\bsign(?:ed|ing|s)?\b|\binked\b", re.I)


def _attended_ceremonies(view: Sent) -> list[Mention]:
    """'Attending a ceremony in Ankara, Minister X presented ...', 'X attended a ceremony in Y on
    Monday': a ceremony placed or dated by the clause, with the people who attended it.  In a
    sentence of a signing it is the signing's ceremony (events._signing_ceremony); one named
    by its kind ('a ribbon-cutting ceremony') is event_meetings'."""
    if _SIGNING_WORD.search(view.text):
        return []
    out = []
    for m in matches(_ATTENDED, _FIRST_WORDS["_ATTENDED"], view.text):  # = _ATTENDED.finditer
        if m.group("mod").strip():
            continue
        purpose = _PURPOSE.search(view.text, m.end())
        label = "ceremony" + (f" {purpose.group().strip()}" if purpose else "")
        out.append(Mention(Event("Event", label, when(view, m.start()), view.refs("person")[:3],
                                 location(view, m.end()), view.text, rule="event.ceremony")))
    return out


_FIRST_STONES_RE = re.compile(r"^(?:the|a|an)\s+")
_FIRST_STONES_RE2 = re.compile(r"ground")


def _first_stones(ctx: Doc, view: Sent) -> list[Mention]:
    """'X laid the foundation stone of the Y Hospital on Monday' → the ceremony, by X."""
    out = []
    for m in matches(_FIRST_STONE, _FIRST_WORDS["_FIRST_STONE"], view.text):  # = _FIRST_STONE.finditer
        rest = view.text[m.end():]
        what = rest[:_OBJECT_END.search(rest).start()] if _OBJECT_END.search(rest) else rest
        what = _FIRST_STONES_RE.sub("", what.strip(" ."))
        if not what:
            continue
        _name, who = subject_of(ctx, view, m.start())
        clause = max(view.text.rfind(",", 0, m.start()), view.text.rfind(";", 0, m.start())) + 1
        who = list(dict.fromkeys([*people_between(view, clause, m.start()), *who]))
        noun = "groundbreaking" if _FIRST_STONES_RE2.search(m.group()) else "foundation stone laying"
        out.append(Mention(Event("Event", f"{noun} of {what}", when(view, m.start()), who,
                                 location(view, m.end() + len(what)), view.text,
                                 rule="event.ceremony")))
    return out


def _held_ceremonies(view: Sent) -> list[Mention]:
    """'A ceremony was held ... to mark X', 'the embassy held a ceremony celebrating X': an
    occasion stated as held, with its purpose in the label; a ceremony named by its kind is
    another rule's."""
    out = []
    for m in _CEREMONY_HELD.finditer(view.text):
        mod = m.group("mod").strip().lower()
        if _GENERIC_BEFORE.search(view.text, 0, m.start("det")) and not _own_purpose(view, m.group("after")):
            continue  # 'at a ceremony held in X': the signing's ceremony, read by event_meetings
        if _ACT_PURPOSE.match(m.group("after") or "") and not _HELD_LATER.search(view.text, m.end()) \
                and not _stated(when(view, m.start("det"))):
            continue  # 'plans to hold a ceremony to open the bridge': neither held nor timed
        if not (m.group("verb") or m.group("after")) or _KIND_MOD.fullmatch(mod) or _KIND_END.search(mod):
            continue
        purpose = _PURPOSE.search(view.text, m.end("det"))
        label = f"{mod + ' ' if mod else ''}ceremony" + (
            f" {purpose.group().strip()}" if purpose else "")
        participants: list[Ref] = view.refs("person")[:3]
        place = location(view, m.end()) or (location(view, purpose.end()) if purpose else None)
        out.append(Mention(Event("Event", label, when(view, m.start("det")), participants, place,
                                 view.text, rule="event.ceremony")))  # 'marking X was held in Y'
    return out


def _stated(date: When | None) -> bool:
    """Whether the sentence itself gives the time (not the story's date inherited)."""
    return date is not None and not date.inherited


_MARKING = re.compile(r"\s+(?:marking|to\s+mark|to\s+(?:launch|open|inaugurate|celebrate|commemorate)|"
                      r"celebrating|honou?ring|dedicated\s+to)$")


def _own_purpose(view: Sent, after: str | None) -> bool:
    """'Speaking at a ceremony marking the national day, X said': a ceremony told with what it
    marks is that occasion, not the ceremony of a signing; in a sentence that signs something it
    stays the signing's."""
    return bool(after) and _MARKING.match(after) is not None and not _SIGNING_WORD.search(view.text)


_ACT_CEREMONY = re.compile(r"^(?:the\s+)?(?:official\s+)?(?:opening|launch|launching|inauguration|inaugural|"
                           r"commissioning)\s+ceremony\b", re.I)
_ACT = re.compile(r"^(?:launch|opening|inauguration|commissioning|unveiling) of ")


def merge_ceremonies(events: dict) -> None:
    """'A centre was launched last weekend ... Speaking at the opening ceremony of the X Centre':
    the launch and its ceremony are one event, kept as the ceremony when it is named ('of the X
    Centre'), with the launch's makers, else as the launch; with the stated date.  The signing
    occasions of one day are one ceremony too (event_signings)."""
    merge_signings(events)
    for key, ceremony in list(events.items()):
        if ceremony.type != "Event" or not _ACT_CEREMONY.match(ceremony.label):
            continue
        acts = [k for k, e in events.items() if k != key and e.type == "Event" and _ACT.match(e.label)
                and _same_month(e.date, ceremony.date)]
        if len(acts) != 1:
            continue
        kept, dropped = (ceremony, acts[0]) if " " in _ACT_CEREMONY.sub("", ceremony.label).strip() \
            else (events[acts[0]], key)  # a bare 'opening ceremony' is the launch's
        gone = events.pop(dropped)
        if kept is ceremony:  # the launch's makers take part in its ceremony
            kept.participants += [r for r in gone.participants if r not in kept.participants]
        if gone.date is not None and (kept.date is None or kept.date.inherited and not gone.date.inherited):
            kept.date = gone.date


def _same_month(a: When | None, b: When | None) -> bool:
    return a is None or b is None or a.value[:7] == b.value[:7]

# the words each pattern's matches begin with: it is matched only where one is (match_starts.py)
_FIRST_WORDS = {name: first_words(globals()[name]) for name in ("_ATTENDED", "_FIRST_STONE",)}
