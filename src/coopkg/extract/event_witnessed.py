"""'X witnessed the signing of ...': an event of its own only when nothing else the article reports
holds it.  Inside a described visit or meeting ('During the meeting, the two presidents witnessed
the signing of ...'; a state visit told in the sentence before) the signing is part of that event,
and the gold lists the visit or meeting alone; told after the talks ('witnessed the signing,
following their talks') it is a ceremony of its own beside them; reported on its own ('The Prime
Minister on Wednesday witnessed the signing of an agreement ...') it is the signing's ceremony, an
Other event."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc
from coopkg.extract.facts import When

# 'during the meeting', 'on the sidelines of the summit', 'in the course of her visit'
_WITHIN = re.compile(r"\b(?:during|at|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of|"
                     r"within\s+the\s+framework\s+of)\s+(?:the|his|her|their|this|that)\s+(?:[\w\-]+\s+){0,3}?"
                     r"(?:visit|meeting|meetings|talks|trip|summit|forum|session|consultations|tour)\b", re.I)


# 'witnessed the signing ..., immediately following their talks', 'After the meeting, the two
# leaders witnessed the exchange of ...': the signing came after the talks, an occasion of its own
_AFTER_TALKS = re.compile(r"\b(?:after|following)\s+(?:the|their|this|that)\s+(?:[\w\-]+\s+){0,3}?"
                          r"(?:meeting|meetings|talks|consultations|summit|session)\b", re.I)


def held_within(ctx: Doc, sent: int, held: list[int]) -> bool:
    """Whether the witnessed signing of sentence `sent` is part of another event: its sentence
    places it inside a visit or meeting, or another event (`held`: the sentences other events
    were first named in) is told in the same sentence or the one before, same paragraph."""
    view = ctx.sents[sent]
    if _AFTER_TALKS.search(view.text):
        return False
    if _WITHIN.search(view.text):
        return True
    return any(s == sent or (s == sent - 1 and ctx.sents[s].sentence.paragraph == view.sentence.paragraph)
               for s in held)


def talks_day(ctx: Doc, sent: int) -> When | None:
    """The day of the talks a witnessed signing followed ('witnessed the signing ..., immediately
    after their talks in the palace on May 10'): the signing was held the same day."""
    view = ctx.sents[sent]
    found = _AFTER_TALKS.search(view.text)
    if found is None:
        return None
    return next((d.when for d in view.dates if d.start >= found.start()), None)
