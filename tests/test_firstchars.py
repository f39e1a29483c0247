"""A pattern told the characters its matches begin with (firstchars.py: the engine's own skip, or
the lookahead in front where that cannot be written) finds exactly what the plain pattern finds
— searches, scans from an offset, matches at every position — including on the characters
IGNORECASE matches to ASCII letters; and nothing is added where it could refuse a match (an
empty match, any character, a category) or where the engine has a prefix."""

from __future__ import annotations

import re

import pytest

from coopkg.extract import firstchars, lexicon
from coopkg.extract.firstchars import first_chars, with_first_chars

TEXTS = [
    "",
    "The two ministers signed a memorandum on solar power in Lagos on Monday.",
    "Officials SIGNED the Accord; the signing ceremony followed the talks.",
    "She said the co-signed plan was a 'first step', adding that more would follow.",
    "The viſit ended; a \u212aELVIN-class ſigning; İNAUGURATION ıs near; Meetıng held.",
    "In March 2021, $5 million (RM 20 million) and 3% more; a 10-fold rise.",
]
WORDS = ["memorandum", "agreement", "accord", "signing", "visit", "kelvin", "inauguration",
         "meeting", "MoU"]
PATTERNS = [
    (rf"\b(?:{lexicon.alternation(WORDS)})s?\b", re.I),
    (rf"(?<![\w.])(?P<word>{lexicon.alternation(WORDS)})\b", re.I),
    (r"\b(?i:signed|seal)\s+(?-i:[A-Z]\w*)?", 0),
    (r"(?:\$|\bRM)\s?\d+(?:\s+million)?", 0),
    (r"\b(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Accord|Ceremony)", re.I),
    (r"\b[0-9]+(?:%|-fold)", 0),
    (r"(?<![\w$.,])(?P<n>\d{1,3}(?:,\d{3})*|one|two)\s+(?:million|bn)\b", re.I),
]


def _all(pattern: re.Pattern[str], text: str) -> list:
    found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    found += [(m.span(), m.groups()) for m in pattern.finditer(text, 5)]
    at = [pattern.match(text, i) for i in range(len(text) + 1)]
    return found + [(m.span(), m.groups()) if m else None for m in at]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_led_pattern_finds_what_the_plain_one_finds(source, flags):
    plain = re.compile(source, flags)
    led = with_first_chars(plain)
    assert led is not plain and led.pattern == plain.pattern and led.flags == plain.flags
    assert led.groupindex == plain.groupindex
    for text in TEXTS:
        assert _all(led, text) == _all(plain, text), (source, text)


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_lookahead_in_front_finds_what_the_plain_one_finds(source, flags, monkeypatch):
    """Where the engine's code cannot be given the characters, the lookahead is put in front."""
    monkeypatch.setattr(firstchars, "_with_start_set", lambda *_: None)
    plain = re.compile(source, flags)
    led = with_first_chars(plain)
    if first_chars(source, flags) is None:  # a category among them: no class to write out
        assert led is plain
    else:
        assert led.pattern.startswith("(?=[") and led.groupindex == plain.groupindex
    for text in TEXTS:
        assert _all(led, text) == _all(plain, text), (source, text)


def test_ignorecase_keeps_the_letters_that_fold_to_ascii():
    chars = first_chars(r"\b(?:kelvin|signing|inauguration)", re.I)
    assert {"k", "K", "\u212a", "s", "S", "\u017f", "i", "I", "\u0130", "\u0131"} <= chars
    assert first_chars(r"\b(?:kelvin)", 0) == {"k"}


@pytest.mark.parametrize("source", [r"\b\w+", r"\b(?:a|b)?", r".\d", r"(?:x|\s)y", r"(?:\d|a)b",
                                    r"\b[^a]b"])
def test_no_first_characters_claimed_where_unknown(source):
    assert first_chars(source) is None


@pytest.mark.parametrize("source", [r"\b(?:a|b)?", r".\d", r"\b[^a]b"])
def test_nothing_added_where_a_match_may_begin_anywhere(source):
    """An empty match, any character, a negated class: no set of first characters is sure."""
    plain = re.compile(source)
    assert with_first_chars(plain) is plain


def test_categories_are_first_characters_to_the_engine():
    """A category (\\d, \\s, \\w) can be told to the engine, not written into a lookahead."""
    for source in (r"\b\w+", r"(?<![\w.])(?:\d+|US\$)\s?(?:million|bn)?", r"\b(?:\d+|x)y"):
        plain = re.compile(source)
        led = with_first_chars(plain)
        assert led is not plain and led.pattern == source
        for text in TEXTS:
            assert _all(led, text) == _all(plain, text), (source, text)


def test_no_lookahead_where_the_engine_has_a_prefix_of_its_own():
    for source in (r"signed\s+\w+", r"[A-Z]\w+\b"):
        plain = re.compile(source)
        assert with_first_chars(plain) is plain


def test_no_lookahead_before_a_start_anchor():
    """'^' alone makes the engine try the start only; a lookahead in front would undo that."""
    for source in (r"^[A-Z]{3,}[\-–—]+(?=[A-Z])", r"\A(?:the|a)\s+[A-Z]\w+", r"(?i)^(?:mr|ms)\.?\s"):
        plain = re.compile(source)
        assert with_first_chars(plain) is plain
    per_line = re.compile(r"^[A-Z]{3,}-", re.M)  # '^' of each line: the first characters still help
    assert with_first_chars(per_line) is not per_line
