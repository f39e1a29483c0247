"""Caches of the extractor answer what the uncached functions answer: a result kept with the
table reads it depended on is reused only while the table answers those reads the same way, and
callers of the sentence-level caches get their own copies."""

from __future__ import annotations

from datetime import date

from coopkg.extract import entities
from coopkg.extract.memo import Reads, by_text_and_table
from coopkg.read.article import Article
from coopkg.reference import gazetteer


def _counting():
    calls = []

    @by_text_and_table
    def expand(text: str, table, suffix: str) -> tuple[str, ...]:
        calls.append(text)
        return tuple(table.get(w, w) + suffix for w in text.split())

    return expand, calls


def test_a_kept_result_is_reused_while_the_reads_answer_the_same():
    expand, calls = _counting()
    table = {"un": "United Nations"}
    assert expand("the un met", table, "!") == ("the!", "United Nations!", "met!")
    table["who"] = "World Health Organization"  # not asked by that sentence
    assert expand("the un met", table, "!") == ("the!", "United Nations!", "met!")
    assert calls == ["the un met"]


def test_a_changed_or_new_answer_recomputes():
    expand, calls = _counting()
    table = {"un": "United Nations"}
    expand("the un met", table, "")
    table["un"] = "Union"
    assert expand("the un met", table, "") == ("the", "Union", "met")
    table["met"] = "Metropolitan"  # asked before (absent), present now
    assert expand("the un met", table, "") == ("the", "Union", "Metropolitan")
    assert expand("the un met", table, "?") == ("the?", "Union?", "Metropolitan?")
    assert len(calls) == 4


def test_size_and_iteration_are_reads_too():
    reads = Reads({"a": 1})
    assert bool(reads) and reads.answers_as({"a": 1}) and not reads.answers_as({"a": 1, "b": 2})
    listed = Reads({"a": 1})
    assert list(listed) == ["a"] and listed.whole


def test_sentence_caches_hand_out_copies():
    text = ("ACCRA, March 3 -- Foreign Minister Ada Okafor said on Monday that Ghana and Togo "
            "would sign a trade memorandum.")
    article = Article(title="t", text=text, published=date(2024, 3, 5), origin="test")
    first = entities.new_doc(article, gazetteer())
    second = entities.new_doc(article, gazetteer())
    one = entities._person_candidates(first, first.sents[0])
    two = entities._person_candidates(second, second.sents[0])
    assert [p.name for _m, p in one] == [p.name for _m, p in two] == ["Ada Okafor"]
    one[0][1].country = "XX"
    assert two[0][1].country != "XX" and one[0][1] is not two[0][1]
