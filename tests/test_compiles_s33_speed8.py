"""Speed-only shortcuts of round 8 (s33 helper s8) give the answers of the plain code they replace:
the source-tag test skips its 'according to' search in a sentence holding none of that pattern's
words (source_tags.untagged), a body's holder is sought only in sentences holding both names
(speakers.holder_at), and patterns built from variables are compiled once (speakers,
storydate).  Invented text, invented people."""

from __future__ import annotations

import re
from datetime import date

import pytest

from coopkg.extract import source_tags, speakers, storydate
from coopkg.extract.pipeline import annotate
from coopkg.read.article import Article
from coopkg.reference import gazetteer

PAPER = date(2025, 2, 11)

TEXTS = [
    "Ruritania and Borduria signed a trade pact on Monday, the Vell Gazette reports.",
    "According to the Sarn Agency, Kenya and Peru signed a memorandum on fisheries.",
    "The accord between Ghana and Chile was signed, as REPORTED by Tarn News.",
    "Kenya and Uganda agreed on a road link, Orla Daily said on Friday.",
    "The Acme Institute Prof. Dana Vell said Kenya and Peru would cooperate.",
    "Quoted by the Mira Times, Ivo Berg said Ghana and Chile had signed two deals.",
    "Peru and Chile signed it. Nothing else happened in Lima that week.",
]


def _plain_untagged(view):
    return [m for m in view.spans if m.ref.kind == "person" or not source_tags.source_tag(view.text, m)]


def _docs():
    return [annotate(Article(text=t, published=PAPER), gazetteer()) for t in TEXTS]


def test_untagged_agrees_with_the_plain_test_of_every_span():
    seen = 0
    for doc in _docs():
        for view in doc.sents:
            assert source_tags.untagged(view) == _plain_untagged(view), view.text
            seen += len(view.spans)
    assert seen >= 10


@pytest.mark.parametrize("text", TEXTS)
def test_the_according_gate_never_hides_a_match(text):
    if source_tags._ACCORDING_WORDS.search(text) is None:
        assert all(source_tags._ACCORDING.search(text, 0, end) is None for end in range(len(text) + 1))


def _plain_holder_at(doc, org):
    found = {p.name for p in doc.people.values() for s in doc.sents
             if re.search(rf"{re.escape(org)}[\s,]+(?:[A-Z][a-z]{{0,4}}\.\s+)*{re.escape(p.name)}\b",
                          s.text)}
    return found.pop() if len(found) == 1 else None


def test_holder_at_agrees_with_the_plain_search():
    for doc in _docs():
        for org in ("Acme Institute", "Sarn Agency", "Vell Gazette", "Nowhere Board", ""):
            got = speakers.holder_at(doc, org)
            assert (got.key if got else None) == _plain_holder_at(doc, org), org


def test_cached_patterns_are_the_patterns_built_inline():
    cues = ("signing", "ceremony", "visit")
    assert storydate._cue_pattern(cues).pattern == re.compile(rf"\b(?:{'|'.join(cues)})", re.I).pattern
    assert storydate._cue_pattern(cues).flags == re.compile(rf"\b(?:{'|'.join(cues)})", re.I).flags
    assert storydate._cue_pattern(cues) is storydate._cue_pattern(cues)
    assert speakers._holder_pattern("A.B Co", "Ivo Berg").pattern == \
        rf"{re.escape('A.B Co')}[\s,]+(?:[A-Z][a-z]{{0,4}}\.\s+)*{re.escape('Ivo Berg')}\b"
