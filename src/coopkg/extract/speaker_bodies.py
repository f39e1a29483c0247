"""A person named with the body they come from and no title: 'Ana Ruiz of the Lima Trade
Institute said', 'Dr Ana Ruiz from Lima University told reporters'.  The 'of/from/at <Body>'
phrase stands between the name and its speech verb, so neither the name-next-to-a-verb test of
`people` nor the subject gap of `statement_subjects` saw the person speak, and the body's name,
right before the verb, could be taken as the speaker instead."""

from __future__ import annotations

import re

from coopkg.extract.doc import Span
from coopkg.extract.titles import SPEECH

_BODY = r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,;:\"“”()]{2,80}?,?\s+(?:also\s+)?"
BODY_THEN_SPEECH = re.compile(rf"{_BODY}(?:{SPEECH})\b")  # asked right after a name
_BODY_GAP = re.compile(_BODY)


def person_of_body(text: str, spans: list[Span], verb_start: int, found: Span | None) -> Span | None:
    """The person whose 'of/from/at <Body>' runs up to the verb, with no other person between;
    else `found` (the subject next to the verb), unless that is only the body."""
    people = [s for s in spans if s.ref.kind == "person" and s.end < verb_start]
    person = next((s for s in reversed(people) if _BODY_GAP.fullmatch(text, s.end, verb_start) and
                   not any(s.end <= o.start for o in people)), None)
    if person is None or found is not None and (found.ref.kind == "person" or found.start < person.end):
        return found
    return person
