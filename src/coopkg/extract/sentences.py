"""Sentence splitting that survives news prose: company suffixes (Co., Ltd.), titles (Lt Gen.),
initials (Ts.Elbegdorj) and quotes that close after the full stop."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopkg.extract import lexicon
from coopkg.extract.memo import by_text

_ABBREVIATIONS = {
    "co", "ltd", "inc", "corp", "llc", "jsc", "plc", "mr", "mrs", "ms", "dr", "prof", "gen", "lt",
    "col", "capt", "st", "jr", "sr", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx", "est", "dept", "gov", "sen",
    "rep", "amb", "h.e", "messrs", "hon", "adv", "pvt", "pte", "sdn",
}
# 'app.' and 'ca.' shorten 'approximately' and 'circa' only before a number ('(app. 3.5 million
# euro)'); before a word they may be a word of their own ('downloaded the app. Users ...')
_NUMBER_ABBREVIATIONS = {"app", "ca"}
# a guillemet (« ») closes and opens a quotation as the curly marks do
_BOUNDARY = re.compile(r"(?<=[.!?])([\"”’'»]?)\s+(?=[\"“‘(«]?[A-Z0-9\u2013\u2014-])")


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int
    index: int


_SPLIT_SENTENCES_RE = re.compile(r"\n\s*\n")


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for p_index, paragraph in enumerate(p for p in _SPLIT_SENTENCES_RE.split(text) if p.strip()):
        for line in _logical_lines(paragraph):
            for sentence in (s for piece in _unglued(line) for s in _split_line(piece)):
                out.append(Sentence(sentence, p_index, len(out)))
    return out


_BULLET = re.compile(r"^\s*(?:[-–—•*·]|\d+[.)])\s+")
# 'Karim al Rawi , president of ...': a typed space before a comma; English sets none, and an
# apposition or a list item must read the same with it (the name before it is a person's)
_SPACE_COMMA = re.compile(r"(?<=[\w)”\"’']) +(?=,\s)")
# 'Minister Lin Wei-chen (林偉珍), who ...': East Asian copy glosses a romanised name with its
# own script in brackets, ASCII or full-width ('（林偉珍）', as Taiwanese and Chinese copy sets
# them); the gloss says nothing an English rule reads and parts the name from its apposition or
# verb, so it goes (a bracket holding Latin letters stays, its full-width marks made ASCII)
_CJK_GLOSS = re.compile(r"\s*[(（][\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+[)）]")
_FULL_WIDTH = re.compile(r"\s*（\s*|\s*）")


def _ascii_bracket(m: re.Match[str]) -> str:
    """'understanding （MOU） on': a full-width bracket around Latin letters as English sets it."""
    return " (" if "（" in m.group(0) else ")"


def _logical_lines(paragraph: str) -> list[str]:
    """Hard-wrapped lines join up; list items ('– Memorandum on ...') stay apart."""
    lines: list[str] = []
    for raw in paragraph.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if "(" in line or "（" in line or "）" in line:  # speed only: each pattern needs a bracket
            line = _CJK_GLOSS.sub("", line)
            line = _FULL_WIDTH.sub(_ascii_bracket, line) if "（" in line or "）" in line else line
        line = _SPACE_COMMA.sub("", line) if " ," in line else line  # speed only: needs " ,"
        if lines and not _BULLET.match(line):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return lines


_LAST_WORD = re.compile(r"([\w.]+)[.!?][\"”’']?$")
_INITIAL = re.compile(r"[A-Z][a-z]?|(?:[A-Z]\.)+[A-Z]")


def _last_word(line: str, start: int, end: int) -> str:
    """The word before the stop ending `line[start:end]` ('' if none), looked for in the last
    few dozen characters only: a search from `start` costs the whole sentence at each stop.  A
    word that reaches back to the window's edge may be longer, and is looked for again in all."""
    low = max(start, end - 48)
    word = _LAST_WORD.search(line, low, end)
    if word is not None and word.start() == low and low > start:
        word = _LAST_WORD.search(line, start, end)
    return word.group(1) if word else ""


# Two sentences whose break a scraper lost: 'the talks.The minister', 'Covid-19.Foreign Minister'
# (a stop with no space) or
# 'Ana PerezShe added' (no stop: only before a word that opens sentences, glued_openers.tsv)
_GLUED = re.compile(r"(?<=[a-z0-9]{2}[.!?])(?=[A-Z][a-z]+\s)|"
                    rf"(?<=[a-z])(?=(?:{'|'.join(sorted(lexicon.words('glued_openers')))})\s)")

# a capital after a lowercase letter (and a stop): written from the capital, which few characters
# are, so a scan tries few places (from the lowercase letter it tried nearly every one)
_CASE_TURN = re.compile(r"[A-Z](?:(?<=[a-z].)|(?<=[a-z0-9][.!?].))")


def _unglued(line: str) -> list[str]:
    """`line` cut where two sentences are glued; a stop after an abbreviation ('Co.Ltd') is
    no break."""
    if _CASE_TURN.search(line) is None:  # speed only: every glue has a capital after a lowercase
        return [line]
    pieces: list[str] = []
    start = 0
    for match in _GLUED.finditer(line):
        end = match.start()
        if line[end - 1] in ".!?" and _last_word(line, start, end).lower() in _ABBREVIATIONS:
            continue
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return pieces


@by_text
def _split_line(line: str) -> tuple[str, ...]:
    """The sentences of one logical line, kept by its text: a paragraph of boilerplate recurs
    across a corpus, and splitting it is the larger part of starting a document."""
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.start() + len(match.group(1))
        word = _last_word(line, start, end)
        last = word.lower()
        if last in _ABBREVIATIONS or _INITIAL.fullmatch(word) or \
                (last in _NUMBER_ABBREVIATIONS and line[match.end():match.end() + 1].isdigit()):
            continue
        pieces.append(line[start:end].strip())
        start = match.end()
    pieces.append(line[start:].strip())
    return tuple(p for p in pieces if p)
