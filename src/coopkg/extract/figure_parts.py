"""Parts of a count told after it: 'Of the 14 agreements, six were clinched between the two
governments' counts six of the same things.  The part stands without its noun, so the count
rules (which need a noun after the number) miss it; the noun comes from the 'of the ...' phrase
before it, and the part is a figure in that noun's unit."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import DIGITS, NUMBER_WORD, clause, countries, number_value, period

_NOUNS = {r[0].lower(): r[1] for r in lexicon.rows("count_nouns")}
_PART = re.compile(rf"\b[Oo]f\s+(?:the|these|those)\s+(?:(?:{DIGITS}|{NUMBER_WORD})\s+)?(?:[\w-]+\s+){{0,2}}?"
                   rf"(?P<noun>{lexicon.alternation(list(_NOUNS))})\s*,\s*(?P<num>{DIGITS}|{NUMBER_WORD})\s+"
                   r"(?P<verb>(?:were|was|are|have\s+been|had\s+been|will\s+be)\s+[\w-]+)", re.I)


def find_parts(ctx: Doc, view: Sent) -> list[Figure]:
    """Only sentences with 'of the'/'of these' before a comma are scanned."""
    if "f the" not in view.text and "f these" not in view.text and "f those" not in view.text:
        return []
    out = []
    for m in _PART.finditer(view.text):
        value = number_value(m.group("num"))
        if not value or value < 2:
            continue
        _start, end = clause(view.text, m.start())
        rest = re.split(r"[,;(]| and ", view.text[m.end("verb"):end])[0].split()[:6]
        label = " ".join([m.group("noun"), *m.group("verb").split()[-1:], *rest]).rstrip(".")
        start, stop = period(ctx, view, m.span("num"))
        out.append(Figure(label, value, _NOUNS[" ".join(m.group("noun").lower().split())],
                          countries(ctx, view), start, stop, None, view.text, rule="figure.part"))
    return out
