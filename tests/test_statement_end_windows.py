"""end_windows.py: a scan of an end-anchored pattern started at `window` finds what the scan of
the whole text finds, and the bound on runs of whitespace is read off the pattern correctly."""

import random
import re
import sys

import pytest

from coopkg.extract import speakers, statement_subjects, statement_verbs
from coopkg.extract.end_windows import LAST_SPACE, space_runs, window

WINDOWED = [speakers.ROLE_BEFORE, statement_subjects._BARE, speakers.PRONOUN_BEFORE, statement_verbs._PASSIVE,
            statement_verbs._NEGATED]
PIECES = ["the", "The", "foreign", "Minister", "minister", "of", "to", "in", "and", "Trade", "Lenia's",
          "Lenia’s", "Dr.", "Mr", "Mayor", "Oru", "Vell", "he", "She", "also", "warmly", "in turn",
          "on his part", "said to have",
          "is", "was", "being", "not", "never", "n't", "no longer", "firmly", "\u201cWe", "will,\u201d",
          ",", ", ", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "x", "said"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(PIECES) for _ in range(rng.randint(0, 40))]
        seps = [rng.choice([" ", " ", " ", "  ", ", ", "\n", "\u00a0", ""]) for _ in words]
        out.append("".join(w + s for w, s in zip(words, seps, strict=True)))
    return out


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groups() == b.groups())


@pytest.mark.parametrize("pattern", WINDOWED, ids=lambda p: p.pattern[:30])
def test_the_windowed_scan_finds_what_the_whole_scan_finds(pattern: re.Pattern[str]):
    runs = space_runs(pattern)
    assert runs is not None
    starts = 0
    for text in _texts(6000, 5) + [t + " " for t in _texts(2000, 6)]:
        start = window(text, runs)
        starts += start > 0
        assert _same(pattern.search(text, start), pattern.search(text)), text
    assert starts > 1000  # the window does skip text, on long texts


def test_runs_are_read_off_the_pattern():
    assert space_runs(re.compile(r"\bof\s+the\s+(?:\w+\s+){0,2}x\s*$")) == 5
    assert space_runs(re.compile(r"(?:a|b\s+c\s+d)\s+$")) == 3
    assert space_runs(re.compile(r"(?<=\s)x(?=\s)\s?$")) == 1  # lookarounds hold nothing
    assert space_runs(re.compile(r"x[\s,]{0,2}$")) == 2  # a class that holds more than whitespace
    assert space_runs(re.compile(r"x[ \t]+$")) == 1
    assert space_runs(re.compile(r"x(?:\s+y)*$")) is None  # unbounded
    assert space_runs(re.compile(r"x[^,]{0,3}$")) == 3
    assert space_runs(re.compile(r"x.*$")) is None
    assert space_runs(re.compile(r"x\s+y")) is None  # not anchored at the end
    assert space_runs(re.compile(r"x\s+$", re.M)) is None  # '$' before any newline
    assert space_runs(re.compile(r"x\s+$", re.A)) is None


def test_the_window_keeps_two_runs_more_than_the_pattern_holds():
    text = "alpha beta  gamma delta epsilon zeta\n"
    assert text[window(text, 1):] == "delta epsilon zeta\n"
    assert window("alpha beta", 3) == 0
    assert window(text, None) == 0
    assert speakers.ROLE_BEFORE.search(text[:-1] + ", the Minister of Trade of Oru, also ")


def test_the_longest_match_is_never_cut():
    """A match with as many runs as the pattern allows (22) still starts inside the window; a
    bound three runs short would cut it."""
    text = "x " * 30 + "the Lenia's acting first deputy trade minister of the Oru and Vell and Tarn " \
        "and Kes and Lo, on his part warmly "
    m = speakers.ROLE_BEFORE.search(text)
    runs = space_runs(speakers.ROLE_BEFORE)
    assert m is not None and m.group().startswith("the Lenia's") and runs == 22
    assert _same(speakers.ROLE_BEFORE.search(text, window(text, runs)), m)
    assert not _same(speakers.ROLE_BEFORE.search(text, window(text, runs - 3)), m)


def test_no_whitespace_lies_past_the_last_space_the_module_reads():
    beyond = [c for c in range(LAST_SPACE + 1, sys.maxunicode + 1) if chr(c).isspace()]
    assert beyond == [] and chr(LAST_SPACE).isspace()
