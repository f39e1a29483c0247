"""A person's country from the state they are said to represent: 'Prime Minister X represented
the government and the people of Chile', 'X, representing Kenya, ...', 'X, on behalf of the
people of Ghana, ...'.  A weak cue after the stated ones (the title's demonym, 'of <country>'),
for people no title places."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent, Span

_REPRESENTED = re.compile(
    r",?\s+(?:(?:also|then|had|has|who)\s+)?(?:represented|representing|on\s+behalf\s+of)\s+"
    r"(?:the\s+(?:government|people|state|nation)s?\s+(?:and\s+(?:the\s+)?(?:government|people)\s+)?of\s+)?"
    r"(?:the\s+)?(?P<c>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})")


def represented_country(doc: Doc, sent: Sent, span: Span) -> str | None:
    """The country right after 'represented' / 'on behalf of' following the person's name."""
    m = _REPRESENTED.match(sent.text, span.end)
    if m is None:
        return None
    words = m.group("c").split()
    for n in range(len(words), 0, -1):
        code = next((p.country for p in doc.gaz.lookup(" ".join(words[:n])) if p.kind == "country"),
                    None)
        if code:
            return code if code in doc.countries else None
    return None
