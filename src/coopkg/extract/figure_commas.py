"""Decimal commas with three decimals.  Copy translated from languages that write a decimal comma
(Russian, Azerbaijani, Turkish, most of Europe) keeps it: '$612,87 million', 'up 16,6%'.  With
three digits after the comma ('$525,737 million') the number looks like an English thousands
group, and read so it is a thousand times too large.  The text itself tells which convention it
follows: where it writes a decimal comma that cannot be a thousands group (one or two digits after
it, before a percent sign or a scale word), a single three-digit group before a scale word is a
decimal part too.  English copy never writes 'N,NN million', so it keeps its reading."""

from __future__ import annotations

import re

from coopkg.extract import lexicon

_LARGE = lexicon.alternation(["million", "billion", "trillion", "mln", "bln", "bn", "mn", "tn"])
# '16,6%', '612,87 million', '1,5 billion': a comma that can only be decimal
_DECIMAL = re.compile(rf"(?<![\d,.])\d{{1,3}},\d{{1,2}}(?![\d,])\s?-?(?:%|percent\b|per\s+cent\b|"
                      rf"(?:{_LARGE})\b)", re.I)
_ONE_GROUP = re.compile(r"\d{1,3},\d{3}")


def writes_decimal_commas(text: str) -> bool:
    """Whether the text writes a comma that can only be decimal."""
    return "," in text and _DECIMAL.search(text) is not None


def thousandfold(text: str, amount: re.Match[str]) -> bool:
    """Whether the number of an amount ('525,737', before 'million') is a decimal number read a
    thousand times too large: one three-digit group before a scale word, in a text that writes
    decimal commas."""
    return bool(amount.group("scale")) and _ONE_GROUP.fullmatch(amount.group("num")) is not None and \
        writes_decimal_commas(text)
