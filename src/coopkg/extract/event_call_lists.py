"""The people of a list after a verb of calling on: 'paid courtesy calls on Minister A, Senate
President B and the mayor of Lima, C' — each call is a meeting of its own (GOLD_FORMAT: 'held
meetings with A, B and C' gives one Meeting per person).  The list runs while what stands
between two names is a joiner (',', 'and') with the next one's titles, or a short list item
that names no one ('the mayor', 'industries secretary'); a verb, a relative or a clause word
ends it ('called on A and then met B': B is met, not called on)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Sent
from coopkg.extract.facts import Ref

_STOPS = lexicon.alternation(lexicon.words("event_words", "list-stop"))
# a short item: the next name's titles, or an unnamed office ('the port chairman')
_ITEM = rf"(?:(?!(?:{_STOPS})\b)[\w.\-’']+(?:\s+|(?=,))){{0,5}}?"
_JOIN = r"(?:,\s*(?:and\s+)?|\s+and\s+)"
_GAP = re.compile(rf"{_JOIN}{_ITEM}(?:{_JOIN}{_ITEM})*", re.I)


def called_list(view: Sent, end: int, first: Ref) -> list[Ref]:
    """`first` and the people listed after it from `end` on, each past a joiner and titles."""
    out = [first]
    for span in view.spans:
        if span.start < end:
            continue
        if span.ref.kind != "person":
            continue  # 'the Governor of Lima, A', 'KCCI President A': a place or body in a title
        if not _GAP.fullmatch(view.text, end, span.start):
            break
        if span.ref not in out:
            out.append(span.ref)
        end = span.end
    return out
