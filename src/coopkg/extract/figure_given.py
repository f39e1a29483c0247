"""Counts of things one country gives another: 'China donated 500,000 doses of vaccine to
Kenya', 'Japan handed over 50 ambulances'.  The giving verb, not a list of nouns, makes the
count a fact of the countries' cooperation, so any plural noun it governs is counted, in its
own unit ('doses', 'ambulances'); nouns count_nouns.tsv lists are counted there already."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.episodes import time_of
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import countries, cue_pattern, period
from coopkg.extract.figure_numbers import DIGITS, NUMBER_WORD, number_value
from coopkg.extract.match_starts import first_match, first_words
from coopkg.extract.sentence_gates import needs

_NOUNS = {r[0].lower() for name in ("count_nouns", "measure_units") for r in lexicon.rows(name)}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# not things given: time, shares, money, people counted as a population, and what is said
# ('delivered three speeches')
_NOT_THINGS = frozenset(("years", "months", "days", "weeks", "hours", "times", "percent", "dollars", "euros",
                         "people", "persons", "others", "ones", "countries", "sides", "parties", "cents",
                         "speeches", "lectures", "remarks", "addresses", "presentations", "messages",
                         "statements", "talks", "results"))
# a head that names no kind of thing alone: its modifier is part of the unit ('500 housing units')
_GENERIC_HEADS = frozenset(("units", "sets", "pieces", "items", "kits"))
# money is an amount (figures.py reads '109 million dirhams' in its currency), not a thing given
_CURRENCY_WORDS = frozenset(f.lower() for f in lexicon.mapping("currencies") if f.isalpha())
# up to two modifiers before the noun given ('500 new buses'), or a place name of two capitalised
# words and up to two more ('16 New Zealand dairy farms', '20 South Korean patrol boats'): a
# country or region named by two words is one modifier of the thing, not two
# (case-sensitive inside the pattern's re.I: only capitals make the name)
_MODS = r"(?:(?-i:[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s+(?:[a-z][\w’'-]*\s+){0,2}?)|(?:[\w’'-]+\s+){0,2}?)"
GIVEN = re.compile(rf"(?P<verb>{cue_pattern('give')})\s+(?:(?:a\s+total\s+of|an\s+additional|a\s+further|"
                   rf"another|an\s+extra|{cue_pattern('approx')})\s+)?"
                   rf"(?P<num>{DIGITS}|{NUMBER_WORD})(?:\s+(?P<scale>thousand|million|billion))?\s+"
                   rf"(?P<mods>{_MODS})(?P<noun>[a-z][a-z-]+s)\b"
                   rf"(?P<of>\s+of(?:\s+(?!(?:to|for|in|from|by|on|at|and|worth)\b)[\w’'-]+){{1,3}})?", re.I)
_HAS_CUE = re.compile(cue_pattern("give"), re.I)
_HAS_CUE_WORDS = first_words(_HAS_CUE)  # tried only where a giving verb begins (match_starts.py)


@needs("GIVEN")
def find_given(ctx: Doc, view: Sent) -> list[Figure]:
    if first_match(_HAS_CUE, _HAS_CUE_WORDS, view.text) is None:  # = _HAS_CUE.search
        return []
    out = []
    for m in GIVEN.finditer(view.text):
        noun = m.group("noun").lower()
        value = number_value(m.group("num"))
        if noun in _NOT_THINGS or noun in _NOUNS or noun in _CURRENCY_WORDS or not value or value < 2 or \
                any(d.start <= m.start("num") < d.end for d in view.dates):
            continue
        value *= _SCALES.get((m.group("scale") or "").lower(), 1)
        start, end = period(ctx, view, m.span("num"))
        if start is None:
            start = end = time_of(ctx, view)
        what = " ".join([*m.group("mods").split(), m.group("noun"), *(m.group("of") or "").split()])
        given = f"{' '.join(m.group('verb').lower().split())} {_subject(view.text[:m.start()])}".strip()
        mods = m.group("mods").split()
        unit = f"{mods[-1].lower()} {noun}" if noun in _GENERIC_HEADS and mods else noun
        out.append(Figure(f"{what} {given}", value, unit, countries(ctx, view), start, end, None,
                          view.text, rule="figure.given"))
    return out


def _subject(before: str) -> str:
    """'by China' for 'China donated': the capitalised words right before the verb."""
    words = before.split()[-4:]
    kept = [w for w in words if w[:1].isupper()]
    return f"by {' '.join(kept)}" if kept and words and words[-1][:1].isupper() else ""
