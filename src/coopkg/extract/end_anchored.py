"""Patterns anchored at the end of a text ("…'s\\s+$", '…(ABC)\\s*$'), asked of the text before
each name in a sentence.  `search` still tries such a pattern at every position, so each test
costs the length of that text, and most fail.  Every match ends with one of a few known tails
(then only whitespace), and testing that first skips the scan where it cannot match."""

from __future__ import annotations

import re
import sys


class EndAnchored:
    """A pattern whose every match, up to the end of the text searched, is one of `tails`
    followed by whitespace only; used as the pattern it wraps.  Exact: re's `\\s` is what
    `str.rstrip` strips, and `$` matches only at the end or before a closing newline."""

    __slots__ = ("pattern", "tails")

    def __init__(self, pattern: re.Pattern[str], tails: tuple[str, ...]):
        self.pattern = pattern
        self.tails = tails

    def may_end(self, text: str, end: int) -> bool:
        """Whether `text[:end]`, its closing whitespace set aside, ends with a tail."""
        return text[:end].rstrip().endswith(self.tails)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.may_end(text, endpos) else None

    def sub(self, repl: str, text: str) -> str:
        return self.pattern.sub(repl, text) if self.may_end(text, len(text)) else text
