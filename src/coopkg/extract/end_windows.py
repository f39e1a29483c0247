"""Where a match of an end-anchored pattern can begin.  Speech rules ask patterns that end at `$`
('the foreign minister of X, also ' + 'said') of the whole text before each speech verb, often a
long quotation; `search` tries every position of it, though a match can only cover the last few
words.  Where the pattern bounds how many runs of whitespace a match holds, the scan starts after
the run that many words back from the end: the same match, a scan of a few words.

Read off Python's own parse of the pattern (like literals.py and firstchars.py), so a rule edited
later keeps a correct window; where the parse holds something not reasoned about here, or a
repeat without bound over something that may hold whitespace, there is no bound and no window."""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

# every character `str.isspace` (and so re's `\s` and `str.split`) counts as whitespace; the last
# is U+3000 (a test checks the whole range), so start-up reads 12k code points, not 1.1M
LAST_SPACE = 0x3000
_SPACES = frozenset(chr(c) for c in range(LAST_SPACE + 1) if chr(c).isspace())
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_NO_SPACE = {sre.CATEGORY_WORD, sre.CATEGORY_DIGIT, sre.CATEGORY_NOT_SPACE, sre.CATEGORY_UNI_WORD,
             sre.CATEGORY_UNI_DIGIT, sre.CATEGORY_UNI_NOT_SPACE}
_ONLY_SPACE = {sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE}
# what one character of a class may be: (may it be whitespace, is it only whitespace)
_Char = tuple[bool, bool]


def space_runs(pattern: re.Pattern[str]) -> int | None:
    """The most runs of whitespace any match of `pattern` holds, for a pattern whose every match
    ends at the end of the text (a closing `$`, not MULTILINE); None where unbounded, unknown or
    not so anchored (ASCII and LOCALE patterns read whitespace otherwise than `str.isspace`)."""
    if not isinstance(pattern, re.Pattern):
        pattern = pattern.pattern  # a gated pattern (cues.Gated)
    if pattern.flags & (re.MULTILINE | re.ASCII | re.LOCALE):
        return None
    items = list(_parser.parse(pattern.pattern, pattern.flags).data)
    if not items or items[-1] != (sre.AT, sre.AT_END):
        return None
    return _runs(items)


def window(text: str, runs: int | None) -> int:
    """The first position where a match of a pattern holding at most `runs` runs of whitespace
    (`space_runs`), ending at the end of `text` (or before a closing newline), can begin; 0 where
    unknown.  Any earlier start leaves `runs + 2` runs of whitespace or more up to the end: the
    match's own, a closing newline's, and one more.  For `search(text, window(text, runs))` of a
    whole text: lookbehinds and `\\b` still read the text before the window, and `^` cannot match
    in it, as no match begins there."""
    if runs is None:
        return 0
    words = text.rsplit(None, runs + 2)  # splits at the last runs + 2 runs inside the text
    if len(words) <= runs + 2:
        return 0
    rest = text[len(words[0]):]
    return len(words[0]) + len(rest) - len(rest.lstrip())


def _runs(items: list) -> int | None:
    total = 0
    for op, av in items:
        n = _item(op, av)
        if n is None:
            return None
        total += n
    return total


def _item(op, av) -> int | None:
    """The most runs of whitespace one parsed item's match holds (an overcount where runs of
    neighbouring items join is harmless: the window only widens)."""
    if op in _ZERO_WIDTH:
        return 0  # a lookbehind reads before the window's start, which the scan still sees
    if op in _REPEATS:
        low, high, body = av
        char = _single(body)
        if char is not None and char[1]:
            return 1 if high else 0  # '\s+': however long, one run
        inner = _runs(body)
        if inner is None or inner and high is sre.MAXREPEAT:
            return None
        return inner * high
    if op is sre.SUBPATTERN:
        return _runs(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _runs(av)
    if op is sre.BRANCH:
        found = [_runs(alt) for alt in av[1]]
        return None if None in found else max(found)
    if op is sre.GROUPREF_EXISTS:
        found = [_runs(alt) if alt is not None else 0 for alt in av[1:]]
        return None if None in found else max(found)
    char = _char(op, av)
    return None if char is None else int(char[0])


def _single(body) -> _Char | None:
    """A repeat's body that is one character: what it may be."""
    items = list(body)
    return _char(*items[0]) if len(items) == 1 else None


def _char(op, av) -> _Char | None:
    """(may be whitespace, is only whitespace) for one character item; None if not one."""
    if op is sre.LITERAL:
        return (chr(av) in _SPACES,) * 2
    if op in (sre.NOT_LITERAL, sre.ANY):
        return True, False
    if op is sre.CATEGORY:
        return av not in _NO_SPACE, av in _ONLY_SPACE
    if op is sre.IN:
        members = [_member(o, a) for o, a in av]
        if None in members:
            return True, False
        return any(m[0] for m in members), all(m[1] for m in members)
    return None


def _member(op, av) -> _Char | None:
    """One member of a character class; a negated class may be anything."""
    if op is sre.NEGATE:
        return None
    if op is sre.RANGE:
        spaces = [c for c in _SPACES if av[0] <= ord(c) <= av[1]]
        return bool(spaces), len(spaces) == av[1] - av[0] + 1
    return _char(op, av)
