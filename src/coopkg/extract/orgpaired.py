"""Country pairs written with a spaced dash inside a body's name ('the Sri Lanka - Kenya Joint
Committee', 'the Peru – Chile Business Council'): the dash joins the two countries as an unspaced
hyphen does ('Sri Lanka-Kenya'), so the name runs across it.  The capitalised-run scanner stops at
spaces around a dash (elsewhere a dash parts a dateline, an aside or a list), so the pair's dash
is rewritten, at the same length, to a mark the scanner reads as part of a word, and the names
found are read back from the text as written."""

from __future__ import annotations

import re

JOINED = "-–-"  # the same length as ' - ': offsets in the rewritten sentence stay the text's
_SPACED = re.compile(r"(?P<a>(?:[A-Z][\w'’]+\s)?[A-Z][\w'’]+) [-–] "
                     r"(?=(?P<b>[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?))")


def _names_country(words: str, tail: bool) -> bool:
    """Whether a country name ends `words` (tail) or starts it: the two sides of a dash."""
    from coopkg.reference import gazetteer

    gaz = gazetteer()
    parts = words.split()
    pieces = (parts[i:] for i in range(len(parts))) if tail else \
        (parts[:i] for i in range(1, len(parts) + 1))
    return any(any(p.kind == "country" for p in gaz.lookup(" ".join(piece))) for piece in pieces)


def joined_pairs(sentence: str) -> str:
    """The sentence with each dash spaced between two country names written as JOINED."""
    if " - " not in sentence and " – " not in sentence:  # speed only: the pattern needs one
        return sentence
    out = sentence
    for m in _SPACED.finditer(sentence):
        if _names_country(m.group("a"), True) and _names_country(m.group("b"), False):
            at = m.end("a")
            out = out[:at] + JOINED + out[at + 3:]
    return out
