"""Quote blocks: the stretches of a sentence inside quotation marks, and the sentences from an
opening quote mark to its closing one joined into one unit, the way news runs a quotation over
sentences and paragraphs.  The statements component reads units, not sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from coopkg.extract import lexicon
from coopkg.extract.dates import DateMention
from coopkg.extract.doc import Sent, Span
from coopkg.extract.facts import Ref, Statement, When
from coopkg.extract.sentences import Sentence
from coopkg.extract.statement_topics import in_asked_topic
from coopkg.extract.storydate import SOURCE_ON


@dataclass
class Unit:
    """A sentence, or the sentences of one quote block joined; `last` is the index of its last
    sentence, `before` the sentences that came before it, `breaks` where in the joined text each
    paragraph after the first begins."""

    sent: Sent
    last: int
    before: list[Sent]
    breaks: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        return self.sent.text


def continues_quote(unit: Unit, before: Unit, statement: Statement) -> bool:
    """'She said: "First part." "Second part."': a sentence that is only a quote, right after
    a quoted statement in the same paragraph, is more of the same quote block."""
    return _quote_after(unit, before, statement) and not _tag_closes(before)


def follows_tag(unit: Unit, before: Unit, statement: Statement) -> bool:
    """'"First part," she said. "Second part."': a tag that closes the sentence before ends its
    quote block; the next quotation is the same speaker's block of its own (the gold gives
    each its entry)."""
    return _quote_after(unit, before, statement) and _tag_closes(before)


_TAG_CLOSES_RE = re.compile(r"\w")


def _tag_closes(before: Unit) -> bool:
    told = quoted_spans(before.text)[0]
    return bool(told) and _TAG_CLOSES_RE.search(before.text[told[-1][1]:]) is not None


def _quote_after(unit: Unit, before: Unit, statement: Statement) -> bool:
    """A sentence that is only a quote, right after a quoted statement in the same paragraph."""
    spans, still_open = quoted_spans(unit.text)
    return statement.rule != "statement.according" and bool(quoted_spans(before.text)[0]) and \
        not still_open and len(spans) == 1 and \
        before.last + 1 == unit.sent.sentence.index and \
        before.sent.sentence.paragraph == unit.sent.sentence.paragraph and \
        unit.text.startswith(("“", '"')) and not unit.text[spans[0][1] + 1:].strip(" .,;")


def free_quote(unit: Unit, before: Unit, statement: Statement) -> bool:
    """A paragraph that is nothing but a quotation, right after a paragraph in which a named
    person spoke: the speaker goes on (feature copy quotes a long passage of a speech without
    repeating the tag)."""
    spans = unit_quotes(unit)
    still_open = quoted_spans(unit.text)[1] and spans == quoted_spans(unit.text)[0]
    inside_chars = sum(b - a for a, b in spans)
    body = len(unit.text.strip(" .,;“”\""))
    return statement.speaker.kind == "person" and not still_open and bool(spans) and \
        inside_chars >= 0.9 * body and len(unit.text.split()) >= 2 * MIN_QUOTE_WORDS and \
        unit.sent.sentence.paragraph == before.sent.sentence.paragraph + 1 and \
        unit.text.lstrip()[:1] in "“\"”"


def bare_quote(unit: Unit) -> bool:
    """A paragraph that is nothing but a closed quotation of at least a clause."""
    spans, still_open = quoted_spans(unit.text)
    body = len(unit.text.strip(" .,;“”\""))
    return bool(spans) and not still_open and sum(b - a for a, b in spans) >= 0.9 * body and \
        len(unit.text.split()) >= MIN_QUOTE_WORDS and unit.text.lstrip()[:1] in "“\"”"


def tagged_next(held: Unit, unit: Unit, statement: Statement) -> bool:
    """'"<quote>"' as a paragraph, then '"<quote>," X told reporters.' as the next one: the
    bare quotation is X's too (news copy tags the second of two quoted paragraphs)."""
    spans = quoted_spans(unit.text)[0]
    said = statement.text[:24]
    return statement.speaker.kind == "person" and any(said in unit.text[a:b] for a, b in spans) and \
        held.sent.sentence.paragraph + 1 == unit.sent.sentence.paragraph and \
        held.last + 1 == unit.sent.sentence.index and unit.text.lstrip()[:1] in "“\"”"


@lru_cache(maxsize=1024)
def quoted_spans(text: str) -> tuple[list[tuple[int, int]], bool]:
    """The stretches inside quotation marks, and whether a quote is still open at the end.  An
    opening mark inside an open quote starts a new stretch: a quote running over paragraphs
    reopens each paragraph without closing the one before.  (Asked several times per sentence,
    hence cached; callers do not change the list.)"""
    if "“" not in text and '"' not in text and "”" not in text:
        return [], False
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, ch in enumerate(text):
        opens = ch == "“" or (ch == '"' and start is None) or \
            (ch == "”" and start is None and _opens_as_closer(text, i))
        if opens:
            if start is not None:
                spans.append((start, i))
            start = i + 1
        elif ch in "”\"" and start is not None:
            spans.append((start, i))
            start = None
        elif ch == "”" and not spans and _lost_opening(text, i):
            spans.append((0, i))
    return [(a, b) for a, b in spans if text[a:b].strip()], start is not None


def unit_quotes(unit: Unit) -> list[tuple[int, int]]:
    """`quoted_spans` of the unit, and when a quotation run over paragraphs is still open at the
    unit's end, its last paragraph from the reopening mark on: news closes only the last
    paragraph of such a quotation, and a page cut short drops even that mark, so a 'said' in
    there is the quoted speaker's, not the tag of the block."""
    spans, still_open = quoted_spans(unit.text)
    if still_open and unit.breaks and unit.text[unit.breaks[-1]:unit.breaks[-1] + 1] in "“\"" and \
            _last_opening(unit.text) == unit.breaks[-1]:
        return [*spans, (unit.breaks[-1] + 1, len(unit.text))]
    return spans


def _last_opening(text: str) -> int:
    """Where the last quotation mark that can open a quote stands (-1: none)."""
    return max(text.rfind("“"), text.rfind('"'))


def _lost_opening(text: str, i: int) -> bool:
    """'We will keep investing,” the minister said.': a closing mark after a sentence's last
    word with no mark before it closes a quotation whose opening mark was lost (a typo, or a
    drop cap the page drew); the quotation runs from the start."""
    return i > 0 and text[i - 1] in ",.?!" and "“" not in text[:i] and '"' not in text[:i]


def _opens_as_closer(text: str, i: int) -> bool:
    """'”We will ...' at the start of a paragraph or after a space and before a letter: a closing
    mark some publishing systems write for the opening one."""
    return (i == 0 or text[i - 1].isspace()) and i + 1 < len(text) and text[i + 1].isalnum()


def quote_units(sents: list[Sent]) -> list[Unit]:
    """Sentences from an opening quote mark to its closing one become one unit, also across
    paragraphs when the next paragraph reopens the quote (the news convention); a sentence that
    ends in a colon joins the quotation after it."""
    units: list[Unit] = []
    pending: list[Sent] = []
    sents = [as_quotation_marks(sent) for sent in sents]
    for i, sent in enumerate(sents):
        pending.append(sent)
        following = sents[i + 1] if i + 1 < len(sents) else None
        joined = sent.text if len(pending) == 1 else " ".join(_parts(pending))  # one: as it is
        still_open = quoted_spans(joined)[1]
        if following is not None and (still_open or _introduces(sent)) and \
                (following.sentence.paragraph == sent.sentence.paragraph and still_open or
                 following.text.startswith(("“", '"', "”"))):
            continue
        units.append(Unit(_join(pending), sent.sentence.index, sents[: i + 1 - len(pending)],
                          _breaks(pending)))
        pending = []
    return units


def _breaks(sents: list[Sent]) -> tuple[int, ...]:
    """Where each new paragraph starts in the text `_join` makes of `sents`."""
    out, offset = [], 0
    for before, sent in zip(sents, sents[1:], strict=False):
        offset += len(before.text) + 1
        if sent.sentence.paragraph != before.sentence.paragraph:
            out.append(offset)
    return tuple(out)


def _quoted_text(piece: str) -> str:
    """The words inside quotation marks, a quotation left open to the paragraph's end included."""
    spans, still_open = quoted_spans(piece)
    said = [piece[a:b] for a, b in spans]
    if still_open:
        said.append(piece[_last_opening(piece) + 1:])
    return " ".join(said)


def by_paragraph(unit: Unit, statement: Statement) -> list[Statement]:
    """Untagged quote paragraphs after a speaker's paragraph, each reopening the quote: one
    statement per paragraph, as when each closes its quote (`free_quote`), each with its
    paragraph as evidence; a quotation with a tag of its own stays one block.  A statement
    holding less than two of the paragraphs' quotations whole stays as it is."""
    if not unit.breaks:
        return [statement]
    edges = [0, *unit.breaks, len(unit.text)]
    pieces = [unit.text[a:b].strip() for a, b in zip(edges, edges[1:], strict=False)]
    said = [(piece, clean(_quoted_text(piece))) for piece in pieces]
    whole = [(piece, gist) for piece, gist in said if gist and gist in statement.text]
    if len(whole) < 2:
        return [statement]
    return [replace(statement, text=gist, evidence=piece) for piece, gist in whole]


# '«We are pleased,» he said': guillemets are the quotation marks of French, Russian and the
# news agencies that write English in their convention; each opens or closes a quotation as the
# curly marks do (one character for one, so every span and date keeps its offsets)
_GUILLEMETS = str.maketrans({"«": "“", "»": "”"})


def as_quotation_marks(sent: Sent) -> Sent:
    """`sent` with its guillemets read as the curly quotation marks of English news."""
    text = sent.sentence.text
    if "«" not in text and "»" not in text:
        return sent
    sentence = Sentence(text.translate(_GUILLEMETS), sent.sentence.paragraph, sent.sentence.index)
    return Sent(sentence, sent.spans, sent.dates, sent.person_candidates)


def _introduces(sent: Sent) -> bool:
    """'The minister said:' closing a sentence or paragraph introduces the quotation that
    follows; the two are one unit."""
    return sent.text.rstrip().endswith(":")


def _parts(sents: list[Sent]) -> list[str]:
    """The sentences' texts, a straight quote mark reopening the quote in a new paragraph made an
    opening mark (else it would read as closing the quote left open)."""
    return [("“" + sent.text[1:]) if before is not None and sent.text.startswith('"') and
            before.sentence.paragraph != sent.sentence.paragraph else sent.text
            for before, sent in zip([None, *sents], sents, strict=False)]


def _join(sents: list[Sent]) -> Sent:
    if len(sents) == 1:
        return sents[0]
    text, spans, dates = "", [], []
    for sent, part in zip(sents, _parts(sents), strict=True):
        offset = len(text) + (1 if text else 0)
        text = f"{text} {part}" if text else part
        spans += [Span(s.start + offset, s.end + offset, s.ref, s.name, s.rule) for s in sent.spans]
        dates += [DateMention(d.start + offset, d.end + offset, d.when) for d in sent.dates]
    first = sents[0].sentence
    return Sent(Sentence(text, first.paragraph, first.index), spans, dates)


MIN_QUOTE_WORDS = 5
_NEAR_VERB = 80  # characters after a speech verb where a date still dates the speech


class Found(NamedTuple):
    """A statement, the text around what was said (for its occasion), and who the passage
    continues with: the reporter of 'he quoted X as saying', else the speaker."""

    statement: Statement
    frame: str
    voice: Ref | None = None


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def outside(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the characters `inside` the spans (the frame around what was said), cut
    by slices: testing each character costs a call per character of every speech sentence."""
    kept: list[str] = []
    pos = 0
    for start, end in sorted((max(s, 0), e) for s, e in spans if e > max(s, 0)):
        if start > pos:
            kept.append(text[pos:start])
        pos = max(pos, end)
    kept.append(text[pos:])
    return "".join(kept)


# 'VIENNA, May 2 (Reuters) -- ', and a title-case place with a colon ('New Delhi, Oct 6: ')
DATELINE = re.compile(r"^(?:[A-Z][A-Z .'\-]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:\s+\([^)]*\))?\s*[-–—]+|"
                      r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s+\([^)]*\))?\s*:)\s*")


_CONNECTIVE = re.compile(rf"^(?:{lexicon.alternation(lexicon.words('connectives'))})\b[\s,]*", re.I)


_CLEAN_RE = re.compile(r"^\W+|,\s+according\s+to\s+(?:an?|the|its|their)\s+[^,;\"“”]{0,60}$|[\s,;:.\"“”]+$")
_CLEAN_RE2 = re.compile(r"^(?:Noting|Adding)\s+(?:that\s+)?")


def clean(text: str, least: int = 4) -> str:
    """What was said, without the dateline, edge punctuation and a leading 'Noting that'; empty
    when shorter than `least` words (a fragment, not a report) — a clause introduced by 'that'
    is a whole report even at two words ('said that exports grew')."""
    text = DATELINE.sub("", text.strip())
    text = _CLEAN_RE.sub("", text)
    text = _CLEAN_RE2.sub("", text)
    text = _CONNECTIVE.sub("", text)
    words = len(text.split())
    return text if words >= least or words == least - 1 == 3 and _FINITE.search(text) else ""


# a three-word report is a whole clause when it has a finite auxiliary ('exports would grow')
_FINITE = re.compile(r"^\S+\s+(?:would|will|was|were|is|are|has|have|had|could|should|must|can|may|might)"
                     r"\s+\S+$")


# 'Mentioning A's visit earlier this month, X said': the opening clause up to the date, no comma between
_MENTIONING = re.compile(rf"^\W*(?:{lexicon.word_pattern('mention_participles')})\b[^,;]*$", re.I)


def make_statement(unit: Unit, speaker: Ref, gist: str, rule: str, verb: tuple[int, int],
                   until: int | None = None) -> Statement:
    """Dated here only by a date of the speech itself, outside what was said: right after the
    verb ('said on June 21 that', 'said during the visit on June 11-13') or in the frame before
    it ('On Monday, X said'), or of the occasion named after it ('raised the idea during his
    visit in 2012').  Other dates inside what was said belong to the content, and so do dates
    after `until`, where the same speaker's next clause begins ('praised A and invited B to
    visit in June': June is the visit's)."""
    text = unit.text
    head = DATELINE.match(text)  # 'VIENNA, May 2 -- X said on Tuesday': the filing day is no date
    until = len(text) if until is None else until
    when: When | None = next((d.when for d in unit.sent.dates
                              if d.end <= until and (text[d.start:d.end] not in gist or
                                  _speech_occasion(text, verb[1], d.start)) and
                              _precise(text, d, verb) and (head is None or d.start >= head.end()) and
                              not _in_relative(text, d.start, d.end, verb[0]) and
                              not _MENTIONING.match(text[:d.start]) and
                              not SOURCE_ON.search(text, 0, d.start) and  # 'According to X on Friday, Y said
                              not in_asked_topic(text, d.start, verb[0]) and
                              (0 <= d.start - verb[1] <= _NEAR_VERB or d.end <= verb[0])), None)
    return Statement(speaker, gist, when, unit.text, rule=rule)


_PRECISE_RE = re.compile(r"\W*(?:[A-Za-z]+\s+){1,2}")
_PRECISE_RE2 = re.compile(r"\s*,")


def _precise(text: str, d: DateMention, verb: tuple[int, int]) -> bool:
    """A month or a day; a bare year only as the frame opening the sentence ('In 2019, X said'),
    where it can date nothing but the speech."""
    return len(d.when.value) >= 7 or d.end <= verb[0] and \
        _PRECISE_RE.fullmatch(text[: d.start]) is not None and \
        _PRECISE_RE2.match(text[d.end:]) is not None


def _in_relative(text: str, start: int, end: int, verb: int) -> bool:
    """'X, who arrived on Monday, said': a date in a relative clause about the speaker, closed
    before the verb, dates the arrival, not the speech — unless the clause is the speech's own
    frame ('X, who stated this in Abuja on Tuesday, said')."""
    who = text.rfind(", who", 0, start)
    return end <= verb and who >= 0 and "," not in text[who + 1:start] and "," in text[end:verb] \
        and WHO_SAID_THIS.match(text, who) is None


# 'X, who stated this in Abuja on Tuesday, said ...': wire copy's frame for the speech the main
# clause reports ('this' points forward to it)
WHO_SAID_THIS = re.compile(rf",\s+who\s+(?:also\s+)?(?:{lexicon.word_pattern('speech_verbs')}|spoke)\s+"
                           r"(?:this|these)\b", re.I)


# 'raised the idea during his visit to Norway in October 2012': a date of the occasion the
# speech was made at is the speech's date, also inside a verb's object
_OCCASION_BEFORE = re.compile(r"\b(?:during|at|on)\s+(?:[\w’'\-]+\s+){0,3}?"
                              rf"(?:{lexicon.alternation(lexicon.words('speech_occasions'))})\b"
                              r"[^.;,]{0,40}$", re.I)


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|did)\b", re.I)


def _speech_occasion(text: str, verb_end: int, date_start: int) -> bool:
    """An occasion named between the speech verb and a date ('raised the idea during his visit
    in 2012') is the speech's, unless a clause of its own reports it ('said the decision was
    made at a meeting last week': the meeting is what was said)."""
    m = _OCCASION_BEFORE.search(text, verb_end, date_start)
    return m is not None and _FINITE.search(text, verb_end, m.start()) is None


_COLON = re.compile(r"\s*:\s*[“\"]")


def colon_quote(unit: Unit, quoted: list[tuple[int, int]]) -> list[Found]:
    """'Torres: "Lithium exports will double."': a name and a colon before a quotation, the way
    headlines and interview copy attribute a quote without a verb."""
    if not quoted:
        return []  # the quotation is what is said (most sentences have none)
    text = unit.text
    span = next((s for s in unit.sent.spans if s.ref.kind == "person" and s.rule != "person.pronoun"
                 and _COLON.match(text, s.end)), None)
    quote = next(((a, b) for a, b in quoted if span and a > span.end), None)
    if span is None or quote is None or len(text[quote[0]:quote[1]].split()) < MIN_QUOTE_WORDS:
        return []
    statement = make_statement(unit, span.ref, clean(text[quote[0]:quote[1]]), "statement.quote",
                               (span.start, span.end))
    return [Found(statement, text[: span.start])] if statement.text else []

