"""The literal text a regular expression cannot match without: a set of lowercase ASCII strings
such that every match of the pattern contains one of them, or looks at one of them in the text
around it (a lookahead or lookbehind that must succeed).  A sentence whose lowered text holds
none of them cannot match, so the scan can be skipped (cues.gated) — the same idea as the
literal prefilters of RE2 or Hyperscan, read off Python's own parse of the pattern, so a rule
edited later keeps a correct cue without anyone writing one by hand.

Everything here is conservative: where the parse holds something this module does not reason
about (character classes, back-references, non-ASCII letters) it claims nothing, and a claim of
nothing never gates a scan."""

from __future__ import annotations

from re import _constants as sre  # the parse tree's opcodes
from re import _parser

Strings = frozenset[str]
Info = tuple[Strings | None, Strings | None]  # (every string it matches, strings one of which it contains)

CAP = 64  # the most alternatives followed through a product of choices
_EMPTY: Strings = frozenset({""})
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


def necessary(pattern: str, flags: int = 0) -> Strings | None:
    """Lowercase strings one of which every match of `pattern` contains, fewest and longest
    found; None where no such set was found (the pattern may match without any literal)."""
    tree = _parser.parse(pattern, flags)
    need = _sequence(tree, False)[1]
    if not need or min(map(len, need)) < 3:  # what lookarounds need only where a match's own
        need = _better(need, _sequence(tree, True)[1])  # text holds no useful cue
    return _absorbed(need) if need else None


def _absorbed(strings: Strings) -> Strings:
    """Without the strings that contain another of the set: the shorter one is present wherever
    the longer is, so it alone decides."""
    kept = sorted(strings, key=len)
    return frozenset(s for i, s in enumerate(kept) if not any(k in s for k in kept[:i]))


def _score(strings: Strings) -> tuple[int, int, int]:
    """Longer shortest string first (a five-letter cue rarely occurs by chance), then fewer,
    then longer still: 'agreement' is not in 'agreed', where 'agree' is."""
    shortest = min(map(len, strings))
    return min(shortest, 5), -len(strings), shortest


def _better(best: Strings | None, other: Strings | None) -> Strings | None:
    if not other or "" in other:
        return best
    return other if best is None or _score(other) > _score(best) else best


def _product(left: Strings, right: Strings) -> Strings | None:
    if len(left) * len(right) > CAP:
        return None
    return frozenset(a + b for a in left for b in right)


def _sequence(items, looks: bool) -> Info:
    """A concatenation: every string is the product of its parts' strings; what it needs is the
    best of what one part needs and of the products of runs of parts with known strings."""
    infos = [_node(op, av, looks) for op, av in items]
    best: Strings | None = None
    for _exact, need in infos:
        best = _better(best, need)
    for i in range(len(infos)):
        run: Strings | None = _EMPTY
        for exact, _need in infos[i:]:
            run = _product(run, exact) if exact is not None else None
            if run is None:
                break
            best = _better(best, run)
    exact: Strings | None = _EMPTY
    for part, _need in infos:
        exact = _product(exact, part) if exact is not None and part is not None else None
    return exact, best


def _node(op, av, looks: bool) -> Info:
    if op is sre.LITERAL:
        return _chars([av])
    if op is sre.IN:
        return _class(av)
    if op is sre.SUBPATTERN:
        return _sequence(av[-1], looks)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, looks)
    if op is sre.BRANCH:
        return _branch(av[1], looks)
    if op in _REPEATS:
        return _repeat(*av, looks)
    if op is sre.ASSERT and looks:  # '(?=agreement)': consumes nothing, needs what it sees
        return _EMPTY, _sequence(av[1], looks)[1]
    if op in _ZERO_WIDTH:
        return _EMPTY, None  # consumes nothing: adjacent literals stay adjacent
    return None, None  # any character, a category, a back-reference: no literal known


def _chars(codes: list[int]) -> Info:
    chars = [chr(c) for c in codes]
    if not all(ch.isascii() for ch in chars):
        return None, None  # case folding outside ASCII is not reasoned about
    found = frozenset(ch.lower() for ch in chars)
    return found, found


def _class(items) -> Info:
    """A class of a few listed ASCII characters ('[Gg]', '[-–]' is not one: '–' is not ASCII)."""
    codes: list[int] = []
    for op, av in items:
        if op is sre.LITERAL:
            codes.append(av)
        elif op is sre.RANGE and av[1] - av[0] < 16:
            codes.extend(range(av[0], av[1] + 1))
        else:
            return None, None
    return _chars(codes)


def _branch(branches, looks: bool) -> Info:
    infos = [_sequence(b, looks) for b in branches]
    exacts = [e for e, _n in infos]
    needs = [n for _e, n in infos]
    exact = frozenset().union(*exacts) if None not in exacts else None
    need = frozenset().union(*needs) if None not in needs else None
    return (exact if exact is not None and len(exact) <= CAP else None), need


def _repeat(low: int, high: int, items, looks: bool) -> Info:
    exact, need = _sequence(items, looks)
    if high is sre.MAXREPEAT or high > 3:
        return None, (need if low >= 1 else None)
    found: Strings | None = _EMPTY if low == 0 else frozenset()
    power: Strings | None = _EMPTY
    for count in range(1, high + 1):
        power = _product(power, exact) if power is not None and exact is not None else None
        if power is None:
            found = None
            break
        if count >= low and found is not None:
            found = found | power
    if found is not None and len(found) > CAP:
        found = None
    return found, (need if low >= 1 else None)
