"""The scorer: on a gold file written for this test, and on the dev corpus when it is present."""

import json

import pytest
from click.testing import CliRunner
from tests.conftest import DEV_CORPUS

from coopkg.cli import main
from coopkg.evaluate import evaluate, overall
from coopkg.evaluate.match import date_ok, norm

ARTICLE = """Title: Mongolia and Japan sign grid deal
Source: Steppe Wire
Date: 2024-03-05

ULAANBAATAR, March 4 -- The Mongolian Energy Regulatory Commission and the Tokyo Grid
Institute signed a memorandum of understanding on Monday to build a smart grid laboratory,
Mongolian Deputy Minister Bat Erdene said.
"""
GOLD = {
    "article": "a.txt", "published": "2024-03-05", "countries": ["MN", "JP"],
    "regions": [{"name": "Ulaanbaatar", "iso": "MN-1", "country": "MN"}],
    "organizations": [
        {"name": "Mongolian Energy Regulatory Commission", "aliases": [], "type": "GovernmentBody",
         "country": "MN", "region": None},
        {"name": "Tokyo Grid Institute", "aliases": [], "type": "ResearchInstitute",
         "country": "JP", "region": "JP-13"}],
    "people": [{"name": "Bat Erdene", "role": "Deputy Minister", "country": "MN",
                "affiliation": None}],
    "agreements": [{"parties": ["Mongolian Energy Regulatory Commission", "Tokyo Grid Institute"],
                    "date": "2024-03", "kind": "memorandum", "topic": "smart grid laboratory"}],
    "events": [], "statements": [], "figures": [],
}


def test_rules():
    assert norm("The Astana Times") == norm("Astana Times")
    assert norm("Xi’an") == norm("Xi'an")
    assert date_ok("2024-03", "2024-03-04") and not date_ok("2024-03-05", "2024-03")
    assert date_ok(None, "2020")


def test_evaluate_own_gold(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (scored,) = evaluate(tmp_path)
    total = overall([scored])
    assert (total["countries"].tp, total["countries"].fp) == (2, 0)
    assert total["organizations"].tp == 2 and total["organizations"].accuracy("type") == 1.0
    assert total["agreements"].tp == 1 and total["agreements"].fp == 0
    assert total["people"].tp == 1
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["overall"]["agreements"]["f1"] == 1.0


def test_evaluate_needs_gold_files(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1 and "no <stem>.txt with a <stem>.json" in result.stderr


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="dev corpus (../shared/corpus/dev) absent")
def test_dev_corpus_targets():
    total = overall(evaluate(DEV_CORPUS))
    assert total["countries"].f1 >= 0.95
    assert total["organizations"].f1 >= 0.90
    assert total["organizations"].accuracy("type") >= 0.85
    assert total["organizations"].accuracy("country") >= 0.85
    assert total["people"].f1 >= 0.90
    assert total["agreements"].f1 >= 0.80
    assert total["events"].f1 >= 0.70
    assert total["statements"].f1 >= 0.80
    assert total["figures"].f1 >= 0.80
