"""A change stated twice, as a percentage and as a sum: 'trade rose 20%, or $300 million, to
$1.8 billion', 'exports fell by 8 percent (or $40m)'.  English puts the sum right after the
percentage, joined by 'or' ('i.e.', 'equal to'), as a second form of the same change: the sum is
how much the amount grew, not a level of it.  So the percentage is the change of the level (the
other amount of the sentence, or the one the sentence before stated), and the sum stands as a
figure of its own, the increase or decrease of that indicator."""

from __future__ import annotations

import re

from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import cue_pattern

# the gap between a percentage and its sum: a comma, bracket or dash, 'or', perhaps 'by' and an
# approximation ('up 12%, or by about $30m')
_JOIN = re.compile(rf"\s*(?:,|\(|\[|—|–|\s-)?\s*{cue_pattern('or')}\s+(?:by\s+)?"
                   rf"(?:{cue_pattern('approx')}\s+)?", re.I)


def increment_at(text: str, end: int, money: list[tuple[int, Figure]]) -> int | None:
    """The position of the amount that restates as a sum the change whose percentage ends at
    `end`, if one follows it so."""
    for at, _figure in money:
        if at >= end and _JOIN.fullmatch(text, end, at):
            return at
    return None


def as_increment(figure: Figure, change: float, level: Figure | None) -> None:
    """The sum of a change is the increase (or decrease) of its indicator, without a change of
    its own, over the period of the level it changed (its sentence may state none: 'This was an
    increase of 10%, or $180m.')."""
    named = level.indicator if level is not None and figure.indicator == "value" else figure.indicator
    figure.indicator = f"{'increase' if change >= 0 else 'decrease'} in {named}"
    figure.change_percent = None
    if level is not None and level.period_start is not None:
        figure.period_start, figure.period_end = level.period_start, level.period_end
