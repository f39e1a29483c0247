"""The article's countries by mention count, read piece by piece instead of over the whole text.

`places.article_countries` scans the whole article (title, captions, body) as one text, and no
whole article recurs, so nothing of that scan is kept: it was the largest part of starting a
document.  The same scan over the article's pieces (mostly its sentences) finds the same names,
and pieces recur (boilerplate, and the sentences the places component scans again), so each
piece's mentions are kept by its text.

The pieces are those of place_pieces.py, whose scans give the whole text's mentions.
`tests/test_span_place_pieces.py` checks the counts against the whole-text scan."""

from __future__ import annotations

from collections import Counter

from coopkg.extract import places
from coopkg.extract.memo import by_text
from coopkg.extract.place_pieces import piece_spans
from coopkg.reference import Gazetteer, gazetteer


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
    """The text's pieces (place_pieces.py), whose mentions together are the text's."""
    return [piece for _start, piece in piece_spans(text)]


@by_text
def _piece_countries(piece: str) -> tuple[str, ...]:
    """The country of each mention in a piece that names one (`article_countries` counts the
    first)."""
    codes = []
    for _s, _e, found, _via in places.piece_mentions(piece):  # a piece already: not cut again
        countries = [p for p in found if p.kind == "country"]
        if countries:
            codes.append(countries[0].country)
    return tuple(codes)
