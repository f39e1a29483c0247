"""Each amount of a list keeps its own purpose: 'Of the loan, 5 million euros will be directed to
water supply, 3 million euros to roads and 2 million euros for schools'.  The indicator term is
written once, at the head of the list; what each amount is for follows it ('to X', 'for X', 'on
X'), and labels it: 'loan for water supply', 'loan for roads'."""

from __future__ import annotations

import re

_PURPOSE = re.compile(r"\s+(?:(?:will|would|is|was|are|were|has|have)\s+(?:been\s+|be\s+)?)?"
                      r"(?:directed|allocated|earmarked|channell?ed|spent|used|set\s+aside|going|"
                      r"go(?:es)?)?\s*(?:to|for|on|towards?)\s+"
                      r"(?P<what>(?:the\s+)?(?!the\b)[a-z][\w-]*(?:\s+(?!and\b|or\b|while\b|with\b)[a-z][\w-]*){0,3})")
_TRAILING = {"of", "the", "a", "an", "to", "for", "in", "on", "and"}


def with_purpose(text: str, end: int, name: str, amounts: int) -> str:
    """`name` with the purpose the amount ending at `end` is given for, when the sentence lists
    several amounts (one amount's 'for X' is already read by the indicator's complement)."""
    if amounts < 2:
        return name
    m = _PURPOSE.match(text, end)
    if m is None:
        return name
    words = m.group("what").split()
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    if not words or " ".join(words).lower() in name.lower():
        return name
    return f"{name} for {' '.join(words)}"
