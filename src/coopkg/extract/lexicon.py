"""Rules as data: the word lists, cues and stop-lists the components read, one entry per row in
the TSV files under `lexicon/`, each file's first line saying what its rows mean.  Nothing here
knows any article; a row belongs to the language, or it does not belong."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of `lexicon/<name>.tsv`, without the header comment and blank lines."""
    text = resources.files("coopkg.extract").joinpath("lexicon", f"{name}.tsv").read_text("utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


@cache
def words(name: str, kind: str | None = None) -> frozenset[str]:
    """First column of a list, optionally only the rows whose second column is `kind`."""
    return frozenset(r[0] for r in rows(name) if kind is None or (len(r) > 1 and r[1] == kind))


@cache
def mapping(name: str) -> dict[str, str]:
    return {r[0]: r[1] for r in rows(name)}


def alternation(items: frozenset[str] | list[str]) -> str:
    """A regex alternation of literal words, longest first so 'us dollars' beats 'us'.  Words are
    grouped by first letter ('s(?:ays|aid)|a(?:dded|dds)'): the engine tries one branch per letter
    instead of one per word at every position, and since words with different first letters
    (in any case) never match at the same position, no match changes."""
    words = sorted(items, key=len, reverse=True)
    if not all(w and w.isascii() for w in words):
        return "|".join(map(_literal, words))
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower(), []).append(w)
    return "|".join(map(_branch, groups.values()))


def _literal(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s+")


def _branch(words: list[str]) -> str:
    """Words sharing a first letter, that letter factored out where they share its case too."""
    if len(words) == 1 or len({w[0] for w in words}) > 1:
        return "|".join(map(_literal, words))
    return f"{_literal(words[0][0])}(?:{'|'.join(_literal(w[1:]) for w in words)})"


@cache
def word_pattern(name: str) -> str:
    """`(?:w1|w2|...)` over a word list, for use inside a larger expression."""
    return f"(?:{alternation(words(name))})"


@cache
def _confidences() -> dict[str, float]:
    return {r[0]: float(r[1]) for r in rows("rules")}


@cache
def confidence(rule: str) -> float:
    """The confidence a rule gives what it makes (rules.tsv); an unknown rule id is a bug.  The
    table is read once (it was rebuilt for each rule id first asked, mid-article)."""
    return _confidences()[rule]


MONTHS: dict[str, int] = {r[0]: int(r[2]) for r in rows("calendar") if r[1] == "month"}
WEEKDAYS: list[str] = [r[0] for r in sorted((r for r in rows("calendar") if r[1] == "weekday"),
                                            key=lambda r: int(r[2]))]
WEEKDAY_ABBREVIATIONS: dict[str, int] = {r[0]: int(r[2]) for r in rows("calendar")
                                          if r[1] == "weekday-abbreviation"}
HOLIDAYS: dict[str, tuple[int, int]] = {
    r[0]: (int(r[2][:2]), int(r[2][3:])) for r in rows("calendar") if r[1] == "holiday"}
MONTH_NAMES = "|".join(n.capitalize() for n, _ in sorted(MONTHS.items(), key=lambda kv: kv[1])
                       if len(n) > 4 or n in ("may", "june", "july"))
WEEKDAY_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)
WEEKDAY_ABBREVIATED = "|".join(w.capitalize() for w in WEEKDAY_ABBREVIATIONS)  # '(?:…)\.' in a pattern
# full month names and weekdays in lower case: words of a date, never of a name
CALENDAR_WORDS: frozenset[str] = frozenset(MONTH_NAMES.lower().split("|")) | frozenset(WEEKDAYS)
# nouns of a role a description may head ('the Peruvian minister', 'his counterpart')
ROLE_NOUNS: frozenset[str] = words("titles", "title") | words("role_generics")
# Letters that open and continue a capitalised name, for character classes: Latin with accents, the
# whole of Latin Extended-A and -B (Vietnamese 'Sơn', 'Ưng'; Romanian 'Ștefan') and Latin Extended
# Additional (Vietnamese 'Thị', 'Đặng').  Those blocks interleave capitals and small letters, so a
# capital class over them also holds small letters, which no English word begins with.  Ranges in
# pieces under 128 letters, which firstchars can read.
_EXTENDED = "\u0100-\u017f\u0180-\u01ff\u0200-\u024f\u1e00-\u1e7f\u1e80-\u1eff"
UPPER_LETTERS = "A-ZÀ-ÖØ-Þ" + _EXTENDED
# the glottal stop's turned comma and the apostrophe letter are letters inside a word ('Mataʻafa',
# 'Gʻulom'), never punctuation
LOWER_LETTERS = "a-zß-öø-ÿ" + _EXTENDED + "\u02bb\u02bc"
NUMBER_WORDS: dict[str, int] = {k: int(v) for k, v in mapping("number_words").items()}


def count_value(raw: str) -> int:
    """A count as written, in digits ('3') or as one number word ('three', 'Twelve')."""
    return int(raw) if raw.isdigit() else NUMBER_WORDS[raw.lower()]
