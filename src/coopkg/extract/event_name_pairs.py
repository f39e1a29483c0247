"""'The Obi-Hart meeting', 'the Larsen–Tanaka summit': news names a meeting by the surnames of
the two leaders joined by a hyphen or dash, often in a sentence that names no one else.  The
people so named are its participants, which lets the linking stage see that this mention and
'the talks between Hart and Obi' are one occasion (event_merges.merge_same_meetings)."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc
from coopkg.extract.event_clauses import Mention
from coopkg.extract.facts import Ref

# two capitalised words joined by a hyphen or dash, as one token of the label
_PAIR = re.compile(r"\b([A-Z][\w’']+)\s?[-–—]\s?([A-Z][\w’']+)\b")


def _surnames(ctx: Doc) -> dict[str, str]:
    """Last word of each person's name → the name, for the surnames only one person bears."""
    seen: dict[str, list[str]] = {}
    for name in ctx.people:
        seen.setdefault(name.split()[-1], []).append(name)
    return {last: names[0] for last, names in seen.items() if len(names) == 1}


def pair_named(ctx: Doc, found: list[Mention]) -> list[Mention]:
    """Meetings and summits without participants whose label joins two people's surnames take
    those two people; a pair of places ('Peru-Chile forum') or of unknown words names no one."""
    if not ctx.people or not any(not m.event.participants and _PAIR.search(m.event.label) for m in found):
        return found  # most mentions have people already, or no hyphenated pair
    surnames = _surnames(ctx)
    for mention in found:
        event = mention.event
        if event.participants or event.type not in ("Meeting", "Summit"):
            continue
        for m in _PAIR.finditer(event.label):
            names = [surnames.get(m.group(1)), surnames.get(m.group(2))]
            if all(names) and names[0] != names[1]:
                event.participants = [Ref("person", n) for n in names if n]
                break
    return found
