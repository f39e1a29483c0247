"""A body the text only describes ('Ghana's trade ministry') signs, speaks and is stored as a
DescribedBody, never as an organisation (GOLD_FORMAT: descriptors are not organisations, yet
may stand as an agreement party, written as in the text)."""

import json
from datetime import date

import pytest

from coopkg.evaluate import evaluate
from coopkg.extract import extract
from coopkg.extract.described_bodies import is_described
from coopkg.read.article import Article


def facts(text: str):
    return extract(Article(text=text, published=date(2025, 6, 12), title="", source="Test Wire"))


@pytest.mark.parametrize("name, described", [
    ("Ghana's trade ministry", True),
    ("Kenyan foreign ministry", True),
    ("industry, commerce and supplies ministry", True),
    ("Ministry of Trade", False),
    ("Ghanaian Ministry of Foreign Affairs", False),
    ("the ministry of Trade and Industry", False),
    ("Peruvian embassy in Chile", False),
    ("Kenyan parliament", False),
])
def test_only_a_lowercase_ministry_phrase_is_a_description(name, described):
    assert is_described(name) is described


def test_a_described_ministry_signs_and_speaks_but_is_no_organisation_type():
    f = facts("Ghana's trade ministry and the Kenyan foreign ministry signed a memorandum on "
              "Tuesday. Ghana's trade ministry said in a written note that the pact would lift "
              "cocoa exports.")
    types = {o.name: o.type for o in f.orgs}
    assert types == {"Ghana's trade ministry": "DescribedBody",
                     "Kenyan foreign ministry": "DescribedBody"}
    (agreement,) = f.agreements
    assert [p.key for p in agreement.parties] == ["Ghana's trade ministry", "Kenyan foreign ministry"]
    assert [s.speaker.key for s in f.statements] == ["Ghana's trade ministry"]


def test_a_named_ministry_stays_a_government_body():
    f = facts("The Ghanaian Ministry of Trade and the Kenya Tea Board signed a memorandum on Tuesday.")
    assert {o.name: o.type for o in f.orgs}["Ghanaian Ministry of Trade"] == "GovernmentBody"


ARTICLE = """Title: Ghana and Kenya sign tea pact
Source: Test Wire
Date: 2025-06-12

ACCRA, June 11 -- Ghana's trade ministry and the Kenya Tea Board signed a memorandum of
understanding on Tuesday to open a tea blending plant in Tema.
"""


def test_a_described_party_loads_scores_as_a_party_and_is_no_organisation(tmp_path):
    gold = {"article": "a.txt", "published": "2025-06-12", "countries": ["GH", "KE"],
            "regions": [], "people": [], "events": [], "statements": [], "figures": [],
            "organizations": [{"name": "Kenya Tea Board", "aliases": [], "type": "GovernmentBody",
                               "country": "KE", "region": None}],
            "agreements": [{"parties": ["Ghana's trade ministry", "Kenya Tea Board"],
                            "date": "2025-06-10", "kind": "memorandum", "topic": "tea"}]}
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    (scored,) = evaluate(tmp_path)
    orgs = scored.outcomes["organizations"]
    assert (orgs.score.tp, orgs.false_positives) == (1, [])
    assert scored.outcomes["agreements"].score.tp == 1
    assert scored.predicted["agreements"][0]["parties"] == ["Ghana's trade ministry", "Kenya Tea Board"]
