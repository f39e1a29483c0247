"""'X-fold' growth: 'a three-fold increase', 'trade doubled', 'grew ten times' — the change of
the amount it names in its sentence, or a figure of its own in 'fold' or 'times' units, as the
text writes it.  Kept apart from
figures.py, which owns amounts and percentages; both find an amount's change with `nearest`."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import countries, cue_pattern, cues, indicator, period
from coopkg.extract.figure_numbers import DIGITS, NUMBER_WORD, number_value

_UP, _APPROX = cue_pattern("up"), cue_pattern("approx")
FOLD_VERBS = {r[0]: float(r[2]) for r in lexicon.rows("figure_cues") if r[1] == "fold"}
# 'a three-fold increase', 'trade doubled', 'grew ten times' (a growth verb before 'N times':
# 'met three times' counts occasions)
_FOLD = re.compile(rf"(?<![\w.])(?:(?P<n>{DIGITS}|{NUMBER_WORD})[-\s]?fold\b|"
                   rf"(?P<verb>{lexicon.alternation(cues('fold'))})\b|"
                   rf"{_UP}\s+(?:by\s+)?(?:{_APPROX}\s+)?(?P<t>{DIGITS}|{NUMBER_WORD})\s+times\b"
                   r"(?!\s+(?:a|an|per|each|every|as)\b)|"
                   rf"(?P<than>{DIGITS}|{NUMBER_WORD})\s+times\s+(?:more|higher|larger|greater|bigger)\s+than\b)",
                   re.I)


def nearest(money: list[tuple[int, Figure]], pos: int) -> Figure | None:
    """The amount a change at `pos` belongs to: the last one before it, else the first after."""
    free = [(at, f) for at, f in money if f.change_percent is None]
    before = [f for at, f in free if at < pos]
    after = [f for at, f in free if at >= pos]
    return before[-1] if before else (after[0] if after else None)


def find_folds(ctx: Doc, view: Sent, money: list[tuple[int, Figure]]) -> list[Figure]:
    """'a three-fold increase', 'trade doubled': the change of the amount it names, or a figure
    of its own in 'fold' units."""
    out = []
    for m in _FOLD.finditer(view.text):
        times = m.group("n") or m.group("t") or m.group("than")
        n = number_value(times) if times else FOLD_VERBS[m.group("verb").lower()]
        if not n or n < 1:
            continue
        target = nearest(money, m.start())
        if target is not None:
            target.change_percent = round((n - 1) * 100, 6)
            continue
        name, kind = indicator(view.text, m.start())
        start, end = period(ctx, view, m.span(), flow=kind == "flow")
        unit = "times" if m.group("t") or m.group("than") else "fold"  # the count noun as written
        out.append(Figure(f"{name} growth", n, unit, countries(ctx, view), start, end,
                          round((n - 1) * 100, 6), view.text, rule="figure.fold"))
    return out
