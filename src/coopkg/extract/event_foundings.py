"""Launches, openings and foundings: 'X and Y launched a joint laboratory on Wednesday', 'X was
inaugurated', and — as Other events only when stated with at least a year (GOLD_FORMAT) — 'the
centre was established in April 2010', 'X, founded in 1960', 'its office formally opened on
March 1 2013', 'diplomatic relations were established on October 2, 1995', 'since the
establishment of diplomatic ties in 1974'.  Anniversaries and 'N years ago' date nothing."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_clauses import Mention, event_mapping, event_words, location, refs_in, when
from coopkg.extract.facts import Event, Ref, When
from coopkg.extract.lexicon import alternation
from coopkg.extract.sentence_gates import needs

_NOUN_OF_VERB = event_mapping("founding")
_VERBS = alternation(list(_NOUN_OF_VERB))
# an opening of the news ('was inaugurated on Monday') is an event at any stated date; a founding
# ('was established in 1998') only with its year (GOLD_FORMAT)
_OPENINGS = frozenset({"opened", "inaugurated", "unveiled", "launched"})
_OCCASION_NOUNS = alternation([*event_mapping("noun"), "ceremony"])
_AT_OCCASION = re.compile(rf"\s+(?:at|during|on\s+the\s+sidelines\s+of)?\s*(?:a|an|the)\s+"
                          rf"(?:[\w\-]+\s+){{0,2}}?(?i:{_OCCASION_NOUNS})\b")
_NOUNS = "establishment|founding|opening|inauguration|launch|creation"
_ADVERB = r"(?:(?:formally|officially|first|jointly|successfully|solemnly)\s+)?"
_AUX = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|to\s+be)"
_AUX_TAIL = re.compile(rf"\s+{_AUX}\s*$|\s+{_ADVERB}$")
_PASSIVE_TAIL = re.compile(rf"{_AUX}\s+{_ADVERB}$")
_LAUNCH = re.compile(r"\b(?P<verb>launched|opened|inaugurated|unveiled|commissioned)\s+"
                     r"(?:a|an|the|its|their|his|her)\s+(?P<what>[^,.;]{3,60}?)(?=\s+(?:in|on|at|to|with|for|last|this|,)\b|[,.;]|$)")
_PASSIVE = re.compile(rf"\b{_AUX}\s+{_ADVERB}(?P<verb>inaugurated|opened|launched|unveiled)\b")
_BETWEEN_SUBJECT = re.compile(r"^(?:\s*\([A-Z]{2,}\))?(?:,\s+(?:a|an|the)\b[^.;]*?)?\s*"
                              r"(?:(?:which|that)\s+)?(?:(?:is|was)\s+)?(?:set|due|scheduled|expected|"
                              r"planned)?\s*$")
_FOUNDED = re.compile(rf"(?:\b{_AUX}\s+{_ADVERB}|\b{_ADVERB})(?P<verb>{_VERBS})\b")
_PARTICIPLE = re.compile(r",\s+(?:(?:which|that)\s+was\s+)?(?P<verb>established|founded|set\s+up)\s+"
                         r"(?:in|on)\s+")
_NOMINAL = re.compile(rf"\b(?P<noun>{_NOUNS})\s+of\s+(?P<np>(?:their\s+|the\s+)?[^,;]{{3,80}}?)\s+"
                      r"(?=(?:in|on)\s+)")
_DIPLOMATIC = re.compile(r"\bdiplomatic\s+(?:relations|ties)\b", re.I)
# 'forged diplomatic ties', 'established full diplomatic relations', 'established relations with X'
_ACTIVE_TIES = re.compile(r"\b(?:established|forged|set\s+up|opened)\s+(?:(?:full|formal|official)\s+)?"
                          r"(?:diplomatic\s+(?:relations|ties)\b|relations\s+(?=with\s))")
# 'A and B established a comprehensive partnership in 2005', 'X set up its embassy in Y in 2005'
_ACTIVE_FOUNDED = re.compile(rf"\b(?:(?:has|have|had)\s+)?{_ADVERB}"
                             r"(?P<verb>established|set\s+up|founded|created)\s+"
                             r"(?P<what>(?:a|an|its|their|the)\s+[^,.;]{3,60}?)"
                             r"(?=\s+(?:in|on|at|with|for|as|to|by|between)\b|[,.;]|$)")
# 'Founded in 1911 as a preparatory school, X has grown'
_FRONTED = re.compile(r"^(?P<verb>Founded|Established|Set\s+up|Created)\s+(?:in|on)\s+[^,]{4,120}?,\s+")
_NOT_A_FOUNDING = re.compile(r"\b(?:anniversary|anniversaries|ago)\b", re.I)
_OCCASION_END = re.compile(rf"\b(?i:{alternation(event_words('occasion'))})$")
# a meeting opened is the meeting ('opened the third investment conference', 'opened the event');
# a dialogue launched is a new mechanism, its launch an event of its own
_MEETING_END = re.compile(rf"\b(?i:{alternation([*(set(event_mapping('noun')) - {'dialogue'}), 'event'])})$")
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.I)


_LAUNCHES_RE = re.compile(r"\b[A-Z]")


@needs("_LAUNCH")
def launches(ctx: Doc, view: Sent) -> list[Mention]:
    """'X and Y launched a joint laboratory in Z on Wednesday' → the launch, by X and Y; a country
    may launch too ('Ethiopia launched its first satellite'); the thing launched must be named or
    the launch dated ('opened a call for projects' is no event)."""
    out = []
    for m in _LAUNCH.finditer(view.text):
        near = [x.ref for x in view.spans if x.end <= m.start()
                and len(view.text[x.end:m.start()].split()) <= 8]
        subjects = [r for r in near if r.kind == "org"] or [r for r in near if "/country/" in r.key]
        date = when(view, m.start())
        named = _LAUNCHES_RE.search(m.group("what"))
        if not subjects or not (named or date) or (m.group("verb") == "commissioned" and not named):
            continue  # 'commissioned a study on Monday' ordered one; a named plant is opened
        if named and _OCCASION_END.search(m.group("what")) or _MEETING_END.search(m.group("what")):
            continue  # 'opened the X Trade Fair', 'opened the conference': the fair or meeting
            # itself is the event (event_activities, event_meetings), its opening no second one
        noun = "commissioning" if m.group("verb") == "commissioned" else "launch"
        people = [r for r in near if r.kind == "person"][-1:]  # 'Minister X opened ...'
        out.append(Mention(Event("Event", f"{noun} of {m.group('what')}", date, [*people, *subjects],
                                 location(view, m.end()), view.text, rule="event.launch")))
    return out


def _org_subjects(view: Sent, pos: int) -> list:
    return [x for x in view.spans if x.ref.kind == "org" and x.end <= pos
            and _BETWEEN_SUBJECT.match(view.text[x.end:pos])]


_PASSIVE_LAUNCHES_RE = re.compile(r"(?:\s*\([A-Z]{2,}\))?,\s+(?:a|an|the)\b")


@needs("_PASSIVE", at=0)
def passive_launches(view: Sent) -> list[Mention]:
    """'X, a flagship project of Y set to be inaugurated in January 2019' → X's inauguration."""
    out = []
    for m in _PASSIVE.finditer(view.text):
        candidates = _org_subjects(view, m.start())
        if not candidates:
            continue
        described = [x for x in candidates
                     if _PASSIVE_LAUNCHES_RE.match(view.text[x.end:])]
        subject = described[0] if described else candidates[-1]
        others = [x.ref for x in view.spans if x.ref.kind == "org" and x.ref != subject.ref
                  and subject.end <= x.start < m.start()]
        out.append(Mention(Event("Event", f"{_NOUN_OF_VERB[m.group('verb')]} of {subject.name}",
                                 when(view, m.start()), [subject.ref, *others],
                                 location(view, m.end()), view.text, rule="event.passive-launch")))
    return out


@needs("_FOUNDED", "_PARTICIPLE", "_NOMINAL", "_ACTIVE_TIES", "_ACTIVE_FOUNDED", "_FRONTED")
def foundings(ctx: Doc, view: Sent) -> list[Mention]:
    if _NOT_A_FOUNDING.search(view.text):
        return []
    return _passive_foundings(ctx, view) + _participle_foundings(view) + _nominal_foundings(ctx, view) \
        + _active_ties(ctx, view) + _gerund_openings(view) + _active_foundings(view) + _fronted(view)


_SUBJECT_NP_RE = re.compile(r"\s*(?:while|whereas|and|but|as)\s+", re.I)
_SUBJECT_NP_RE2 = re.compile(r"\b(?:who|which|that)\b")


def _subject_np(view: Sent, verb: int) -> tuple[int, str] | None:
    """The noun phrase before a founding verb, from its clause's start: named ('the Tsinghua
    Center for ...', 'its Beijing Office') or diplomatic relations; never a bare pronoun."""
    text = view.text
    start = max(text.rfind(",", 0, verb), text.rfind(";", 0, verb), 0)
    start = start + 1 if start else 0
    dash = max(text.rfind(d, start, verb) for d in (" -- ", " — ", " – "))
    start = dash + 3 if dash >= 0 else start  # 'CITY, June 6 (Agency) -- A centre was opened'
    clause = text[start:verb]
    lead = _SUBJECT_NP_RE.match(clause)
    offset = lead.end() if lead else len(clause) - len(clause.lstrip())
    np = clause[offset:].strip()
    np = _AUX_TAIL.sub("", np).strip()
    words = np.split()
    if not words or len(words) > 14 or _SUBJECT_NP_RE2.search(np):
        return None
    named = any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and
                                                        not _DETERMINER.match(np + " "))
    if not (named or _DIPLOMATIC.search(np)):
        return None
    return start + offset, _DETERMINER.sub("", np)


def ties_key(event: Event) -> tuple[str, str, str] | None:
    """One country pair has one establishment of relations a year: 'relations between A and B
    were established in 1951' and 'since the establishment of diplomatic ties in 1951' are one
    event, whichever countries each sentence names (the second often none, its label the
    article's pair), keyed by the year, not by the label."""
    if event.rule != "event.founding" or event.date is None or not _DIPLOMATIC.search(event.label):
        return None
    return ("Event", "establishment of diplomatic relations", event.date.value[:4])


_YEAR_DATED_RE = re.compile(r"\d{4}")


def _year_dated(view: Sent, pos: int) -> When | None:
    """The event's date, only when the text states its year ('in April 2010', not 'last week')."""
    date = when(view, pos)
    stated = [d for d in view.dates if d.when == date and _YEAR_DATED_RE.search(view.text[d.start:d.end])]
    return date if stated else None


def _day_dated(view: Sent, pos: int) -> When | None:
    """The event's date when the text gives its day ('on 3 May', 'on Monday'), stated by the
    text and not inherited."""
    date = when(view, pos)
    return date if date is not None and not date.inherited and len(date.value) == 10 else None


def _founding(ctx: Doc, view: Sent, noun: str, np: str, start: int, end: int, date: When,
              pos: int) -> Mention:
    if _DIPLOMATIC.search(np):
        countries = [r for r in refs_in(view, 0, len(view.text)) if "/country/" in r.key]
        countries = countries or [Ref("place", ctx.country_iri(c)) for c in ctx.pair()]
        names = " and ".join(next(s.name for s in view.spans if s.ref == c) if any(
            s.ref == c for s in view.spans) else c.key.rsplit("/", 1)[-1] for c in countries[:2])
        label = f"{noun} of diplomatic relations between {names}"
        return Mention(Event("Event", label, date, countries[:2], None, view.text,
                             rule="event.founding"))
    participants = [r for r in refs_in(view, start, end) if r.kind == "org"]
    return Mention(Event("Event", f"{noun} of {np}", date, participants,
                         location(view, pos), view.text, rule="event.founding"))


_PASSIVE_FOUNDINGS_RE = re.compile(r"\s+(?:on|in)\s")
_PASSIVE_FOUNDINGS_RE2 = re.compile(r"\s+by\s+")


def _passive_foundings(ctx: Doc, view: Sent) -> list[Mention]:
    out = []
    for m in _FOUNDED.finditer(view.text):
        passive = _PASSIVE_TAIL.search(view.text[:m.start("verb")])
        intransitive = m.group("verb") == "opened" and _PASSIVE_FOUNDINGS_RE.match(view.text[m.end():])
        if not (passive or intransitive) or (passive and _PASSIVE.match(view.text, passive.start())
                                             and _org_subjects(view, passive.start())):
            continue  # an organisation's passive launch is passive_launches'

        subject = _subject_np(view, m.start())
        opening = m.group("verb") in _OPENINGS and passive is not None
        if opening and _AT_OCCASION.match(view.text, m.end()):
            continue  # 'the partnership was launched at a meeting in X': the meeting is the event
        date = when(view, m.start("verb")) if opening else _year_dated(view, m.start("verb"))
        if subject is None or date is None:
            continue
        found = _founding(ctx, view, _NOUN_OF_VERB[m.group("verb")], subject[1], subject[0],
                          m.start(), date, m.end())
        by = _PASSIVE_FOUNDINGS_RE2.match(view.text[m.end():])
        if by and opening:  # 'was inaugurated by President X on Monday': X opened it
            end = m.end() + by.end()
            found.event.participants += [s.ref for s in view.spans if s.ref.kind == "person"
                                         and end <= s.start < end + 60][:1]
        out.append(found)
    return out


_PARTICIPLE_FOUNDINGS_RE = re.compile(r"\s+")


def _participle_foundings(view: Sent) -> list[Mention]:
    """'X is a research university located in Y, established in 1960' → X's establishment."""
    out = []
    for m in _PARTICIPLE.finditer(view.text):
        orgs = [s for s in view.spans if s.ref.kind == "org" and s.end <= m.start()]
        date = _year_dated(view, m.end())
        if orgs and date is not None:
            noun = _NOUN_OF_VERB[_PARTICIPLE_FOUNDINGS_RE.sub(" ", m.group("verb"))]
            out.append(Mention(Event("Event", f"{noun} of {orgs[0].name}", date, [orgs[0].ref],
                                     None, view.text, rule="event.founding")))
    return out


def _nominal_foundings(ctx: Doc, view: Sent) -> list[Mention]:
    """'since the establishment of diplomatic ties in 1974', 'after the opening of X in 2019'."""
    out = []
    for m in _NOMINAL.finditer(view.text):
        after = [d for d in view.dates if m.end() <= d.start <= m.end() + 4
                 and _YEAR_DATED_RE.search(view.text[d.start:d.end])]
        np = _DETERMINER.sub("", m.group("np"))
        if not after or not (_DIPLOMATIC.search(np) or _LAUNCHES_RE.search(np)):
            continue
        out.append(_founding(ctx, view, m.group("noun"), np, m.start("np"), m.end("np"),
                             after[0].when, m.end()))
    return out


def _active_ties(ctx: Doc, view: Sent) -> list[Mention]:
    """'A and B forged diplomatic ties on Nov 2, 1971'; 'On 3 May, A officially established
    relations with its 150th partner, B': a day the text gives (its year from the publication
    date) dates the establishment as a stated year does."""
    out = []
    for m in _ACTIVE_TIES.finditer(view.text):
        date = _year_dated(view, m.start()) or _day_dated(view, m.start())
        if date is not None:
            out.append(_founding(ctx, view, "establishment", "diplomatic relations", 0, m.start(),
                                 date, m.end()))
    return out


_WITH_OPENING = re.compile(r"\bwith\s+(?:the\s+)?(?P<who>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)\s+"
                           r"(?:also\s+)?opening\s+")
_OPENED_ITEM = re.compile(r"(?:,?\s+and\s+)?(?:its|their|an?|the)\s+"
                          r"(?P<what>[a-z][\w\-]+(?:\s+[a-z][\w\-]+)?)\s+in\s+(?P<where>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)\s+(?:in\s+)?"
                          r"(?P<when>(?:the\s+)?same\s+year|(?:19|20)\d\d)\b")


def _gerund_openings(view: Sent) -> list[Mention]:
    """'established diplomatic ties in 1995 with Kenya opening its embassy in Hanoi in the same
    year and a consulate in Haiphong in 2001': each opening stated with its year is an Other
    event at its place ('the same year' is the sentence's year before it)."""
    out = []
    for m in _WITH_OPENING.finditer(view.text):
        who = next((s.ref for s in view.spans if s.start == m.start("who") and s.ref.kind == "place"), None)
        years = [d.when.value[:4] for d in view.dates if d.start < m.start()]
        pos = m.end()
        while (item := _OPENED_ITEM.match(view.text, pos)) is not None:
            year = item.group("when") if item.group("when")[:1].isdigit() else (years[-1] if years else None)
            place = next((s.ref for s in view.spans
                          if s.start == item.start("where") and s.ref.kind == "place"), None)
            if year and place is not None:
                out.append(Mention(Event("Event", f"opening of {item.group('what')} in {item.group('where')}",
                                         When(year), [who] if who else [], place.key, view.text,
                                         rule="event.founding")))
            pos = item.end()
    return out


def _active_foundings(view: Sent) -> list[Mention]:
    """'In 2005, A and B established a comprehensive partnership', 'while B set up its embassy in
    Z in late 2005': a thing a named state or body set up, stated with its year, is a founding
    by its subjects (the nearest names before the verb in its clause)."""
    out = []
    for m in _ACTIVE_FOUNDED.finditer(view.text):
        if _DIPLOMATIC.search(m.group("what")) or _ACTIVE_TIES.match(view.text, m.start("verb")):
            continue  # relations are _active_ties'
        date = _year_dated(view, m.start("verb"))
        clause = max(view.text.rfind(c, 0, m.start()) for c in (";", " while ", " whereas ", " but "))
        near = [x.ref for x in view.spans if max(clause, 0) <= x.start and x.end <= m.start()
                and len(view.text[x.end:m.start()].split()) <= 6 and x.ref.kind != "person"]
        if date is None or not near:
            continue
        what = _DETERMINER.sub("", m.group("what"))
        out.append(Mention(Event("Event", f"establishment of {what}", date, list(dict.fromkeys(near)),
                                 location(view, m.end()), view.text, rule="event.founding")))
    return out


def _fronted(view: Sent) -> list[Mention]:
    """'Founded in 1911 as a preparatory school, X has grown into ...': X's founding, at the
    fronted participle's year."""
    m = _FRONTED.match(view.text)
    date = _year_dated(view, m.start()) if m else None
    named = next((s for s in view.spans if m and s.start == m.end() and s.ref.kind == "org"), None)
    if m is None or date is None or named is None:
        return []
    noun = _NOUN_OF_VERB[_PARTICIPLE_FOUNDINGS_RE.sub(" ", m.group("verb").lower())]
    return [Mention(Event("Event", f"{noun} of {named.name}", date, [named.ref], None, view.text,
                          rule="event.founding"))]
