"""Mass uses of a meeting noun: 'solve the crisis through dialogue', 'engage in transparent
dialogue'.  In English a noun like 'dialogue' written in the singular with no determiner names
the practice of talking in general, not one occasion someone held; only a determiner ('a',
'the', 'their', an ordinal), a possessive or a name ('the Japan-Baltic dialogue', "Ghana's
dialogue") makes it countable, one event (GOLD_FORMAT: events are occasions)."""

from __future__ import annotations

import re

from coopkg.extract.event_clauses import event_words

_MASS = event_words("mass")
_DETERMINERS = event_words("mass-determiner")
_BREAKS = event_words("mass-break")
_TOKEN = re.compile(r"[\w’'\-]+|[^\w\s]")
_WINDOW = 3  # a determiner stands at most two modifiers before its noun ('a frank, open ...')


def mass_use(before: str, label: str) -> bool:
    """Whether the lowercase mass noun ending `label`, with the words of `before` on its left,
    stands without a determiner of its own: the activity in general, no event."""
    words = label.split()
    if not words or words[-1] not in _MASS or label != label.lower():
        return False  # a capitalised label is a name ('Strategic Dialogue'), one occasion
    left = _TOKEN.findall(before)[-_WINDOW:] + words[:-1]
    for token in reversed(left[-_WINDOW:]):
        low = token.lower()
        if low in _BREAKS or not token[0].isalnum():
            return True  # the phrase began after a preposition or a comma: no determiner
        if low in _DETERMINERS or token[0].isupper() or token[0].isdigit() or \
                low.endswith(("'s", "’s", "s'", "s’")):
            return False
    return True
