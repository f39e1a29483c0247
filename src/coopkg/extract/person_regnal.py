"""Sovereigns named by a regnal title and one regnal name ('Pope Francis', 'King Abdullah II',
'Sultan Qaboos'): a name of one word the general name rules, which want two, leave out."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.name_patterns import LOW, NOT_NAME_WORDS, PARTICLES, UP
from coopkg.reference import Gazetteer

_UP, _LOW, _PARTICLES = UP, LOW, PARTICLES


_SOVEREIGNS = "|".join(w.capitalize() for w in sorted(lexicon.words("regnal_titles")))
_REGNAL = re.compile(rf"\b(?P<title>(?:(?:Crown|Grand)\s+)?(?:{_SOVEREIGNS}))"
                     rf"\s+(?P<name>[{_UP}][{_LOW}]+(?:\s[{_UP}][{_LOW}]+(?=\s[IVXL]+\b))?"
                     r"(?:\s[IVXL]{1,5}\b)?)"
                     rf"(?![\w\-]|\s+[A-Z]|\s+(?:{'|'.join(sorted(_PARTICLES))})\b|\s+\w+-[A-Z])")


def regnal_names(sentence: str, gaz: Gazetteer, taken: list[tuple[int, int]]
                 ) -> list[tuple[int, int, str, str]]:
    """'Pope Francis', 'Pope John Paul II', 'King Abdullah II': a sovereign is named by one
    regnal name (and a numeral); no capitalised word may follow, which would make it a
    longer name or a body named after the sovereign ('King Fahd University'), nor a hyphen ('Sultan
    Al-Marshad', a given name and a family name). Returns (start, end, name, title)."""
    out = []
    for m in _REGNAL.finditer(sentence):
        start, end, name = m.start("name"), m.end("name"), m.group("name")
        if any(s < end and start < e for s, e in taken) or name.lower() in NOT_NAME_WORDS or \
                gaz.lookup(name) or gaz.country_of_demonym(name):
            continue
        out.append((start, end, name, m.group("title")))
    return out
