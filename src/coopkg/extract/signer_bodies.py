"""The body a signer's title names when the title reader kept it inside the role: 'Norland's
Permanent Secretary of the Ministry of Water X', 'the Director of Ruritania's National Housing
Agency Y'. A person signs for the organisation named in their
title (GOLD_FORMAT: parties are the named signing organisations), and English names that body
in the title's 'of' complement as the article names it elsewhere, or without the demonym the
article wrote before it ('the Norlandic Ministry of Water' … 'Permanent Secretary of the Ministry of
Water'); a possessor before it ("China's X Agency") only says whose body it is."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc
from coopkg.extract.facts import Person

_OF = re.compile(r"\bof\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?['’]s?\s+)?")
_ONE_WORD = re.compile(r"[A-Z][\w\-]*")


def titled_body(ctx: Doc, person: Person) -> str | None:
    """The known organisation the 'of' complement of `person`'s role names, or None: the same
    name, or the name with one capitalised word of the person's own country before it."""
    role = person.role or ""
    m = _OF.search(role)
    if m is None:
        return None
    tail = role[m.end():].strip()
    if len(tail.split()) < 2:
        return None  # 'Minister of Trade': a portfolio, not a body's name
    for org in ctx.orgs.values():
        if org.name == tail:
            return org.name
        lead = org.name[:-len(tail)].strip() if org.name.endswith(f" {tail}") else ""
        if lead and _ONE_WORD.fullmatch(lead) and person.country and org.country == person.country:
            return org.name
    return None
