import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from coopkg.reason import check_ontology
from coopkg.resources import ontology_path

COOP = "https://w3id.org/coopkg/ontology#"
CONTRACT_CLASSES = {
    "Country", "Region", "Organization", "GovernmentBody", "Company", "Incubator", "Foundation",
    "ResearchInstitute", "University", "MediaOutlet", "IntergovernmentalOrganization", "Person",
    "Agreement", "Event", "Summit", "StateVisit", "Meeting", "PressBriefing", "Statement",
    "Figure", "Article",
}
CONTRACT_PROPERTIES = {
    "alias", "isoCode", "country", "locatedIn", "partOf", "party", "participant", "location",
    "date", "speaker", "text", "role", "affiliation", "topic", "indicator", "value", "unit",
    "periodStart", "periodEnd", "changePercent", "concerns", "evidence",
}
needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")


@pytest.fixture(scope="module")
def onto():
    return rdflib.Graph().parse(ontology_path())


def _declared(graph, kinds):
    return {str(s)[len(COOP):] for k in kinds for s in graph.subjects(RDF.type, k)
            if str(s).startswith(COOP)}


def test_contract_terms_are_declared(onto):
    assert _declared(onto, [OWL.Class]) >= CONTRACT_CLASSES
    assert _declared(onto, [OWL.ObjectProperty, OWL.DatatypeProperty]) >= CONTRACT_PROPERTIES


def test_every_term_has_label_and_comment(onto):
    for name in _declared(onto, [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty]):
        node = rdflib.URIRef(COOP + name)
        assert onto.value(node, RDFS.label), name
        assert onto.value(node, RDFS.comment), name


def test_aligned_with_established_vocabularies(onto):
    def parents(name):
        return {str(o) for o in onto.objects(rdflib.URIRef(COOP + name), RDFS.subClassOf)}

    assert "http://www.w3.org/ns/org#Organization" in parents("Organization")
    assert "http://www.w3.org/ns/prov#Entity" in parents("Agreement")
    assert "https://schema.org/NewsArticle" in parents("Article")
    date_parent = onto.value(rdflib.URIRef(COOP + "date"), RDFS.subPropertyOf)
    assert str(date_parent) == "http://purl.org/dc/terms/date"
    assert (rdflib.URIRef(COOP + "date"), RDFS.seeAlso,
            rdflib.URIRef("http://www.w3.org/2006/time#inXSDDate")) in onto


def test_subclass_hierarchy(onto):
    org = rdflib.URIRef(COOP + "Organization")
    for sub in ("Incubator", "Foundation", "GovernmentBody", "University"):
        assert (rdflib.URIRef(COOP + sub), RDFS.subClassOf, org) in onto


@needs_java
def test_hermit_finds_real_ontology_consistent():
    report = check_ontology(ontology_path())
    assert report.consistent and report.unsatisfiable == []


def broken_copy(folder: Path, extra: str) -> Path:
    path = folder / "broken.ttl"
    path.write_text(ontology_path().read_text(encoding="utf-8") + "\n" + extra + "\n",
                    encoding="utf-8")
    return path


@needs_java
def test_hermit_reports_unsatisfiable_class(tmp_path: Path):
    report = check_ontology(broken_copy(
        tmp_path, "coop:PersonOrg a owl:Class ; rdfs:subClassOf coop:Person, coop:Organization ."))
    assert report.unsatisfiable == [COOP + "PersonOrg"]


@needs_java
def test_hermit_reports_inconsistency(tmp_path: Path):
    report = check_ontology(broken_copy(
        tmp_path, "<https://w3id.org/coopkg/id/x> a coop:Person, coop:Organization ."))
    assert not report.consistent and "inconsistent" in report.message
