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


def test_a_year_before_a_noun_is_looked_for_only_where_19_or_20_is_written():
    """agreement_earlier and event_dates skip their year-before-a-noun scans where neither '19'
    nor '20' is in the sentence: the year the patterns need begins with one of them."""
    from coopkg.extract import agreement_earlier, event_dates

    texts = [*TEXTS, *_article_sentences(), "Under the 1998 treaty between Ostra and Velm.",
             "Its 2021 state visit to Velm.", "their 2030 pact", "the 1887 treaty", "the 2O19 accord"]
    for pattern in (agreement_earlier._DATED, event_dates._MODIFIER_YEAR):
        for text in texts:
            if "19" not in text and "20" not in text:
                assert pattern.search(text) is None, text
    assert agreement_earlier._DATED.search("Under the 1998 treaty between Ostra and Velm.")


def test_speech_verbs_found_from_the_words_are_the_ones_the_scan_finds():
    from coopkg.extract.statement_subjects import VERB, verbs_in

    texts = [*TEXTS, *_article_sentences(), "Mr. Odun said, and later SAID again, that it was fine.",
             "The unsaid said-so: 5said, said5, _said, and ſaid.", "Velm STRESSED that ties grew.",
             "She extended an invitation and extended  invitations; noted.", "said", " said "]
    for text in [*texts, *(t.upper() for t in texts), *(t.lower() for t in texts)]:
        assert [(m.span(), m.group()) for m in verbs_in(text)] == \
            [(m.span(), m.group()) for m in VERB.finditer(text)], text
