"""Where a document-noun list can match, found from the sentence's words (speed only).  A
case-insensitive list of nouns ('\\b(?:memorandum|agreement|treaty|...)\\b') scanned over a
sentence is tried alternative after alternative at most of its positions, though a sentence
names a document once or twice.  Every match begins with a word of a small set (read off the
pattern: 'memorandum', 'mou', 'joint', 'strategic', ...), a whole run of letters of the lowered
text, which the sentence's set of letter runs (cues.words) holds or not; the pattern is then
matched only where such a word begins, in order, which finds the matches the scan finds.

Conservative like firstchars.py: `first_words` gives None unless every match is certain to begin
at a word boundary with a whole run of ASCII letters from the set (the pattern reads \\b, '^' or
'(?<![\\w-])' before it, and \\b, '(?![\\w-])', a space or another non-letter after it); a text a
case-insensitive pattern could read differently from its lowered form (cues.folded) is scanned
as before.  A gated pattern's cues (cues.Gated) are tested first on a noted sentence: first
words such as 'the' are in most sentences, cues such as 'signing' in few."""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

from coopkg.extract import literals
from coopkg.extract.cues import _SENTENCES, Gated, _words, folded, words

_NON_LETTERS = {sre.CATEGORY_SPACE, sre.CATEGORY_DIGIT, sre.CATEGORY_NOT_WORD}
_MAX_REPEAT = 24  # iterations followed before giving up on a repeat of letters
State = tuple[str, bool, bool]  # (first word so far, \b seen before it, word certainly ended)


class _Unknown(Exception):
    """A construct `first_words` does not reason about."""


def first_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lowercase words every match of `pattern` begins with, each a whole run of letters
    after a word boundary; None where that is not certain."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.VERBOSE | re.LOCALE):
        return None
    try:
        states = _sequence(list(_parser.parse(pattern.pattern, pattern.flags).data), {("", False, False)})
    except _Unknown:
        return None
    if not states or any(not done or not word for word, _bounded, done in states):
        return None
    return frozenset(word for word, _bounded, _done in states)


_LIMIT: list[int] = [0]  # the most states followed at once (0: no limit); see `bounded_first_words`


def bounded_first_words(pattern: re.Pattern[str], most: int = 4096) -> frozenset[str] | None:
    """`first_words`, or None where following the pattern takes more than `most` states at once
    (a repeat of a letter class, read letter by letter, could take millions): for asking it of
    every gated pattern (cues.gated), where a pattern it cannot read cheaply is simply not led."""
    _LIMIT[0] = most
    try:
        return first_words(pattern)
    finally:
        _LIMIT[0] = 0


def _sequence(items: list, states: set[State]) -> set[State]:
    for op, av in items:
        if _LIMIT[0] and len(states) > _LIMIT[0]:
            raise _Unknown
        going = {s for s in states if not s[2]}
        if not going:
            break
        states = (states - going) | _item(op, av, going)
    return states


def _item(op, av, states: set[State]) -> set[State]:
    if op is sre.LITERAL:
        return {_after(s, chr(av)) for s in states}
    if op is sre.IN:
        return {_after(s, ch) for s in states for ch in _class(av)}
    if op is sre.BRANCH:
        return set().union(*(_sequence(list(alt), states) for alt in av[1]))
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]), states)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _repeat(*av, states)
    if op is sre.ASSERT_NOT and av[0] == -1 and _word_class(av[1]) or \
            op is sre.AT and av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
        # '(?<![\w-])' or '^' before the first letter: no word character before it, as \b says
        if any(w for w, _b, _d in states):
            raise _Unknown
        return {(w, True, d) for w, _b, d in states}
    if op is sre.ASSERT_NOT and av[0] == 1 and _word_class(av[1]):
        # '(?![\w-])' after letters: the word ended (before any letter it says nothing)
        return {(w, b, True) if w else (w, b, d) for w, b, d in states}
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return states  # consumes nothing: the states stay
    if op is sre.AT and av is sre.AT_BOUNDARY:
        # \b before the first letter says a word begins; after letters, that the word ended
        return {(w, True, False) if not w else (w, b, True) for w, b, _d in states}
    raise _Unknown


def _word_class(items) -> bool:
    """Whether a lookaround reads one character of a class holding every word character."""
    return len(items) == 1 and items[0][0] is sre.IN and (sre.CATEGORY, sre.CATEGORY_WORD) in items[0][1]


def _repeat(low: int, high: int, sub, states: set[State]) -> set[State]:
    out, current = set(), states
    for count in range(_MAX_REPEAT + 1):
        if count >= low:
            out |= current
        going = {s for s in current if not s[2]}
        if count == high or not going:
            return out | (current - going)
        current = (current - going) | _sequence(list(sub), going)
    raise _Unknown


_OTHER = "\0"  # a character certain not to be a letter


def _after(state: State, ch: str) -> State:
    """The state after one more character: a letter extends the word (after a boundary only),
    any other character ends it."""
    word, bounded, _done = state
    if ch == _OTHER or word and not (ch.isascii() and ch.isalpha()):
        if not word:
            raise _Unknown  # a match that begins with no letter
        return word, bounded, True  # any other character ('-' in 'bi-national') ends the run
    if not (ch.isascii() and ch.isalpha()) or not bounded:
        raise _Unknown
    return word + ch.lower(), bounded, False


def _class(items) -> set[str]:
    """The characters of a class: ASCII letters one by one, or only non-letters (`_OTHER`)."""
    letters: set[str] = set()
    others = False
    for op, av in items:
        if op is sre.LITERAL:  # an ASCII letter, or a character that ends a run of them ('–')
            if chr(av).isascii() and chr(av).isalpha():
                letters.add(chr(av))
            else:
                others = True
        elif op is sre.RANGE and chr(av[0]).isalpha() and chr(av[1]).isalpha() and av[1] - av[0] < 26 \
                and chr(av[0]).isascii() and chr(av[1]).isascii():
            letters |= {chr(c) for c in range(av[0], av[1] + 1)}
        elif op is sre.CATEGORY and av in _NON_LETTERS:
            others = True
        else:
            raise _Unknown
    if letters and others:
        raise _Unknown  # a class of letters and others: the word may or may not go on
    return letters or {_OTHER}


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what the engine's \b counts as a word character


def matches(pattern: re.Pattern[str], first: frozenset[str] | None, text: str, pos: int = 0,
            endpos: int | None = None) -> list[re.Match[str]]:
    """`list(pattern.finditer(text, pos, endpos))`, the pattern matched only where one of the
    words `first` (`first_words(pattern)`) begins after a word boundary."""
    if pos == 0 and endpos is None and _no_start(pattern, first, text):
        return []  # asked per sentence and rule, and mostly answered here
    return _found(pattern, first, text, pos, endpos, every=True)


def first_match(pattern: re.Pattern[str], first: frozenset[str] | None, text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, the pattern matched only where one of the words `first` begins."""
    if _no_start(pattern, first, text):
        return None
    found = _found(pattern, first, text, 0, None, every=False)
    return found[0] if found else None


def _no_start(pattern: re.Pattern[str], first: frozenset[str] | None, text: str) -> bool:
    """Whether no match can begin in the whole `text`: the pattern's cue gate turns the noted
    sentence away (cues.Gated: one set operation, and a substring test per cue that is not all
    letters: 'bi-national'), or none of the words `first` is a run of its
    letters (common words such as 'the' often are); False where neither is certain."""
    if isinstance(pattern, Gated):
        found = _SENTENCES.get(text)  # a noted text's lowered form is never None (cues.index)
        if found is not None and pattern.letters.isdisjoint(found) and \
                not (pattern.others and any(map(folded(text).__contains__, pattern.others))):
            return True
    if first is None:
        return False
    low = folded(text)
    return low is not None and _words(low).isdisjoint(first)


def _found(pattern: re.Pattern[str], first: frozenset[str] | None, text: str, pos: int,
           endpos: int | None, every: bool) -> list[re.Match[str]]:
    end = len(text) if endpos is None else min(endpos, len(text))
    low = folded(text)
    runs = words(text) if pos == 0 and end == len(text) else words(text[pos:end])
    if first is None or low is None or runs is None:
        if every:
            return list(pattern.finditer(text, pos, end))
        m = pattern.search(text, pos, end)
        return [m] if m is not None else []
    places = []
    for word in runs & first:
        at = low.find(word, pos, end)
        while at >= 0:
            if at == 0 or not _word(text[at - 1]):
                places.append(at)
            at = low.find(word, at + 1, end)
    out: list[re.Match[str]] = []
    raw = pattern.pattern if isinstance(pattern, Gated) else pattern  # a cue test adds nothing here
    for at in sorted(places):
        if out and at < out[-1].end():
            continue
        m = raw.match(text, at, end)
        if m is not None:
            out.append(m)
            if not every:
                break
    return out


# Speed only: whole words a pattern cannot match without (cues.Gated.runs).  A gate's literal cues
# (literals.py) are substrings: 'with' opens '\\bwith\\b' on a sentence holding 'without', and the
# scan runs for nothing.  Where the parse shows that every match holds one of a few strings of
# ASCII letters with no letter on either side (the words it begins with, `first_words`, or a
# stretch between a word boundary, '^', a space or another non-letter and the like after it),
# each is a whole run of the letters of the lowered text (cues.words), so a sentence holding none
# of them as a run cannot match.  Conservative: a construct not reasoned about claims nothing.
# The words hold for a scan of the whole text (from any start: the engine reads the characters
# before it); an end bound may cut a word short, and the gate leaves such scans alone.
MAX_WORDS = 64  # beyond this many words (a long word list) no word test is kept
OTHER, MAYBE = "other", "maybe"  # always a non-letter at that end / that, or nothing consumed
_NON_LETTER_CATEGORIES = {sre.CATEGORY_SPACE, sre.CATEGORY_DIGIT, sre.CATEGORY_NOT_WORD}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_STARTS = {sre.AT_BEGINNING, sre.AT_BEGINNING_STRING, sre.AT_BOUNDARY}
_ENDS = {sre.AT_END, sre.AT_END_STRING, sre.AT_BOUNDARY}


def whole_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lowercase words one of which every match of `pattern` holds as a whole run of ASCII
    letters (the words its matches begin with, or a stretch of it between two non-letters),
    fewest and longest found; None where none is certain."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.VERBOSE | re.LOCALE):
        return None
    best = bounded_first_words(pattern)
    best = best if best and len(best) <= MAX_WORDS and "" not in best else None
    items = list(_parser.parse(pattern.pattern, pattern.flags).data)
    for i in range(1, len(items)):
        if _edge_before(items, i):
            best = _longest_from(items, i, best)
    return best


def _longest_from(items: list, i: int, best: frozenset[str] | None) -> frozenset[str] | None:
    """`best`, or a better set of words made by the items from `i` on, with an edge after."""
    run: frozenset[str] | None = literals._EMPTY
    for j in range(i, len(items)):
        exact = literals._node(*items[j], False)[0]
        run = literals._product(run, exact) if exact is not None and run is not None else None
        if run is None or not all(w.isascii() and w.isalpha() for w in run if w):
            return best
        if "" not in run and len(run) <= MAX_WORDS and _edge_after(items, j + 1):
            best = literals._better(best, run)
    return best


def _edge_before(items: list, i: int) -> bool:
    """Whether the character before item `i` is certain to be no ASCII letter (or absent)."""
    for op, av in reversed(items[:i]):
        if op is sre.AT:
            return av in _STARTS
        if op is sre.ASSERT_NOT and av[0] == -1 and _non_word_class(av[1]):
            return True  # '(?<![\w-])'
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # reads without consuming: the character before is still the earlier item's
        end = _end(op, av, last=True)
        if end != MAYBE:
            return end == OTHER
    return False  # the match may begin right after a letter


def _edge_after(items: list, j: int) -> bool:
    """Whether the character after the items before `j` is certain to be no ASCII letter."""
    for op, av in items[j:]:
        if op is sre.AT:
            return av in _ENDS
        if op is sre.ASSERT_NOT and av[0] == 1 and _non_word_class(av[1]):
            return True  # '(?![\w-])'
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        end = _end(op, av, last=False)
        if end != MAYBE:
            return end == OTHER
    return False  # the match may end right before a letter


def _non_word_class(items) -> bool:
    """A lookaround of one class holding every word character ('[\\w-]')."""
    return len(items) == 1 and items[0][0] is sre.IN and (sre.CATEGORY, sre.CATEGORY_WORD) in items[0][1]


def _end(op, av, last: bool) -> str | None:
    """OTHER where an item's last (or first) character is certain to be no ASCII letter, MAYBE
    where it may also consume nothing, None where it may be a letter or is not reasoned about."""
    if op is sre.LITERAL:
        return OTHER if _other(av) else None
    if op is sre.IN:
        return OTHER if all(_other_member(o, a) for o, a in av) else None
    if op in _REPEATS:
        inner = _sequence_end(list(av[2]), last)
        return None if inner is None else MAYBE if av[0] == 0 else inner
    if op is sre.SUBPATTERN:
        return _sequence_end(list(av[-1]), last)
    if op is sre.BRANCH:
        ends = [_sequence_end(list(alt), last) for alt in av[1]]
        return None if None in ends else MAYBE if MAYBE in ends else OTHER
    return None


def _sequence_end(items: list, last: bool) -> str | None:
    for op, av in (reversed(items) if last else items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # consumes nothing
        end = _end(op, av, last)
        if end != MAYBE:
            return end
    return MAYBE


def _other(code: int) -> bool:
    """An ASCII character that is no letter (no other case of it is one)."""
    return code < 128 and not chr(code).isalpha()


def _other_member(op, av) -> bool:
    if op is sre.LITERAL:
        return _other(av)
    if op is sre.RANGE:
        return all(_other(c) for c in range(av[0], av[1] + 1))
    return op is sre.CATEGORY and av in _NON_LETTER_CATEGORIES
