"""The extractor's shape: one Doc, ordered components, one overlap policy, one linking stage,
rules as data — on sentences written for these tests."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from coopkg.extract import extract, lexicon, pipeline
from coopkg.extract.doc import ORG, Span
from coopkg.extract.facts import Ref
from coopkg.extract.overlap import add_span
from coopkg.read.article import Article
from coopkg.reference import gazetteer

SRC = Path(__file__).resolve().parents[1] / "src" / "coopkg" / "extract"


def article(text: str) -> Article:
    return Article(text=text, published=date(2024, 3, 8), title="", origin="test")


def test_a_failing_component_costs_only_its_own_facts(monkeypatch):
    def broken(doc):
        raise KeyError("us dollars")

    monkeypatch.setattr(pipeline, "RELATION_COMPONENTS",
                        [("figures" if n == "figures" else n, broken if n == "figures" else c)
                         for n, c in pipeline.RELATION_COMPONENTS])
    facts = extract(article("The Lakeside Technology University and the Harbour Research "
                            "Institute signed a memorandum on Tuesday worth $3 million."))
    assert facts.figures == []
    assert len(facts.agreements) == 1
    assert facts.errors == ["figures: KeyError: 'us dollars'"]


def test_a_failing_span_component_keeps_the_article(monkeypatch):
    def broken(doc):
        raise ValueError("bad rule")

    monkeypatch.setattr(pipeline, "SPAN_COMPONENTS",
                        [(n, broken if n == "people" else c) for n, c in pipeline.SPAN_COMPONENTS])
    facts = extract(article("Minister Arman Tulegenov of the Kazakh Ministry of Energy said the "
                            "plan is ready."))
    assert facts.people == []
    assert [o.name for o in facts.orgs] == ["Kazakh Ministry of Energy"]
    assert facts.errors == ["people: ValueError: bad rule"]


def test_an_organisation_outranks_the_place_inside_it():
    doc = pipeline.annotate(article("The Kazakhstan Science Foundation opened an office."),
                            gazetteer())
    assert [(s.label, s.name) for s in doc.sents[0].spans] == [
        (ORG, "Kazakhstan Science Foundation")]


def test_the_overlap_policy_removes_the_lower_ranked_span_and_says_why():
    doc = pipeline.annotate(article("Officials met in Oman."), gazetteer())
    sent = doc.sents[0]
    place = Span(0, 4, Ref("place", "https://w3id.org/coopkg/id/country/OM"), "Oman", "place.name")
    org = Span(0, 9, Ref("org", "Officials"), "Officials", "org.untyped")
    sent.spans = [place]
    assert add_span(doc, sent, org)
    assert sent.spans == [org]
    assert doc.dropped[-1].span == place and doc.dropped[-1].lost_to == org
    assert not add_span(doc, sent, place)
    assert doc.dropped[-1].reason == "ORG outranks or precedes PLACE"


def test_spans_name_their_rule():
    doc = pipeline.annotate(article("Uzbek Deputy Minister Dilnoza Karimova visited the "
                                    "Turkish Ministry of Trade. Karimova said talks went well."),
                            gazetteer())
    rules = {(s.name, s.rule) for sent in doc.sents for s in sent.spans}
    assert ("Dilnoza Karimova", "person.titled") in rules
    assert ("Dilnoza Karimova", "person.surname") in rules
    assert ("Turkish Ministry of Trade", "org.keyword") in rules


def test_two_written_forms_of_one_company_are_one_organisation():
    facts = extract(article("Blue Steppe Logistics Co., Ltd. signed a contract with the Caspian "
                            "Port Authority. Blue Steppe Logistics Co. Ltd said the deal was big."))
    names = [o.name for o in facts.orgs if "Logistics" in o.name]
    assert len(names) == 1


def test_money_written_with_currency_words_after_the_number():
    facts = extract(article("Trade between Brazil and India reached 24.0 billion US dollars "
                            "in 2023, the ministry said."))
    assert [(f.value, f.unit) for f in facts.figures] == [(24.0e9, "USD")]


def test_every_fact_names_a_rule_with_a_confidence():
    facts = extract(article("MINSK, March 7 -- The Belarusian State University and the Hanoi "
                            "University of Science signed an agreement on Thursday on joint "
                            "research, rector Ivan Petrov said. \"We will open a laboratory,\" "
                            "Petrov said. Trade reached $1.2 billion last year."))
    produced = [*facts.orgs, *facts.people, *facts.agreements, *facts.statements, *facts.figures]
    assert produced
    for item in produced:
        assert item.rule, item
        assert item.confidence == lexicon.confidence(item.rule) or item.confidence < \
            lexicon.confidence(item.rule)


def test_every_rule_used_in_code_is_in_the_rules_table():
    table = {row[0] for row in lexicon.rows("rules")}
    used = set()
    for path in SRC.glob("*.py"):
        used |= set(re.findall(r"rule=\"([a-z]+\.[a-z-]+)\"", path.read_text()))
        used |= set(re.findall(r"\"((?:org|person|agreement|event|statement|figure|place)"
                               r"\.[a-z-]+)\"", path.read_text()))
    assert used and used <= table, used - table


def test_every_stop_list_row_gives_a_reason():
    for name in ("not_names", "not_org_starts"):
        for row in lexicon.rows(name):
            assert len(row) == 2 and len(row[1].split()) >= 4, row


def test_lexicon_files_have_a_header_and_no_duplicate_rows():
    for path in (SRC / "lexicon").glob("*.tsv"):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# "), path.name
        body = [line for line in lines[1:] if line.strip()]
        assert len(body) == len(set(body)), f"{path.name} repeats a row"
