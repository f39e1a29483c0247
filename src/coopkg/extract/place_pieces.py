"""A text cut into pieces that a gazetteer scan (places.raw_mentions) reads independently: the
scan of the whole text finds exactly the mentions of its pieces' scans, shifted to where each
piece starts.  Texts recur as pieces more than whole: an article's sentences are scanned when
its countries are counted (place_chunks.py) and again, often joined or cut differently, by the
places component and by rules reading a stretch of a sentence, so each piece's mentions are kept
by its text and found once.

A piece ends at a closing mark ('.', '!', '?', ';', ':', ')', a closing quote) followed by
whitespace.  The scan reads context across such a mark only where this module checks it:
- a name runs over word gaps made of spaces and hyphens (`places._run`), and no mark is such a
  gap, except the dot of 'St.' ('St. Lucia') and of an initial ('N. Korea'): a piece does not
  end after 'St.' or a lone capital's dot;
- the patterns read after a mention (`place_uses.no_country_use`: currency, feature and language
  words, joined adjectives) consume no closing mark except as their last character, so they
  answer alike whether the piece ends after the mark or the text goes on; a mention ends before
  the mark unless a dotted adjective takes it ('U.S.'), so a piece does not end after a dot
  when one of its last three words holds a dot;
- the patterns read before a mention (a feature 'Gulf of', a verb of speech before a language)
  start at a word and consume no mark, so what precedes the mark cannot change their answer;
- the word before a mention ('Inner Mongolia', 'Latin American') is the previous piece's last
  word: a piece does not end after a word that can open such a name.
`tests/test_span_place_pieces.py` checks the pieces' mentions against the whole-text scan."""

from __future__ import annotations

import re
from operator import itemgetter

from coopkg.extract import lexicon
from coopkg.extract.memo import by_text
from coopkg.extract.placewords import tokenise

_MARK_THEN_SPACE = re.compile(r"[.!?;:)\"”](?=\s)")
_RAW_WORD = re.compile(r"[\w'’.\-]+")  # what `tokenise` cuts into one or more tokens
_WORD = itemgetter(2)  # a token's word
_LAST_WORDS = 3  # a dotted adjective spans up to three words (`places._demonym_at`)
# words that make the name after them another's: 'Inner Mongolia', 'Latin American'
_OPENING_WORDS = frozenset(lexicon.words("place_words", "part-of")) | \
    frozenset(w.split()[0] for w in lexicon.words("place_words", "wider-demonym"))


def piece_spans(text: str) -> list[tuple[int, str]]:
    """(offset, piece) for the text cut after each closing mark followed by whitespace, where
    the scan of the piece before it reads no context after the cut (module docstring); each
    piece's leading whitespace dropped."""
    out = []
    start = 0
    for m in _MARK_THEN_SPACE.finditer(text):
        piece = text[start:m.end()]
        if _may_end(piece.lstrip()):
            out.append(_stripped(start, piece))
            start = m.end()
    out.append(_stripped(start, text[start:]))
    return out


_TAIL = 40  # characters: enough for the last few words of most pieces


def _last_words(piece: str) -> list[str]:
    """`_RAW_WORD.findall(piece)[-_LAST_WORDS:]`, read off the piece's tail (speed only: a piece
    that cannot end is read again, longer, with the next mark, and a whole paragraph of such
    pieces was read word by word each time).  A run found in the tail is the piece's own but
    for the first, which the tail may cut short: where more runs than needed are found, the
    last ones are those of the whole piece."""
    if len(piece) > _TAIL:
        runs = _RAW_WORD.findall(piece, len(piece) - _TAIL)
        if len(runs) > _LAST_WORDS:
            return runs[-_LAST_WORDS:]
    return _RAW_WORD.findall(piece)[-_LAST_WORDS:]


def _stripped(start: int, piece: str) -> tuple[int, str]:
    bare = piece.lstrip()
    return start + len(piece) - len(bare), bare


@by_text
def _may_end(piece: str) -> bool:
    """Whether the scan of `piece` reads nothing after it (the module docstring's conditions)."""
    tokens = tokenise(" ".join(_last_words(piece)))  # a word's own tokens
    if not tokens:
        return True
    last = tokens[-1][2]
    if last == "St" or (len(last) == 1 and last.isupper()) or \
            "." in "".join(map(_WORD, tokens[-_LAST_WORDS:])):  # speed only: a dot in one word
        return False
    return last.lower() not in _OPENING_WORDS
