"""Counts whose unit is told apart from their number.
- Parts of a count told after it: 'Of the 14 agreements, six were clinched between the two
  governments' counts six of the same things.  The part stands without its noun, so the count
  rules (which need a noun after the number) miss it; its unit is that of the count the 'of the
  14 ...' phrase refers back to (stated before: 'signed 14 memoranda'), else that phrase's noun,
  and with no time of its own it takes that count's.
- People said to be among the participants ('some 40 rectors, deans and lecturers are among the
  participants') are counted as participants, whatever nouns name them."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.episodes import time_of
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import clause, countries, cue_pattern, now, period
from coopkg.extract.figure_numbers import DIGITS, NUMBER_WORD, number_value

_NOUNS = {r[0].lower(): r[1] for r in lexicon.rows("count_nouns")}
_DOCUMENT_UNITS = frozenset(r[1] for r in lexicon.rows("count_nouns") if r[2] == "document")
_VERB = (r"(?P<verb>(?:were|was|are|is|have\s+been|has\s+been|had\s+been|will\s+be|have|has|had)"
         r"\s+[\w-]+)")
_PART = re.compile(rf"\b[Oo]f\s+(?:the|these|those)\s+(?:(?P<total>{DIGITS}|{NUMBER_WORD})\s+)?"
                   rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{lexicon.alternation(list(_NOUNS))})\s*,\s*"
                   rf"(?P<num>{DIGITS}|{NUMBER_WORD})\s+{_VERB}", re.I)
# the next parts of a list of them: 'Of the X, 46 are in force, 16 have expired and five are ...'
_NEXT_PART = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<num>{DIGITS}|{NUMBER_WORD})\s+{_VERB}", re.I)
# a part in the present tense ('46 are still in force', '16 have expired') is the standing now
_PRESENT = re.compile(r"(?:are|is|have|has)\b", re.I)
_PARTICIPANTS = re.compile(rf"(?:{cue_pattern('approx')}\s+)?(?P<num>{DIGITS}|{NUMBER_WORD})\s+"
                           r"(?P<what>(?:[\w’'-]+,?\s+){1,8}?)(?:are|were|will\s+be)\s+among\s+the\s+"
                           r"participants\b", re.I)


def find_parts(ctx: Doc, view: Sent, earlier: list[Figure]) -> list[Figure]:
    """Only sentences with 'of the'/'of these' or 'participants' are scanned."""
    text = view.text
    out = _participants(ctx, view) if "participants" in text else []
    if "f the" not in text and "f these" not in text and "f those" not in text:
        return out
    for m in _PART.finditer(text):
        unit = _NOUNS[" ".join(m.group("noun").lower().split())]
        whole = _whole(earlier, m.group("total"), unit)
        out.extend(f for f in (_part(ctx, view, p, m.group("noun"), unit, whole) for p in _listed(text, m))
                   if f is not None)
    return out


_LISTED_RE = re.compile(r"[.;]\s")


def _listed(text: str, first: re.Match[str]) -> list[re.Match[str]]:
    """The part after 'Of the X,' and each part listed right after it, up to the sentence's end."""
    parts, pos = [first], first.end()
    while (m := _NEXT_PART.search(text, pos)) is not None and not _LISTED_RE.search(text[pos:m.start()]):
        parts.append(m)
        pos = m.end()
    return parts


_PART_RE = re.compile(r"[,;(]| and ")


def _part(ctx: Doc, view: Sent, m: re.Match[str], noun: str, unit: str,
          whole: Figure | None) -> Figure | None:
    """One part: its own time, else the paper's month in the present tense, else the whole's."""
    text = view.text
    value = number_value(m.group("num"))
    if not value or value < 2 or any(d.start <= m.start("num") < d.end for d in view.dates):
        return None
    _start, end = clause(text, m.start("num"))
    rest = _PART_RE.split(text[m.end("verb"):end])[0].split()[:6]
    label = " ".join([noun, *m.group("verb").split()[-1:], *rest]).rstrip(".")
    start, stop = period(ctx, view, m.span("num"))
    if start is None and _PRESENT.match(m.group("verb")):
        start = stop = now(ctx.article.published)
    if whole is not None:
        unit = whole.unit
        start, stop = (start, stop) if start is not None else (whole.period_start, whole.period_end)
    return Figure(label, value, unit, countries(ctx, view), start, stop, None, text, rule="figure.part")


def _whole(earlier: list[Figure], total: str | None, unit: str) -> Figure | None:
    """The count of documents an 'of the 14 agreements' phrase refers back to: the last one
    before it with that number (any document noun: the story calls its memoranda 'agreements')."""
    value = number_value(total) if total else None
    if value is None or unit not in _DOCUMENT_UNITS:
        return None
    return next((f for f in reversed(earlier) if f.value == value and f.unit in _DOCUMENT_UNITS), None)


def among_participants(text: str, pos: int) -> bool:
    """The number at `pos` counts people said to be among the participants."""
    return _PARTICIPANTS.match(text, pos) is not None


def _participants(ctx: Doc, view: Sent) -> list[Figure]:
    out = []
    for m in _PARTICIPANTS.finditer(view.text):
        value = number_value(m.group("num"))
        if not value or value < 3 or any(d.start <= m.start("num") < d.end for d in view.dates):
            continue
        start, stop = period(ctx, view, m.span("num"))
        if start is None:  # the occasion's time, else the paper's month
            start = stop = time_of(ctx, view) or now(ctx.article.published)
        what = " ".join(m.group("what").split()).rstrip(",")
        out.append(Figure(f"{what} among the participants", value, "participants", countries(ctx, view),
                          start, stop, None, view.text, rule="figure.part"))
    return out
