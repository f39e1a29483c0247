"""'A meeting of central bank authorities of both countries', 'a meeting of Kenyan and Ugandan
customs officials': a meeting of the members of a public body, with no organisation named, is a
meeting of their countries (GOLD_FORMAT: participants are the countries said to take part).  The
countries are those named in the phrase, else, when it says 'both countries' or names none, the
article's pair."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_clauses import event_words
from coopkg.extract.facts import Ref
from coopkg.extract.lexicon import alternation

_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?:(?!(?:with|between|on|in|at|to|for|by|from)\b)[\w\-’']+\s+){0,5}?"
                   rf"(?:{alternation(event_words('body-member'))})\b"
                   r"(?P<of>\s+(?:of|from)\s+(?:the\s+)?(?:two|both)\s+(?:countries|sides|nations|states))?")
_OF_NAMES = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?(?:,?\s+and\s+"
                       r"(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)+")


_PLAN = re.compile(r"\bto\s+(?:hold|host|convene|organi[sz]e)\b")


def body_participants(ctx: Doc, view: Sent, end: int, place_from: int) -> tuple[list[Ref], int]:
    """The countries of 'a meeting <of ... officials/authorities ...>' right after the noun at
    `end`, and where the meeting's place may follow ('... of both countries in Lima'): none when
    the noun is not followed by such a phrase, or when it is planned ('agreed on Monday to hold a
    meeting of customs officials') with no time after the plan (Monday is the agreement's)."""
    text = view.text
    m = _BODY.match(text, end)
    plans = list(_PLAN.finditer(text, 0, end))
    if m is None or plans and not any(d.start > plans[-1].start() for d in view.dates):
        return [], place_from
    stop = m.end()
    names = _OF_NAMES.match(text, stop) if not m.group("of") else None
    if names is not None:
        stop = names.end()
    found = [s.ref for s in view.spans if s.ref.kind == "place" and end <= s.start < stop
             and "/country/" in s.ref.key]
    countries = list(dict.fromkeys(found))
    if len(countries) >= 2:
        return countries, stop
    if len(ctx.pair()) == 2 and (m.group("of") or not countries):
        return [Ref("place", ctx.country_iri(c)) for c in ctx.pair()], stop
    return [], place_from


_OF_LIST = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][^.;:]*?,?\s+and\s+(?:the\s+)?"
                      r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*")


_LISTED_COUNTRIES_RE = re.compile(r",\s*|\s+and\s+")


def listed_countries(view: Sent, end: int) -> list[Ref]:
    """'a meeting of Chile, Peru and the Dominican Republic': the countries of a list right after
    the noun at `end` take part, when every name of the list is a country."""
    m = _OF_LIST.match(view.text, end)
    if m is None or "," not in m.group():
        return []
    inside = [s for s in view.spans if end < s.start < m.end()]
    names = [w for w in _LISTED_COUNTRIES_RE.split(m.group().strip()[3:]) if w.strip()]
    if len(inside) != len(names) or any(s.ref.kind != "place" or "/country/" not in s.ref.key
                                        for s in inside):
        return []
    return list(dict.fromkeys(s.ref for s in inside))
