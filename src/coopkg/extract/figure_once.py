"""One figure per amount an article states, however often and in whatever currency it is told.
An article restates its headline amount ('Finland extended EUR 60 million ... the two sides
signed a EUR 60 million agreement'), and may state it once with a conversion after it ('a loan
of USD 50 million' in the lead, '7 billion yen (equivalent to USD 50 million)' further down):
an amount whose own or converted form is one already told is that figure again, kept where
first stated, with the change a later telling adds ('trade reached $5bn.' ... 'trade reached
$5bn, up 12%'); a change told alone and again as the change of an amount is the amount's."""

from __future__ import annotations

from coopkg.extract import lexicon
from coopkg.extract.facts import Figure

# an amount with the value and unit of its bracketed or 'or'-joined second form
Conversion = tuple[Figure, float, str]
_NOT_AMOUNTS = ("percent", "rank", "fold", "times")
_FLOWS = lexicon.words("changed_flows")


def once(figures: list[Figure], converted: list[Conversion], restated: list[Figure] = ()) -> list[Figure]:
    """The same value in the same unit (or in the unit of a conversion of either) for the same
    countries is one figure, told where first stated, unless the two are dated differently (the
    same amount in two years) and the later is not `restated` ('The $4m is part of the 2017
    budget': a definite amount refers to one told before).  Percentages and ranks repeat by
    coincidence and are kept."""
    forms = {id(f): (value, unit) for f, value, unit in converted}
    again = {id(f) for f in restated}
    kept: list[Figure] = []
    for figure in figures:
        same = next((k for k in kept if (figure.unit not in _NOT_AMOUNTS or _one_change(k, figure))
                     and _one_amount(k, figure, forms) and set(k.countries) == set(figure.countries)
                     and (_same_period(k, figure) or id(figure) in again)), None)
        if same is None:
            kept.append(figure)
            continue
        if same.change_percent is None:  # a restatement may add the change ('..., up 12%')
            same.change_percent = figure.change_percent
        if id(figure) not in again and (same.period_start is None or (
                same.period_start.inherited and figure.period_start is not None
                and not figure.period_start.inherited)):
            same.period_start, same.period_end = figure.period_start, figure.period_end
    return [f for f in kept if not _told_with_amount(f, kept)]


def _told_with_amount(change: Figure, figures: list[Figure]) -> bool:
    """A change stated alone ('trade has grown by 65 percent over four years') that the
    article also states as the change of an amount of the same flow between the same countries
    ('from $120m in 2012 to $198m in 2016, a 65 percent rise'): news gives the growth in the
    lead and the amounts further down, and it is one change, the amount's (its change_percent)."""
    if change.rule != "figure.change" or change.change_percent is None:
        return False
    flows = _FLOWS & set(change.indicator.lower().split())
    return any(f.unit not in _NOT_AMOUNTS and f.change_percent == change.change_percent
               and set(f.countries) == set(change.countries)
               and not flows.isdisjoint(f.indicator.lower().split()) for f in figures)


def _one_change(a: Figure, b: Figure) -> bool:
    """Two changes of one flow by the same percentage ('trade grew 18% in 2024' and a quote 'we
    have a trade growth amounting to 18 percent'): the change told again, not a coincidence."""
    return a.rule == b.rule == "figure.change"


def _one_amount(a: Figure, b: Figure, forms: dict[int, tuple[float, str]]) -> bool:
    """Whether two amounts share a form: each as written, and each in its conversion."""
    written = {(a.value, a.unit)}, {(b.value, b.unit)}
    if id(a) in forms:
        written[0].add(forms[id(a)])
    if id(b) in forms:
        written[1].add(forms[id(b)])
    return not written[0].isdisjoint(written[1])


def _same_period(a: Figure, b: Figure) -> bool:
    """Two periods that may be one: equal, either unstated or only inherited (from the episode or
    the paper's date), or each a single day: a day dates the telling ('the minister on Wednesday
    confirmed a $150m investment', 'the president said on Monday that X will invest $150m'), not
    a span the amount covers, so the same amount of the same thing told on two days is one amount
    (a $5m loan signed on one day and a $5m grant on another stay two)."""
    if any(p is None or p.inherited for p in (a.period_start, b.period_start)):
        return True
    if _one_day(a) and _one_day(b):
        return not set(a.indicator.lower().split()).isdisjoint(b.indicator.lower().split())
    return a.period_start.value == b.period_start.value and \
        (a.period_end.value if a.period_end else None) == (b.period_end.value if b.period_end else None)


def _one_day(figure: Figure) -> bool:
    start, end = figure.period_start, figure.period_end
    return start is not None and len(start.value) == 10 and (end is None or end.value == start.value)
