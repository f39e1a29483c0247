"""The article's countries counted piece by piece (place_chunks.py) are those of the whole-text
scan (places.article_countries), in the same order, and the mentions kept piece by piece
(place_pieces.py) are the whole scan's: on invented texts joined in every order with the
separators articles use, and on the traps where the scan reads across a sentence's end
('St. Lucia', 'U.S. dollars', 'Inner Mongolia', 'Latin American'), which a plain cut at every
full stop gets wrong."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest

from coopkg.extract import place_chunks, places
from coopkg.reference import gazetteer

FRAGMENTS = [
    "Ships from Kenya sailed to St. Lucia and Chile.",
    "Talks with the U.S. dollars were lent by Peru.",
    "Delegates met in Inner. Mongolia region hosted them.",
    "It was Latin. American firms joined Chile.",
    "Officials from the U.S. Virgin Islands and Peru met.",
    "Held in the Gulf of. Mexico talks began;",
    'She said: "Kenyan and Chilean teams will learn Spanish." Peru agreed!',
    "Swiss francs and the Indian Ocean (Kenya) were named?",
    "Ghana",
    "the Kenyan",
    "East",
    "Inner",
    "St.",
    "U.S.",
    "- Agreement between Kenya and Chile;",
]
SEPARATORS = [" ", "\n\n", "\n", "  "]


def _same(text: str) -> None:
    gaz = gazetteer()
    assert place_chunks.article_countries(text, gaz).most_common() == \
        places.article_countries(text, gaz).most_common(), text
    # the mentions themselves, kept piece by piece (place_pieces.py), are the whole scan's
    assert places.raw_mentions(text, gaz) == places._raw_mentions(text, gaz), text


def test_pieces_count_as_the_whole_text_in_every_join():
    for a, b in itertools.permutations(FRAGMENTS, 2):
        for sep in SEPARATORS:
            _same(a + sep + b)
    for triple in itertools.combinations(FRAGMENTS, 3):
        _same(" ".join(triple))
        _same("\n\n".join(reversed(triple)))


@pytest.mark.parametrize("text", FRAGMENTS[:4])
def test_the_traps_are_real(text):
    """A plain cut at every closing mark would count these differently."""
    gaz = gazetteer()
    plain: Counter[str] = Counter()
    for piece in re.split(r"(?<=[.!?;:)\"”])\s+", text):
        plain.update(places.article_countries(piece, gaz))
    assert plain.most_common() != places.article_countries(text, gaz).most_common()
    _same(text)


def test_sentences_are_pieces_where_nothing_reads_across():
    text = "Kenya signed. Chile agreed; Peru left! Was Ghana there? St. Lucia and the U.S. Army came."
    assert place_chunks._pieces(text) == ["Kenya signed.", "Chile agreed;", "Peru left!",
                                          "Was Ghana there?",
                                          "St. Lucia and the U.S. Army came."]
