"""Who makes a visit and at what level, shared by the visit nouns (event_visits) and the verbs of
a journey (event_journeys): the visitor of a visit mention, whether a head of state or government
makes it (a head of state's visits are state visits unless the text calls them working or private
ones; a head of government's official visit is a minister's, Other), and the country a city
visited belongs to."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.event_clauses import before_dated_aside, event_mapping, event_words
from coopkg.extract.event_subjects import role_holder
from coopkg.extract.facts import Ref
from coopkg.extract.lexicon import alternation

KINDS = alternation(event_words("visit-kind"))


_HEADS = event_words("head")


_NOT_HEADS = event_words("not-head")
_STATE_HEADS = event_words("state-head")


_BEFORE_VISIT = re.compile(rf"\b(\w+)\s+(?:(?:{KINDS}|\w+-day|previous|recent|"
                           r"first)\s+)*$", re.I)


def is_head_title(text: str) -> bool:
    """'President', 'the Prime Minister', 'Mongolian President' — not 'vice president'."""
    return bool(head_kind(text))


_HEAD_KIND_RE = re.compile(r"[^\w\s]")


def head_kind(text: str) -> str:
    """'state' for a head of state's title ('President', 'King'), 'government' for a head of
    government's ('Prime Minister'), else '' (also for a title whose complement names a head:
    'special envoy of President X')."""
    low = " " + _HEAD_KIND_RE.sub(" ", text.lower()) + " "
    if any(f" {w} " in low for w in _NOT_HEADS) or "vice" in low.split() or "deputy" in low.split():
        return ""
    if not any(" of " in w and f" {w} " in low for w in _HEADS):  # 'head of state' is one title
        low = low.split(" of ", 1)[0] + " "  # 'special envoy of President X': the envoy's office
    if any(f" {w} " in low for w in _STATE_HEADS):
        return "state"
    return "government" if any(f" {w} " in low for w in _HEADS) else ""


def visit_type(level: str, head: str) -> str:
    """A visit the text calls a state visit is one; so is an official or high-level visit
    ('head' level) of a head of state — in diplomatic protocol only a head of state pays state
    visits, a head of government's visit is an official one; a plain, working or private visit,
    and a minister's or prime minister's official visit, are Other events ('Event'), as
    GOLD_FORMAT has 'ministers' official visits (not called state visits)' and a visit called by
    no level is not called a state visit."""
    return "StateVisit" if level == "state" or level == "head" and head == "state" else "Event"


def head_of(ctx: Doc, who: list[Ref], before: str) -> str:
    """Whether the visitor heads a state ('state') or a government ('government'), or neither
    (''): known for the person, else read from the title just before the visit."""
    person = ctx.people.get(who[0].key) if who and who[0].kind == "person" else None
    if person is not None and (person.role or "").lower() == "counterpart":
        return _counterpart_of_head(ctx, who[0])
    if person is not None:
        return head_kind(person.role or "") if person.affiliation is None else ""
    return head_kind(" ".join(before.split()[-4:])) if not who else ""


_COUNTERPART = re.compile(r"\b(?:his|her)\s+(?:[A-Z][\w\-]+\s+)?counterpart,?\s+$")


def _counterpart_of_head(ctx: Doc, ref: Ref) -> str:
    """'President X and his Colombian counterpart Y': a counterpart holds the office of the
    person whose counterpart they are."""
    for sent in ctx.sents:
        for span in (s for s in sent.spans if s.ref == ref):
            if _COUNTERPART.search(sent.text[:span.start]):
                holders = [s for s in sent.spans if s.ref.kind == "person" and s.end <= span.start]
                person = ctx.people.get(holders[-1].ref.key) if holders else None
                return head_kind(person.role or "") if person is not None else ""
    return ""


LEVELS = event_mapping("visit-kind")


def with_country(ctx: Doc, place: Ref) -> list[Ref]:
    """A country visited takes part in the visit; a city visited, through its country ('arrived
    in the capital X' is a visit to X's country)."""
    if "/country/" in place.key:
        return [place]
    region = ctx.gaz.regions.get(place.key)
    return [Ref("place", ctx.country_iri(region.country))] \
        if region is not None and region.country in ctx.gaz.countries else []


# ', the special envoy of Chinese President ': a title apposed to a person, whose complement names
# another person, who only qualifies the title
_OWNER_IN_APPOSITION = re.compile(r",\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?of\s+(?:the\s+)?"
                                  r"(?:[A-Z][\w\-]*\s+){1,3}")


def visitor(ctx: Doc, view: Sent, pos: int, who_text: str | None) -> list[Ref]:
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
        away = [m for m in before if not _at_home(ctx, view, m.ref, pos)] or before
        if len(away) > 1 and _OWNER_IN_APPOSITION.fullmatch(view.text, away[-2].end, away[-1].start):
            return [away[-2].ref]  # 'X, the special envoy of President Y, during his visit': X's
        return [away[-1].ref] if away else _fronted_subject(ctx, view, pos)
    clause_start = before_dated_aside(view, view.text.rfind(",", 0, pos))
    local = [m.ref for m in before if m.start > clause_start]
    relative = _WHO_IS.search(view.text, 0, pos)
    if not local and relative:  # 'X, who is on a state visit to Y', 'X, currently on a visit to Y'
        local = [m.ref for m in before if m.end == relative.start()]
        if local and _at_home(ctx, view, local[0], pos):  # 'A met B, during his visit to B's country'
            away = [m.ref for m in before if not _at_home(ctx, view, m.ref, pos)]
            local = away[-1:] or local
    return _joint_possessors(view, before, pos) or local[-1:] or \
        _apposed_subject(view, before, clause_start, pos) or _fronted_subject(ctx, view, pos)


_POSSESSIVE_END = re.compile(r"['’]s?(?:\s+[\w\-]+){0,3}\s*")
_AND_TITLED = re.compile(r"\s+and\s+(?:(?:his|her)\s+(?:wife|husband|spouse)\s+|[A-Z][\w\-]*\s+){0,2}")


def _joint_possessors(view: Sent, before: list[Span], pos: int) -> list[Ref]:
    """'King X and Queen Y's visit to Z': two people joined by 'and' own one visit, both visitors."""
    if len(before) < 2 or not _POSSESSIVE_END.fullmatch(view.text, before[-1].end, pos):
        return []
    first, last = before[-2], before[-1]
    return [first.ref, last.ref] if _AND_TITLED.fullmatch(view.text, first.end, last.start) else []


# 'is (currently) on a three-day', 'was paying an official': only the verb before the visit
_VISITS_VERB = re.compile(r"\s*(?:is|was|are|were)\s+(?:(?:currently|now|presently|still)\s+)?"
                          r"(?:on|paying|making)\s+(?:an?|his|her|their)\s+(?:[\w\-’']+\s+){0,3}", re.I)


def _apposed_subject(view: Sent, before: list[Span], clause_start: int, pos: int) -> list[Ref]:
    """'X, Kenya's foreign minister, is on a working visit to Y': the clause before the visit is
    only its verb, so the visitor is the subject, named before the apposition between commas;
    a journey verb right after the closing comma is the apposed name's ('the President of X,
    Y, visited Z')."""
    if clause_start < 0:
        return []
    if not view.text[clause_start + 1:pos].strip():  # 'the President of X, Y, visited Z': Y
        return [m.ref for m in before if m.end == clause_start][-1:]
    if not _VISITS_VERB.fullmatch(view.text[clause_start + 1:pos]):
        return []
    opening = view.text.rfind(",", 0, clause_start)
    return [m.ref for m in before if opening >= 0 and m.end == opening][-1:]


def _fronted_subject(ctx: Doc, view: Sent, pos: int) -> list[Ref]:
    """'During his trip to Brazil, Colombian Foreign Minister X met Y': a visit in an adverbial
    fronted before the main clause, with 'his/her' and no one named before it, is the visit of
    the main clause's subject, whom the pronoun points forward to — the first person after the
    comma that closes the adverbial (unless that person belongs to the country visited, whose
    host is then the subject: 'During his visit to Kenya, Kenyan President X received him')."""
    opener = view.text.split(None, 1)[0].lower() if view.text.strip() else ""
    close = view.text.find(",", pos)
    if opener not in _FRONTING or close < 0 or "," in view.text[:pos] or \
            not _POSSESSIVE_BEFORE.search(view.text, 0, pos):
        return []
    after = [m for m in view.spans if m.ref.kind == "person" and m.start > close]
    if not after or after[0].start - close > _TO_SUBJECT or _at_home(ctx, view, after[0].ref, pos):
        return []
    return [after[0].ref]


def _at_home(ctx: Doc, view: Sent, person: Ref, pos: int) -> bool:
    """Whether `person` belongs to the country the visit at `pos` goes to ('A met the Kenyan
    Deputy President B during his visit to Kenya': no one visits their own country, so 'his'
    is A's)."""
    known = ctx.people.get(person.key)
    if known is None or not known.country:
        return False
    for span in view.spans:
        if span.ref.kind == "place" and pos < span.start <= pos + _TO_PLACE:
            region = ctx.gaz.regions.get(span.ref.key)
            code = region.country if region else span.ref.key.rsplit("/", 1)[-1]
            return code == known.country
    return False


_FRONTING = event_words("fronting-preposition")
_POSSESSIVE_BEFORE = re.compile(rf"\b(?:his|her)(?:\s+(?:{KINDS}|\w+-day|first|previous))*\s*$",
                                re.I)
_TO_SUBJECT = 80  # ', Deputy Prime Minister and Minister of Foreign Affairs of X, Y'
_TO_PLACE = 60  # 'his three-day official visit to the Socialist Republic of X'
_WHO_IS = re.compile(r",\s+(?:who\b|(?:(?:currently|now|"
                     r"presently|still|then)\s+)?(?:on|during|in\s+the\s+course\s+of)\s+(?:an?|his|her)\b)"
                     r"[^,;]*$")

