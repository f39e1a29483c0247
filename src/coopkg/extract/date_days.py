"""Days told against the paper's day: 'yesterday', 'today (Sunday)', 'on Friday', 'last Friday',
'next Friday', 'on Tuesday (21)' and the abbreviated 'on Thurs.' (dates.py reads the patterns)."""

from __future__ import annotations

from datetime import date, timedelta

from coopkg.extract import lexicon
from coopkg.extract.facts import When

WEEKDAYS = lexicon.WEEKDAYS


def day_word(groups: dict, published: date) -> When:
    """'yesterday', 'today', 'tomorrow'; 'today (Sunday)' is the weekday named, not the paper's day."""
    rel = groups["rel"].lower()
    if groups.get("wd") and rel != "tomorrow":
        back = (published.weekday() - WEEKDAYS.index(groups["wd"].lower())) % 7
        return When((published - timedelta(days=back)).isoformat())
    delta = 1 if rel.startswith(("yesterday", "last")) else -1 if rel == "tomorrow" else 0
    return When((published - timedelta(days=delta)).isoformat())


def weekday(groups: dict, published: date) -> When | None:
    """'on Friday' is the latest Friday (the paper's own day included), 'next Friday' the first
    after it, 'last Friday' the latest before the paper's day ('last Thursday' in a Thursday paper
    is a week back: a speaker who meant today would say 'today'), 'on Tuesday (21)' the Tuesday
    that is the 21st."""
    target = _weekday_number(groups)
    if target is None:
        return None
    if groups.get("dom"):
        return _weekday_of_month(target, int(groups["dom"]), published)
    if (groups.get("dir") or "").lower() == "next":
        return When((published + timedelta(days=(target - published.weekday()) % 7 or 7)).isoformat())
    back = (published.weekday() - target) % 7
    if not back and (groups.get("dir") or "").lower() == "last":
        back = 7
    return When((published - timedelta(days=back)).isoformat())


def _weekday_number(groups: dict) -> int | None:
    """Monday 0 … Sunday 6; an abbreviation ('Thurs.') only after 'on', 'last', 'this' or
    'next', since 'Sun.', 'Wed.' and 'Sat.' end sentences as other words too."""
    name = groups["wd"].lower()
    if not name.endswith("."):
        return WEEKDAYS.index(name)
    return lexicon.WEEKDAY_ABBREVIATIONS[name[:-1]] if groups.get("dir") else None


def _weekday_of_month(target: int, dom: int, published: date) -> When:
    """'begins on Tuesday (21)': agencies that write the day of the month in brackets after the
    weekday mean the day with both within a week of the paper, before or after it (a weekday
    alone is read backwards, which a coming day would get wrong); where no such day fits, the
    weekday alone decides."""
    for delta in sorted(range(-7, 8), key=abs):
        day = published + timedelta(days=delta)
        if day.weekday() == target and day.day == dom:
            return When(day.isoformat())
    return When((published - timedelta(days=(published.weekday() - target) % 7)).isoformat())
