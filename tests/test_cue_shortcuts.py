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


def test_years_after_a_document_is_looked_for_only_where_its_words_are():
    from coopkg.extract import agreement_history

    texts = [*TEXTS, *_article_sentences(), "Five years after the Treaty of Ames, they met.",
             "Ten YEARS SINCE the accord was signed.", "20 years\tafter the MoU", "Years passed after it.",
             "three years-after the pact", "For years, after all, the treaty held.",
             "Six yeaſs after the deal"]
    counted = 0
    for text in texts:
        found = agreement_history._YEARS_AFTER.search(text)
        assert agreement_history.may_count_years(text) or not found, text
        counted += bool(found)
    assert counted >= 3


def test_signing_or_documents_in_a_sentence_or_the_one_before_as_in_the_two_joined():
    from coopkg.extract import agreements

    texts = [*TEXTS, *_article_sentences()[:60], "They signed", "signing", "documents.", "co-signed it",
             "", "sign", "ed documents"]
    pattern = agreements._SIGNING_OR_DOCUMENTS
    for a in texts:
        for b in texts[-9:]:
            joined = bool(pattern.search(a + " " + b))
            assert joined == (bool(pattern.search(a)) or bool(pattern.search(b))), (a, b)
