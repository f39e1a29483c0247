"""Statements: quoted or reported speech attributed to a person or a body, with the quote or the
reported clause as its text.  Patterns: 'X said (that) ...', '"...," said X', '..., X said',
'according to X, ...', '..., according to X', and quotes that run over several sentences."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Ref, Statement
from coopkg.extract.people import SPEECH

_QUOTE = re.compile(r"[\"“]([^\"“”]{8,})[\"”]")
_VERB = re.compile(rf"\b{SPEECH}\b", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:data\s+from\s+|a\s+statement\s+(?:by|from)\s+)?",
                        re.I)


def find_statements(ctx: Doc) -> list[Statement]:
    out: list[Statement] = []
    previous: tuple[Sent, Statement] | None = None
    for view in ctx.sents:
        statement = _from_sentence(ctx, view)
        if statement and not any(s.text == statement.text and s.speaker == statement.speaker
                                 for s in out):
            if statement.date is None and previous and previous[1].speaker == statement.speaker \
                    and previous[0].sentence.index == view.sentence.index - 1:
                statement.date = previous[1].date  # the same speaker, still at the same event
            out.append(statement)
            previous = (view, statement)
    return out


def _speakers(view: Sent) -> list[Span]:
    return [m for m in view.spans if m.ref.kind in ("person", "org")]


def _from_sentence(ctx: Doc, view: Sent) -> Statement | None:
    text = view.text
    speakers = _speakers(view)
    if not speakers:
        return None
    quote = _QUOTE.search(text)
    for m in _VERB.finditer(text):
        speaker = _speaker_for(text, speakers, m)
        if speaker is None:
            continue
        gist = quote.group(1) if quote and len(quote.group(1).split()) >= 5 else \
            _reported(text, m, speaker)
        if gist:
            return _statement(ctx, view, speaker.ref, gist,
                              "statement.quote" if quote else "statement.reported", m.end())
    acc = _ACCORDING.search(text)
    if acc:
        after = [s for s in speakers if s.start >= acc.end() and s.start - acc.end() < 60]
        if after:
            gist = quote.group(1) if quote else _clause_around(text, acc.start(), after[0].end)
            if gist:
                return _statement(ctx, view, after[0].ref, gist, "statement.according",
                                  after[0].end)
    return None


def _speaker_for(text: str, speakers: list[Span], verb: re.Match[str]) -> Span | None:
    """The subject right before the verb ('Mao said'), a person described by an apposition
    ('X, General Manager of Y, a Chinese company, told'), or right after it ('said Zhang')."""
    described = [s for s in speakers if s.ref.kind == "person" and s.end <= verb.start() and
                 re.fullmatch(r",\s[^\"“”]{0,160}?,?\s*(?:who\s+)?", text[s.end:verb.start()]) and
                 not _VERB.search(text[s.end:verb.start()])]
    if described:
        return described[0]
    before = [s for s in speakers if s.end <= verb.start() and
              re.fullmatch(r"[\s,]*(?:[\w\-]+\s+){0,1}?|[\s,]*(?:also|has|had|then|further)\s+",
                           text[s.end:verb.start()])]
    if before:
        return before[-1]
    before_far = [s for s in speakers if s.end <= verb.start() and
                  re.fullmatch(r",[^,]{0,120},\s*(?:who\s+)?", text[s.end:verb.start()])]
    if before_far:
        return before_far[-1]
    after = [s for s in speakers if s.start >= verb.end() and
             re.fullmatch(r"\s*(?:by\s+)?(?:[A-Z][\w\-’']*\s+){0,6}", text[verb.end():s.start])]
    return after[0] if after else None


def _reported(text: str, verb: re.Match[str], speaker: Span) -> str:
    if speaker.start >= verb.end():  # '..., said X'
        return _clean(text[: verb.start()])
    lead = re.sub(r",\s*(?:the\s+)?(?:[\w’'\-]+\s+){0,4}$", ",", text[: speaker.start])
    if re.search(r",\s*$", lead) and len(lead.split()) >= 5 and \
            len(text[verb.end():].split()) < 8:  # '..., X said at a briefing.'
        return _clean(lead)
    rest = text[verb.end():]
    that = re.match(r"^(?:\s+\S+){0,8}?\s+that\s+", rest)
    if that:
        return _clean(rest[that.end():])
    rest = re.sub(r"^\s*(?:(?:via|at|during|in)\s+[^,]+,\s+|on\s+\w+\s+\d+,\s+)?(?:that\s+)?",
                  "", rest)
    rest = re.sub(r"^(?:at|during|on)\s+[^,]{0,60}?,\s+(?:that\s+)?", "", rest)
    return _clean(rest)


def _clause_around(text: str, acc_start: int, speaker_end: int) -> str:
    if acc_start > 20:  # '..., according to X'
        return _clean(text[:acc_start])
    return _clean(text[speaker_end:])


_DATELINE = re.compile(r"^[A-Z][A-Z .'\-]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:\s+\([^)]*\))?\s*[-–—]+\s*")


def _clean(text: str) -> str:
    text = _DATELINE.sub("", text.strip())
    text = re.sub(r"^\W+|[\s,;:.\"“”]+$", "", text)
    text = re.sub(r"^(?:Noting|Adding)\s+(?:that\s+)?", "", text)
    return text if len(text.split()) >= 4 else ""


def _statement(ctx: Doc, view: Sent, speaker: Ref, gist: str, rule: str, anchor: int) -> Statement:
    """Dated only by a date attached to the speech itself ('said ... on June 21'); dates inside
    what was said belong to the content.  Undated statements take the article's date later."""
    when = next((d.when for d in view.dates if 0 <= d.start - anchor <= 40), None)
    return Statement(speaker, gist, when, view.text, rule=rule)
