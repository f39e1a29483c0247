"""Cheap necessary tests run before expensive patterns: a pattern that needs the word 'ceremony'
cannot match a sentence without it, and a substring test costs a fraction of a regex scan.  A
cue test may say yes wrongly (the pattern then decides), never no wrongly, so no rule's output
depends on it."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from re import _constants as sre
from re import _parser

from coopkg.extract.firstchars import with_first_chars
from coopkg.extract.literals import necessary

# The only characters re's IGNORECASE matches to an ASCII letter that str.lower() does not turn
# into that letter (dotted/dotless i, long s, Kelvin sign); computed over all of Unicode.
_FOLD_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")


def lowered(text: str) -> str | None:
    """`text.lower()`, or None where a case-insensitive pattern could see an ASCII letter that
    the lowered text does not show."""
    # no trap is ASCII, and `isascii` reads a flag the string carries: most texts skip the scan
    return None if not text.isascii() and _FOLD_TRAPS.search(text) else text.lower()


@lru_cache(maxsize=4096)
def folded(text: str) -> str | None:
    """`lowered`, kept for the texts many tests read (sentences); a long text read once (a whole
    article) is lowered where it is read, not kept."""
    return lowered(text)


def any_word(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern that needs one of `words` (lowercase ASCII) could
    match `text`."""
    low = folded(text)
    return low is None or any(map(low.__contains__, words))  # speed only: no generator


def may_hold_all(text: str, literals: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern that needs every one of `literals` (a name, a title it
    is built around) could match `text`: no where the lowered text lacks one of them.  A
    pattern built per call costs far more to compile than this test, so its callers compile it
    only for a text that passes."""
    low = folded(text)
    return low is None or not all(map(str.isascii, literals)) or \
        all(map(low.__contains__, map(str.lower, literals)))


class _CueIndex(dict):
    """Word → the cues of every gate that are inside it, learnt as words are met: a language
    has far fewer words than a corpus has sentences, so a text's cues are a union of a few
    table lookups, and each gate's test one set operation (`cues_in`) instead of a substring
    scan per cue.  A new word is read once along a trie of all the cues, from each of its
    letters.  Only all-letter cues are kept: such a cue is in a lowered text exactly where it
    is inside one of its runs of ASCII letters."""

    def __init__(self):
        super().__init__()
        self.trie: dict = {}
        self.known: set[str] = set()

    def register(self, cues: frozenset[str]) -> None:
        """Add a gate's cues; answers learnt before them are forgotten, as they may lack them."""
        new = cues - self.known
        if not new:
            return
        for cue in new:
            node = self.trie
            for ch in cue:
                node = node.setdefault(ch, {})
            node[""] = cue  # no letter is empty: the key marks a cue's end
        self.known |= new
        self.clear()
        _SENTENCES.clear()

    def __missing__(self, word: str) -> frozenset[str]:
        if len(self) >= 65536:
            self.clear()
        found = []
        trie, size = self.trie, len(word)
        for i in range(size):
            node = trie.get(word[i])
            j = i + 1
            while node is not None:
                if "" in node:
                    found.append(node[""])
                node = node.get(word[j]) if j < size else None
                j += 1
        hit = self[word] = frozenset(found)
        return hit


_INDEX = _CueIndex()


def _is_letters(cue: str) -> bool:
    return cue.isascii() and cue.isalpha()


_SENTENCES: dict[str, frozenset[str]] = {}  # text → its cues, for texts many rules read


def cues_in(text: str) -> frozenset[str] | None:
    """The all-letter cues of every gate that `text` holds (lowered), and the mark of each of
    its runs of letters that opens a gated pattern (`_RUN_MARKS`); None where a
    case-insensitive pattern could see a letter the lowered text does not show."""
    low = folded(text)
    if low is None:
        return None
    runs = _words(low)
    return frozenset().union(*map(_INDEX.__getitem__, runs), map(_RUN_MARKS.__getitem__, runs & _RUN_WORDS))


# Speed only: a whole word one of which a gated pattern's every match holds (match_starts.whole_words: 'with'
# of '\bwith\s+the\s+X'), noted in a sentence's cue set under a mark no cue can be (cues
# are letters alone), so that the gate's test of a whole word is one set operation as well
_RUN_MARKS: dict[str, str] = {}
_RUN_WORDS: set[str] = set()


def _register_runs(runs: frozenset[str]) -> frozenset[str]:
    """The marks of `runs`; noted sentences, which lack the new ones, are forgotten."""
    new = runs - _RUN_WORDS
    if new:
        _RUN_MARKS.update((run, " " + run) for run in new)
        _RUN_WORDS.update(new)
        _SENTENCES.clear()
    return frozenset(map(_RUN_MARKS.__getitem__, runs))


def index(text: str) -> str:
    """`text`, noted as one that dozens of rules will read (a sentence): its cues are found
    now, once, and each gate's test on it is then one set operation.  Other texts (a stretch
    cut from a sentence, a name), read by a rule or two, are tested by substrings, which costs
    them less than finding their cues would."""
    if text not in _SENTENCES:
        found = cues_in(text)
        if found is not None:
            if len(_SENTENCES) >= 8192:
                _SENTENCES.clear()
            _SENTENCES[text] = found
    return text


class Gated:
    """A compiled pattern behind the literal cues it cannot match without (literals.necessary):
    where the lowered text holds none of them the scan is skipped and the pattern's own answer
    for such a text (no match) is given.  Used exactly as the pattern it wraps.  All-letter
    cues are looked up in the text's cue set (`cues_in`), the rare others ('-based', 'no.')
    tested as substrings.  The scanning methods test only a noted sentence (`index`): any other
    text (a stretch cut from a sentence, a name) is scanned at once, as its substring tests cost
    more than the scans they save (all such calls replayed on dev-like and generated text: the
    tests and scans together took 1.3–1.4 times the scans alone)."""

    __slots__ = ("pattern", "cues", "letters", "others", "runs", "search", "match", "fullmatch", "finditer")

    def __init__(self, pattern: re.Pattern[str], cues: tuple[str, ...], runs: frozenset[str] | None = None):
        self.pattern = pattern
        self.cues = cues
        self.letters = frozenset(filter(_is_letters, cues))
        self.others = tuple(c for c in cues if not _is_letters(c))
        _INDEX.register(self.letters)
        # the marks of the whole words one of which every match holds (`_RUN_MARKS`): a noted
        # sentence holding a cue but none of them (a cue inside a longer word) is turned away too
        self.runs = _register_runs(runs) if runs else None
        self._bind()

    def _bind(self) -> None:
        """`search`, `match`, `fullmatch` and `finditer`, asked ~1,500 times an article, as
        closures over the pattern's bound methods and the cue set: each repeats `_open`'s
        noted-sentence case inline, and an attribute read or a call less per test is much of
        what the test costs (measured: about a third of a closed test's time)."""
        self.search = _scanner(self.pattern.search, self.letters, self.others, None, self.runs)
        self.match = _scanner(self.pattern.match, self.letters, self.others, None, self.runs)
        self.fullmatch = _scanner(self.pattern.fullmatch, self.letters, self.others, None, self.runs)
        self.finditer = _scanner(self.pattern.finditer, self.letters, self.others, _NO_MATCHES, self.runs)

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)  # groupindex, flags, pattern text

    def __repr__(self) -> str:
        return f"Gated({self.pattern!r}, {self.cues!r})"

    def absent(self, text: str) -> bool:
        """Whether no cue is in `text` (so the pattern cannot match it)."""
        return not self._open(text)

    def _open(self, text: str, whole: bool = True) -> bool:
        """Whether a cue is in `text` (or a folding trap, which no lowered text shows); where
        the scan reads the `whole` text (no end bound, which would cut a word short), also
        whether a whole word every match holds is."""
        found = _SENTENCES.get(text)
        if found is None:
            low = folded(text)
            return low is None or any(map(low.__contains__, self.cues))
        if whole and self.runs is not None and self.runs.isdisjoint(found):
            return False  # no whole word every match holds
        return not self.letters.isdisjoint(found) or \
            bool(self.others) and any(map(folded(text).__contains__, self.others))

    def findall(self, text: str, *bounds: int) -> list:
        return [] if not self._open(text, len(bounds) < 2) else self.pattern.findall(text, *bounds)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return text if self.absent(text) else self.pattern.sub(repl, text, count)

    def subn(self, repl, text: str, count: int = 0) -> tuple[str, int]:
        return (text, 0) if self.absent(text) else self.pattern.subn(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return [text] if self.absent(text) else self.pattern.split(text, maxsplit)


# `finditer`'s answer where the gate is closed: one exhausted iterator, shared (speed only: it
# yields nothing however often it is read, as a fresh empty one would, and costs no call)
_NO_MATCHES: Iterator[re.Match[str]] = iter(())


def _scanner(scan, letters: frozenset[str], others: tuple[str, ...], closed,
             runs: frozenset[str] | None = None):
    """`scan` (a bound method of the pattern) behind the cues: a noted sentence (`index`)
    without any of them gets the answer `closed` (None: no match; `_NO_MATCHES` for
    `finditer`), any other text the scan.  The same tests as `Gated._open` on a noted
    sentence; other texts are scanned at once."""
    noted, disjoint = _SENTENCES.get, letters.isdisjoint
    if runs is not None:
        return _run_scanner(scan, disjoint, runs.isdisjoint, others, closed)
    if not others:
        def gated_scan(text: str, *bounds: int):
            found = noted(text)
            if found is None or not disjoint(found):
                return scan(text, *bounds)
            return closed
        return gated_scan

    def gated_scan_others(text: str, *bounds: int):
        found = noted(text)
        if found is None or not disjoint(found) or any(map(folded(text).__contains__, others)):
            return scan(text, *bounds)
        return closed
    return gated_scan_others


def _run_scanner(scan, disjoint, no_run, others: tuple[str, ...], closed):
    """`_scanner` for a pattern whose matches hold one of a few whole words (`Gated.runs`): a
    noted sentence with a cue is scanned only where it also holds one of those words as a
    whole run of letters (speed only: where it holds none, the pattern cannot match).  An end
    bound may cut a word short: with two bounds only the cues are tested."""
    noted = _SENTENCES.get
    if not others:
        def gated_scan_runs(text: str, *bounds: int):
            """Speed only: the cues all letters (most gates, ~900 tests an article), one set
            operation each; `bounds and` skips the length of the usual empty bounds."""
            found = noted(text)
            if found is None or (bounds and len(bounds) > 1 or not no_run(found)) and not disjoint(found):
                return scan(text, *bounds)
            return closed
        return gated_scan_runs

    def gated_scan_runs_others(text: str, *bounds: int):
        found = noted(text)
        if found is None or (len(bounds) > 1 or not no_run(found)) and (not disjoint(found) or any(
                map(folded(text).__contains__, others))):
            return scan(text, *bounds)
        return closed
    return gated_scan_runs_others


MAX_CUES = 16  # beyond this many cues (a word list), `match` is not gated
_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def _words(low: str) -> frozenset[str]:
    """The runs of ASCII letters of a lowered text: an all-letter cue is in the text exactly
    where it is inside one of them."""
    return frozenset(_LETTERS.findall(low))


def words(text: str) -> frozenset[str] | None:
    """The runs of ASCII letters of `text` lowered, computed once per text and shared by every
    test that asks (a rule's whole-word cues: 'is a number word in this sentence?'); None where
    a case-insensitive pattern could see a letter the lowered text does not show."""
    low = folded(text)
    return None if low is None else _words(low)


_OPENING_RUN = re.compile(r"[A-Za-z]+")


def lead_runs(items: Iterable[str]) -> frozenset[str] | None:
    """The first run of ASCII letters of each of `items` (a lexicon list), lowered.  Where a
    pattern reads one of the items case-insensitively as a word (after a character that is no
    ASCII letter, and up to `\\b` where the item is all one run), a text's `words` hold that
    item's run, so a text holding none of the runs cannot match: the list itself gives the cue,
    not a second list kept by hand.  None where an item does not open with an ASCII letter."""
    runs = [_OPENING_RUN.match(item) for item in items]
    return None if not all(runs) else frozenset(m.group().lower() for m in runs if m)


def may_hold(text: str, runs: frozenset[str] | None) -> bool:
    """Whether `text` may hold one of `runs` (`lead_runs`) as a whole run of its letters."""
    found = words(text)
    return runs is None or found is None or not found.isdisjoint(runs)


class WideGated(Gated):
    """A pattern behind many cues (a word list: 'memorandum|agreement|treaty|...'): only a
    noted sentence (`index`) is tested, by its cue set.  Any other text (a stretch cut from a
    sentence) is scanned at once: finding its cues a word at a time, or a substring test per
    cue, costs more than the scan (measured on the generated corpus: the tests cost several
    times the scans they saved).  Only the scanning methods are gated, as `match` tries one
    position and fails sooner than any test."""

    __slots__ = ()

    def _open(self, text: str, whole: bool = True) -> bool:
        found = _SENTENCES.get(text)
        if found is None:
            return True  # not a noted sentence: the scan costs less than finding its cues
        if whole and self.runs is not None and self.runs.isdisjoint(found):
            return False  # no whole word every match holds
        return not self.letters.isdisjoint(found) or \
            bool(self.others) and any(map(folded(text).__contains__, self.others))

    def _bind(self) -> None:
        super()._bind()
        self.match, self.fullmatch = self.pattern.match, self.pattern.fullmatch


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Whether every match begins at the start of the text (after the first-character
    lookahead): a scan of such a pattern fails at once, and no test is cheaper."""
    if pattern.flags & re.MULTILINE:
        return False
    for op, av in _parser.parse(pattern.pattern, pattern.flags).data:
        if op is sre.ASSERT:
            continue
        return op is sre.AT and av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
    return False


@cache
def gated(pattern: re.Pattern[str]) -> re.Pattern[str] | Gated:
    """`pattern` (led by its first characters where that helps: firstchars.py) behind its
    literal cues, or without cues where it has no useful ones (none, or one shorter than three
    letters: found in nearly every sentence).  Patterns shared by several modules share one
    gate."""
    pattern = with_first_chars(pattern)
    found = necessary(pattern.pattern, pattern.flags) if isinstance(pattern.pattern, str) else None
    if not found or min(map(len, found)) < 3:
        return pattern
    runs = _first_runs(pattern)
    if len(found) <= MAX_CUES:
        return Gated(pattern, tuple(sorted(found)), runs)
    return pattern if _anchored(pattern) else WideGated(pattern, tuple(sorted(found)), runs)


def _first_runs(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Whole words one of which every match of `pattern` holds (match_starts.whole_words), if any."""
    from coopkg.extract.match_starts import whole_words  # it reads this module's tables

    return whole_words(pattern)


def _gate(value):
    if isinstance(value, re.Pattern):
        return gated(value)
    if isinstance(value, tuple):
        return tuple(map(_gate, value))
    if isinstance(value, list):
        value[:] = map(_gate, value)
    elif isinstance(value, dict):
        value.update({k: _gate(v) for k, v in value.items()})
    return value


def gate_patterns(names: dict) -> None:
    """Every compiled pattern among a module's globals (also inside its lists, tuples and dicts)
    behind its literal cues."""
    for name, value in list(names.items()):
        if not name.startswith("__"):
            names[name] = _gate(value)


def gate_modules(package: str = "coopkg.extract") -> None:
    """`gate_patterns` over every loaded module of the extractor, once they are all imported
    (the pipeline calls it): the rules stay written as plain `re.compile` and a rule edited or
    added later gets a correct cue, since the cue is read off the pattern itself."""
    for name, module in list(sys.modules.items()):
        if module is not None and name.startswith(package + ".") and name != __name__:
            gate_patterns(vars(module))
