"""Visits stated by a verb of a journey: 'X visited Y', 'arrived in Y', 'travelled to Y', 'a
delegation from X visited Y', 'the President of X visited Y', and planned ones with their time
('will visit Y on 12 June', 'is due to arrive in Y on Sunday').  A visit to a person is a
meeting of the two."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.event_clauses import Mention, event_words, place_after, refs_in, when
from coopkg.extract.event_sites import at_home, site_start
from coopkg.extract.event_subjects import TITLES, chain_head
from coopkg.extract.event_subjects import subject as subject_of
from coopkg.extract.event_visitors import KINDS, LEVELS, head_kind, head_of, visit_type, visitor, with_country
from coopkg.extract.facts import Event, Ref, When
from coopkg.extract.lexicon import alternation
from coopkg.extract.match_starts import first_words, matches
from coopkg.extract.sentence_gates import needs

_JOURNEYS = event_words("journey-verb") | event_words("journey-ongoing")
_VISITED = re.compile(rf"\b(?:(?:{alternation(_JOURNEYS)})|(?P<plan>(?:will\s+(?:also\s+)?|"
                      r"(?:is|are)\s+(?:scheduled|expected|due|set|going)\s+to\s+|(?:is|are) to\s+|"
                      r"(?:plans?|intends?)\s+to\s+)"
                      rf"(?:{alternation(event_words('journey-plan'))})|"
                      rf"(?:{alternation(event_words('journey-present'))})|"
                      rf"(?:{alternation(event_words('departure'))})"
                      r"\s+(?:on\s+[A-Z][a-z]+day|tomorrow|tonight|next\s+week)\s+(?:to\s+visit|for)|"
                      r"led\s+(?:an?|the|his|her|their)\s+(?:[\w\-]+\s+){0,3}?delegation"
                      r"(?:\s+of\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)?\s+to))\s+")  # '... of 40 firms to Y'


_FOR_VISIT = re.compile(rf"\b(?:for|on)\s+an?\s+(?:[\w\-]+\s+)?((?i:{KINDS}))\s+visit\b")


_TO_ATTEND = re.compile(rf"\bto\s+(?:{alternation(event_words('attend-verb'))})\b")


_GROUP = re.compile(rf"\b(?:{alternation(event_words('group'))})\b")


def _clause_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(",", pos), text.find(";", pos)) if i >= 0]
    return min(ends) if ends else len(text)


_GROUP_VISITOR_RE = re.compile(r"(?:\b(?:a|an|the)\s+)?(?:[\w'’\-]+\s+){0,2}$")
_GROUP_VISITOR_RE2 = re.compile(r"(?:\s+(?:also|then|later|recently|have|has|had|first))+$")
_GROUP_VISITOR_RE3 = re.compile(r"^(?:A|An|The)\b")


def _group_visitor(view: Sent, pos: int) -> tuple[str, list[Ref]] | None:
    """'A delegation from X', 'X said a group of delegates', 'Uzbek experts': a visiting group,
    and the organisations (or the country) it comes from."""
    clause_start = view.text.rfind(",", 0, pos) + 1
    clause = view.text[clause_start:pos]
    group = _GROUP.search(clause)
    if not group:
        return None
    np = _GROUP_VISITOR_RE.search(clause[:group.start()])
    phrase = clause[np.start() if np else group.start():].strip()
    phrase = _GROUP_VISITOR_RE2.sub("", phrase)
    phrase = _GROUP_VISITOR_RE3.sub(lambda d: d.group().lower(), phrase)
    refs = [r for r in refs_in(view, clause_start, pos) if r.kind in ("org", "place")]
    orgs = [r for r in refs if r.kind == "org"]
    return phrase, orgs or refs[:1]


def group_visitor(view: Sent, pos: int) -> tuple[str, list[Ref]] | None:
    """`_group_visitor` for the other event rules ('a delegation ... was received by X')."""
    return _group_visitor(view, pos)


def _host(ctx: Doc, view: Sent, start: int, end: int) -> tuple[Ref | None, str, Ref | None]:
    """The place visited, or the organisation visited and its country (the place is None when
    the text and the organisation say none)."""
    for span in view.spans:
        if start <= span.start < end and span.ref.kind in ("place", "org"):
            if span.ref.kind == "place":
                return span.ref, span.name, None
            places = [r for r in refs_in(view, start, end) if r.kind == "place"]
            org = ctx.orgs.get(span.ref.key)
            if places:
                return places[0], span.name, span.ref
            if org is not None and org.country in ctx.gaz.countries:
                return Ref("place", ctx.country_iri(org.country)), span.name, span.ref
            return None, span.name, span.ref
    return None, "", None


_VISITED_WORDS = first_words(_VISITED)  # where a journey verb can begin (match_starts.py)
_REPEATED = re.compile(r"\b(?:several|many|numerous|multiple|a\s+few|two|three|four|five|\d+)\s+times\b|"
                       r"\btwice\b|\bon\s+(?:several|many|numerous)\s+occasions\b|\brepeatedly\b", re.I)


@needs("_VISITED")
def journeys(ctx: Doc, view: Sent) -> list[Mention]:
    out = []
    for m in matches(_VISITED, _VISITED_WORDS, view.text):  # = _VISITED.finditer
        end = _clause_end(view.text, m.end())
        person = _person_visited(view, m.end(), end)
        if person is not None:
            out += _visit_to_person(ctx, view, m.start(), person)
            continue
        if m.group("plan") and when(view, m.start()) is None:
            continue  # a planned visit counts only with its time stated
        if _REPEATED.search(view.text, m.end(), end) and when(view, m.start()) is None:
            continue  # 'has visited X several times': visits without a date, no one occasion
        if not m.group().startswith("visit") and _TO_ATTEND.search(view.text, m.end(), end):
            continue  # 'arrived in X to attend the summit': the journey to an event, no visit
        site = site_start(view, m.end(), end) if m.group().startswith(("visit", "tour")) else m.end()
        host, host_label, org = _host(ctx, view, site, end) if site is not None else (None, "", None)
        visitor = _visitor_of(ctx, view, m.start()) if host or org else None
        if visitor is None or site != m.end() and at_home(ctx, visitor[1], host):
            continue  # 'X visited an exhibition in <X's own capital>': no visit abroad
        label, participants, head = visitor
        if host is None and not any(r.kind == "person" for r in participants):
            continue  # a delegation's stop at a body is part of the delegation's visit
        # a body visited takes part, its country is the place; a city visited, through its country
        level = _FOR_VISIT.search(view.text, m.end())  # "arrived in X, Y, on Sunday for an official visit"
        grade = LEVELS.get(level.group(1).lower(), "") if level is not None else "unqualified"
        kind = visit_type(grade, head if org is None else "")
        for where, name in [(host, host_label), *(_further_countries(view, host) if org is None else [])]:
            places = [org] if org is not None else [where, *with_country(ctx, where)][-1:]
            out.append(Mention(Event(kind, f"{label} {name}",
                                     when(view, m.start()), [*participants, *places],
                                     where.key if where else None, view.text, rule="event.visited")))
    return out


_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _further_countries(view: Sent, host: Ref | None) -> list[tuple[Ref, str]]:
    """'will visit Peru and Ecuador next week', 'toured A, B and C': each country coordinated
    right after the first one visited is a visit of its own (a city's country after it, 'Lima,
    Peru', is no second visit)."""
    first = next((s for s in view.spans if host is not None and s.ref == host), None)
    if first is None or "/country/" not in host.key:
        return []
    out, pos = [], first.end
    for span in [s for s in view.spans if first.end <= s.start]:  # the list runs past the clause's comma
        if span.ref.kind != "place" or "/country/" not in span.ref.key or \
                not _COORDINATED.fullmatch(view.text, pos, span.start):
            break
        out.append((span.ref, span.name))
        pos = span.end
    return out


# 'X and his delegation', 'the minister and her team': a visitor's companions, no visitor of their own
_COMPANION = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:[\w\-]+\s+)?"
                        rf"(?:{alternation(event_words('group'))})\s+(?=(?:[a-z]+\s+){{0,3}}$)")


def _visitor_of(ctx: Doc, view: Sent, pos: int) -> tuple[str, list[Ref], str] | None:
    """Who visited, as (label before the place, participants, which head — 'state',
    'government' or '' — the visitor is): a person, a group from a body ('a delegation from
    X'), a head of state named by office ('the President of X'), or the subject of a list of
    activities or a pronoun."""
    companion = _COMPANION.search(view.text, 0, pos)
    if companion is not None:  # 'The Head of State and his delegation arrived': the head's visit
        pos = companion.start() + 1
    who = visitor(ctx, view, pos, None) if chain_head(view.text, pos) == pos else []
    if who:
        return f"{who[0].key} visit to", who, head_of(ctx, who, "")
    group = _group_visitor(view, pos)
    if group is not None:
        return f"visit of {group[0]} to", group[1], ""
    office = _office_holder(ctx, view, pos)
    if office is not None:
        return office
    name, refs = subject_of(ctx, view, pos)
    return (f"{name} visit to", refs, head_of(ctx, refs, "")) if refs else None


_OF_COUNTRY = re.compile(r"\b((?:[A-Za-z\-]+\s+){1,3})of\s+(?:the\s+)?$")


_OFFICE_HOLDER_RE = re.compile(r"\b[Tt]he\s+")


def _office_holder(ctx: Doc, view: Sent, pos: int) -> tuple[str, list[Ref], str] | None:
    """'the President (Foreign Minister) of X visited Y': the visitor is X's office holder,
    named by office; a head of state's visit is a state visit."""
    before = [s for s in view.spans if s.ref.kind == "place" and "/country/" in s.ref.key
              and s.end <= pos and not view.text[s.end:pos].strip()]
    office = _OF_COUNTRY.search(view.text, 0, before[-1].start) if before else None
    words = office.group(1).split() if office else []
    if not words or words[-1].lower() not in TITLES:
        return None
    title = _OFFICE_HOLDER_RE.split(office.group(1))[-1].strip()
    return (f"visit of the {title} of {before[-1].name} to", [before[-1].ref],
            head_kind(title))


_PERSON_VISITED_RE = re.compile(r"(?:with\s+)?(?:[A-Z][\w.\-’']*\s+)*")


def _person_visited(view: Sent, start: int, end: int) -> Span | None:
    """'X visited President Y at his residence': the person visited, named right after; 'X
    visited with (Peruvian President) Y' is American English for meeting Y, whoever Y is (a
    name read as a body's in this frame too)."""
    within = [s for s in view.spans if start <= s.start < end]
    met = view.text.startswith("with ", start)
    first = next((s for s in within if s.ref.kind in ("person", "org")), None) if met else \
        within[0] if within else None
    if first is None or first.ref.kind != "person" and not met or \
            not _PERSON_VISITED_RE.fullmatch(view.text[start:first.start]):
        return None
    return first


def _visit_to_person(ctx: Doc, view: Sent, pos: int, host: Span) -> list[Mention]:
    """A visit to a person is a meeting of the two (GOLD_FORMAT: meetings include calls on a
    person); its date may close the sentence ('... at his residence in Z on Sunday')."""
    name, who = subject_of(ctx, view, pos)
    if not who or host.ref in who:
        return []
    date = when(view, pos) or _only_date_after(view, pos)
    return [Mention(Event("Meeting", f"{name} visit to {host.name}", date, [*who, host.ref],
                          place_after(view, host.end), view.text, rule="event.visited"))]


def _only_date_after(view: Sent, pos: int) -> When | None:
    after = [d for d in view.dates if d.start >= pos]
    return after[0].when if len(after) == 1 and len(view.dates) == 1 else None
