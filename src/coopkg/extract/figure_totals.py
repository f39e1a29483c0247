"""Running totals a clause states with 'the number of': 'bringing to 12 the number of
universities in the exchange', 'raises to 40 the number of weekly flights', 'brings the total
number of cooperation agreements between A and B to 15'.  The number comes before the noun phrase
or after it, the verb says it is the new total; news writes such totals after each new signing
or opening, and they are counts of the things named."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import countries, period
from coopkg.extract.figure_numbers import DIGITS, NUMBER_WORD, number_value

_NOUNS = {r[0].lower(): r[1] for r in lexicon.rows("count_nouns")}
_NOUN = rf"(?P<noun>{lexicon.alternation(list(_NOUNS))})(?![\w-])"
_VERB = (r"\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|take|takes|taking|took|"
         r"push|pushes|pushing)")
_MODS = r"(?:(?!(?:to|in|the|of|and|by)\s)[\w’'-]+\s+){0,3}?"
# 'bringing to 12 the number of universities'
_BEFORE = re.compile(rf"{_VERB}\s+to\s+(?P<num>{DIGITS}|{NUMBER_WORD})\s+the\s+(?:total\s+)?number\s+of\s+"
                     rf"(?P<what>{_MODS}{_NOUN})", re.I)
# 'brings the total number of cooperation agreements between A and B to 15'
_AFTER = re.compile(rf"{_VERB}\s+the\s+(?:total\s+)?number\s+of\s+(?P<what>{_MODS}{_NOUN})"
                    rf"(?P<rest>[^.;:]{{0,80}}?)\s+to\s+(?P<num>{DIGITS}|{NUMBER_WORD})(?![\d%\w-])", re.I)

_FOLLOWING = re.compile(r"[^,.;:()]*")


def find_totals(ctx: Doc, view: Sent) -> list[Figure]:
    """Each stated total is a count of its noun, labelled 'number of <what>'."""
    out = []
    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(view.text):
            value = number_value(m.group("num"))
            if value is None or value < 2:
                continue
            unit = _NOUNS[" ".join(m.group("noun").lower().split())]
            rest = m.groupdict().get("rest") or \
                " ".join(_FOLLOWING.match(view.text, m.end()).group().split()[:6])
            label = " ".join(f"number of {m.group('what')} {rest}".split())
            start, end = period(ctx, view, m.span("num"))
            out.append(Figure(label, float(value), unit, countries(ctx, view), start, end, None,
                              view.text, rule="figure.total"))
    return out
