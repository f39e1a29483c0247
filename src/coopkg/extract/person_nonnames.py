"""Capitalised runs that a speech verb or a cue would make a person but that English news uses
for other things: 'El X reported' (a newspaper: another language's article opens the run),
'French-speaking West Africa' (a participle compound opens it) and "showed Vega Lima's sights"
(a place's possessive right after a one-word name).  Only runs with no title or
honorific are asked: a title makes the run a person whatever its words."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.reference import Gazetteer

_ARTICLES = lexicon.words("article_words")
_PARTICIPLE_COMPOUND = re.compile(r"^[A-Z][\w’']*-[a-z]+(?:ing|ed|en|led|run|born)$")


def not_a_name(name: str) -> bool:
    """'El Comercio', 'La Prensa' (two words, the first another language's article) or a run
    opened by a participle compound ('French-speaking', 'Kenya-based')."""
    words = name.split()
    if len(words) == 2 and words[0].lower() in _ARTICLES:
        return True
    return bool(_PARTICIPLE_COMPOUND.match(words[0])) if words else False


_POSSESSIVE = re.compile(r"['’]s?\s")


def possessed_place(name: str, sentence: str, end: int, gaz: Gazetteer) -> bool:
    """"Ana presented to Vega Lima's potential": a run whose last word is a place the gazetteer
    knows, followed by a possessive, ends in the place that owns what follows; the possessive
    is no cue that the run is a person (a surname alone goes before it)."""
    return bool(_POSSESSIVE.match(sentence, end)) and bool(gaz.lookup(name.split()[-1])) \
        and not gaz.lookup(name)
