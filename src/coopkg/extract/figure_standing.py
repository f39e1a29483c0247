"""Counts that hold at the time of writing: 'as many as 800 firms with Chilean capital operate in
Peru', 'some 5,000 Kenyan students study in China', '300 companies are active in the zone'. A
count whose own verb is in the present tense and that states no time of its own is the standing
the paper reports on its day, so it takes the publication month, as a present-tense flow does
('trade totals $5bn': figure_context.period); gold writers date such counts to that year. The
verbs are figure_cues.tsv 'standing' rows; a verb of a plan or a hope ('are expected to', 'are
set to') is no standing, nor a verb past the end of the count's own phrase (a comma, a relative
'which'/'that' or another clause)."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc
from coopkg.extract.facts import When
from coopkg.extract.figure_context import cue_pattern, now

# the count's own verb: after the noun and at most a short phrase without a clause break
_STANDING = re.compile(rf"[^,;:()\"“”]{{0,50}}?{cue_pattern('standing')}"
                       r"(?!\s+(?:expected|planned|set|scheduled|due|going|being|to|likely)\b)", re.I)
_RELATIVE = re.compile(r"\b(?:which|that|who|where|when|while|after|before|if|as|and|but|or)\b", re.I)


def standing_now(ctx: Doc, text: str, noun_end: int) -> tuple[When, When] | None:
    """The publication month when the count ending at `noun_end` is the subject of a
    present-tense verb of a standing state, else None."""
    m = _STANDING.match(text, noun_end)
    if m is None or _RELATIVE.search(text, noun_end, m.end()):
        return None
    month = now(ctx.article.published)
    return month, month
