"""A count's unit as the article writes it: 'memorandums of understanding' is counted in
memorandums and 'memoranda of understanding' in memoranda (annotators copy the plural of the
text), and an acronym's count ('12 MoUs') takes the plural the article spells out elsewhere.
The pairs of plurals are lexicon rows (written_units.tsv)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc
from coopkg.extract.facts import Figure

_SPELLINGS = {row[0]: row[1] for row in lexicon.rows("written_units")}
_WORD = {unit: re.compile(rf"\b{re.escape(unit)}\b", re.I) for pair in _SPELLINGS.items() for unit in pair}


def as_written(ctx: Doc, figures: list[Figure]) -> list[Figure]:
    """Each figure whose unit has another plural (written_units.tsv) gets the one the article
    writes, where it writes only that one; an article writing both (or neither) keeps the
    lexicon's unit."""
    if not any(f.unit in _SPELLINGS for f in figures):
        return figures
    text = ctx.article.text
    for f in figures:
        other = _SPELLINGS.get(f.unit)
        if other and _WORD[other].search(text) and not _WORD[f.unit].search(text):
            f.unit = other
    return figures
