"""The ordinal of a country among another's diplomatic partners ('established diplomatic relations
with its 150th country', 'became the 120th country to establish ties with X'): it tells how many
countries that state has relations with, a count in unit 'countries'.  So does 'one of only 12
countries that retain (formal) diplomatic ties with X' / 'one of 13 allies': how many partners X
keeps.  An ordinal before
'country' anywhere else numbers a visit or a stop ('the fifth country on his tour') and counts
nothing, so the sentence must establish relations."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import countries, period
from coopkg.extract.sentence_gates import needs

_ORDINALS = {w: float(v) for w, v in lexicon.mapping("ordinal_words").items()}
_PARTNER = re.compile(r"\b(?:its|the)\s+(?P<n>\d{1,3}(?:st|nd|rd|th)|"
                      rf"{lexicon.alternation(list(_ORDINALS))})\s+(?:country|nation|state)\b", re.I)
_ESTABLISHED = re.compile(r"\bestablish(?:ed|es|ing)?\s+(?:full\s+)?(?:diplomatic\s+)?(?:relations|ties)\b",
                          re.I)


@needs("_ESTABLISHED")
def find_partners(ctx: Doc, view: Sent) -> list[Figure]:
    """Only sentences that establish relations are scanned (few do)."""
    text = view.text
    if "stablish" not in text or not _ESTABLISHED.search(text):
        return []
    out = []
    for m in _PARTNER.finditer(text):
        raw = m.group("n").lower()
        value = float(raw[:-2]) if raw[:1].isdigit() else _ORDINALS.get(raw)
        if not value or value < 2:
            continue
        start, stop = period(ctx, view, m.span())
        out.append(Figure("countries with diplomatic relations", value, "countries", countries(ctx, view),
                          start, stop, None, text, rule="figure.partners"))
    return out


_ONE_OF = re.compile(r"\bone\s+of\s+(?:only\s+|just\s+|the\s+)?(?P<n>\d{1,3}|"
                     rf"{lexicon.alternation(list(lexicon.NUMBER_WORDS))})\s+(?:remaining\s+)?"
                     r"(?:countries|nations|states|(?:diplomatic\s+)?allies)\b(?=[^.;]{0,60}?\b(?:diplomatic|"
                     r"relations|ties|recogni[sz]e|allies)\b|\s+left\b)", re.I)


@needs("_ONE_OF")
def find_allies(ctx: Doc, view: Sent) -> list[Figure]:
    """'one of only 12 countries that still recognise X', 'one of three allies left': how many
    diplomatic partners a state keeps (only sentences with 'one of' are scanned)."""
    text = view.text
    if "one of" not in text.lower():
        return []
    out = []
    for m in _ONE_OF.finditer(text):
        raw = m.group("n").lower()
        value = float(raw) if raw.isdigit() else lexicon.NUMBER_WORDS.get(raw)
        if not value or value < 2:
            continue
        start, stop = period(ctx, view, m.span())
        out.append(Figure("countries with diplomatic relations", float(value), "countries",
                          countries(ctx, view), start, stop, None, text, rule="figure.partners"))
    return out


# "Taiwan's 12 diplomatic allies", 'has only 12 remaining diplomatic allies': the unit as written
_ALLIES = re.compile(r"(?:[’']s|\bits|\bhas|\bhave|\bhad|\bwith)\s+(?:(?:only|just|now|remaining|still)\s+)*"
                     rf"(?P<n>\d{{1,3}}|{lexicon.alternation(list(lexicon.NUMBER_WORDS))})\s+"
                     r"(?:(?:remaining|formal|official)\s+)*(?P<unit>diplomatic\s+allies)\b", re.I)


def find_allies_count(ctx: Doc, view: Sent, taken: list[Figure]) -> list[Figure]:
    """How many diplomatic allies a state has, where the text counts them so ('Among X's 12
    diplomatic allies'); a number 'one of only N countries' already counted is not read twice."""
    text = view.text
    if "allies" not in text:
        return []
    out = []
    for m in _ALLIES.finditer(text):
        raw = m.group("n").lower()
        value = float(raw) if raw.isdigit() else lexicon.NUMBER_WORDS.get(raw)
        if not value or value < 2 or any(f.value == value and f.evidence == text for f in taken):
            continue
        start, stop = period(ctx, view, m.span())
        out.append(Figure("diplomatic allies", float(value), " ".join(m.group("unit").lower().split()),
                          countries(ctx, view), start, stop, None, text, rule="figure.partners"))
    return out
