"""How numbers are written in news copy: digits with thousands separators (Western and South
Asian grouping) and number words ('twenty-five', 'a dozen'), and their values.  One home for
the figure rules, which all read a count or an amount the same way."""

from __future__ import annotations

import re
from decimal import Decimal

from coopkg.extract import lexicon

NUMBER_WORDS = lexicon.NUMBER_WORDS
# '1,250,000'; lakhs and crores ('5,28,47,552'); '12.5'; a stray space after a thousands comma
# ('$3, 000 million') only before a scale word, where a list ('1, 200 and 300') never stands
DIGITS = (r"\d{1,3}(?:,\s\d{3})+(?=\s+(?:thousand|million|billion|trillion)\b)|"
          r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_WORD = lexicon.alternation(list(NUMBER_WORDS))
# 'twelve', 'twenty-five', 'a dozen', 'a hundred': number words a count may be written in
NUMBER_WORD = rf"(?:a\s+)?(?:{_WORD})(?:-(?:{_WORD}))?"
# 'two hundred', 'six hundred and thirty-four': a number under a thousand spelled out in full, as
# official releases write an amount before its figures ('two hundred million yen (JPY 200,000,000)')
SPELLED = rf"{NUMBER_WORD}(?:\s+hundred(?:\s+(?:and\s+)?(?!hundred\b){NUMBER_WORD})?)?"
_HUNDREDS = re.compile(r"(?P<h>[a-z\-]+)\s+hundred(?:\s+(?:and\s+)?(?P<rest>[a-z\-]+))?")


_NUMBER_VALUE_RE = re.compile(r"^a\s+")


def number_value(raw: str) -> float | None:
    """'5,000' → 5000; 'twenty-five' → 25; 'a dozen' → 12; 'six hundred and thirty-four' → 634;
    None if it is no number."""
    raw = raw.lower().strip()
    if raw[:1].isdigit():
        return float(raw.replace(",", "").replace(" ", ""))
    hundreds = _HUNDREDS.fullmatch(raw)
    if hundreds and (lead := number_value(hundreds["h"])) is not None:
        rest = number_value(hundreds["rest"]) if hundreds["rest"] else 0.0
        return lead * 100 + rest if rest is not None else None
    parts = _NUMBER_VALUE_RE.sub("", raw).split("-")
    if not all(p in NUMBER_WORDS for p in parts):
        return None
    return float(sum(NUMBER_WORDS[p] for p in parts))


# 'a quarter of a billion', 'three quarters of a million': a part of one scale unit
PART_OF = r"(?:(?:an?|one|two|three)\s+)?(?:quarter|third|fifth|tenth)s?\s+of\s+an?"
_PARTS = re.compile(r"(?:(an?|one|two|three)\s+)?(quarter|third|fifth|tenth)s?\s+of\s+an?$")
_DENOMINATORS = {"quarter": 4, "third": 3, "fifth": 5, "tenth": 10}
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}


def part_of_one(raw: str) -> Decimal | None:
    """'three quarters of a' → 0.75: the part of one scale unit a phrase names, else None."""
    m = _PARTS.match(raw)
    return Decimal(_NUMERATORS[m.group(1) or "a"]) / _DENOMINATORS[m.group(2)] if m else None
