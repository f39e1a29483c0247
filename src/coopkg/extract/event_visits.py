"""Visits: 'X's state visit to Y', 'the visit of X to Y', 'X visited Y', 'a delegation from X
visited Y'.  A visit is a StateVisit when the text calls it one, or when a head of state makes
an official or high-level visit (`event_visitors.visit_type`); any other
visit — a plain or working visit, a minister's, a delegation's, an organisation's — is an Other
event (GOLD_FORMAT: ministers' official visits not called state visits)."""

from __future__ import annotations

import datetime as dt
import re
from re import _parser

from coopkg.extract.cues import folded
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.event_arrivals import unplaced_arrivals
from coopkg.extract.event_clauses import (
    Mention,
    event_words,
    label_of,
    refs_in,
    when,
)
from coopkg.extract.event_group_visits import group_visit
from coopkg.extract.event_journeys import journeys
from coopkg.extract.event_subjects import subject as subject_of
from coopkg.extract.event_that_country import described_visit, that_country_visits
from coopkg.extract.event_visitors import KINDS, LEVELS, head_of, visit_type, visitor, with_country
from coopkg.extract.event_wishes import called_off, called_off_after, wished
from coopkg.extract.facts import Event, Ref, When
from coopkg.extract.lexicon import NUMBER_WORDS, alternation
from coopkg.extract.memo import by_text
from coopkg.extract.name_patterns import PARTICLES
from coopkg.extract.sentence_gates import needs

_PLACE = (r"(?:the\s+)?(?:[A-Z][\w'’\-]+\s+(?:capital|city|port|town)(?:\s+of)?,?\s+)?"
          r"[A-Z][\w'’\-]+(?:\s(?:of\s)?[A-Z][\w'’\-]+)*")


PLACES = rf"{_PLACE}(?:(?:,\s*|\s+and\s+){_PLACE})*"


_NOUN = r"visits?|trip|tour"
_GROUPS = alternation(event_words("group"))
_PARTICLES = alternation(sorted(PARTICLES))  # 'Crown Prince Ahmed bin Salem'
_VISIT = re.compile(rf"\b(?P<kind>(?i:{KINDS}))?\s*"
                    rf"(?P<noun>(?i:{_NOUN}))\b"
                    rf"(?:\s+(?:of|by|(?P<source>from)|paid\s+by|made\s+by)\s+(?:(?:[a-z][a-z\-]*|[A-Z]{{2,}}|[A-Z][\w\-]*['’]s)\s+){{0,3}}(?P<who>[A-Z][\w.\-]+(?:(?:\s(?:{_PARTICLES}))*\s[A-Z][\w.\-]+)*)"
                    rf"(?:\s+(?:[a-z]+\s+)?(?P<group>{_GROUPS})\b)?)?"  # 'of a Kenyan (trade) delegation'
                    rf"(?:\s+to\s+(?P<where>{PLACES}))?")
# speed only: every match holds one of these (lowered) right after at most a kind word and spaces
_NOUN_STARTS = ("visit", "trip", "tour")
_KIND_WIDTH = _parser.parse(rf"(?i:{KINDS})").getwidth()[1]


@by_text  # the text alone decides: a recurring sentence is scanned once
def _visit_matches(text: str) -> tuple[re.Match[str], ...]:
    """`list(_VISIT.finditer(text))`, the scan started just before each noun: a match begins at
    most a kind word and the spaces after it before its noun ('state visit', ' trip'), so no
    match begins further back, and the scan of a long sentence from its start is spared."""
    low = folded(text)
    if low is None:
        return tuple(_VISIT.finditer(text))
    out: list[re.Match[str]] = []
    pos = 0
    while True:
        at = min((i for i in (low.find(w, pos) for w in _NOUN_STARTS) if i >= 0), default=-1)
        if at < 0:
            return tuple(out)
        while at > pos and text[at - 1].isspace():
            at -= 1
        m = _VISIT.search(text, max(pos, at - _KIND_WIDTH))
        if m is None:
            return tuple(out)
        out.append(m)
        pos = m.end()


# 'the first high-level visit by a Malaysian foreign minister': the office, not a head of state, visits
_BY_OFFICE = re.compile(r"\s+by\s+(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,3}?(?:(?:foreign|deputy|vice)\s+)?"
                        r"(?:minister|secretary|ambassador|envoy|delegation|official)s?\b", re.I)


def _visit_type(ctx: Doc, view: Sent, m: re.Match[str], who: list[Ref]) -> str:
    """A visit called a state visit is one, as is a 'high-level' visit of no one named; else
    the level and the visitor's office decide (`visit_type`)."""
    kind = (m.group("kind") or "").lower()
    level = LEVELS.get(kind, "")
    by_office = _BY_OFFICE.match(view.text, m.end("noun"))
    if level == "state" or (kind == "high-level" and not who and not by_office):
        return "StateVisit"
    clause = view.text[view.text.rfind(",", 0, m.start()) + 1:m.start()]
    return visit_type(level, head_of(ctx, who, clause))


@needs("_VISIT", "journeys", "_VISITING", "unplaced_arrivals", "that_country_visits")
def visits(ctx: Doc, view: Sent) -> list[Mention]:
    return _visit_nouns(ctx, view) + journeys(ctx, view) + _visiting(ctx, view) + \
        unplaced_arrivals(ctx, view) + that_country_visits(ctx, view)


_VISITING = re.compile(rf"(?<!\w)[Vv]isiting\s+(?!(?i:{alternation(event_words('visiting-position'))})\b)")


_VERB_BEFORE = re.compile(rf"\b(?i:{alternation(event_words('not-attributive'))})\s+$")


# titles before a name: capitalised words, their joiners, the adjectives a title takes ('a visit
# by X's outgoing Foreign Minister Y'), and 'counterpart' ('his visiting Turkish counterpart Y')
_APPOSED_TITLES = re.compile(rf"(?:(?:[A-Z][\w.\-’']*|and|of|the|for|"
                             rf"{alternation(event_words('title-adjective'))}|"
                             rf"{alternation(event_words('counterpart-noun'))})\s*,?\s+)*")


# 'visiting UAE Deputy Premier and Pakistan's Foreign Minister X': the titles after 'and' are
# another person's, the one named; the visitor's name is left unsaid
_OTHER_HOLDER = re.compile(r"\band\s+(?:the\s+)?[A-Z][\w\-]*['’]s\s")


def _visiting(ctx: Doc, view: Sent) -> list[Mention]:
    """'talks with visiting Chinese Premier X', '... co-chaired by A and visiting Saudi Crown
    Prince, Deputy Prime Minister B': the attributive participle says the person named after
    their titles is on a visit to the place of the sentence, else to the article's other
    country."""
    out = []
    for m in _VISITING.finditer(view.text):
        if _VERB_BEFORE.search(view.text, 0, m.start()) and not _demonym_after(ctx, view.text, m.end()):
            continue  # 'is visiting', 'while visiting', 'by visiting': the verb with its object
        person = next((s for s in view.spans if s.start >= m.end() and s.ref.kind != "place"), None)
        if person is None or person.ref.kind != "person" or \
                not _APPOSED_TITLES.fullmatch(view.text[m.end():person.start]) or \
                _OTHER_HOLDER.search(view.text, m.end(), person.start):
            continue
        origin = _origin(ctx, person, view.text[m.end():person.start])
        place = _visited_country(ctx, view, origin)
        if place is None:
            continue
        country = Ref("place", ctx.country_iri(place[1]))
        out.append(Mention(Event(  # 'visiting President X': a visit called by no level is Other
            "Event", f"{person.name} visit to {ctx.gaz.countries[place[1]].label}", when(view, m.start()),
            [person.ref, country], place[0], view.text, rule="event.visiting")))
    return out


_DEMONYM_AFTER_RE = re.compile(r"[A-Z][\w\-]*")


def _demonym_after(ctx: Doc, text: str, pos: int) -> bool:
    """Whether 'visiting' is followed by a country's adjective ('signed by visiting Chinese
    Minister X'): the participle describes the person then, while the verb after 'by', 'is' or
    'while' takes a place ('by visiting China')."""
    word = _DEMONYM_AFTER_RE.match(text[pos:])
    return word is not None and ctx.gaz.country_of_demonym(word.group()) is not None


def _origin(ctx: Doc, person: Span, titles: str) -> str | None:
    """The visitor's country: known for the person, else the demonym of their title."""
    known = ctx.people.get(person.ref.key)
    if known is not None and known.country:
        return known.country
    return next((c for c in map(ctx.gaz.country_of_demonym, titles.split()) if c), None)


def _visited_country(ctx: Doc, view: Sent, origin: str | None) -> tuple[str, str] | None:
    """(place key, country code) of the first place of the sentence outside the visitor's
    country, else the article's other country."""
    for span in view.spans:
        if span.ref.kind != "place":
            continue
        region = ctx.gaz.regions.get(span.ref.key)
        code = region.country if region else span.ref.key.rsplit("/", 1)[-1]
        if code != origin and code in ctx.gaz.countries:
            return span.ref.key, code
    others = [c for c in ctx.pair() if c != origin]
    return (ctx.country_iri(others[0]), others[0]) if origin and len(others) == 1 else None


def _destinations(ctx: Doc, view: Sent, start: int, end: int) -> list[Ref]:
    """The places named in a visit's 'to X(, Y and Z)' list.  A demonym there is no destination
    but the start of the next clause's subject ('During her visit to X, Kenyan Minister Y met Z'):
    a visit goes to a place, never to an adjective."""
    return [s.ref for s in view.spans if start <= s.start < end and s.ref.kind == "place"
            and not _only_demonym(ctx, view.text[s.start:s.end])]


def _only_demonym(ctx: Doc, word: str) -> bool:
    """'Kenyan' is only an adjective; 'United States' and 'ROK' are also used as adjectives but
    name the country too, and after 'to' they are where the visit goes."""
    return bool(ctx.gaz.country_of_demonym(word)) and \
        not any(p.kind == "country" for p in ctx.gaz.lookup(word))


def _not_held(view: Sent, m: re.Match[str]) -> bool:
    """Whether the visit of `m` is one that did not or may not take place: called off ('cancelled
    her visit', 'the visit ... was postponed') or only wished for with no time of its own ('looked
    forward to the visit of X'); GOLD_FORMAT counts neither."""
    after = view.text[m.end():]
    return called_off(view.text[:m.start()]) or called_off_after(after) or \
        wished(view.text[:m.start("noun")], after, any(d.start >= m.end() for d in view.dates))


def _visit_nouns(ctx: Doc, view: Sent) -> list[Mention]:
    out = []
    for m in _visit_matches(view.text):  # = _VISIT.finditer
        where = m.span("where") if m.group("where") else _displaced_where(view, m)
        places = _destinations(ctx, view, *where) if where else []
        # 'a visit by X' names its visitor, whoever was named before it in the clause
        who = _by_visitor(view, m.end("noun")) or _by_visitor(view, m.end()) or \
            visitor(ctx, view, m.start(), m.group("who"))
        if m.group("source") and not any(r.kind == "person" for r in who):
            continue  # 'a visit from X' names its visitor; 'the trip from Lima to Y' a route
        kind = m.group("kind")
        opening = m.start("kind") if m.group("kind") else m.start("noun")
        if (_FUTURE.search(view.text, 0, opening) or "nvit" in view.text and
                _INVITATION.search(view.text, 0, opening)) and _untimed(when(view, m.start())):
            continue  # 'will soon pay a visit', 'the invitation to pay a state visit': no time, no event
        if _not_held(view, m):
            continue  # 'cancelled her visit to X', 'looked forward to the visit of X': none took place
        if not who and places:  # 'a trip to the capital X by President Y'
            who = _by_visitor(view, m.end()) or _apposed_visitor(ctx, view, m.start())
        if not who and m.group("group"):  # 'the first visit of a Peruvian delegation (to Chile)'
            who, places = group_visit(ctx, m.group("who"), places)
        if not places and who and m.group("who"):  # 'the visit paid by X', not 'his visit'
            places = _other_country(ctx, who[0])
        if not places and who:
            places = _stay_place(view, m.start("noun")) or _body_visited(view, m)
        if not places and who:  # 'his visit to the kingdom': the country the story named
            who, places = described_visit(ctx, view, m.start(), m.end("noun"), who)
        if not places:
            plural = m.group("noun").lower().endswith("s")  # 'high-level visits': no one visit
            if kind and not who and not plural:  # 'during the high-level visit': a state visit
                out.append(Mention(Event(
                    "StateVisit" if kind.lower() in ("state", "high-level") and
                    not _BY_OFFICE.match(view.text, m.end("noun")) else "Event",
                    f"{kind.lower()} visit", when(view, m.start()),
                    [Ref("place", ctx.country_iri(c)) for c in ctx.pair()], None, view.text,
                    rule="event.visit-anonymous")))
            continue
        for place in places:
            name = label_of(view, place)
            if name == place.key and place.kind == "place":  # the destination the text leaves unsaid
                name = ctx.gaz.countries[name.rsplit("/", 1)[-1]].label
            by = who[0].key if who and who[0].kind == "person" else \
                f"{m.group('who')} {m.group('group')}" if who else ""
            label = f"{by + ' ' if by else ''}visit to {name}".strip()
            participants = [*who, *with_country(ctx, place)] if place.kind == "place" else [*who, place]
            where = place.key if place.kind == "place" else _country_of(ctx, place)
            out.append(Mention(Event(_visit_type(ctx, view, m, who), label, _start(view, m),
                                     participants, where, view.text, rule="event.visit")))
    return out


_GAP = re.compile(r"\s+(?:(?:on|in)\s+)?")
_TO_PLACES = re.compile(rf"\s+to\s+(?P<where>{PLACES})")


def _displaced_where(view: Sent, m: re.Match[str]) -> tuple[int, int] | None:
    """'paid an official visit today to X', 'made a visit on Monday to X': English may put a
    time adverbial between the visit noun and its destination; the place after it is still the
    visit's (its date is the adverbial's, read by `when`)."""
    if m.group("who"):
        return None
    for date in view.dates:
        gap = _GAP.fullmatch(view.text, m.end(), date.start) if date.start > m.end() else None
        to = _TO_PLACES.match(view.text, date.end) if gap else None
        if to:
            return to.span("where")
    return None


_AUX = r"(?:(?:is|are|was|were|will|would|has|have|had|be|been|also|now|currently|then)\s+)*"
_PAID = re.compile(rf"\s*{_AUX}(?:{alternation(event_words('visit-verb'))})\b[^,;]*$", re.I)


def _apposed_visitor(ctx: Doc, view: Sent, pos: int) -> list[Ref]:
    """'The Foreign Minister of X, Y, paid an official visit to Z' and 'Y, X's minister, is paying
    as from Friday a working visit to Z': the clause of the visit noun opens with the verb that
    takes it, so its subject is the person apposed before the comma (event_subjects.subject)."""
    clause_start = view.text.rfind(",", 0, pos) + 1
    paid = _PAID.match(view.text, clause_start, pos) if clause_start else None
    if paid is None:
        return []
    verb = clause_start + len(view.text[clause_start:pos]) - len(view.text[clause_start:pos].lstrip())
    return [r for r in subject_of(ctx, view, verb)[1] if r.kind == "person"][:1]


def _body_visited(view: Sent, m: re.Match[str]) -> list[Ref]:
    """'a working visit to the University of X': the body visited, when no place is."""
    return [r for r in refs_in(view, m.start("where"), m.end("where")) if r.kind == "org"][:1] \
        if m.group("where") else []


def _country_of(ctx: Doc, org: Ref) -> str | None:
    known = ctx.orgs.get(org.key)
    return ctx.country_iri(known.country) if known is not None and known.country in ctx.gaz.countries \
        else None


_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")
# 'with a visit' is how copy translated from Russian and other languages writes 'on a visit'
_ON_VISIT = re.compile(r"[^,;]*?\b(?:on|for|with)\s+(?:an?|his|her|their)\s+(?:[\w\-’']+\s+)*$")  # 'a day's'


def _stay_place(view: Sent, pos: int) -> list[Ref]:
    """'X is in Lima on a two-day official visit', 'X was in Peru last week for a visit', 'X is in
    Peru with an official visit': the place the visitor is said to be in, right before the visit
    of no stated destination."""
    before = [s for s in view.spans if s.ref.kind == "place" and s.end <= pos
              and _IN_BEFORE.search(view.text, 0, s.start)]
    if not before or not _ON_VISIT.fullmatch(view.text, before[-1].end, pos):
        return []
    return [before[-1].ref]


_BY = re.compile(r"\s+by\s+")


def _by_visitor(view: Sent, end: int) -> list[Ref]:
    """'a trip to X by President Y': the person after 'by', past their titles."""
    by = _BY.match(view.text, end)
    person = next((s for s in view.spans if by and s.start >= by.end() and s.ref.kind == "person"),
                  None)
    if by is None or person is None or \
            not _APPOSED_TITLES.fullmatch(view.text[by.end():person.start]):
        return []
    return [person.ref]


def _other_country(ctx: Doc, who: Ref) -> list[Ref]:
    """'The two-day visit paid by the Chinese Foreign Minister wrapped up today': a visit whose
    destination goes unsaid is to the article's country other than the visitor's."""
    person = ctx.people.get(who.key) if who.kind == "person" else None
    others = [c for c in ctx.pair() if person is not None and person.country and c != person.country]
    return [Ref("place", ctx.country_iri(others[0]))] if len(ctx.pair()) == 2 and len(others) == 1 \
        else []


_DAYS = re.compile(r"\b(?P<n>\w+)(?:-days?|\s+days?)\s+(?:[\w\-]+\s+)?$", re.I)
_CONCLUDED = re.compile(r"\b(?:wrapped\s+up|concluded|concludes|ended|ends|completed|rounded\s+off|"
                        r"wound\s+up)\s+(?:a|an|the|his|her|their|its)\s+$")


_ENDED = re.compile(r"^[^,;]*?\b(?:wrapped\s+up|concluded|ended|came\s+to\s+an\s+end|"
                    r"drew\s+to\s+a\s+close)\b")


def _start(view: Sent, m: re.Match[str]) -> When | None:
    """The visit's date is its first day: 'the three-day visit ... ended on Friday' and 'X
    concluded a three-day visit on Friday' began on Wednesday."""
    date = when(view, m.start())
    days = _DAYS.search(view.text, 0, m.start("noun"))
    ended = _ENDED.match(view.text[m.end():]) or (
        _CONCLUDED.search(view.text, 0, days.start()) if days else None)
    if date is None or days is None or ended is None or len(date.value) != 10:
        return date
    span = NUMBER_WORDS.get(days.group("n").lower()) or (int(days.group("n"))
                                                          if days.group("n").isdigit() else 0)
    end = dt.date.fromisoformat(date.value)
    if not 1 < span < 15 or not any(d.start >= m.end() for d in view.dates):
        return date
    return When((end - dt.timedelta(days=span - 1)).isoformat(), date.inherited)


def _untimed(time: When | None) -> bool:
    """No time of the plan's own: none, or only the story's time the sentence inherits ('will
    continue her trip to X': GOLD_FORMAT counts planned meetings with a stated time)."""
    return time is None or time.inherited


_FUTURE = re.compile(r"\b(?:will|shall|is\s+(?:expected|scheduled|due|set|going)\s+to|"
                     r"(?:plans?|intends?)\s+to)\s+(?:[\w\-]+\s+){0,3}$", re.I)
# 'the invitation to pay a state visit', 'invited President X to pay a state visit'
_INVITATION = re.compile(r"\b(?:invitations?|invit(?:ed|es|ing)\s+[^,;]{1,80}?)\s+to\s+(?:[\w\-]+\s+){0,3}$",
                         re.I)
