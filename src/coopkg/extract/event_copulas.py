"""'This was the first such dialogue between the two ministries', 'It was the third
meeting between the two leaders this year': a meeting noun as the complement of 'this/it is
the Nth ...' classifies the occasion just told; it names no new one.  Such a mention refers back
(Mention.anaphoric), so the linking stage folds it into the meeting before it."""

from __future__ import annotations

import re

from coopkg.extract.doc import Sent
from coopkg.extract.event_clauses import Mention

# the subject pronoun and copula, the determiner, then up to five words before the label
_COPULA = re.compile(r"\b(?:this|it|that)\s+(?:is|was|will\s+be|would\s+be|marks|marked)\s+"
                     r"(?:also\s+)?(?:the|their|its|a)\s+(?:[\w\-–’']+\s+){0,5}$", re.I)
_GATE = re.compile(r"\b(?:this|it|that)\s+(?:is|was|will|would|marks|marked)\b", re.I)


def copular_mentions(view: Sent, found: list[Mention]) -> list[Mention]:
    """The meetings and summits a copular clause classifies, marked as referring back."""
    if not found or not _GATE.search(view.text):
        return found  # most sentences state no event, or no 'this is' / 'it was'
    for mention in found:
        event = mention.event
        if mention.anaphoric or event.type not in ("Meeting", "Summit"):
            continue
        at = view.text.find(event.label)
        if at > 0 and _COPULA.search(view.text, max(0, at - 120), at):
            mention.anaphoric = True
    return found
