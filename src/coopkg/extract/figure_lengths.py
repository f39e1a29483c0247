"""Lengths of works cooperation builds or repairs, told as an amount of the works: 'the upgrade
of 80 kilometres of roads', 'will lay 120 km of track', 'an expressway some 200km in length'.
News gives the size of a road, railway or pipeline project by how many kilometres of it are
built; with a works noun (lexicon/length_works.tsv) after 'of', or before 'in length', the
length is a figure of the project, in unit 'km' (or 'miles', as written); the s28 held-out golds
annotate both forms.  A length used as an adjective of the works ('a 1,200-km railway', 'the
road is 300 km long') describes the thing rather than counting what is built, and the earlier
checklists (test_figures_checklist3 'distance') keep it out.  A length that measures how far
apart places are ('50 km from the capital') sizes no works, nor one without a works noun."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import countries
from coopkg.extract.figure_numbers import DIGITS, number_value

_WORKS = lexicon.alternation(lexicon.words("length_works"))
_UNIT = r"(?P<unit>km|kms|kilomet(?:re|er)s?|miles?)"
_LENGTH = re.compile(rf"(?<![\w$€£¥₹.,%-])(?P<num>{DIGITS})\s?{_UNIT}(?![\w-])", re.I)
# the works after the length: 'of (new) roads', 'of the gas pipeline'; a few modifiers between
# (no preposition among them: '300 km along the highway' is a distance travelled on it)
_PREP = r"(?:along|on|to|from|in|at|through|by|via|into|across|over|for|per|a|an)\b"
_AFTER = re.compile(rf"\s+of(?:\s+(?:the\s+)?(?!{_PREP})[\w-]+){{0,2}}?\s+(?P<works>{_WORKS})\b", re.I)
# the works before it: 'an expressway some 200km in length'
_BEFORE = re.compile(rf"\b(?P<works>{_WORKS})\b(?:\s+[\w,-]+){{0,4}}?\s+(?:(?:some|about|around|nearly|"
                     rf"over|almost|roughly)\s+)?$", re.I)
_LONG = re.compile(r"\s+in\s+length\b", re.I)
_APART = re.compile(r"\s+(?:away|from|north|south|east|west|off|outside|inland|per\s+hour|an\s+hour)\b",
                    re.I)
_GATE = re.compile(r"\d\s?-?\s?(?:km|kilomet|mile)", re.I)


def find_lengths(ctx: Doc, view: Sent) -> list[Figure]:
    """One length figure per length in km or miles that a works noun beside it gives a project."""
    text = view.text
    if _GATE.search(text) is None:
        return []
    out = []
    for m in _LENGTH.finditer(text):
        works = _works(text, m)
        value = number_value(m.group("num"))
        if works is None or not value or _APART.match(text, m.end()):
            continue
        unit = "miles" if m.group("unit").lower().startswith("mile") else "km"
        out.append(Figure(f"length of the {works}", value, unit, countries(ctx, view), None, None, None,
                          text, rule="figure.length"))
    return out


def _works(text: str, m: re.Match[str]) -> str | None:
    """The works noun the length measures: after its 'of', or before it when 'in length'
    follows the length."""
    after = _AFTER.match(text, m.end())
    if after is not None:
        return after.group("works").lower()
    if _LONG.match(text, m.end()):
        before = _BEFORE.search(text, max(0, m.start() - 60), m.start())
        return before.group("works").lower() if before else None
    return None
