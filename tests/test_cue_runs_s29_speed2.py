"""Speed only: a gated pattern whose every match holds one of a few whole words (match_starts.whole_words:
the words it begins with, or a stretch between two non-letters) turns away a noted sentence
holding a cue but none of those words as a run of its letters (cues.Gated.runs).  Every gated
pattern with such words must give, on noted sentences, the answers of its plain pattern, for
each scanning method and with the bounds rules pass (an end bound may cut a word short, so the
word test is skipped there)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from coopkg.extract import cues, match_starts
from coopkg.extract.pipeline import run  # noqa: F401 — loading the pipeline installs the cue gates

SENTENCES = [
    "Kenya and Chile signed a memorandum of understanding without delay on Tuesday, 5 March 2024.",
    "The agreements were inked within the framework of the visit, the ministry said in a statement.",
    "Signatories designed the withdrawal plan; between them, the parties agreed to meet next year.",
    "On the sidelines of the summit, President Ada Okafor met Prime Minister Lena Park in Lima.",
    "Trade between the two countries rose to $4.5 billion last year, up 12 per cent from 2022.",
    "The Kenya Ports Authority and Acme Shipping Ltd. will jointly build a terminal at Mombasa.",
    "Untogether, the Ministers' talks ended in accords, a declaration and a work-plan (2024-2026).",
    "Speaking in  Lagos,   the Vice-Presidents thanked Mrs  Ola Ade.",
    "The talks were hosted by Prıme Ministers in Accra.",  # a folding trap: never noted
]


def _texts() -> list[str]:
    folder = Path(__file__).parent / "articles"
    found = [line.strip() for path in sorted(folder.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split(".") if line.strip()]
    return SENTENCES + [t + "." for t in found[:400]]


def _spans(found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def _gates_in(value) -> list[cues.Gated]:
    if isinstance(value, cues.Gated):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return [g for v in value for g in _gates_in(v)]
    return []


def _with_runs() -> list[cues.Gated]:
    """The extractor's gated patterns with whole words (module globals, as cues.gate_modules
    gates them), each once."""
    found = {id(g): g for name, module in list(sys.modules.items())
             if name.startswith("coopkg.extract.") and module is not None
             for value in vars(module).values() for g in _gates_in(value)}
    return [g for g in found.values() if g.runs is not None]


def test_many_gated_patterns_have_opening_words():
    assert len(_with_runs()) > 50


@pytest.mark.parametrize("text", _texts()[:len(SENTENCES)])
def test_gated_scans_agree_with_the_plain_pattern(text):
    noted = cues.index(text)
    for gate in _with_runs():
        raw = gate.pattern
        assert (gate.search(noted) is None) == (raw.search(noted) is None), raw.pattern
        assert _spans(gate.finditer(noted)) == _spans(raw.finditer(noted)), raw.pattern
        assert (gate.match(noted) is None) == (raw.match(noted) is None), raw.pattern
        assert gate.findall(noted) == raw.findall(noted), raw.pattern
        for start in (1, len(noted) // 2):
            assert (gate.search(noted, start) is None) == (raw.search(noted, start) is None), raw.pattern
            cut = (gate.search(noted, 0, start) is None) == (raw.search(noted, 0, start) is None)
            assert cut, raw.pattern


def test_article_sentences_agree_with_the_plain_pattern():
    gates = _with_runs()
    for text in _texts()[len(SENTENCES):]:
        noted = cues.index(text)
        for gate in gates:
            raw = gate.pattern
            assert _spans(gate.finditer(noted)) == _spans(raw.finditer(noted)), (raw.pattern, text)


def test_an_end_bound_that_cuts_a_word_still_scans():
    gate = cues.Gated(re.compile(r"\bwith\b"), ("with",), frozenset({"with"}))
    text = cues.index("They left without the others.")
    assert gate.search(text) is None  # 'with' is inside 'without', no whole word
    cut = text.index("without") + 4
    assert gate.search(text, 0, cut) is not None  # 'They left with' as the scan sees it
    assert gate.findall(text, 0, cut) == ["with"]
    assert gate.findall(text) == []


def test_whole_words_between_non_letters():
    assert match_starts.whole_words(re.compile(r"[A-Z]\w+\s(?:has\s|had\s)?(?:signed|inked)\b")) == \
        {"signed", "inked"}  # after a space or an optional word and a space; \b after
    assert match_starts.whole_words(re.compile(r"[A-Z]\w+-based\s")) == {"based"}
    assert match_starts.whole_words(re.compile(r"[A-Z]\w+\s(?:signed|inked)")) is None  # 'signedly'
    assert match_starts.whole_words(re.compile(r"[A-Z]\w*signed\b")) is None  # 'Cosigned'
    assert match_starts.whole_words(re.compile(r"\b[a-z]+ed\b")) is None


def test_bounded_first_words_agrees_or_gives_up():
    plain = re.compile(r"\b(?:signed|inked)\s+(?:an?\s+)?(?:agreement|memorandum)\b")
    assert match_starts.bounded_first_words(plain) == match_starts.first_words(plain) == {"signed", "inked"}
    exploding = re.compile(r"\b[a-z][a-z][a-z][a-z][a-z]\b")  # 26**5 states read letter by letter
    assert match_starts.bounded_first_words(exploding) is None
