"""Patterns behind the literals they need (literals.necessary, cues.gated) answer exactly what the
plain patterns answer: on hand-made sentences, on every sentence of the test articles for every
gated pattern of every extractor module, and on the characters where lower() and IGNORECASE
disagree."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

from coopkg.extract import cues, sentences
from coopkg.extract.literals import necessary

ARTICLES = Path(__file__).parent / "articles"
TEXTS = [
    "",
    "The two ministers signed a memorandum on solar power in Lagos on Monday.",
    "Officials SIGNED the Accord; the signing ceremony followed the talks.",
    "A delegation visited Tashkent, and the Minister met with the Mayor.",
    "The viſit ended; a \u212aELVIN-class ſigning; İNAUGURATION ıs near; Meetıng held.",
    "Between the embassy of Ruritania in Osh and the consulate-general, no mission opened.",
]


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"\bvisits?\b", re.I, {"visit"}),
    (r"\b(?:visited|arrived\s+in|will\s+visit)\b", 0, {"visit", "arriv"}),
    (r"(?:[A-Z][a-z]+\s+){1,3}Ministry", 0, {"minis"}),
    (r"[Gg]overnment\s+of", 0, {"gover"}),
    (r"(?P<x>ab)(?:cd|ef)", 0, {"abcd", "abef"}),
    # a lookahead's words, where what the match consumes has no useful cue
    (r"\b(?:the|a)\s+(?:19|20)\d\d\s+(?=treaty|accord)", re.I, {"treaty", "accord"}),
    (r",\s+(?:saying\s+|(?=calling\s+it))", 0, {"saying", "calling"}),
])
def test_necessary_literals(pattern, flags, expected):
    found = necessary(pattern, flags)
    assert found is not None
    # each expected cue is, or starts, one of the cues found (longest-first choice may trim it)
    assert all(any(e.startswith(f) or f.startswith(e) for f in found) for e in expected), found
    assert len(found) == len(expected)


@pytest.mark.parametrize("pattern", [r"\w+", r"a?", r"(?:ab)*", r"[^a]bc|\d", r"(a)\1", "é+"])
def test_nothing_claimed_where_no_literal_is_needed(pattern):
    found = necessary(pattern)
    assert found is None or "" not in found
    if pattern in (r"\w+", r"a?", r"(?:ab)*", "é+"):
        assert found is None


def test_a_gated_pattern_skips_only_texts_it_cannot_match():
    plain = re.compile(r"\b(?:signed|inked)\s+(?P<what>an?\s+\w+)", re.I)
    gate = cues.gated(plain)
    assert isinstance(gate, cues.Gated) and gate.groupindex == plain.groupindex
    assert gate.absent("They met in Osh.") and not gate.absent("They SIGNED a deal.")
    for text in [*TEXTS, "They INKED an accord and signed a plan."]:
        assert _answers(gate, text) == _answers(plain, text), text


def test_a_lookahead_cue_is_only_used_where_the_match_has_none():
    assert necessary(r"\bmeeting\s+(?=officials)") == {"meeting"}
    gate = cues.gated(re.compile(r"\b(?:a|an)\s+(?:19|20)\d\d\s+(?=treaty\b)", re.I))
    assert isinstance(gate, cues.Gated) and gate.cues == ("treaty",)
    for text in [*TEXTS, "Under the 1998 TREATY they met.", "a 1998 treaty", "an 2001 pact"]:
        assert _answers(gate, text) == _answers(gate.pattern, text), text
        assert _answers(gate, text[3:]) == _answers(gate.pattern, text[3:]), text


def test_folding_traps_are_never_skipped():
    gate = cues.gated(re.compile(r"signing", re.I))
    assert re.search("signing", "ſigning", re.I)
    assert not gate.absent("ſigning") and gate.search("ſigning")


def test_patterns_without_a_useful_cue_stay_plain():
    for pattern in (r"\w+", r"\b(?:a|an)\s+", r"\d+"):
        compiled = re.compile(pattern)
        plain = cues.gated(compiled)
        assert isinstance(plain, re.Pattern) and plain.pattern.endswith(pattern)


def _answers(pattern, text: str) -> tuple:
    spans = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    first = pattern.search(text)
    at = pattern.match(text)
    return (spans, first and first.span(), at and at.span(), pattern.findall(text),
            pattern.sub("#", text), pattern.split(text))


def _gated_patterns():
    found = []
    for info in pkgutil.iter_modules([str(Path(sentences.__file__).parent)]):
        module = importlib.import_module(f"coopkg.extract.{info.name}")
        for name, value in vars(module).items():
            found += [(f"{info.name}.{name}", g) for g in _walk(value)]
    return found


def _walk(value):
    if isinstance(value, cues.Gated):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)


def test_every_gated_pattern_answers_as_the_plain_one_on_real_sentences():
    texts = list(TEXTS)
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts += [s.text for s in sentences.split_sentences(text)]
    gated = _gated_patterns()
    assert len(gated) > 50
    for name, gate in gated:
        for text in texts:
            if gate.absent(text):
                assert gate.pattern.search(text) is None, (name, text)
