"""A timeline of dated facts, one lane per kind (agreement, event, statement, or an entity's
relations), drawn at the precision each date has: a day as a dot, a month or a year as a bar
over the whole month or year, so a fact known only to the year is not pinned to 1 January.
A date inherited (from the visit or the article) rather than stated is drawn hollow."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from coopkg.plots.svg import PALETTE, Canvas, shorten, text_width

Row = Mapping[str, object]
LANE_ORDER = ("agreement", "event", "statement", "agreement party", "event participant",
              "event location", "figure")
WIDTH, LEFT, RIGHT, TOP = 980, 150, 30, 58
LINE, LABEL_SIZE, MAX_LABEL = 15, 10, 44


@dataclass
class Mark:
    start: float  # fractional years
    end: float
    precision: str
    inherited: bool
    lane: str
    label: str
    tooltip: str
    href: str | None
    level: int = 0


def span(text: str) -> tuple[float, float, str] | None:
    """'2021' -> the year 2021, '2021-09' -> September, '2021-09-20' -> that day, each as
    fractional years with its precision; None for anything else."""
    parts = str(text).split("-")
    try:
        numbers = [int(p) for p in parts]
        first = date(numbers[0], numbers[1] if len(numbers) > 1 else 1,
                     numbers[2] if len(numbers) > 2 else 1)
    except (ValueError, IndexError):
        return None
    if len(numbers) == 1:
        return numbers[0], numbers[0] + 1.0, "year"
    if len(numbers) == 2:
        later = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return _year_of(first), _year_of(later) if later.year == first.year else first.year + 1.0, "month"
    if len(numbers) == 3:
        return _year_of(first), _year_of(first) + 1 / 365, "day"
    return None


def _year_of(day: date) -> float:
    return day.year + (day.timetuple().tm_yday - 1) / (366 if _leap(day.year) else 365)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def within(day: str, start: str | None, end: str | None) -> bool:
    """The same test the stored queries make: a date is compared at its own precision, so
    '2021' falls within 2021-03-01..2021-12-31."""
    text = str(day)
    if start and text < str(start)[: len(text)]:
        return False
    return not (end and text[: len(str(end))] > str(end))


def timeline_svg(rows: Iterable[Row], title: str = "Timeline", lane: str = "kind",
                 label: str = "what", start: str | None = None, end: str | None = None,
                 link: Callable[[Row], str | None] | None = None) -> str:
    """SVG text of `rows` (records of the `timeline` or `entity` stored query, or any rows with
    `date`, a lane column and a label column; `title`, `url`, `evidence`, `date_source` are
    shown when present).  `start`/`end` (YYYY[-MM[-DD]]) keep the rows within them; `link`
    gives a mark's link (default: the source article's URL)."""
    rows = list(rows)
    marks, undated = _marks(rows, lane, label, start, end, link or (lambda r: _text(r.get("url"))))
    lanes = sorted({m.lane for m in marks}, key=_lane_key)
    low, high = _axis(marks)
    scale = (WIDTH - LEFT - RIGHT) / (high - low)
    heights = {name: _stack([m for m in marks if m.lane == name], low, scale) for name in lanes}
    height = TOP + sum(max(1, h) * LINE + 22 for h in heights.values()) + 70
    canvas = Canvas(WIDTH, height, title)
    canvas.text(canvas.root, 12, 24, title, 16, font_weight="bold")
    canvas.text(canvas.root, 12, 42, _legend(len(marks), undated), 11, fill="#555")
    if not marks:
        canvas.text(canvas.root, LEFT, TOP + 30, "no dated facts", 13, fill="#555")
        return canvas.render()
    y = TOP
    axis = canvas.add(canvas.root, "g", stroke="#ddd")
    for year in range(int(low), int(high) + 1, _step(high - low)):
        x = LEFT + (year - low) * scale
        canvas.add(axis, "line", x1=x, y1=TOP - 6, x2=x, y2=height - 50)
        canvas.text(canvas.root, x, height - 36, str(year), 11, text_anchor="middle", fill="#333")
    for index, name in enumerate(lanes):
        lane_height = max(1, heights[name]) * LINE + 22
        colour = PALETTE[index % len(PALETTE)]
        canvas.add(canvas.root, "line", x1=LEFT, y1=y + lane_height, x2=WIDTH - RIGHT,
                   y2=y + lane_height, stroke="#eee")
        canvas.text(canvas.root, 12, y + 18, name, 12, font_weight="bold", fill=colour)
        for mark in (m for m in marks if m.lane == name):
            _draw(canvas, mark, LEFT + (mark.start - low) * scale,
                  max(3.0, (mark.end - mark.start) * scale), y + 14 + mark.level * LINE, colour)
        y += lane_height
    canvas.text(canvas.root, 12, height - 12, "● day   ▬ month or year (the whole period)   "
                "○ hollow: date inherited from the visit or the article", 10, fill="#555")
    return canvas.render()


def _marks(rows: list[Row], lane: str, label: str, start: str | None, end: str | None,
           link: Callable[[Row], str | None]) -> tuple[list[Mark], int]:
    marks, undated = [], 0
    for row in rows:
        when = _text(row.get("date"))
        found = span(when) if when else None
        if found is None:
            undated += 1
            continue
        if not within(when, start, end):
            continue
        first, last, precision = found
        what = _text(row.get(label)) or "(unnamed)"
        marks.append(Mark(first, last, precision, row.get("date_source") == "inherited",
                          _text(row.get(lane)) or "other", shorten(what, MAX_LABEL),
                          _tooltip(row, when, precision, what), link(row)))
    return sorted(marks, key=lambda m: (m.start, m.label)), undated


def _tooltip(row: Row, when: str, precision: str, what: str) -> str:
    lines = [f"{when} ({precision}, {_text(row.get('date_source')) or 'stated'}): {what}"]
    source = ", ".join(x for x in (_text(row.get("publisher")), _text(row.get("published"))) if x)
    if row.get("title"):
        lines.append(f"source: {_text(row.get('title'))}" + (f" ({source})" if source else ""))
    if row.get("url"):
        lines.append(_text(row.get("url")))
    if row.get("evidence"):
        lines.append(f"“{_text(row.get('evidence'))}”")
    return "\n".join(lines)


def _stack(marks: list[Mark], low: float, scale: float) -> int:
    """Put each mark on the first line of its lane where its label does not run into the one
    before (greedy interval packing, marks in date order); returns the lines used."""
    ends: list[float] = []
    for mark in marks:
        x, right = _extent(mark, low, scale)
        level = next((i for i, taken in enumerate(ends) if taken <= x), len(ends))
        if level == len(ends):
            ends.append(right)
        ends[level] = right
        mark.level = level
    return len(ends)


def _extent(mark: Mark, low: float, scale: float) -> tuple[float, float]:
    """The left and right ends of a mark with its label, which goes before the mark when it
    would run off the right edge."""
    x = LEFT + (mark.start - low) * scale
    width = max((mark.end - mark.start) * scale, 8)
    label = text_width(mark.label, LABEL_SIZE) + 8
    if x + width + label > WIDTH:
        return x - label, x + width + 4
    return x, x + width + label


def _axis(marks: list[Mark]) -> tuple[float, float]:
    if not marks:
        return 2000.0, 2001.0
    low = float(int(min(m.start for m in marks)))
    high = float(int(max(m.end for m in marks) + 0.999))
    return low, max(high, low + 1)


def _step(years: float) -> int:
    return 1 if years <= 14 else 2 if years <= 28 else 5


def _draw(canvas: Canvas, mark: Mark, x: float, width: float, y: float, colour: str) -> None:
    group = canvas.link(canvas.root, mark.href)
    canvas.tooltip(group, mark.tooltip)
    fill = "white" if mark.inherited else colour
    if mark.precision == "day":
        canvas.add(group, "circle", cx=x, cy=y, r=4.5, fill=fill, stroke=colour, stroke_width=1.5)
        after = x + 8
    else:
        canvas.add(group, "rect", x=x, y=y - 4, width=width, height=8, rx=2, fill=fill,
                   fill_opacity=0.45 if mark.precision == "year" else 0.8, stroke=colour)
        after = x + width + 4
    if after + text_width(mark.label, LABEL_SIZE) > WIDTH:
        canvas.text(group, x - 6, y + 3.5, mark.label, LABEL_SIZE, fill="#222", text_anchor="end")
        return
    canvas.text(group, after, y + 3.5, mark.label, LABEL_SIZE, fill="#222")


def _legend(shown: int, undated: int) -> str:
    text = f"{shown} dated fact{'s' if shown != 1 else ''}"
    return text + (f"; {undated} undated not shown" if undated else "") + " — hover for the source sentence"


def _lane_key(name: str) -> tuple[int, str]:
    return (LANE_ORDER.index(name) if name in LANE_ORDER else len(LANE_ORDER), name)


def _text(value: object) -> str:
    return "" if value is None else str(value)
