"""Whole-function sentence gates (sentence_gates.py) answer as the functions they stand in front
of: where a gate turns a sentence away, the function itself finds nothing there."""

from __future__ import annotations

import importlib
import sys
from datetime import date
from pathlib import Path

import pytest

from coopkg.extract import extract, sentence_gates
from coopkg.read import read_path
from coopkg.read.article import Article

ROOT = Path(__file__).resolve().parent.parent

# invented sentences that each rule family reads, and some it does not
INVENTED = [
    "President Arlo Venn paid a state visit to Kenya on Monday, after visiting Ghana.",
    "Minister Tova Rusk met with her counterpart Idris Malo in Accra on 3 May.",
    "The Joint Economic Commission met in Lima on Tuesday.",
    "Venn and Malo discussed trade and held a joint press conference.",
    "The Brindle Research Centre, established in 1961, opened a new laboratory on Friday.",
    "The Brindle Research Centre, established in 1961, employs three hundred people.",
    "Kenya and Ruritania established diplomatic relations on 2 October 1995.",
    "Rusk laid the foundation stone of the Orlo Bridge on Sunday.",
    "Venn will meet Malo in Quito on 12 June.",
    "Rusk phoned Malo on Wednesday to congratulate him.",
    "Analysts expect steady growth in the coming years.",
    "Weather in the capital was mild for the season.",
    "The delegation arrived in Nairobi on Thursday for an official visit.",
    "A ceremony was held at the embassy to mark the national day.",
    "Rusk addressed reporters after the talks.",
    "Two years ago Venn toured the 2019 trade fair.",
    "On 4 May Venn arrived in Quito, and the next day he met Malo.",
    "In November the two leaders will hold talks in Quito.",
    "Kenya and Ruritania signed a memorandum on fisheries and an agreement on tourism on Monday.",
    "Malo was quoted by local radio as saying that the bridge would help farmers.",
    "According to Tova Rusk, the new line will carry freight from next year.",
]


def _articles() -> list[Article]:
    return [read_path(p) for p in sorted((ROOT / "tests" / "articles").glob("*.txt"))]


def _invented() -> Article:
    text = "\n\n".join(INVENTED)
    return Article(title="Invented", text=text, published=date(2024, 5, 6), origin="invented")


@pytest.fixture
def checking():
    sentence_gates.CHECK = True
    sentence_gates.MISSED.clear()
    sentence_gates.TURNED_AWAY.clear()
    yield sentence_gates.MISSED
    sentence_gates.CHECK = False
    sentence_gates.MISSED.clear()
    sentence_gates.TURNED_AWAY.clear()


def test_every_gate_has_cues():
    extract(_invented())  # every gate built on first use
    for name, gate in sentence_gates.GATES.items():
        gate.build()
        assert not gate.always and gate.letters, name


def test_no_gate_turns_away_a_sentence_its_function_reads(checking, tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        generate = importlib.import_module("gen_corpus").generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    generate(tmp_path, 40, seed=5)
    docs = [*_articles(), *(read_path(p) for p in sorted(tmp_path.glob("*.txt"))), _invented()]
    for article in docs:
        facts = extract(article)
        assert not facts.errors, facts.errors
    assert checking == []
    wrapped = {name for name in sentence_gates.GATES if ":" not in name}  # needs(), not gate()
    assert set(sentence_gates.TURNED_AWAY) == wrapped  # each gate said no somewhere


def test_a_gate_turns_away_only_noted_sentences_without_its_cues():
    from coopkg.extract import cues
    from coopkg.extract.event_talks import talks

    gate = talks.gate
    quiet, busy = "Weather in the capital was mild.", "Venn and Malo discussed trade."
    cues.index(quiet), cues.index(busy)
    assert gate.closed(quiet) and not gate.closed(busy)
    assert not gate.closed("Weather in the hills was mild, unnoted.")  # not a noted sentence


class _Open:
    """A gate that never says no: the full path."""

    @staticmethod
    def closed(_text: str) -> bool:
        return False


def test_undated_sentences_skip_the_bare_month_reading_only_where_it_adds_nothing(monkeypatch):
    from coopkg.extract import event_futures, pipeline
    from coopkg.reference import gazetteer

    gaz, skipped = gazetteer(), 0
    for article in [*_articles(), _invented()]:
        doc = pipeline.annotate(article, gaz)
        for sent in doc.sents:
            fast = event_futures.with_bare_months(sent, article.published)
            skipped += fast is sent
            with monkeypatch.context() as patch:
                patch.setattr(event_futures, "_BARE", _Open)
                full = event_futures.with_bare_months(sent, article.published)
            assert fast.dates == full.dates, sent.text
    assert skipped >= 20


def test_the_wrappers_inline_test_answers_as_closed():
    """The wrapper tests a built gate's `quick` letters inline instead of calling `closed`: both
    say no on exactly the same noted sentences."""
    from coopkg.extract import cues

    extract(_invented())
    texts = [cues.index(s) for s in INVENTED]
    quick = 0
    for name, gate in sentence_gates.GATES.items():
        gate.build()
        if gate.quick is None:
            assert gate.always or gate.others, name
            continue
        quick += 1
        for text in texts:
            assert gate.quick.isdisjoint(cues._SENTENCES[text]) == gate.closed(text), (name, text)
    assert quick >= 10
