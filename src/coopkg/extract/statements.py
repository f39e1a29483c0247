"""Statements: quoted or reported speech of a named person or body, one per quote block or per
reported clause.  Patterns: 'X said (that) ...', '"...," said X', '..., X said', 'X thanked ...'
(the verb with its object), '..., adding that ...' (a second statement), quotes that run over
several sentences (one statement), and 'according to <person>, ...'.  Attributions are not
statements: 'according to' a body or data, and a body's trailing source tag on a factual
sentence ('..., the ministry said').  Speakers that are not names (pronouns, role phrases) are
resolved in `speakers`; dates not stated with the speech come from `storydate`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from coopkg.extract import lexicon
from coopkg.extract.dates import DateMention
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Ref, Statement, When
from coopkg.extract.people import resolve_short
from coopkg.extract.sentences import Sentence
from coopkg.extract.speakers import (
    BODY_BEFORE,
    PRONOUN_BEFORE,
    ROLE_AFTER,
    ROLE_BEFORE,
    Discourse,
    body_named,
    role_holder,
)
from coopkg.extract.storydate import inherited, occasion_date, story_date

_KIND = lexicon.mapping("speech_verbs")
_VERB = re.compile(rf"\b{lexicon.word_pattern('speech_verbs')}\b", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\s+", re.I)
_ADDING = re.compile(r",?\s*(?:and\s+)?(?:adding|added)\s+that\s+", re.I)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
_MIN_QUOTE_WORDS = 5
# a name after a preposition is its object, not the subject of the next verb ('ranked on the X
# Index, invited ...')
_PREPOSED = re.compile(r"\b(?:on|of|in|at|to|for|from|with|among|by|under|about|into)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w\-]*\s+){0,3}$")
_NEAR_VERB = 80  # characters after a speech verb where a date still dates the speech


@dataclass
class Unit:
    """A sentence, or the sentences of one quote block joined; `last` is the index of its last
    sentence, `before` the sentences that came before it."""

    sent: Sent
    last: int
    before: list[Sent]

    @property
    def text(self) -> str:
        return self.sent.text


@dataclass
class Subject:
    ref: Ref
    start: int
    end: int
    resolved: str = ""  # how a speaker that is not a name was found: pronoun | role | body


def find_statements(doc: Doc) -> list[Statement]:
    out: list[Statement] = []
    discourse = Discourse()
    story = story_date(doc)
    previous: tuple[Unit, Statement] | None = None
    for unit in quote_units(doc.sents):
        found = _from_unit(doc, unit, discourse)
        if not found and previous and _continues_quote(unit, *previous):
            joint = " " if previous[1].text.endswith(("?", "!")) else ". "
            previous[1].text = f"{previous[1].text}{joint}{_clean(unit.text)}"
            previous[1].evidence = f"{previous[1].evidence} {unit.text}"
            previous = (unit, previous[1])
        for statement, frame in found:
            if any(s.text == statement.text and s.speaker == statement.speaker for s in out):
                continue
            statement.date = statement.date or occasion_date(frame, unit.before)
            if statement.date is None and previous and previous[1].speaker == statement.speaker \
                    and previous[0].last >= unit.sent.sentence.index - 1:
                statement.date = inherited(previous[1].date)  # the same speaker, same occasion
            statement.date = statement.date or story
            out.append(statement)
            discourse.heard(statement.speaker, unit.last)
            previous = (unit, statement)
        discourse.saw(unit.sent, unit.last)
    return out


def _continues_quote(unit: Unit, before: Unit, statement: Statement) -> bool:
    """'"First part," she said. "Second part."': a sentence that is only a quote, right after
    a quoted statement in the same paragraph, is more of the same quote block."""
    spans, still_open = quoted_spans(unit.text)
    return statement.rule != "statement.according" and bool(quoted_spans(before.text)[0]) and \
        not still_open and len(spans) == 1 and \
        before.last + 1 == unit.sent.sentence.index and \
        before.sent.sentence.paragraph == unit.sent.sentence.paragraph and \
        unit.text.startswith(("“", '"')) and not unit.text[spans[0][1] + 1:].strip(" .,;")


@lru_cache(maxsize=1024)
def quoted_spans(text: str) -> tuple[list[tuple[int, int]], bool]:
    """The stretches inside quotation marks, and whether a quote is still open at the end.  An
    opening mark inside an open quote starts a new stretch: a quote running over paragraphs
    reopens each paragraph without closing the one before.  (Asked several times per sentence,
    hence cached; callers do not change the list.)"""
    if "“" not in text and '"' not in text:
        return [], False
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, ch in enumerate(text):
        opens = ch == "“" or (ch == '"' and start is None)
        if opens:
            if start is not None:
                spans.append((start, i))
            start = i + 1
        elif ch in "”\"" and start is not None:
            spans.append((start, i))
            start = None
    return [(a, b) for a, b in spans if text[a:b].strip()], start is not None


def quote_units(sents: list[Sent]) -> list[Unit]:
    """Sentences from an opening quote mark to its closing one become one unit, also across
    paragraphs when the next paragraph reopens the quote (the news convention)."""
    units: list[Unit] = []
    pending: list[Sent] = []
    for i, sent in enumerate(sents):
        pending.append(sent)
        following = sents[i + 1] if i + 1 < len(sents) else None
        still_open = quoted_spans(" ".join(s.text for s in pending))[1]
        if following is not None and still_open and \
                (following.sentence.paragraph == sent.sentence.paragraph or
                 following.text.startswith(("“", '"'))):
            continue
        units.append(Unit(_join(pending), sent.sentence.index, sents[: i + 1 - len(pending)]))
        pending = []
    return units


def _join(sents: list[Sent]) -> Sent:
    if len(sents) == 1:
        return sents[0]
    text, spans, dates = "", [], []
    for sent in sents:
        offset = len(text) + (1 if text else 0)
        text = f"{text} {sent.text}" if text else sent.text
        spans += [Span(s.start + offset, s.end + offset, s.ref, s.name, s.rule) for s in sent.spans]
        dates += [DateMention(d.start + offset, d.end + offset, d.when) for d in sent.dates]
    first = sents[0].sentence
    return Sent(Sentence(text, first.paragraph, first.index), spans, dates)


_VERB_WORDS = {row[0].split()[0].lower() for row in lexicon.rows("speech_verbs")}
_WORD = re.compile(r"[a-z]+")


def _from_unit(doc: Doc, unit: Unit, discourse: Discourse) -> list[tuple[Statement, str]]:
    """The statements of one unit with the text around what was said (for the occasion)."""
    text = unit.text
    quoted = quoted_spans(text)[0]
    words = set(_WORD.findall(text.lower()))
    verbs = _VERB.finditer(text) if words & _VERB_WORDS else ()  # most sentences report no speech
    for verb in verbs:
        if _inside(quoted, verb.start()) or _PASSIVE.search(text[: verb.start()]) or \
                re.match(r"\s+by\b", text[verb.end():]):
            continue
        subject = _subject(doc, unit, verb, quoted, discourse)
        if subject is None:
            continue
        found = _said(doc, unit, subject, verb, quoted)
        if found:
            return found
    return _according(doc, unit, quoted)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _said(doc: Doc, unit: Unit, subject: Subject, verb: re.Match[str],
          quoted: list[tuple[int, int]]) -> list[tuple[Statement, str]]:
    text = unit.text
    adding = next((a for a in _ADDING.finditer(text) if a.start() > verb.start() and
                   not _inside(quoted, a.start())), None)
    end = adding.start() if adding else len(text)
    quote = " ".join(text[s:e] for s, e in quoted if s < end)
    if len(quote.split()) >= _MIN_QUOTE_WORDS:
        gist, rule = _clean(quote), "statement.quote"
    elif _attribution_tag(subject, verb, text):
        return []
    else:
        gist, rule = _reported(text[:end], verb, subject), "statement.reported"
    if not gist:
        return []
    frame = "".join(ch for i, ch in enumerate(text[:end]) if not _inside(quoted, i))
    frame = frame.replace(gist, " ")
    rule = f"statement.{subject.resolved}" if subject.resolved else rule
    first = _statement(unit, subject.ref, gist, rule, verb.span())
    found = [(first, frame)]
    more = _clean(text[adding.end():]) if adding else ""
    if more:
        found.append((Statement(subject.ref, more, first.date, text,
                                rule=rule if subject.resolved else "statement.reported"), frame))
    return found


def _attribution_tag(subject: Subject, verb: re.Match[str], text: str) -> bool:
    """'..., the ministry said.' / '..., said the embassy': a body named only as the source of a
    factual sentence is an attribution; a body's own words need a quote or 'said that ...'."""
    return subject.ref.kind == "org" and _trailing(text, verb, subject) is not None


_THAT = re.compile(r"^(?:\s+\S+){0,8}?\s+that\s+")
_INTRO = re.compile(r"(?:(?i:in|during|at|on|after|before|following|while|when|as|under|upon|"
                    r"through|with|since)\b|[A-Z][a-z]+ing\b)[^,]*,\s*$")  # 'During the visit, X said'
_SOURCE_TAIL = re.compile(r"\s*(?:[.;,]|$|(?:in|at|on|during|via|after|before|while|when|from)\b)")


def _trailing(text: str, verb: re.Match[str], subject: Subject) -> str | None:
    """The sentence a speaker tags at its end ('..., X said.', '..., X said in a statement on
    Tuesday.', '..., said X'), or None when the speaker comes first and says something."""
    if subject.start >= verb.end():
        return text[: verb.start()]
    tail = text[verb.end():]
    if _THAT.match(tail):
        return None
    lead = re.sub(r",\s*(?:the\s+)?(?:[\w’'\-]+\s+){0,4}$", ",", text[: subject.start])
    if re.search(r",\s*$", lead) and len(lead.split()) >= 5 and not _INTRO.match(lead) and \
            (len(tail.split()) < 8 or _SOURCE_TAIL.match(tail)):
        return lead
    return None


def _subject(doc: Doc, unit: Unit, verb: re.Match[str], quoted: list[tuple[int, int]],
             discourse: Discourse) -> Subject | None:
    """Who speaks: a name (or linked short form) before or after the verb, a pronoun that
    continues the current speaker, or a role phrase naming one person of the article."""
    text = unit.text
    spans = [s for s in unit.sent.spans if s.ref.kind in ("person", "org") and
             not _inside(quoted, s.start) and not _outlet(doc, s) and
             not _object_of_preposition(text, s)]
    before = text[: verb.start()]
    span = _named_before(text, spans, verb)
    if span is not None:
        if span.rule == "person.pronoun":
            ref = discourse.current(unit.sent.sentence.index) or span.ref
            return Subject(ref, span.start, span.end, "pronoun")
        return Subject(span.ref, span.start, span.end)
    pronoun = PRONOUN_BEFORE.search(before)
    if pronoun:
        ref = discourse.current(unit.sent.sentence.index)
        return Subject(ref, pronoun.start(), pronoun.end(), "pronoun") if ref else None
    role = ROLE_BEFORE.search(before)
    holder = role_holder(doc, role.group("np")) if role else None
    if role and holder:
        return Subject(holder, role.start(), role.end(), "role")
    body = BODY_BEFORE.search(before)
    named = body_named(doc, body.group("np")) if body else None
    if body and named and not _outlet(doc, Span(0, 0, named, named.key)):
        return Subject(named, body.start(), body.end(), "body")
    return _named_after(doc, text, spans, verb)


def _outlet(doc: Doc, span: Span) -> bool:
    """News outlets report, they are not speakers ('Xinhua reported', 'told Xinhua')."""
    org = doc.orgs.get(span.ref.key) if span.ref.kind == "org" else None
    return org is not None and org.type == "MediaOutlet"


def _named_before(text: str, spans: list[Span], verb: re.Match[str]) -> Span | None:
    """The subject right before the verb ('Mao said'), or a person described by an apposition
    ('X, General Manager of Y, a Chinese company, told')."""
    described = [s for s in spans if s.ref.kind == "person" and s.end <= verb.start() and
                 re.fullmatch(r",\s[^\"“”]{0,160}?,?\s*(?:who\s+)?", text[s.end:verb.start()]) and
                 not _VERB.search(text[s.end:verb.start()])]
    if described:
        return described[0]
    before = [s for s in spans if s.end <= verb.start() and
              re.fullmatch(r"[\s,]*(?:[\w\-]+\s+){0,1}?|[\s,]*(?:also|has|had|then|further)\s+",
                           text[s.end:verb.start()])]
    return before[-1] if before else None


def _object_of_preposition(text: str, span: Span) -> bool:
    """'ranked on the X Index, invited ...': a body (or a name found only next to the verb)
    after a preposition is its object; a titled person keeps 'Ambassador to Y Name'."""
    return span.rule != "person.titled" and span.ref.kind in ("org", "person") and \
        bool(_PREPOSED.search(text[: span.start])) and span.rule not in ("person.surname",
                                                                         "person.pronoun")


def _named_after(doc: Doc, text: str, spans: list[Span], verb: re.Match[str]) -> Subject | None:
    far = [s for s in spans if s.end <= verb.start() and
           re.fullmatch(r",[^,]{0,120},\s*(?:who\s+)?", text[s.end:verb.start()])]
    if far:
        return Subject(far[-1].ref, far[-1].start, far[-1].end)
    after = [s for s in spans if s.start >= verb.end() and
             re.fullmatch(r"\s*(?:by\s+)?(?:[A-Z][\w\-’'.]*\s+){0,8}", text[verb.end():s.start])]
    if after:  # 'says ACME Director-General Mr. X': the person, not the body in the title
        first = next((s for s in after if s.ref.kind == "person"), after[0])
        return Subject(first.ref, first.start, first.end)
    role = ROLE_AFTER.match(text[verb.end():])
    holder = role_holder(doc, role.group("np")) if role else None
    if role and holder:
        return Subject(holder, verb.end() + role.start("np"), verb.end() + role.end("np"), "role")
    return None


def _reported(text: str, verb: re.Match[str], subject: Subject) -> str:
    tagged = _trailing(text, verb, subject)
    if tagged is not None:
        return _clean(tagged)
    rest = text[verb.end():]
    that = _THAT.match(rest)
    if that:
        return _clean(rest[that.end():])
    if _KIND.get(verb.group(0).lower()) == "object":  # 'thanked the hosts for ...'
        return _clean(text[verb.start():])
    rest = re.sub(r"^\s*(?:(?:via|at|during|in)\s+[^,]+,\s+|on\s+\w+\s+\d+,\s+)?(?:that\s+)?",
                  "", rest)
    rest = re.sub(r"^(?:at|during|on)\s+[^,]{0,60}?,\s+(?:that\s+)?", "", rest)
    return _clean(rest)


def _according(doc: Doc, unit: Unit, quoted: list[tuple[int, int]]) -> list[tuple[Statement, str]]:
    """'According to <person>, ...' / '..., according to <person>': a named person's view.
    'According to' a body or to data is an attribution, not a statement."""
    text = unit.text
    acc = _ACCORDING.search(text)
    if not acc or _inside(quoted, acc.start()):
        return []
    source = _source(doc, unit, acc.end())
    if source is None:
        return []
    ref, end = source
    quote = " ".join(text[s:e] for s, e in quoted)
    if len(quote.split()) >= _MIN_QUOTE_WORDS:
        gist = _clean(quote)
    elif acc.start() > 20:  # '..., according to X'
        gist = _clean(text[: acc.start()])
    else:
        gist = _clean(text[end:])
    if not gist:
        return []
    return [(_statement(unit, ref, gist, "statement.according", (acc.start(), end)),
             text[acc.start():end])]


def _source(doc: Doc, unit: Unit, start: int) -> tuple[Ref, int] | None:
    """The person 'according to' names: the first name after it, or a surname of someone the
    article named in full that another span (a place of that name) has taken."""
    after = [s for s in unit.sent.spans if s.start >= start and s.start - start < 60 and
             s.ref.kind in ("person", "org")]
    if after:
        return (after[0].ref, after[0].end) if after[0].ref.kind == "person" else None
    word = re.match(r"[A-Z][\w\-’']+", unit.text[start:])
    person = resolve_short(word.group(0), list(doc.people.values())) if word else None
    return (Ref("person", person.name), start + word.end()) if person and word else None


_DATELINE = re.compile(r"^[A-Z][A-Z .'\-]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:\s+\([^)]*\))?\s*[-–—]+\s*")


def _clean(text: str) -> str:
    text = _DATELINE.sub("", text.strip())
    text = re.sub(r"^\W+|[\s,;:.\"“”]+$", "", text)
    text = re.sub(r"^(?:Noting|Adding)\s+(?:that\s+)?", "", text)
    return text if len(text.split()) >= 4 else ""


def _statement(unit: Unit, speaker: Ref, gist: str, rule: str, verb: tuple[int, int]
               ) -> Statement:
    """Dated here only by a date of the speech itself, outside what was said: right after the
    verb ('said on June 21 that', 'said during the visit on June 11-13') or in the frame before
    it ('On Monday, X said').  Dates inside what was said belong to the content."""
    text = unit.text
    when: When | None = next((d.when for d in unit.sent.dates
                              if text[d.start:d.end] not in gist and len(d.when.value) >= 7 and
                              (0 <= d.start - verb[1] <= _NEAR_VERB or d.end <= verb[0])), None)
    return Statement(speaker, gist, when, unit.text, rule=rule)
