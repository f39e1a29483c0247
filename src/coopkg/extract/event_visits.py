"""Visits: 'X's state visit to Y', 'the visit of X to Y', 'X visited Y', 'a delegation from X
visited Y'.  A visit is a StateVisit when the text calls it one, or when a head of state or
government makes it (official and high-level visits of presidents and prime ministers); any other
visit — a minister's, a delegation's, an organisation's — is an Other event (GOLD_FORMAT)."""

from __future__ import annotations

import datetime as dt
import re

from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.event_clauses import (
    Mention,
    event_mapping,
    event_words,
    label_of,
    place_after,
    refs_in,
    when,
)
from coopkg.extract.event_subjects import TITLES, chain_head, role_holder
from coopkg.extract.event_subjects import subject as subject_of
from coopkg.extract.facts import Event, Ref, When
from coopkg.extract.lexicon import NUMBER_WORDS, alternation

_KINDS = alternation(event_words("visit-kind"))
# 'the Republic of Korea', 'the Peruvian capital Lima'
_PLACE = (r"(?:the\s+)?(?:[A-Z][\w'’\-]+\s+(?:capital|city|port|town)(?:\s+of)?,?\s+)?"
          r"[A-Z][\w'’\-]+(?:\s(?:of\s)?[A-Z][\w'’\-]+)*")
PLACES = rf"{_PLACE}(?:(?:,\s*|\s+and\s+){_PLACE})*"
_VISIT = re.compile(rf"\b(?P<kind>(?i:{_KINDS}))?\s*"
                    r"(?P<noun>(?i:visits?|trip|tour))\b(?:\s+(?:of|by|paid\s+by|made\s+by)\s+(?:(?:[a-z]+|[A-Z]{2,})\s+){0,3}(?P<who>[A-Z][\w.\-]+(?:\s[A-Z][\w.\-]+)*))?"
                    rf"(?:\s+to\s+(?P<where>{PLACES}))?")
_VISITED = re.compile(r"\b(?:visited|arrived\s+in|travell?ed\s+to|(?P<plan>will\s+(?:also\s+)?"
                      r"(?:visit|travel\s+to)|(?:is|are)\s+(?:scheduled|expected|due|set)\s+to\s+"
                      r"(?:visit|travel\s+to)))\s+")
_FOR_VISIT = re.compile(rf"\b(?:for|on)\s+an?\s+(?:[\w\-]+\s+)?((?i:{_KINDS}))\s+visit\b")
_TO_ATTEND = re.compile(rf"\bto\s+(?:{alternation(event_words('attend-verb'))})\b")
_GROUP = re.compile(rf"\b(?:{alternation(event_words('group'))})\b")
_HEADS = event_words("head")
_NOT_HEADS = event_words("not-head")
_BEFORE_VISIT = re.compile(rf"\b(\w+)\s+(?:(?:{_KINDS}|\w+-day|previous|recent|"
                           r"first)\s+)*$", re.I)


def is_head_title(text: str) -> bool:
    """'President', 'the Prime Minister', 'Mongolian President' — not 'vice president'."""
    low = " " + re.sub(r"[^\w\s]", " ", text.lower()) + " "
    if any(f" {w} " in low for w in _NOT_HEADS) or "vice" in low.split() or "deputy" in low.split():
        return False
    return any(f" {w} " in low for w in _HEADS)


def _is_head(ctx: Doc, who: list[Ref], before: str) -> bool:
    person = ctx.people.get(who[0].key) if who and who[0].kind == "person" else None
    if person is not None and (person.role or "").lower() == "counterpart":
        return _counterpart_of_head(ctx, who[0])
    if person is not None:
        return bool(person.role) and person.affiliation is None and is_head_title(person.role)
    return not who and is_head_title(" ".join(before.split()[-4:]))


_COUNTERPART = re.compile(r"\b(?:his|her)\s+(?:[A-Z][\w\-]+\s+)?counterpart,?\s+$")


def _counterpart_of_head(ctx: Doc, ref: Ref) -> bool:
    """'President X and his Colombian counterpart Y': a counterpart holds the office of the
    person whose counterpart they are."""
    for sent in ctx.sents:
        for span in (s for s in sent.spans if s.ref == ref):
            if _COUNTERPART.search(sent.text[:span.start]):
                holders = [s for s in sent.spans if s.ref.kind == "person" and s.end <= span.start]
                person = ctx.people.get(holders[-1].ref.key) if holders else None
                return person is not None and bool(person.role) and is_head_title(person.role)
    return False


_LEVELS = event_mapping("visit-kind")


def _visit_type(ctx: Doc, view: Sent, m: re.Match[str], who: list[Ref]) -> str:
    """A visit called a state visit is one; an official or high-level visit is one when a head
    of state or government makes it (dev's reading of GOLD_FORMAT); a visit the text does not
    call by such a level — 'the visit of President X', a working visit — is Other, as the
    convention has visits 'not called state visits'."""
    kind = (m.group("kind") or "").lower()
    level = _LEVELS.get(kind, "")
    if level == "state" or (kind == "high-level" and not who):
        return "StateVisit"
    clause = view.text[view.text.rfind(",", 0, m.start()) + 1:m.start()]
    return "StateVisit" if level == "head" and _is_head(ctx, who, clause) else "Event"


def visits(ctx: Doc, view: Sent) -> list[Mention]:
    return _visit_nouns(ctx, view) + _visited(ctx, view) + _visiting(ctx, view)


_VISITING = re.compile(rf"(?<!\w)visiting\s+(?!(?i:{alternation(event_words('visiting-position'))})\b)")
_VERB_BEFORE = re.compile(rf"\b(?i:{alternation(event_words('not-attributive'))})\s+$")
_APPOSED_TITLES = re.compile(r"(?:(?:[A-Z][\w.\-’']*|and|of|the|for)\s*,?\s+)*")


def _visiting(ctx: Doc, view: Sent) -> list[Mention]:
    """'talks with visiting Chinese Premier X', '... co-chaired by A and visiting Saudi Crown
    Prince, Deputy Prime Minister B': the attributive participle says the person named after
    their titles is on a visit to the place of the sentence, else to the article's other
    country."""
    out = []
    for m in _VISITING.finditer(view.text):
        if _VERB_BEFORE.search(view.text, 0, m.start()):
            continue  # 'is visiting', 'while visiting', 'by visiting': the verb with its object
        person = next((s for s in view.spans if s.start >= m.end() and s.ref.kind != "place"), None)
        if person is None or person.ref.kind != "person" or \
                not _APPOSED_TITLES.fullmatch(view.text[m.end():person.start]):
            continue
        origin = _origin(ctx, person, view.text[m.end():person.start])
        place = _visited_country(ctx, view, origin)
        if place is None:
            continue
        country = Ref("place", ctx.country_iri(place[1]))
        out.append(Mention(Event(
            "Event", f"{person.name} visit to {ctx.gaz.countries[place[1]].label}", when(view, m.start()),
            [person.ref, country], place[0], view.text, rule="event.visiting")))
    return out


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


def _visit_nouns(ctx: Doc, view: Sent) -> list[Mention]:
    out = []
    for m in _VISIT.finditer(view.text):
        places = [r for r in refs_in(view, m.start("where"), m.end("where")) if r.kind == "place"] \
            if m.group("where") else []
        who = _visitor(ctx, view, m.start(), m.group("who"))
        kind = m.group("kind")
        if _FUTURE.search(view.text, 0, m.start()) and when(view, m.start()) is None:
            continue  # 'will soon pay a visit to Y': a plan with no stated time is no event
        if not who and places:  # 'a trip to the capital X by President Y'
            who = _by_visitor(view, m.end())
        if not places and who and m.group("who"):  # 'the visit paid by X', not 'his visit'
            places = _other_country(ctx, who[0])
        if not places:
            plural = m.group("noun").lower().endswith("s")  # 'high-level visits': no one visit
            if kind and not who and not plural:  # 'during the high-level visit': a state visit
                out.append(Mention(Event(
                    "StateVisit" if kind.lower() in ("state", "high-level") else "Event",
                    f"{kind.lower()} visit", when(view, m.start()),
                    [Ref("place", ctx.country_iri(c)) for c in ctx.pair()], None, view.text,
                    rule="event.visit-anonymous")))
            continue
        for place in places:
            name = label_of(view, place)
            if name == place.key:  # the destination the text leaves unsaid
                name = ctx.gaz.countries[name.rsplit("/", 1)[-1]].label
            label = f"{who[0].key + ' ' if who else ''}visit to {name}".strip()
            participants = [*who, *_with_country(ctx, place)] if place.kind == "place" else who
            out.append(Mention(Event(_visit_type(ctx, view, m, who), label, _start(view, m),
                                     participants, place.key, view.text, rule="event.visit")))
    return out


def _with_country(ctx: Doc, place: Ref) -> list[Ref]:
    """A country visited takes part in the visit; a city visited, through its country ('arrived
    in the capital X' is a visit to X's country)."""
    if "/country/" in place.key:
        return [place]
    region = ctx.gaz.regions.get(place.key)
    return [Ref("place", ctx.country_iri(region.country))] \
        if region is not None and region.country in ctx.gaz.countries else []


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


_DAYS = re.compile(r"\b(?P<n>\w+)-day\s+(?:[\w\-]+\s+)?$", re.I)
_ENDED = re.compile(r"^[^,;]*?\b(?:wrapped\s+up|concluded|ended|came\s+to\s+an\s+end|"
                    r"drew\s+to\s+a\s+close)\b")


def _start(view: Sent, m: re.Match[str]) -> When | None:
    """The visit's date is its first day: 'the three-day visit ... ended on Friday' began on
    Wednesday."""
    date = when(view, m.start())
    days = _DAYS.search(view.text, 0, m.start("noun"))
    ended = _ENDED.match(view.text[m.end():])
    if date is None or days is None or ended is None or len(date.value) != 10:
        return date
    span = NUMBER_WORDS.get(days.group("n").lower()) or (int(days.group("n"))
                                                          if days.group("n").isdigit() else 0)
    end = dt.date.fromisoformat(date.value)
    if not 1 < span < 15 or not any(d.start >= m.end() for d in view.dates):
        return date
    return When((end - dt.timedelta(days=span - 1)).isoformat(), date.inherited)


def _visitor(ctx: Doc, view: Sent, pos: int, who_text: str | None) -> list[Ref]:
    """The visitor: named after 'visit of'; 'his/her visit' → the last person named; 'the visit'
    refers back to a visit already known (no visitor of its own); else the nearest person
    before the visit in the same clause."""
    people = [m for m in view.spans if m.ref.kind == "person"]
    if who_text:
        named = [m.ref for m in people if m.name.split()[-1] in who_text or m.name in who_text]
        if named:
            return named[:1]
        holder = role_holder(ctx, who_text)  # 'the visit paid by the Chinese Foreign Minister'
        if holder is not None:
            return [Ref("person", holder.name)]
    determiner = _BEFORE_VISIT.search(view.text[:pos])
    word = determiner.group(1).lower() if determiner else ""
    before = [m for m in people if m.start < pos]
    if word in ("the", "this", "that"):
        return []
    if word in ("his", "her"):
        return [before[-1].ref] if before else []
    clause_start = view.text.rfind(",", 0, pos)
    local = [m.ref for m in before if m.start > clause_start]
    relative = _WHO_IS.search(view.text, 0, pos)
    if not local and relative:  # 'X, who is on a state visit to Y', 'X, currently on a visit to Y'
        local = [m.ref for m in before if m.end == relative.start()]
    return local[-1:]


_FUTURE = re.compile(r"\b(?:will|shall|is\s+(?:expected|scheduled|due|set|going)\s+to|"
                     r"(?:plans?|intends?)\s+to)\s+(?:[\w\-]+\s+){0,3}$", re.I)
_WHO_IS = re.compile(r",\s+(?:who\s+(?:is|was|has\s+been|will\s+be|arrived|began|begins|started|"
                     r"starts|is\s+paying|was\s+paying|paid|pays|made|makes)\b|(?:(?:currently|now|"
                     r"presently|still|then)\s+)?(?:on|during|in\s+the\s+course\s+of)\s+(?:an?|his|her)\b)"
                     r"[^,;]*$")


def _clause_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(",", pos), text.find(";", pos)) if i >= 0]
    return min(ends) if ends else len(text)


def _group_visitor(view: Sent, pos: int) -> tuple[str, list[Ref]] | None:
    """'A delegation from X', 'X said a group of delegates', 'Uzbek experts': a visiting group,
    and the organisations (or the country) it comes from."""
    clause_start = view.text.rfind(",", 0, pos) + 1
    clause = view.text[clause_start:pos]
    group = _GROUP.search(clause)
    if not group:
        return None
    np = re.search(r"(?:\b(?:a|an|the)\s+)?(?:[\w'’\-]+\s+){0,2}$", clause[:group.start()])
    phrase = clause[np.start() if np else group.start():].strip()
    phrase = re.sub(r"(?:\s+(?:also|then|later|recently|have|has|had|first))+$", "", phrase)
    phrase = re.sub(r"^(?:A|An|The)\b", lambda d: d.group().lower(), phrase)
    refs = [r for r in refs_in(view, clause_start, pos) if r.kind in ("org", "place")]
    orgs = [r for r in refs if r.kind == "org"]
    return phrase, orgs or refs[:1]


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


def _visited(ctx: Doc, view: Sent) -> list[Mention]:
    out = []
    for m in _VISITED.finditer(view.text):
        end = _clause_end(view.text, m.end())
        person = _person_visited(view, m.end(), end)
        if person is not None:
            out += _visit_to_person(ctx, view, m.start(), person)
            continue
        if m.group("plan") and when(view, m.start()) is None:
            continue  # a planned visit counts only with its time stated
        if not m.group().startswith("visit") and _TO_ATTEND.search(view.text, m.end(), end):
            continue  # 'arrived in X to attend the summit': the journey to an event, no visit
        host, host_label, org = _host(ctx, view, m.end(), end)
        visitor = _visitor_of(ctx, view, m.start()) if host or org else None
        if visitor is None:
            continue
        label, participants, head = visitor
        if host is None and not any(r.kind == "person" for r in participants):
            continue  # a delegation's stop at a body is part of the delegation's visit
        place = [org] if org is not None else [host, *_with_country(ctx, host)][-1:]  # a body
        # visited takes part, its country is the place; a city visited, through its country
        level = _FOR_VISIT.search(view.text, m.end(), end)  # 'arrived in X for an official visit'
        state = level is not None and _LEVELS.get(level.group(1).lower()) == "state" or (
            level is not None and _LEVELS.get(level.group(1).lower()) == "head" and head and org is None)
        out.append(Mention(Event("StateVisit" if state else "Event", f"{label} {host_label}",
                                 when(view, m.start()), [*participants, *place],
                                 host.key if host else None, view.text, rule="event.visited")))
    return out


def _visitor_of(ctx: Doc, view: Sent, pos: int) -> tuple[str, list[Ref], bool] | None:
    """Who visited, as (label before the place, participants, whether a head of state or
    government): a person, a group from a body ('a delegation from X'), a head of state named by
    office ('the President of X'), or the subject of a list of activities or a pronoun."""
    who = _visitor(ctx, view, pos, None) if chain_head(view.text, pos) == pos else []
    if who:
        return f"{who[0].key} visit to", who, _is_head(ctx, who, "")
    group = _group_visitor(view, pos)
    if group is not None:
        return f"visit of {group[0]} to", group[1], False
    office = _office_holder(ctx, view, pos)
    if office is not None:
        return office
    name, refs = subject_of(ctx, view, pos)
    return (f"{name} visit to", refs, _is_head(ctx, refs, "")) if refs else None


_OF_COUNTRY = re.compile(r"\b((?:[A-Za-z\-]+\s+){1,3})of\s+(?:the\s+)?$")


def _office_holder(ctx: Doc, view: Sent, pos: int) -> tuple[str, list[Ref], bool] | None:
    """'the President (Foreign Minister) of X visited Y': the visitor is X's office holder,
    named by office; a head of state's visit is a state visit."""
    before = [s for s in view.spans if s.ref.kind == "place" and "/country/" in s.ref.key
              and s.end <= pos and not view.text[s.end:pos].strip()]
    office = _OF_COUNTRY.search(view.text, 0, before[-1].start) if before else None
    words = office.group(1).split() if office else []
    if not words or words[-1].lower() not in TITLES:
        return None
    title = re.split(r"\b[Tt]he\s+", office.group(1))[-1].strip()
    return (f"visit of the {title} of {before[-1].name} to", [before[-1].ref],
            is_head_title(title))


def _person_visited(view: Sent, start: int, end: int) -> Span | None:
    """'X visited President Y at his residence': the person visited, named right after."""
    first = next((s for s in view.spans if start <= s.start < end), None)
    if first is None or first.ref.kind != "person" or \
            not re.fullmatch(r"(?:[A-Z][\w.\-’']*\s+)*", view.text[start:first.start]):
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
