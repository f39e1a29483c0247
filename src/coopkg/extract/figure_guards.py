"""Numbers that look like figures and are not: a price or a per-head measure ('$80 a barrel',
a share's closing price: 'X shares closed at $4.24'),
a currency code glued to a number with no scale (a name: 'COP28', a conference of the parties,
not 28 Colombian pesos), the near end of a range of counts ('between 200 and 300 students'), a
country's own production goal ('as X targets 500 megawatts of solar power': no partner's
flow), and the old value a change starts from ('decreased to 30 per cent from 35 per cent')."""

from __future__ import annotations

import re

from coopkg.extract.figure_context import cue_pattern
from coopkg.extract.figure_numbers import DIGITS, NUMBER_WORD

_PER_UNIT = re.compile(rf"\s*(?:per|a|an|/)\s*{cue_pattern('per_unit')}", re.I)
_PER_HEAD = re.compile(r"\bper[\s-]+(?:capita|person|head)\b[^.;,\d]{0,30}$", re.I)


# 'X shares last closed at $4.24', "the firm's stock rose 3% to $12": a market price told with
# the verb of a trading session (figure_cues.tsv 'stock' nouns, 'quote' verbs) right before it
_QUOTED = re.compile(rf"{cue_pattern('stock')}[^.;:]{{0,40}}?{cue_pattern('quote')}[^.;:]{{0,25}}?"
                     r"\b(?:at|to)\s+(?:about\s+|around\s+)?$", re.I)


def priced(text: str, m: re.Match[str]) -> bool:
    """A price or a per-head measure ('$80 a barrel', 'GDP per capita of $7,000'), or a share's
    market price at a session's close, is no sum the countries moved."""
    return _PER_UNIT.match(text, m.end()) is not None or \
        _PER_HEAD.search(text, max(0, m.start() - 50), m.start()) is not None or \
        _QUOTED.search(text, max(0, m.start() - 90), m.start()) is not None


def glued_name(text: str, m: re.Match[str]) -> bool:
    """A currency code or abbreviation in letters written onto a number without a scale word
    ('COP28', 'SAR2030') names something; an amount glued to its code has a scale ('USD1.5bn')."""
    cur = m.group("cur1")
    return bool(cur) and cur[-1:].isalpha() and text[m.end("cur1"):m.end("cur1") + 1].isdigit() \
        and not m.group("scale") and "," not in m.group("num")


_RANGE_LOW = re.compile(rf"\bbetween\s+(?:{DIGITS}|{NUMBER_WORD})\s+and\s+$", re.I)


def range_end(text: str, start: int) -> bool:
    """The far end of 'between 200 and 300 students' is no count: the range gives no value."""
    return _RANGE_LOW.search(text, max(0, start - 40), start) is not None


# 'as Kenya targets 500 megawatts', 'as it strives to produce five million tons': a goal verb
# (figure_cues.tsv 'aim') before the quantity in its clause
_AIMED = re.compile(rf"{cue_pattern('aim')}(?:\s+to\s+(?:produce|generate|reach|achieve|harvest|grow))?"
                    r"\s+(?:the\s+production\s+of\s+|(?:[\w-]+\s+){0,2}?)?$", re.I)


def own_goal(text: str, start: int) -> bool:
    """A quantity a country aims at ('targets 500 megawatts') is its own plan, no flow between
    partners; a route's planned capacity ('set to reach a capacity of ...') is read as usual."""
    return _AIMED.search(text, max(0, start - 60), start) is not None


_FROM = re.compile(rf"\bto\s+(?:{DIGITS})\s?(?:%|percent|per\s+cent)\s+from\s+(?:about\s+)?$", re.I)


def old_value(text: str, start: int) -> bool:
    """'decreased to 30 per cent from 35 per cent': the old share is where the change began,
    not a figure of its own."""
    return _FROM.search(text, max(0, start - 40), start) is not None


_PROGRESS = re.compile(rf"\s+(?:now\s+)?{cue_pattern('progress')}", re.I)


def progress(text: str, end: int) -> bool:
    """'the demarcation is 80 percent complete', '90% completed': how far a work has gone is no
    share of a flow, and no fact of the countries' exchanges."""
    return _PROGRESS.match(text, end) is not None


_EQUALS_AFTER = re.compile(r"\s*=")
_EQUALS_BEFORE = re.compile(r"=\s*(?:about\s+|approx\.?\s+)?$", re.I)


def rate_note(text: str, m: re.Match[str]) -> bool:
    """An exchange-rate note ('($1 = 130 shillings)', '1 dollar = 150 yen') states what a unit of
    one currency buys in another: either side of the '=' is a price, no sum the countries moved."""
    return _EQUALS_AFTER.match(text, m.end()) is not None or \
        _EQUALS_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
