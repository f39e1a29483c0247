"""A count split into parts after it: 'signed 27 memorandums. Five of the MoUs are with the
government, while 22 are with private firms' / 'signed 9 memoranda; six of them involve
ministries and three involve universities'.  Each part is a count of the same things as the
whole: its unit is the whole's (the last count of documents before it, in this sentence or the
one before), and without a time of its own it takes the whole's.  The parts after the first
('while 22 are with ...', 'and three involve ...') stand without a noun, so the count rules,
which need one, would miss them or read the next noun as theirs ('five with private
companies'); `split_part` tells them to leave these numbers alone.  'One of the agreements is
to ...' alone splits nothing: the writer singles out one document to describe it, not a part of
a count."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import clause, countries, period
from coopkg.extract.figure_numbers import DIGITS, NUMBER_WORD, number_value

_NOUNS = {r[0].lower(): r[1] for r in lexicon.rows("count_nouns")}
_DOCUMENT_UNITS = frozenset(r[1] for r in lexicon.rows("count_nouns") if r[2] == "document") | \
    frozenset(r[1] for r in lexicon.rows("written_units"))
_NUM = rf"(?:{DIGITS}|{NUMBER_WORD})"
# what a part is said to be: 'are with', 'were signed with', 'involve', 'concern', 'go to'
_IS = r"(?:are|were|is|was|have\s+been|involve[sd]?|concern(?:s|ed)?|cover(?:s|ed)?|go(?:es)?|went)\b"
# the first part: 'Five of the MoUs are', 'six of them involve', 'Ten of the 15 agreements were'
_FIRST = re.compile(rf"\b(?P<num>{_NUM})\s+of\s+(?:them|(?:the|these|those)\s+"
                    rf"(?:{DIGITS}\s+|{NUMBER_WORD}\s+)?"
                    rf"(?:[\w-]+\s+){{0,2}}?(?P<noun>{lexicon.alternation(list(_NOUNS))}))"
                    rf"(?:['’]s)?\s+(?:\w+ly\s+)?{_IS}", re.I)
# a further part: ', while 22 are with', 'and five with', 'whereas the other three were'
_NEXT = re.compile(rf"(?:,\s*|\s+)(?:and\s+|while\s+|whiles\s+|whilst\s+|whereas\s+|but\s+)"
                   rf"(?:the\s+(?:other|remaining)\s+)?(?P<num>{_NUM})\s+(?:{_IS}|with\b|to\b)", re.I)


def find_splits(ctx: Doc, view: Sent, earlier: list[Figure]) -> list[Figure]:
    """The parts of the last count of documents told before, each a count of the same unit."""
    text = view.text
    if " of " not in text or not any(f.unit in _DOCUMENT_UNITS for f in earlier):
        return []  # speed only: no count of documents told yet, no parts of one
    for m in _FIRST.finditer(text):
        whole = _whole(earlier, view, m.group("noun"))
        if whole is None:
            continue
        _start, end = clause(text, m.start())
        parts = [m] + list(_NEXT.finditer(text, m.end(), end))
        if len(parts) == 1 and number_value(m.group("num")) == 1:
            continue  # 'one of the agreements is to ...': one document singled out, no part counted
        return [_part(ctx, view, whole, p) for p in parts if (number_value(p.group("num")) or 0) >= 1]
    return []


def split_part(text: str, pos: int) -> bool:
    """The number at `pos` is a later part of a split count ('..., while 22 are with X')."""
    m = _FIRST.search(text, 0, pos)
    if m is None:
        return False
    _start, end = clause(text, m.start())
    return any(p.start("num") == pos for p in _NEXT.finditer(text, m.end(), end))


def _whole(earlier: list[Figure], view: Sent, noun: str | None) -> Figure | None:
    """The count the parts divide: the last count of documents found before, whose unit the
    noun of 'of the MoUs' (if any) also counts in (any document noun)."""
    if noun is not None and _NOUNS.get(" ".join(noun.lower().split())) not in _DOCUMENT_UNITS:
        return None
    return next((f for f in reversed(earlier) if f.unit in _DOCUMENT_UNITS), None)


_PART_RE = re.compile(r"[,;(]| and | while | whiles ")


def _part(ctx: Doc, view: Sent, whole: Figure, m: re.Match[str]) -> Figure:
    text = view.text
    after = m.end("noun") if "noun" in m.re.groupindex and m.group("noun") else m.end("num")
    after = text.find("them", after, m.end()) + 4 if text.find("them", after, m.end()) >= 0 else after
    rest = _PART_RE.split(text[after:])[0].split()[:6]
    label = " ".join([whole.unit, *rest]).rstrip(".")
    start, stop = period(ctx, view, m.span("num"))
    if start is None:
        start, stop = whole.period_start, whole.period_end
    return Figure(label, float(number_value(m.group("num")) or 0), whole.unit, countries(ctx, view),
                  start, stop, None, text, rule="figure.part")
