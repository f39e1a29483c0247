"""Bare numbers that a count gives its noun to: the earlier value it is compared with ('500
scholarships this year, up from 300 last year', '5,000 jobs in 2023, compared with 3,000 in
2022'), the running total it adds to ('signed four agreements, bringing the total to 50') and more of
the same things ('signed 28 agreements and another 9 are pending').
News writes the noun once; each number is a figure of its own, dated by its own part of the
clause (figure_context.period, which reads 'a year earlier' against the count before it)."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import clause, countries, cue_pattern, period
from coopkg.extract.figure_numbers import DIGITS

_APPROX = cue_pattern("approx")
_SCALE = r"(?:\s+(?P<scale>thousand|million|billion))?"
# what may follow the earlier value: the end of the phrase or its time, never a noun of its own
# ('up from 20 countries' counts countries, not the noun before)
_AFTER = r"(?=\s*(?:[,.;:)]|$|\s(?:in|during|last|this|a|an|the|at|on|over|for|earlier|before|ago|and|" \
         r"when|as|while|which|according|since|so|by|now|including|with)\b))"
_NUM = rf"(?:{_APPROX}\s+)?(?P<num>{DIGITS}){_SCALE}{_AFTER}"
_VERSUS = re.compile(rf"[^;:]{{0,60}}?[\s,(]\s*(?:(?:up|down|rising|falling|increasing|decreasing|growing|"
                     rf"climbing)\s+from|compared\s+(?:with|to)|as\s+against|against|versus|vs\.?)\s+{_NUM}",
                     re.I)
_TOTAL = re.compile(rf"[^;:]{{0,40}}?\b(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|"
                    rf"raising|raised)\s+(?:the|its|their)\s+(?:overall\s+|total\s+)?(?:total|tally|number)"
                    rf"(?:\s+of\s+(?:[\w’'-]+\s+){{0,4}}?)?\s+to\s+{_NUM}", re.I)
# 'signed 28 agreements and another 9 are pending', '..., with a further 8 under way': more of
# the same things, whose noun English leaves out; the state they are in may follow the number
# ('pending', 'under construction'), but never a noun of its own ('another 9 protocols')
_ANOTHER = re.compile(rf"[^;:]{{0,60}}?\b(?:another|a\s+further)\s+(?:{_APPROX}\s+)?(?P<num>{DIGITS}){_SCALE}"
                      r"(?:(?=\s+(?:are|were|is|was|will|would|remain|remained|pending|awaiting|under|being|"
                      rf"still|in\s+the\s+pipeline)\b)|{_AFTER})", re.I)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_STATE = re.compile(r"[^,.;:()]*")
_LABELS = {"total": "total number of {unit}", "another": "further {unit}"}


Found = tuple[tuple[int, int], float, str]  # the number's span, its value, its kind


def beside(view: Sent, span: tuple[int, int], stop: int) -> list[Found]:
    """The numbers a count at `span` lends its unit to, read up to `stop` (the next count or
    the end of its clause): ('versus' | 'total') with the span and value of each."""
    text = view.text[:min(stop, clause(view.text, span[0])[1])]
    out = []
    for pattern, kind in ((_VERSUS, "versus"), (_TOTAL, "total"), (_ANOTHER, "another")):
        m = pattern.match(text, span[1])
        if m is None or any(d.start <= m.start("num") < d.end for d in view.dates):
            continue
        value = float(m.group("num").replace(",", "")) * _SCALES.get((m.group("scale") or "").lower(), 1)
        out.append((m.span("num"), value, kind))
    return out


def beside_figures(ctx: Doc, view: Sent, count: Figure, span: tuple[int, int],
                   found: list[Found]) -> list[Figure]:
    """Each number found beside a count, in the count's unit, dated by its own part of the clause."""
    others = (span, *(at for at, _, _ in found))
    out = []
    for at, value, kind in found:
        label = _LABELS[kind].format(unit=count.unit) if kind in _LABELS else count.indicator
        if kind == "another":  # the state the further things are in: 'another 9 pending approval'
            label = " ".join([label, *_STATE.match(view.text, at[1]).group().split()[:4]])
        start, end = period(ctx, view, at, others=others)
        out.append(Figure(label, value, count.unit, countries(ctx, view), start, end, None,
                          view.text, rule="figure.count"))
    return out
