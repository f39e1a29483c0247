"""Caches of the extractor answer what the uncached functions answer: a result kept with the
table reads it depended on is reused only while the table answers those reads the same way, and
what a component keeps from a sentence-level cache is its own copy."""

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


def test_sentence_caches_are_shared_and_the_people_kept_are_copies():
    """Person candidates are kept by sentence text and shared between articles (read only); the
    people component keeps a copy, so completing one article's person changes no other's."""
    text = ("ACCRA, March 3 -- Foreign Minister Ada Okafor said on Monday that Ghana and Togo "
            "would sign a trade memorandum.")
    article = Article(title="t", text=text, published=date(2024, 3, 5), origin="test")
    first = entities.new_doc(article, gazetteer())
    second = entities.new_doc(article, gazetteer())
    one = entities._person_candidates(first, first.sents[0])
    two = entities._person_candidates(second, second.sents[0])
    assert [p.name for _m, p in one] == [p.name for _m, p in two] == ["Ada Okafor"]
    entities.people(first)
    entities.people(second)
    kept = first.people["Ada Okafor"]
    assert kept is not one[0][1] and kept is not second.people["Ada Okafor"]
    kept.country = "XX"
    assert second.people["Ada Okafor"].country != "XX" and one[0][1].country != "XX"
    third = entities.new_doc(article, gazetteer())
    entities.people(third)
    assert third.people["Ada Okafor"].country != "XX"
