"""The words a gazetteer lookup starts from: places.py matches names and demonyms at capitalised
words, with hyphenated compounds of names split and possessives dropped.  Whole articles go
through here (the article's countries are counted before it is split into sentences), so the
words are cut out without a Python step per word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate, compress, count
from operator import itemgetter, not_

from coopkg.extract import lexicon

Token = tuple[int, int, str]  # start, end, word

_WORDS = re.compile(r"([\w'’.\-]+)")  # split on it: the words at odd indices
_POSSESSIVE = re.compile(r"['’]s?$")
# 'China-Kazakhstan'; 'Gabon-based', 'Nairobi-headquartered': the place a body is seated in
_COMPOUND = re.compile(rf"[A-Z]\w+(?:-[A-Z]\w+)+|[A-Z]\w+(?:-[A-Z]\w+)*-(?:"
                       rf"{lexicon.alternation(lexicon.words('place_words', 'seat-suffix'))})")
_WHOLE = frozenset(w.lower() for w in lexicon.words("whole_compounds"))  # 'Indo-Pacific' names no country
_WORD_OF, _FIRST_CHAR = itemgetter(2), itemgetter(slice(None, 1))


def tokenise(text: str) -> list[Token]:
    """Words, with hyphenated compounds of names split ("China-Kazakhstan" → China, Kazakhstan)
    and possessives dropped ("China's" → China): the plain words (most of them) in one pass,
    then the few with an apostrophe, a dot or a hyphen reworked in place."""
    parts = _WORDS.split(text)  # gap, word, gap, ..., word, gap: offsets are running lengths
    ends = list(accumulate(map(len, parts)))
    words = parts[1::2]
    out = list(zip(ends[:-1:2], ends[1::2], words, strict=True))
    for k in reversed(list(compress(count(), map(not_, map(str.isalnum, words))))):
        out[k:k + 1] = _reworked(*out[k])
    return out


def _reworked(start: int, _end: int, word: str) -> list[Token]:
    if ".-" in word:  # a dateline run into its text: "LIMA, Peru.-The minister ..."
        head, _, tail = word.partition(".-")
        rest = tail.lstrip("-")
        after = start + len(word) - len(rest)
        return _reworked(start, 0, head) + (_reworked(after, 0, rest) if rest else [])
    if "'" in word or "’" in word:
        word = _POSSESSIVE.sub("", word)
    word = word.rstrip(".")
    whole = "-" not in word or word.lower() in _WHOLE or not _COMPOUND.fullmatch(word)
    parts = [word] if whole else word.split("-")
    out = []
    for part in parts:
        out.append((start, start + len(part), part))
        start += len(part) + 1
    return out


def capitalised(tokens: list[Token]) -> Iterator[int]:
    """Indices of the tokens that begin with a capital letter, where a name may start."""
    return compress(count(), map(str.isupper, map(_FIRST_CHAR, map(_WORD_OF, tokens))))
