"""`speakers.role_start` keeps the match of the plain scan it shortens: ROLE_BEFORE searched over
the whole text before a speech verb (statement_subjects._described).  The scan starts after the
last character no match can hold (a comma only where the closing adverbs follow it), so each case
is checked against the scan from the start, on invented text: commas inside and before the
phrase, quotes, brackets, stops, apostrophes, dashes, adverbs after a comma and odd whitespace."""

from __future__ import annotations

import itertools

import pytest

from coopkg.extract import speakers
from coopkg.extract.cues import Gated
from coopkg.extract.end_windows import space_runs, window
from coopkg.extract.pipeline import run  # noqa: F401 — loading the pipeline installs the cue gates

HEADS = [
    "",
    "In Lagos, ",
    "The deal (worth $3m) was signed on Monday; ",
    '"We are glad," ',
    "LIMA, May 2 -- The Acme Water Fund and the Peru Energy Institute signed an accord on solar power",
    "Speaking at the forum in Nairobi. ",
    "Ties grew – trade doubled – ",
]
TAILS = [
    ", officials ",
    ", the foreign minister ",
    " the Minister of Energy and Mines, ",
    " the Minister of Energy, also ",
    ", Kenya's president, also warmly ",
    " Ghana’s ambassador to the Republic of Chile, in turn ",
    ", the head of the Kenyan diplomacy, for his part ",
    ",  the   Vice-President\tof Peru ",
    ", the minister,\n",
    " officials, ",
    " the minister.  ",
    ' "the minister" ',
    ", Prime Minister of Ruritania, however ",
    ", said ",
]


def _plain(text: str):
    pattern = speakers.ROLE_BEFORE
    pattern = pattern.pattern if isinstance(pattern, Gated) else pattern
    return pattern.search(text)


def _found(match):
    return None if match is None else (match.span(), match.groupdict())


@pytest.mark.parametrize(("head", "tail"), list(itertools.product(HEADS, TAILS)))
def test_role_start_gives_the_plain_scan(head: str, tail: str) -> None:
    text = head + tail
    start = speakers.role_start(text, window(text, space_runs(speakers.ROLE_BEFORE)))
    assert _found(speakers.ROLE_BEFORE.search(text, start)) == _found(_plain(text))


def test_role_start_never_passes_a_match() -> None:
    for head, tail in itertools.product(HEADS, TAILS):
        text = head + tail
        plain = _plain(text)
        if plain is not None:
            assert speakers.role_start(text) <= plain.start()
