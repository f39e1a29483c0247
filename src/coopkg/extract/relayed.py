"""Speech relayed through a source: 'according to <person>, ...' is that person's view, and
'<reporter> quoted <person> as saying ...' (or '<person> was quoted as saying ...') is the
quoted person's statement, while the passage stays with the reporter ('He added ...' after
'he quoted X as saying' is the reporter again).  'According to' a body, data or 'the
information' is an attribution, not a statement.  'This was stated by <person>' reports the
sentence before as that person's statement."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Ref, Statement
from coopkg.extract.people import resolve_short
from coopkg.extract.quotes import MIN_QUOTE_WORDS, Found, Unit, clean, inside, make_statement, outside
from coopkg.extract.sentence_gates import needs
from coopkg.extract.speakers import PRONOUN_BEFORE, Discourse, latest_holder, role_holder
from coopkg.extract.statement_impersonal import impersonal_channel

# 'according to X', and a report's '..., local media reported, citing X' / 'quoting X'
_ACCORDING = re.compile(r"\b(?:according\s+to|citing|quoting)\s+", re.I)
_REPORT_TAG = re.compile(r",[^,;]*\b(?:reported|reports|said|says|wrote|writes)\b[^,;]*,\s*$")
_AS_SAYING = r"\s+as\s+(?:saying|telling|stating|declaring|adding)\b(?:\s+that\b)?"
_QUOTED_AS = re.compile(rf"\b(?:quoted|cited)\s+(?!by\b)(?P<who>[^,;\"“”]{{1,80}}?){_AS_SAYING}")
_WAS_QUOTED = re.compile(r"\s+(?:is|was|were|has\s+been)\s+(?:also\s+)?(?:quoted|cited)"
                         rf"(?:\s+by\s+[^,;\"“”]{{1,40}}?)?{_AS_SAYING}")  # 'quoted by Xinhua as saying'



@needs("_ACCORDING")
def according(doc: Doc, unit: Unit, quoted: list[tuple[int, int]]) -> list[Found]:
    """'According to <person>, ...' / '..., according to <person>': a named person's view; so is
    what a report relays 'citing' or 'quoting' a named person."""
    text = unit.text
    acc = _ACCORDING.search(text)
    if not acc or inside(quoted, acc.start()):
        return []
    source = _source(doc, unit, acc.end())
    if source is None:
        return []
    ref, end = source
    if text[end:end + 2] in ("'s", "’s"):
        return []  # "according to X's official page": a document of X's, a source (attribution)
    quote = " ".join(text[s:e] for s, e in quoted)
    if len(quote.split()) >= MIN_QUOTE_WORDS:
        gist = clean(quote)
    elif acc.start() > 20:  # '..., according to X', '..., media reported, citing X'
        tag = _REPORT_TAG.search(text, 0, acc.start())
        gist = clean(text[: tag.start() if tag else acc.start()])
    else:
        gist = clean(text[_past_apposition(text, end):])
    if not gist or _AMOUNT.search(gist):  # 'trade reached $81bn in 2017, according to X': a source
        return []
    return [Found(make_statement(unit, ref, gist, "statement.according", (acc.start(), end)),
                  text[acc.start():end])]


# an amount or a rate: what 'according to X' relays with one is a figure X is the source of
# (GOLD_FORMAT: an attribution), not X's view
_AMOUNT = re.compile(r"[$€£¥]\s?\d|\d[\d.,]*\s*(?:%|-?\s?per\s?-?cent\b|percent\b|"
                     r"(?:million|billion|trillion)\b)", re.I)
# ', the Kenyan minister of trade,' / ', Ghana's envoy to Peru,': a title set off by commas
# right after the source's name describes the source
_APPOSITION = re.compile(r",\s*(?:[Tt]he\s+|[Aa]n?\s+|[A-Z][\w\-]*[’']s\s+)?(?:[\w\-]+\s+){0,3}?"
                         rf"(?i:{lexicon.word_pattern('titles')})\b[^,;]{{0,60}},")


def _past_apposition(text: str, end: int) -> int:
    """Where what a source is said to hold begins after 'According to <name>': past the
    source's title in apposition, which describes the source and is no part of the view."""
    m = _APPOSITION.match(text, end)
    return m.end() if m else end


_SOURCE_RE = re.compile(r"[,;:]")
_SOURCE_RE2 = re.compile(r"[A-Z][\w\-’']+")


def _source(doc: Doc, unit: Unit, start: int) -> tuple[Ref, int] | None:
    """The person 'according to' names: a name right after it (titles may come between, a
    comma may not: 'according to the information, X instructed' names no source), or a surname
    of someone the article named in full that another span (a place of that name) has taken."""
    after = [s for s in unit.sent.spans if s.start >= start and s.start - start < 60 and
             s.ref.kind in ("person", "org") and not _SOURCE_RE.search(unit.text[start:s.start])]
    if after:
        return (after[0].ref, after[0].end) if after[0].ref.kind == "person" else None
    word = _SOURCE_RE2.match(unit.text[start:])
    person = resolve_short(word.group(0), list(doc.people.values())) if word else None
    return (Ref("person", person.name), start + word.end()) if person and word else None


@needs("_QUOTED_AS", "_WAS_QUOTED")
def quoted_as(doc: Doc, unit: Unit, quoted: list[tuple[int, int]], discourse: Discourse
              ) -> list[Found]:
    """'He quoted X as saying "..."', 'X was quoted as saying that ...': X's statement, the quote
    or else the clause after 'as saying'; the reporter (if any) keeps the passage."""
    text = unit.text
    people = [s for s in unit.sent.spans if s.ref.kind == "person" and not inside(quoted, s.start)]
    speaker, voice, end = _relayed_speaker(doc, unit, people, quoted, discourse)
    if speaker is None:
        return []
    quote = " ".join(text[s:e] for s, e in quoted)
    gist = clean(quote) if len(quote.split()) >= MIN_QUOTE_WORDS else clean(text[end:])
    if not gist:
        return []
    frame = outside(text, quoted).replace(gist, " ")
    statement = make_statement(unit, speaker.ref, gist, "statement.quoted-as", (end, end))
    return [Found(statement, frame, voice)]


def _relayed_speaker(doc: Doc, unit: Unit, people: list[Span], quoted: list[tuple[int, int]],
                     discourse: Discourse) -> tuple[Span | None, Ref | None, int]:
    """The quoted person (named, or a role phrase naming one person: 'quoted the minister as
    saying'), the reporter who quotes them, and where the relayed clause begins."""
    text = unit.text
    active = next((m for m in _QUOTED_AS.finditer(text) if not inside(quoted, m.start())), None)
    if active:
        who = next((s for s in people if active.start("who") <= s.start < active.end("who")), None)
        holder = role_holder(doc, active.group("who")) if who is None else None
        if holder is not None:
            who = Span(active.start("who"), active.end("who"), holder, active.group("who"))
        return who, _reporter(unit, people, active.start(), discourse), active.end()
    passive = next((m for m in _WAS_QUOTED.finditer(text) if not inside(quoted, m.start())), None)
    who = next((s for s in people if passive and s.end == passive.start()), None)
    if who is None and passive is not None:
        who = _described(doc, unit, passive.start(), discourse)
    return who, None, passive.end() if passive else 0


# '"...," the president was quoted as saying', 'he was quoted as saying': the subject of the
# passive is a description or a pronoun, right after the quote or at the sentence's start
_DESCRIBED = re.compile(r"(?:^|[,;:“”\"]\s*)(?:(?P<pronoun>[Hh]e|[Ss]he)|"
                        r"(?P<role>[Tt]he\s+(?:[\w\-’']+\s+){0,4}?[\w\-’']+))\s*$")


def _described(doc: Doc, unit: Unit, at: int, discourse: Discourse) -> Span | None:
    """The one person a description or pronoun before 'was quoted as saying' names: the role's
    one holder (or the holder who has the floor), or for 'he'/'she' the current speaker, as for
    'the president said' and 'he said'."""
    m = _DESCRIBED.search(unit.text, 0, at)
    if m is None:
        return None
    index = unit.sent.sentence.index
    if m.group("pronoun"):
        ref = discourse.current(index)
    else:
        ref = role_holder(doc, m.group("role")) or latest_holder(doc, m.group("role"), discourse, index)
    return Span(m.start(), m.end(), ref, m.group(0)) if ref is not None else None


_REPORTER_RE = re.compile(r"\s+(?:also\s+)?")


def _reporter(unit: Unit, people: list[Span], at: int, discourse: Discourse) -> Ref | None:
    """Who quotes: the name right before 'quoted', or the current speaker for 'he quoted'."""
    named = [s for s in people if s.end <= at and _REPORTER_RE.fullmatch(unit.text[s.end:at])]
    if named:
        return named[-1].ref
    if PRONOUN_BEFORE.search(unit.text[:at]):
        return discourse.current(unit.sent.sentence.index)
    return None


# 'This was stated on Tuesday by X', 'This was said yesterday in Lima by X': a time or place
# between the verb and its agent
# 'This was conveyed to President X at a courtesy call from Y': the one told, then the occasion
_TOLD_TO = (r"(?:to\s+(?:[\w’'\-]+\s+){1,6}?(?=at\s|during\s))?"
            r"(?:(?:at|during)\s+(?:[\w’'\-]+\s+){1,5}?(?=from\s))?")
_WHEN_WHERE = r"(?:(?:(?:on|in|at|during)\s+(?:[\w’'\-]+\s+){1,3}?|yesterday\s+|today\s+)(?=by\s))?"
# 'This was contained in a statement issued by X': the document that carried the words
_CARRIED = (r"(?:This|That|It)\s+was\s+(?P<v3>contained)\s+in\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?"
            rf"{lexicon.word_pattern('speech_channels')}\s+(?:issued|released|signed|sent)")
_STATED_BY = re.compile(rf"^\W*(?:(?:This|That|It|These|The\s+same)\s+(?:was|were|has\s+been|had\s+been)\s+"
                        rf"(?:\w+ly\s+)?(?P<v>{lexicon.word_pattern('speech_verbs')})|"
                        rf"(?:These|The|This|Those|Such)\s+{lexicon.word_pattern('spoken_nouns')}\s+(?:was|were|"
                        rf"had\s+been)\s+(?P<v2>made|delivered|voiced)|{_CARRIED})"
                        rf"\s+{_TOLD_TO}{_WHEN_WHERE}(?:by|from)\s+")
_BY_ROLE = re.compile(r"(?P<role>the\s+[\w\s’'\-]{3,60}?)(?=\s+(?:at|during|in|on|after|while)\b|[,.;]|$)")
_TITLE_RUN = re.compile(r"(?:[A-Z][\w\-’'.]*|of|the|and|for|on|,|\s)*")
# 'by the media aide to the Minister, X': a described agent apposed before its name
_APPOSED_AGENT = re.compile(r"(?:[\w\-’'.]+\s+){0,9}[\w\-’'.]+,\s+")


@needs("stated_by", "impersonal_channel", "made_remarks")
def stated_in(doc: Doc, unit: Unit, quoted: list[tuple[int, int]]) -> list[Found]:
    """Speech a frame gives a source: 'This was stated by X' (`stated_by`), 'X made the remarks at
    ...' (`made_remarks`), '"...," it was stated in a news release issued by the X Embassy'
    (`impersonal_channel`)."""
    return stated_by(doc, unit) or made_remarks(doc, unit) or impersonal_channel(doc, unit, quoted)


# 'Prime Minister X made the statement at a forum ...', 'X made these remarks while ...'
_MADE_REMARKS = re.compile(r"\s+(?:also\s+)?(?P<v>made|delivered|gave)\s+(?:the|this|these|those|that|such)"
                           r"\s+(?:statements?|remarks|comments|announcement|assessment)\b")
_SAID_BEFORE = re.compile(rf"[\"“”]|\b{lexicon.word_pattern('speech_verbs')}\b")


@needs("_MADE_REMARKS")
def made_remarks(doc: Doc, unit: Unit) -> list[Found]:
    """'<title> <person> made the statement at ...' heading its sentence reports the sentence
    before, told without a speaker, as that person's statement (the lead-then-source order of
    wire copy); a sentence before that names its own speaker or quotes is not re-attributed."""
    m = _MADE_REMARKS.search(unit.text)
    person = next((s for s in unit.sent.spans if m and s.ref.kind == "person" and s.end == m.start()
                   and _TITLE_RUN.fullmatch(unit.text[:s.start])), None)
    if person is None or not unit.before or _SAID_BEFORE.search(unit.before[-1].text):
        return []
    gist = clean(unit.before[-1].text)
    if not gist or _ANAPHORIC.match(unit.before[-1].text):
        return []
    statement = make_statement(unit, person.ref, gist, "statement.remarks", m.span("v"))
    return [Found(statement, unit.text[m.end():])]


@needs("_STATED_BY")
def stated_by(doc: Doc, unit: Unit) -> list[Found]:
    """'This was stated by <title> <person> during a meeting ...': the passive anaphoric frame of
    wire copy translated into English reports the sentence before as that person's statement."""
    m = _STATED_BY.match(unit.text)
    if m is None:
        return []
    person = next((s.ref for s in unit.sent.spans if s.ref.kind == "person" and s.start >= m.end()
                   and (_TITLE_RUN.fullmatch(unit.text[m.end():s.start]) or
                        _APPOSED_AGENT.fullmatch(unit.text[m.end():s.start]))), None)
    if person is None:  # 'This was announced by the head of the Kazakh government at ...'
        role = _BY_ROLE.match(unit.text, m.end())
        person = role_holder(doc, role.group("role")) if role else None
    gist = antecedent(unit.before) if person is not None else ""
    if not gist:
        return []
    verb = next(m.span(g) for g in ("v", "v2", "v3") if m.group(g))
    statement = make_statement(unit, person, gist, "statement.stated-by", verb)
    return [Found(statement, unit.text[m.end():])]


_ANAPHORIC = re.compile(r"^\W*(?:This|These|That|It|They|He|She)\b")


def antecedent(before: list[Sent]) -> str:
    """What 'this' in 'X disclosed this' reports: the latest earlier sentence that is not itself
    a continuation ('This, they said, ...'), of the last three."""
    for sent in reversed(before[-3:]):
        if not _ANAPHORIC.match(sent.text):
            return clean(sent.text)
    return ""


def said_again(statement: Statement, previous: tuple[Unit, Statement] | None) -> bool:
    """'X said that A.' then 'X said this on Tuesday in Y': the 'this' is the statement just
    told, which takes the time the second sentence gives (`antecedent`); no second statement."""
    if previous is None or previous[1].speaker != statement.speaker or \
            statement.text != clean(previous[1].evidence):
        return False
    if statement.date and not statement.date.inherited and (
            previous[1].date is None or previous[1].date.inherited):
        previous[1].date = statement.date
    return True
