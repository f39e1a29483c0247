"""A change of a flow between the countries stated without the amount it changed
('since August 2021, bilateral trade has increased by more than 50 percent'): the percentage
is a figure of its own, 'increase in <flow>', over the time the clause gives.  Its change is
itself, signed: the figure is the change, so a fall of 12% is the value 12 with the change -12.
Only flows that run between partners are read (changed_flows.tsv); a growth rate of one
economy, of prices or of production is background, not a fact of the countries' cooperation."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import countries, period

_FLOWS = lexicon.words("changed_flows")


def change_alone(ctx: Doc, view: Sent, m: re.Match[str], change: float, name: str) -> Figure | None:
    """The figure of a change at `m` that no amount in its sentence or the sentence before
    took, if its indicator `name` is a flow between partners."""
    if _FLOWS.isdisjoint(name.lower().split()):
        return None
    start, end = period(ctx, view, m.span(), flow=True)
    label = f"{'increase' if change > 0 else 'decrease'} in {name}"
    return Figure(label, abs(change), "percent", countries(ctx, view), start, end, change, view.text,
                  rule="figure.change")


def fold_changes(figures: list[Figure]) -> list[Figure]:
    """A change told apart from its amount ('our trade grew by 20 percent last year' … 'trade
    amounted to $172m in 2022') is that amount's change when both name the same flow over the
    same period: one figure with its change, as the writer would have put it in one sentence."""
    kept: list[Figure] = []
    for fig in figures:
        if fig.rule == "figure.change" and _folded(fig, figures):
            continue
        kept.append(fig)
    return kept


def _folded(change: Figure, figures: list[Figure]) -> bool:
    flows = _FLOWS & set(change.indicator.lower().split())
    for fig in figures:
        if fig.rule == "figure.change" or fig.unit == "percent" or fig.change_percent is not None:
            continue
        if fig.period_start != change.period_start or fig.period_end != change.period_end \
                or change.period_start is None or \
                _stems(flows).isdisjoint(_stems(fig.indicator.lower().split())):
            continue
        fig.change_percent = change.change_percent
        return True
    return False


def _stems(words) -> set[str]:
    """'exports' and 'exported' name one flow: words compared by their first five letters."""
    return {w[:5] for w in words if len(w) > 3}
