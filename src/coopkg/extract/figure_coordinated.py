"""The first of two coordinated counts that share their noun: 'over 50 Kenyan and 30 Ugandan
companies', '400 local and 250 foreign students'.  News writes the noun once, after the second
number; the first number counts the same things with its own modifiers, a figure of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import DIGITS, NUMBER_WORD, number_value

# the modifiers each number carries: names (demonyms, countries) or a few origin adjectives
_MOD = r"(?:[A-Z][\w’'-]*|local|foreign|domestic|international|private|public|state-owned)"
_FIRST = re.compile(rf"(?<![\w$€£¥₹.,%-])(?<!\b[Tt]he\s)(?<!\b[Tt]hese\s)(?<!\b[Tt]hose\s)"
                    rf"(?P<num>{DIGITS}|{NUMBER_WORD})(?:\s+(?P<scale>thousand|million))?\s+"
                    rf"(?P<mods>{_MOD}(?:\s+{_MOD})?)\s+and\s+$")
_SCALES = {"thousand": 1e3, "million": 1e6}


def coordinated(text: str, count: re.Match[str], figure: Figure) -> list[Figure]:
    """The count before 'and' that lends `figure` its noun, labelled with its own modifiers."""
    if not count.group("mods").strip():
        return []
    m = _FIRST.search(text, max(0, count.start() - 60), count.start())
    value = number_value(m.group("num")) if m else None
    if m is None or value is None or value < 2:
        return []
    value *= _SCALES.get((m.group("scale") or "").lower(), 1)
    own = figure.indicator
    theirs = count.group("mods").strip()
    label = own.replace(theirs, m.group("mods"), 1) if own.startswith(theirs) else own
    return [replace(figure, indicator=label, value=float(value))]
