"""The article's countries by mention count, read piece by piece instead of over the whole text.

`places.article_countries` scans the whole article (title, captions, body) as one text, and no
whole article recurs, so nothing of that scan is kept: it was the largest part of starting a
document.  The same scan over the article's pieces (mostly its sentences) finds the same names,
and pieces recur (boilerplate, and the sentences the places component scans again), so each
piece's mentions are kept by its text.

A piece ends at a closing mark ('.', '!', '?', ';', ':', ')', a closing quote) followed by
whitespace.  The scan reads context across such a mark only where this module checks it:
- a name runs over word gaps made of spaces and hyphens (`places._run`), and no mark is such a
  gap, except the dot of 'St.' ('St. Lucia'): a piece does not end after 'St.';
- the patterns read after a mention (`places._no_country_use`: currency, feature and language
  words, joined adjectives) consume no closing mark except as their last character, so they
  answer alike whether the piece ends after the mark or the text goes on; a mention ends before
  the mark unless a dotted adjective takes it ('U.S.'), so a piece does not end after a dot
  when one of its last three words holds a dot;
- the patterns read before a mention (a feature 'Gulf of', a verb of speech before a language)
  start at a word and consume no mark, so what precedes the mark cannot change their answer;
- the word before a mention ('Inner Mongolia', 'Latin American') is the previous piece's last
  word: a piece does not end after a word that can open such a name.
`tests/test_span_shortcuts.py` checks the counts against the whole-text scan."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from coopkg.extract import places
from coopkg.extract.memo import by_text
from coopkg.extract.placewords import tokenise
from coopkg.reference import Gazetteer, gazetteer

_MARK_THEN_SPACE = re.compile(r"[.!?;:)\"”](?=\s)")
_RAW_WORD = re.compile(r"[\w'’.\-]+")  # what `tokenise` cuts into one or more tokens
_LAST_WORDS = 3  # a dotted adjective spans up to three words (`places._demonym_at`)


def article_countries(text: str, gaz: Gazetteer) -> Counter[str]:
    """`places.article_countries`, from the mentions of the text's pieces."""
    if gaz is not gazetteer():
        return places.article_countries(text, gaz)
    counts: Counter[str] = Counter()
    for piece in _pieces(text):
        for code in _piece_countries(piece):
            counts[code] += 1
    return counts


def _pieces(text: str) -> list[str]:
    """The text cut after each closing mark followed by whitespace, where the scan of the piece
    before it reads no context after the cut (module docstring); leading whitespace dropped."""
    out = []
    start = 0
    for m in _MARK_THEN_SPACE.finditer(text):
        piece = text[start:m.end()].lstrip()
        if _may_end(piece):
            out.append(piece)
            start = m.end()
    out.append(text[start:].lstrip())
    return out


@by_text
def _piece_countries(piece: str) -> tuple[str, ...]:
    """The country of each mention in a piece that names one (`article_countries` counts the
    first)."""
    codes = []
    for _s, _e, found, _via in places.raw_mentions(piece, gazetteer()):
        countries = [p for p in found if p.kind == "country"]
        if countries:
            codes.append(countries[0].country)
    return tuple(codes)


@by_text
def _may_end(piece: str) -> bool:
    """Whether the scan of `piece` reads nothing after it (the module docstring's conditions)."""
    tokens = tokenise(" ".join(_RAW_WORD.findall(piece)[-_LAST_WORDS:]))  # a word's own tokens
    if not tokens:
        return True
    last = tokens[-1][2]
    if last == "St" or any("." in word for _s, _e, word in tokens[-_LAST_WORDS:]):
        return False
    return last.lower() not in _opening_words()


@lru_cache(maxsize=1)
def _opening_words() -> frozenset[str]:
    """Words that make the name after them another's: 'Inner Mongolia', 'Latin American'."""
    return frozenset(places._PART_OF) | frozenset(w.split()[0] for w in places._WIDER_DEMONYMS)
