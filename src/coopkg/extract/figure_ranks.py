"""Ranks: a position a ranking verb states is a figure in unit 'rank' ('among the top 10',
'ranked fifth among', 'ranks 7th in'), and so is a position an ordinal before a superlative
writes ("Spain is Cuba's third-largest trading partner", 'the sixth largest foreign investor in
Egypt', "ASEAN's 3rd largest trading partner"): a number the text states, as gold writers record
it.  'The largest partner' writes no number and states none; an ordinal before any other noun
numbers an occasion or a part ('the second round', 'the 17th forum') and states none either."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.cues import words
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Figure
from coopkg.extract.figure_asof import as_of_month
from coopkg.extract.figure_context import clause, countries, period
from coopkg.extract.figure_numbers import NUMBER_WORD, number_value
from coopkg.extract.sentence_gates import needs

_ORDINALS = {w: float(v) for w, v in lexicon.mapping("ordinal_words").items()}
_ORDINAL = rf"(?:{lexicon.alternation(list(_ORDINALS))}|\d{{1,2}}(?:st|nd|rd|th))"
# 'among the top 10', 'ranked No. 3', 'ranks fifth among', 'placed 7th in'
_RANKED = re.compile(rf"\b(?:rank\w*|placed|among)\s+(?:among\s+)?(?:the\s+)?top[-\s]+(?P<n>\d+|"
                     rf"{NUMBER_WORD})\b|\b(?:ranked|ranks|placed)\s+(?:No\.\s*|number\s+)?"
                     rf"(?P<k>{_ORDINAL}|\d+)(?![\w%-])", re.I)
# 'th' of '7th' is a run of letters of its own in the sentence's word set
_CUES = frozenset(("rank", "ranks", "ranked", "placed", "top", "st", "nd", "rd", "th", *_ORDINALS))


@needs("_RANKED", "_SUPERLATIVE")
def find_ranks(ctx: Doc, view: Sent) -> list[Figure]:
    """Only sentences with a rank word or an ordinal are scanned (few have one)."""
    found = words(view.text)
    if found is not None and _CUES.isdisjoint(found):
        return []
    return _ranked(ctx, view) + _superlatives(ctx, view)


def _ordinal(raw: str) -> float | None:
    low = raw.lower()
    if low in _ORDINALS:
        return _ORDINALS[low]
    return float(low.rstrip("stndrh")) if low[:1].isdigit() else number_value(low)


def _ranked(ctx: Doc, view: Sent) -> list[Figure]:
    out = []
    for m in _RANKED.finditer(view.text):
        value = number_value(m.group("n")) if m.group("n") else _ordinal(m.group("k"))
        if not value:
            continue
        _start, end = clause(view.text, m.start())
        what = view.text[m.end():end].split(",")[0].strip().rstrip(".")
        label = f"position among the top {value:g}" if m.group("n") else "position"
        start, stop = period(ctx, view, m.span())
        start, stop = (start, stop) if start is not None else (as_of_month(ctx, view),) * 2
        out.append(Figure(f"{label} {what}".strip(), value, "rank",
                          countries(ctx, view), start, stop, None, view.text, rule="figure.rank"))
    return out


# "Y's third-largest trading partner", 'the sixth largest foreign investor in Y', "the world's fourth
# largest economy": an ordinal, a superlative and the ranked noun (up to three words before it)
_SUPERLATIVE = re.compile(
    rf"(?:(?P<owner>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)['’]s?|\b[Tt]he|\bworld['’]s)\s+(?P<k>{_ORDINAL})"
    r"[\s\-]+(?:largest|biggest)\s+(?P<noun>(?:[\w\-]+\s+){0,3}?(?:trad(?:e|ing)\s+partner|"
    r"(?:commercial\s+|economic\s+)?partner|investor|source|destination|market|supplier|exporter|importer|"
    r"economy|contributor|donor))\b")


def _superlatives(ctx: Doc, view: Sent) -> list[Figure]:
    """One rank per ordinal superlative, dated as the sentence's other figures are."""
    if "largest" not in view.text and "biggest" not in view.text:
        return []
    out = []
    for m in _SUPERLATIVE.finditer(view.text):
        value = _ordinal(m.group("k"))
        if not value:
            continue
        owner = f"{m.group('owner')}'s " if m.group("owner") else \
            "the world's " if m.group().lower().startswith("world") else ""
        start, stop = period(ctx, view, m.span())
        noun = m.group("noun")
        noun = f"{noun[:-1]}ies" if noun.endswith("y") else f"{noun}s"  # 'economy' → 'economies'
        out.append(Figure(f"rank among {owner}largest {noun}", value, "rank",
                          countries(ctx, view), start, stop, None, view.text, rule="figure.rank"))
    return out
