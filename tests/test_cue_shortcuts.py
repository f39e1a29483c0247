"""Relation-side shortcuts answer as the full scans they stand in front of: each cheap test may
say yes wrongly (the scan then decides), never no wrongly."""

from __future__ import annotations

from pathlib import Path

from coopkg.extract import figures, sentences

TEXTS = [
    "Trade reached two billion dollars last year.", "Exports rose by 5 bn.", "A Bn-class ship.",
    "The MILLIONS of visitors came.", "Some 3 trillion won.", "Half a million people.",
    "Mn and tn are written short.", "billionaire investors and a mnemonic", "A viſit worth a Billion.",
    "x_million and millionx and é-million", "", "No number at all here.",
]


def _article_sentences() -> list[str]:
    return [s.text for path in sorted((Path(__file__).parent / "articles").glob("*.txt"))
            for s in sentences.split_sentences(path.read_text(encoding="utf-8"))]


def test_a_scale_word_is_looked_for_only_where_the_word_set_has_one():
    texts = [t for t in [*TEXTS, *_article_sentences()] if not any(ch.isdigit() for ch in t)]
    found = 0
    for text in texts:
        assert figures._has_large(text) == bool(figures._HAS_NUMBER.search(text)), text
        found += figures._has_large(text)
    assert found >= 4
