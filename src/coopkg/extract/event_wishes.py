"""Meetings wished for, not held: 'stressed the importance of a meeting between A and B', 'set
the stage for a summit of the two leaders', 'the need for talks'.  A frame of wanting, needing or
preparing right before a meeting noun makes it an idea of a meeting; GOLD_FORMAT counts a planned
meeting only when its time is stated, so such a meeting is an event only when the sentence gives
it a time after the noun ('paved the way for a summit in June'), or says it was held.
'The upcoming summit' with no time of its own is such a meeting foreseen.  The frames are
lexicon rows (event_words: wish-frame)."""

from __future__ import annotations

import re

from coopkg.extract.event_clauses import event_words
from coopkg.extract.lexicon import alternation

# the frame, then a determiner and at most three modifiers before the meeting noun
_WISHED = re.compile(rf"\b(?i:{alternation(event_words('wish-frame'))})\s+(?:(?:a|an|the|another|"
                     r"new|further|more|regular|such)\s+)?(?:[\w\-’']+\s+){0,3}$")
_HELD = re.compile(r"[^,;.]{0,60}?\b(?:held|took\s+place|convened|opened)\b")


def wished(before: str, after: str, timed_after: bool) -> bool:
    """Whether the meeting noun between `before` and `after` is only wished for or foreseen: a
    frame leads it, nothing says it was held, and no time is stated for it after the noun (a date
    before it, 'Yesterday's accord set the stage for a summit', is another clause's)."""
    return bool(_WISHED.search(before, max(0, len(before) - 90))) and not _HELD.match(after) \
        and not timed_after
