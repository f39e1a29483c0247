"""A news lead that announces a signing and the sentence that then tells it: 'A and B have signed
an agreement to boost rail transport.' … 'The two countries sealed an accord on the financing of
the line on Tuesday.'  The lead gives no date of its own; the next report of one document of the
same kind between the same sides, not marked as another ('also', 'another', 'second'), is the
same document retold with its date: one entry, the lead's topic, the report's date."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc
from coopkg.extract.facts import Agreement
from coopkg.extract.storydate import dateline_date

# 'a further agreement' is another document; 'to further collaborate' says nothing of which one
_ANOTHER = re.compile(r"\b(?:also|another|second|a\s+further|separate|additional|as\s+well|too|other)\b",
                      re.I)


# the sentences after the lead its retelling may stand in: a lead is followed by a sentence or two
# of background (the occasion, who spoke) before the story tells the signing again
_RETOLD_WITHIN = 3


def lead_retold(ctx: Doc, agreements: list[Agreement]) -> list[Agreement]:
    """The agreements with a lead's undated document merged into its retelling (see above)."""
    if len(ctx.sents) < 2 or len(agreements) < 2:
        return agreements
    lead = ctx.sents[0]
    if [d for d in lead.dates if d is not dateline_date(lead)]:
        return agreements  # a dated lead tells its own signing
    first = [a for a in agreements if a.evidence == lead.text]
    if len(first) != 1:
        return agreements
    told = first[0]
    later = [a for a in agreements if a is not told and a.kind == told.kind and
             sorted(p.key for p in a.parties) == sorted(p.key for p in told.parties)]
    near = {s.text for s in ctx.sents[1:_RETOLD_WITHIN + 1]}
    if len(later) != 1 or later[0].evidence not in near or _ANOTHER.search(later[0].evidence) or \
            not _alike(told.topic, later[0].topic):
        return agreements
    retold = later[0]
    retold.topic = told.topic or retold.topic
    return [a for a in agreements if a is not told]


_WORD = re.compile(r"[a-z]{4,}")
_PLAIN = frozenset(("boost", "cooperation", "between", "countries", "their", "with", "from", "into",
                    "promote", "strengthen", "develop", "enhance", "further", "bilateral"))


def _alike(one: str, other: str) -> bool:
    """Two topics may tell one document: either is empty, or they share a word's first four
    letters ('rail transport' / 'railway line'), words any cooperation topic uses left out."""
    stems = [{w[:4] for w in _WORD.findall(t.lower()) if w not in _PLAIN} for t in (one, other)]
    return not all(stems) or bool(stems[0] & stems[1])
