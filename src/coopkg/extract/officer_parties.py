"""Signers named only by their office: "Japan's ambassador to Peru and the rector of the X
University signed" — each office-holder signs for the body or country that owns the office (the
possessor, or the complement after 'of'), never for the place an envoy is posted 'to' or 'in'."""

from __future__ import annotations

import re
from functools import cache

from coopkg.extract import lexicon
from coopkg.extract.doc import Sent, Span
from coopkg.extract.facts import Ref


def _side(n: str) -> str:
    """One office-holder: 'E's [two words] TITLE [to/in E]' or '[two words] TITLE of/at [the] E
    [to/in E]', with `E` an entity placeholder ('§3') and the owner captured."""
    title = rf"(?i:{lexicon.alternation(lexicon.words('titles', 'title'))})"
    posted = r"(?:\s+(?:to|in)\s+(?:the\s+)?§\d+)?"
    modifiers = r"(?:[\w\-]+\s+){0,2}?"
    return (rf"(?:§(?P<{n}a>\d+)['’]s?\s+{modifiers}{title}{posted}|"
            rf"{modifiers}{title}\s+(?:of|at)\s+(?:the\s+)?§(?P<{n}b>\d+){posted})")


@cache
def _clause() -> re.Pattern[str]:
    one, two = _side("x"), _side("y")
    return re.compile(rf"(?:^|[,;:—]\s+)(?:the\s+)?{one}(?:\s+and\s+(?:the\s+|his\s+|her\s+)?{two})?"
                      r"\s+(?:(?:here|also|jointly|today|yesterday|on\s+\w+|have|has|had)\s+)*$")


def officers(view: Sent, entities: list[Span], verb: int) -> list[Ref]:
    """The owners of the offices whose holders sign right before `verb`; empty where a named
    person stands in the clause (the signatory rules read people) or no office is told."""
    if any(s.ref.kind == "person" and s.end <= verb for s in view.spans):
        return []
    before = [e for e in entities if e.end <= verb]
    if not before:
        return []
    shape, last = [], 0
    for i, e in enumerate(before):
        shape.append(view.text[last:e.start] + f"§{i}")
        last = e.end
    m = _clause().search("".join(shape) + view.text[last:verb])
    if m is None:
        return []
    owners = [m.group(g) for g in ("xa", "xb", "ya", "yb") if m.group(g) is not None]
    refs = list(dict.fromkeys(before[int(i)].ref for i in owners))
    return refs if len(refs) == len(owners) else []
