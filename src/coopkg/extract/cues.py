"""Cheap necessary tests run before expensive patterns: a pattern that needs the word 'ceremony'
cannot match a sentence without it, and a substring test costs a fraction of a regex scan.  A
cue test may say yes wrongly (the pattern then decides), never no wrongly, so no rule's output
depends on it."""

from __future__ import annotations

import re
from functools import lru_cache

# The only characters re's IGNORECASE matches to an ASCII letter that str.lower() does not turn
# into that letter (dotted/dotless i, long s, Kelvin sign); computed over all of Unicode.
_FOLD_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")


@lru_cache(maxsize=4096)
def folded(text: str) -> str | None:
    """`text.lower()`, or None where a case-insensitive pattern could see an ASCII letter that
    the lowered text does not show."""
    return None if _FOLD_TRAPS.search(text) else text.lower()


def any_word(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern that needs one of `words` (lowercase ASCII) could
    match `text`."""
    low = folded(text)
    return low is None or any(w in low for w in words)
