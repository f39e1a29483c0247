"""Shortcuts of the agreement and event rules answer as the full scans they stand in for: each is
checked against the scan over invented sentences, the test articles' sentences, and traps (case,
folding traps, digits, number words inside other words)."""

from __future__ import annotations

from pathlib import Path

from coopkg.extract import sentences

TRAPS = [
    "", "No number at all here.", "Three separate letters of exchange for water; for roads; and for ports.",
    "THREE MEMORANDA ON trade, on health and on schools were signed.", "Someone signed 2 agreements on fish.",
    "They inked twenty-two deals in 2019, 3 protocols on rail and one on ports.", "Ten MoUs for X.",
    "x5 agreements on y", "٣ agreements on trade", "The ſeven accords on grain.",
    "The one agreement for all.",
    "Four\tprotocols\non water", "eleven  separate  contracts regarding ports", "Alone, a treaty on it.",
]


def _article_sentences() -> list[str]:
    return [s.text for path in sorted((Path(__file__).parent / "articles").glob("*.txt"))
            for s in sentences.split_sentences(path.read_text(encoding="utf-8"))]


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groups() == b.groups())


def test_a_counted_list_is_matched_only_where_a_count_begins():
    from coopkg.extract import agreement_documents as docs

    found = 0
    for text in [*TRAPS, *_article_sentences()]:
        full = docs._COUNTED.search(text)
        assert _same(docs._count_phrase(text), full), text
        found += full is not None
    assert found >= 4
