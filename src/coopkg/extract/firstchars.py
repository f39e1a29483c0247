"""The characters a regular expression's match can begin with, given to the engine.

Python's regex engine skips ahead quickly only when a pattern begins with a literal or a
character class it can see; a rule that begins with `\\b`, a lookbehind or a case-insensitive
word list ('\\b(?:memorandum|agreement|treaty|...)\\b') is tried in full at every position of
the sentence, and a long list costs that at every word boundary.  Such a pattern is compiled
with the characters every one of its matches begins with in its info block, where the engine
keeps those of a pattern opening with a class: its search steps over every other character in
C and tries the pattern only where a match can start.  The same matches, found several times
faster.  Where the engine's code cannot be written so (another Python's internals), the
pattern is prefixed with `(?=[...])` over those characters instead, which fails at nearly
every position after one character test.

Conservative like literals.py: where the parse holds something not reasoned about here (any
character, a category such as \\w, a back-reference, a case-insensitive non-ASCII letter) or a
match may be empty, nothing is added."""

from __future__ import annotations

import _sre
import re
from functools import cache
from re import _compiler, _parser
from re import _constants as sre

Chars = frozenset[str]
# Under IGNORECASE these match an ASCII letter without being one (cues._FOLD_TRAPS).
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
MAX_CHARS = 128  # a wider lookahead skips too little to pay for the test
MAX_RANGE = 1024  # a range in a class read no further (a set the engine's own skip tests in C)


def first_chars(pattern: str, flags: int = 0) -> Chars | None:
    """Every character a match of `pattern` can begin with; None where unknown or a match may
    be empty (the lookahead would then refuse matches the pattern makes)."""
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & re.LOCALE:
        return None
    chars, nullable = _sequence(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    return chars if chars and not nullable else None


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` told its first characters (`_with_start_set`, else a lookahead in front), where
    the engine finds no prefix of its own and they are known to keep every match; else
    `pattern` itself."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return pattern
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if _compiler._get_literal_prefix(parsed, parsed.state.flags)[0] or \
            _compiler._get_charset_prefix(parsed, parsed.state.flags) is not None or \
            _at_start(parsed.data, parsed.state.flags):
        return pattern  # the engine already jumps to where a match can start
    starts = _starts(parsed)
    hinted = None if starts is None else _with_start_set(pattern, parsed, starts)
    chars = first_chars(pattern.pattern, pattern.flags)
    if hinted is not None or chars is None or len(chars) > MAX_CHARS:
        return hinted or pattern
    lead = _GLOBAL_FLAGS.match(pattern.pattern)
    at = lead.end() if lead else 0
    look = "(?=[" + "".join(_escaped(ch) for ch in sorted(chars)) + "])"
    faster = re.compile(pattern.pattern[:at] + look + pattern.pattern[at:], pattern.flags)
    same = faster.groups == pattern.groups and faster.groupindex == pattern.groupindex
    return faster if same else pattern


def _starts(parsed) -> frozenset | None:
    """`first_chars` of a parsed pattern, a category (\\d, \\s, \\w) kept as a member where
    one may begin a match: the engine's own skip (`_with_start_set`) tests categories too,
    where a lookahead's class written out as characters cannot hold them."""
    if parsed.state.flags & re.LOCALE:
        return None
    chars, nullable = _sequence(parsed.data, bool(parsed.state.flags & re.IGNORECASE), True)
    return chars if chars and not nullable else None


def _with_start_set(pattern: re.Pattern[str], parsed, chars: frozenset) -> re.Pattern[str] | None:
    """`pattern` compiled as it is, its info block naming `chars` as the characters a match
    starts with: the block the engine writes itself for a pattern opening with a class
    ('[A-Z]\\w+'), whose search then steps over other characters in a tight C loop and starts
    the pattern only on one of them.  The lookahead `with_first_chars` used to put in front does
    the same test inside the pattern, once per position of the text, at several times the cost
    (measured on the real pool sentences: 2.4 µs a scan against 1.3).  The same matches: the
    block only skips positions where the lookahead would fail, and `match` never reads it.  None
    where the engine's code is not as expected (another Python's `re` internals): the caller
    then puts the lookahead in front."""
    try:
        hinted = _compile_with_set(pattern, parsed, chars)
    except Exception:  # noqa: BLE001 - any surprise of the internals: fall back to the lookahead
        return None
    if hinted is None:
        return None
    same = hinted.groups == pattern.groups and hinted.groupindex == pattern.groupindex and \
        hinted.pattern == pattern.pattern and hinted.flags == pattern.flags
    return hinted if same and _engine_reads_start_sets() else None


@cache
def _engine_reads_start_sets() -> bool:
    """Whether a pattern compiled by `_with_start_set` finds what the plain one does on a probe
    (once): a `re` whose code means something else here gets the lookahead instead."""
    plain = re.compile(r"\b(?:ab|\d)c")
    try:
        hinted = _compile_with_set(plain, _parser.parse(plain.pattern), frozenset({"a", sre.CATEGORY_DIGIT}))
    except Exception:  # noqa: BLE001 - any surprise of the internals
        return False
    text = "xab abc 1c zz-ac a1c 7c"
    return [m.span() for m in hinted.finditer(text)] == [m.span() for m in plain.finditer(text)] == \
        [(4, 7), (8, 10), (21, 23)] and hinted.match(text, 4) is not None and hinted.match(text, 5) is None


def _compile_with_set(pattern: re.Pattern[str], parsed, chars: frozenset) -> re.Pattern[str] | None:
    """`re._compiler.compile`'s steps, with an info block naming `chars` (`_with_start_set`)."""
    flags = parsed.state.flags | pattern.flags
    code = _compiler._code(parsed, flags)
    if code[0] is not sre.INFO or code[2] != 0 or code[3] == 0:
        return None  # no plain info block (no prefix, no class), or a match may be empty
    body = code[1 + code[1]:]
    block: list = []
    members = [(sre.LITERAL, ord(ch)) if isinstance(ch, str) else (sre.CATEGORY, ch)
               for ch in sorted(chars, key=str)]
    _compiler._compile_charset(_compiler._optimize_charset(members)[0], flags, block)
    head = [sre.INFO, 4 + len(block), sre.SRE_INFO_CHARSET, code[3], code[4]]
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(pattern.pattern, flags, head + block + body, parsed.state.groups - 1,
                        groupindex, tuple(indexgroup))


def _at_start(items, flags: int) -> bool:
    """Whether the pattern opens with '^' (not per line: the parse keeps AT_BEGINNING under
    MULTILINE) or '\\A': the engine then tries the start of the text alone, where a lookahead in
    front of it would have it try every position (a search of 300 characters: 40 times slower)."""
    if not items or items[0][0] is not sre.AT:
        return False
    return items[0][1] is sre.AT_BEGINNING_STRING or \
        items[0][1] is sre.AT_BEGINNING and not flags & re.MULTILINE


def _escaped(ch: str) -> str:
    return f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}"


def _sequence(items, icase: bool, cats: bool = False) -> tuple[Chars | None, bool]:
    """(first characters, whether the sequence can match empty); with `cats`, a category such as
    \\d is one of the members (`_starts`)."""
    first: set = set()
    for op, av in items:
        chars, nullable = _node(op, av, icase, cats)
        if chars is None:
            return None, False
        first |= chars
        if not nullable:
            return frozenset(first), False
    return frozenset(first), True


def _node(op, av, icase: bool, cats: bool = False) -> tuple[Chars | None, bool]:
    if op is sre.LITERAL:
        return _cased([av], icase), False
    if op is sre.IN:
        return _class(av, icase, cats), False
    if op is sre.SUBPATTERN:
        _group, add, delete, items = av
        return _sequence(items, (icase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE, cats)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, icase, cats)
    if op is sre.BRANCH:
        return _branch(av[1], icase, cats)
    if op in _REPEATS:
        chars, nullable = _sequence(av[2], icase, cats)
        return chars, nullable or av[0] == 0
    if op in _ZERO_WIDTH:
        return frozenset(), True  # consumes nothing: the next item begins the match
    return None, False  # any character, a category, a back-reference


def _branch(branches, icase: bool, cats: bool = False) -> tuple[Chars | None, bool]:
    first: set = set()
    nullable = False
    for items in branches:
        chars, empty = _sequence(items, icase, cats)
        if chars is None:
            return None, False
        first |= chars
        nullable = nullable or empty
    return frozenset(first), nullable


def _class(items, icase: bool, cats: bool = False) -> Chars | None:
    codes: list[int] = []
    categories = []
    for op, av in items:
        if op is sre.LITERAL:
            codes.append(av)
        elif op is sre.RANGE and av[1] - av[0] < MAX_RANGE:
            codes.extend(range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and cats:
            categories.append(av)  # case plays no part in a category
        else:
            return None  # a category, a negation
    chars = _cased(codes, icase)
    return None if chars is None else chars | frozenset(categories)


def _cased(codes: list[int], icase: bool) -> Chars | None:
    chars: set[str] = set()
    for ch in map(chr, codes):
        chars.add(ch)
        if not icase or ch.lower() == ch.upper():
            continue
        if not ch.isascii():
            return None  # non-ASCII case folding is not reasoned about
        low = ch.lower()
        chars.update((low, ch.upper(), *_FOLDS.get(low, "")))
    return frozenset(chars)
