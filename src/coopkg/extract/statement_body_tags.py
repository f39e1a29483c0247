"""A body's trailing tag after a person's name: in '... met Ambassador X, the Acme Ministry said'
the comma after X closes the sentence's own clause and the body named right before the verb is
the speaker; the words between are no apposition describing X (a title phrase describing a
person holds a title or a lower-case word: 'X, chairman of the Acme Board, said', 'X, Rector
Acme said').  Without this
the person at the end of the reported fact would be taken for the speaker of the body's tag."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Span

# ', the Acme Ministry' / ', Ruritania's Acme Ministry': only a determiner, capitalised words
# and a possessive between the person's comma and the body
_BODY_LEAD = re.compile(r",\s+(?:[Tt]he\s+)?(?:[A-Z][\w\-]*(?:[’']s)?\s+){0,3}")
_BODY_VERB_GAP = re.compile(r"\s+(?:also\s+)?")
# 'X, Rector Acme termed ...': a title word in the lead makes it an apposition after all
_TITLE_WORD = re.compile(rf"\b(?i:{lexicon.word_pattern('titles')})\b")


def body_tag_after(text: str, person: Span, spans: list[Span], verb_start: int) -> bool:
    """Whether a body named after `person` (its comma, a determiner, capitalised words) ends
    right before the speech verb: '..., X, the Acme Ministry said' is the body's tag."""
    return any(o.ref.kind == "org" and o.start > person.end and
               _BODY_VERB_GAP.fullmatch(text[o.end:verb_start]) is not None and
               _BODY_LEAD.fullmatch(text[person.end:o.start]) is not None and
               not _TITLE_WORD.search(text[person.end:o.start]) for o in spans)
