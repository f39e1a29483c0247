"""Each shape against a conforming and a non-conforming fixture, checking which constraint fires."""

from pathlib import Path

import pytest
from rdflib import Graph

from coopkg.validate import validate_graph

SHAPES = Path(__file__).parent / "fixtures" / "shapes"
# shape fixture → result paths that must be reported for the bad fixture
EXPECTED = {
    "article": {"date"},
    "provenance": {"wasDerivedFrom", "confidence", "rule", "dateInherited"},
    "organization": {"label", "country"},
    "described": {"label", "country"},
    "person": {"label", "affiliation"},
    "country": {"isoCode"},
    "region": {"isoCode", "partOf"},
    "agreement": {"party", "date"},
    "event": {"label", "location", "date"},
    "statement": {"speaker", "text"},
    "figure": {"value", "unit", "concerns"},
    "correction": {"correctsArticle", "reason", "wasAssociatedWith", "endedAtTime", "factType",
                   "condition"},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_conforming_fixture(name):
    report = validate_graph(Graph().parse(SHAPES / f"{name}-ok.ttl"))
    assert report.conforms, report.text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_non_conforming_fixture(name):
    report = validate_graph(Graph().parse(SHAPES / f"{name}-bad.ttl"))
    assert not report.conforms
    assert {v.path for v in report.violations} == EXPECTED[name], report.text
