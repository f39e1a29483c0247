"""The earlier counts of a list of coordinated counts that share their noun: 'over 50 Kenyan and
30 Ugandan companies', '400 local and 250 foreign students', 'two interstate, 15 intergovernmental
and 18 interdepartmental agreements'.  News writes the noun once, after the last number; each
earlier number counts the same things with its own modifiers, a figure of its own.  A modifier is
a name, an origin word, or a lowercase adjective (lexicon/adjective_endings.tsv): a plural noun
has no such ending, so 'five years and 30 companies' lends 'companies' to nothing."""

from __future__ import annotations

import re
from dataclasses import replace

from coopkg.extract import lexicon
from coopkg.extract.facts import Figure
from coopkg.extract.figure_numbers import DIGITS, NUMBER_WORD, number_value

# the modifiers each number carries: names (demonyms, countries) or a few origin adjectives
_ENDINGS = lexicon.alternation(lexicon.words("adjective_endings"))
_MOD = r"(?:[A-Z][\w’'-]*|local|foreign|domestic|international|private|public|state-owned|" \
       rf"(?-i:[a-z]+(?:-[a-z]+)*(?:{_ENDINGS})\b))"
_ITEM = rf"(?<![\w$€£¥₹.,%-])(?<!\b[Tt]he\s)(?<!\b[Tt]hese\s)(?<!\b[Tt]hose\s)" \
        rf"(?P<num>{DIGITS}|{NUMBER_WORD})(?:\s+(?P<scale>thousand|million))?\s+" \
        rf"(?P<mods>{_MOD}(?:\s+{_MOD})?)"
_FIRST = re.compile(rf"{_ITEM}\s+and\s+$")
# an item before the 'and' one in a longer list: 'two interstate, 15 intergovernmental and ...'
_EARLIER = re.compile(rf"{_ITEM},\s+$")
_SCALES = {"thousand": 1e3, "million": 1e6}


def coordinated(text: str, count: re.Match[str], figure: Figure) -> list[Figure]:
    """The counts before 'and' (and the commas before it) that lend `figure` its noun, each
    labelled with its own modifiers."""
    if not count.group("mods").strip():
        return []
    out: list[Figure] = []
    m = _FIRST.search(text, max(0, count.start() - 60), count.start())
    while m is not None:
        value = number_value(m.group("num"))
        if value is None or value < 2:
            break
        out.append(_labelled(figure, count, m, value))
        m = _EARLIER.search(text, max(0, m.start() - 60), m.start())
    return out


def has_coordinated(text: str, count: re.Match[str]) -> bool:
    """Whether a count lends its noun to counts before it: a list of several kinds of the same
    things ('two interstate, 15 intergovernmental and 18 interdepartmental agreements')."""
    return bool(count.group("mods").strip()) and \
        _FIRST.search(text, max(0, count.start() - 60), count.start()) is not None


def _labelled(figure: Figure, count: re.Match[str], m: re.Match[str], value: float) -> Figure:
    value *= _SCALES.get((m.group("scale") or "").lower(), 1)
    own = figure.indicator
    theirs = count.group("mods").strip()
    label = own.replace(theirs, m.group("mods"), 1) if theirs in own else own
    return replace(figure, indicator=label, value=float(value))
