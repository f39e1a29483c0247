"""The size of a visiting party: 'led a 25-member delegation to the talks', 'the largest ever
delegation with 11 ministers', 'a delegation of 30 officials'.  News gives a delegation's size
as a hyphenated adjective ('25-member', '40-strong') or as what the party is made of; either way
it is a count (GOLD_FORMAT: counts are figures) of the party's members, in the unit the size word
gives ('members') or in the plural noun it is made of ('ministers').  The nouns count_nouns.tsv
lists ('a delegation of 15 institutions') are counted by figure_counts already; the body, size
and linking words are rows of lexicon/delegation_words.tsv."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.episodes import time_of
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import countries, now, period
from coopkg.extract.figure_numbers import DIGITS, NUMBER_WORD, number_value
from coopkg.extract.sentence_gates import needs

_ROWS = lexicon.rows("delegation_words")
_BODIES = [r[0] for r in _ROWS if r[1] == "body"]
_SIZES = {r[0]: r[2] for r in _ROWS if r[1] == "size"}
_MADE = [r[0] for r in _ROWS if r[1] == "made"]
_COUNTED = frozenset(r[0].lower() for r in lexicon.rows("count_nouns"))
_NUM = rf"(?P<num>{DIGITS}|{NUMBER_WORD})"
_BODY = rf"(?P<body>{lexicon.alternation(_BODIES)})\b"
# 'a 25-member delegation', 'a 40-strong Kenyan business delegation'
_SIZED = re.compile(rf"(?<![\w-]){_NUM}[-–](?P<size>{lexicon.alternation(list(_SIZES))})\s+"
                    rf"(?P<mods>(?:[\w’'-]+\s+){{0,3}}?){_BODY}", re.I)
# 'a delegation of 30 officials', 'the delegation, with 11 ministers'
_MADE_OF = re.compile(rf"\b{_BODY}(?:\s+(?:of\s+)?[A-Z][\w’'-]*){{0,3}},?\s+"
                      rf"(?:{lexicon.alternation(_MADE)})\s+(?:(?:some|about|around|over|more\s+than)\s+)?"
                      rf"{_NUM}\s+(?P<mods>(?:[a-z][\w’'-]*\s+){{0,2}}?)(?P<noun>[a-z][a-z-]+s)\b")
_TAIL = re.compile(r"\s+((?:to|for|at|in)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3})")
_HAS_BODY = re.compile(_BODY, re.I)


@needs("_SIZED", "_MADE_OF")
def find_delegations(ctx: Doc, view: Sent) -> list[Figure]:
    """Only sentences naming a delegation are scanned."""
    text = view.text
    if not _HAS_BODY.search(text):
        return []
    out = []
    for m in _SIZED.finditer(text):
        unit = _SIZES[m.group("size").lower()]
        label = f"{unit} of the {' '.join(m.group('mods').split() + [m.group('body')])}"
        out += _figure(ctx, view, m, unit, label + _tail(text, m.end()))
    for m in _MADE_OF.finditer(text):
        noun = m.group("noun")
        if noun.lower() in _COUNTED:
            continue  # 'a delegation of 15 institutions': figure_counts counts it
        label = f"{' '.join(m.group('mods').split() + [noun])} in the {m.group('body')}"
        out += _figure(ctx, view, m, noun.lower(), label)
    return out


def _tail(text: str, end: int) -> str:
    """Where the party goes: 'to the talks', 'to India'."""
    m = _TAIL.match(text, end)
    return f" {m.group(1)}" if m else ""


def _figure(ctx: Doc, view: Sent, m: re.Match[str], unit: str, label: str) -> list[Figure]:
    """One count of at least two members, dated by its clause, else by the occasion the sentence
    narrates, else by the paper's month (a party's size is told of the visit under way)."""
    value = number_value(m.group("num"))
    if value is None or value < 2 or any(d.start <= m.start("num") < d.end for d in view.dates):
        return []
    start, end = period(ctx, view, m.span("num"))
    if start is None:
        start = end = time_of(ctx, view) or now(ctx.article.published)
    return [Figure(label, value, unit, countries(ctx, view), start, end, None, view.text,
                   rule="figure.delegation")]
