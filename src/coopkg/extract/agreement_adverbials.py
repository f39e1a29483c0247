"""A document named only in an opening adverbial: 'Under an agreement signed on Tuesday, Uganda
will supply Kenya with electricity', 'According to the memorandum inked last week, Kenya will
...'.  The signing is told as a participle, its sides in the main clause: when that clause names
the article's two countries, they are the parties."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Ref
from coopkg.extract.pairs import pair_refs

_OPENING = re.compile(r"^\s*(?:Under|According\s+to|In\s+line\s+with|Pursuant\s+to|Through|With)\s+"
                      r"(?:an?|the|this)\s+(?:[\w\-]+\s+){0,3}$")
_PARTICIPLE = re.compile(r"\s+(?:that\s+was\s+|which\s+was\s+)?(?:signed|inked|sealed|concluded)\b[^,;]*,")


def adverbial_parties(ctx: Doc, view: Sent, kind_match: re.Match[str]) -> list[Ref]:
    """The article's two countries, when the document opens the sentence as 'Under an agreement
    signed ..., ' and the main clause after the comma names both."""
    text = view.text
    if not _OPENING.match(text[:kind_match.start()]):
        return []
    signed = _PARTICIPLE.match(text, kind_match.end())
    pair = pair_refs(ctx) if signed else []
    named = [s.ref for s in view.spans if signed and s.start >= signed.end()]
    return pair if pair and all(r in named for r in pair) else []
