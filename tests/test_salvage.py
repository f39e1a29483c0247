"""An extractor defect costs the violating facts, not the article; --strict and import stay
all-or-nothing.  Facts are built by hand here so the tests do not depend on today's extractor."""

from datetime import date

from click.testing import CliRunner
from rdflib import URIRef

from coopkg import api
from coopkg.build import build_graph
from coopkg.cli import main
from coopkg.extract.facts import Agreement, Facts, Org, Person, Ref, Statement, When
from coopkg.load import write_prepared
from coopkg.prepare import prepare_graph
from coopkg.read import Article

ARTICLE = Article(text="(body)", published=date(2024, 3, 5), title="Grid deal", source="Wire",
                  origin="grid.txt")
PREFIX = "PREFIX coop: <https://w3id.org/coopkg/ontology#>\n" \
         "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"


def defective_facts() -> Facts:
    """'Kenji University' and 'Kenji University.' resolve to one IRI with two labels."""
    kenji, kenji_dot = Ref("org", "Kenji University"), Ref("org", "Kenji University.")
    commission, institute = Ref("org", "Energy Commission"), Ref("org", "Tokyo Grid Institute")
    return Facts(
        countries={"MN", "JP"},
        orgs=[Org("Kenji University", "University", "JP"), Org("Kenji University.", "University"),
              Org("Energy Commission", "GovernmentBody", "MN"),
              Org("Tokyo Grid Institute", "ResearchInstitute", "JP")],
        people=[Person("Bat Erdene", "rector", "MN", affiliation="Kenji University")],
        agreements=[Agreement([kenji, commission], When("2024-03"), "agreement", "labs", "s1"),
                    Agreement([commission, institute], When("2024-03-04"), "memorandum",
                              "smart grid", "s2")],
        statements=[Statement(kenji_dot, "we will open a lab", None, "s3"),
                    Statement(Ref("person", "Bat Erdene"), "the grid matters", None, "s4")],
    )


def prepared(strict: bool):
    name, graph = build_graph(ARTICLE, defective_facts())
    return prepare_graph(ARTICLE.origin, name, graph, ARTICLE.content_hash, strict)


def test_violating_org_and_what_points_at_it_are_dropped_rest_is_stored(store_path):
    result = prepared(strict=False)
    assert result.error is None
    assert len(result.dropped) == 3  # the org, its agreement, its statement
    org_line = next(line for line in result.dropped if "kenji-university>" in line)
    assert "OrganizationShape" in org_line and "exactly one rdfs:label" in org_line
    assert '"Kenji University" / "Kenji University."' in org_line
    assert sum("points at dropped" in line for line in result.dropped) == 2
    with api.open_store(store_path) as store:
        loaded = write_prepared(store, result)
        assert loaded.ok and len(loaded.dropped) == 3
        rows = store.query(PREFIX + """SELECT ?topic WHERE { GRAPH ?g {
            ?a a coop:Agreement ; coop:topic ?topic } }""").rows
        assert [str(r[0]) for r in rows] == ["smart grid"]
        speakers = store.query(PREFIX + """SELECT ?name WHERE { GRAPH ?g {
            ?s a coop:Statement ; coop:speaker/rdfs:label ?name } }""").rows
        assert [str(r[0]) for r in speakers] == ["Bat Erdene"]
        person = store.query(PREFIX + """SELECT ?role ?aff WHERE { GRAPH ?g {
            ?p a coop:Person ; coop:role ?role OPTIONAL { ?p coop:affiliation ?aff } } }""").rows
        assert [(str(r[0]), r[1]) for r in person] == [("rector", None)]
        orgs = store.query(PREFIX + "SELECT ?o WHERE { GRAPH ?g { ?o a coop:University } }")
        assert orgs.rows == []


def test_strict_keeps_all_or_nothing():
    result = prepared(strict=True)
    assert result.error and "exactly one rdfs:label" in result.error
    assert result.ntriples == "" and result.dropped == []


def test_article_node_violation_still_rejects():
    name, graph = build_graph(ARTICLE, defective_facts())
    graph.remove((name, None, None))
    graph.add((name, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
               URIRef("https://w3id.org/coopkg/ontology#Article")))
    result = prepare_graph(ARTICLE.origin, name, graph, ARTICLE.content_hash, strict=False)
    assert result.error and f"SHACL: {name}" in result.error and result.dropped == []


KENJI = """Title: Mongolian and Japanese universities to open a joint lab
Source: Steppe Wire
Date: 2024-03-05

ULAANBAATAR, March 4 -- A joint laboratory will be opened by Mongolia's Darkhan Technical
University and Japan's University of Kenji I.

Darkhan Technical University said its rector visited the University of Kenji I in Osaka in
February, and the two universities signed an agreement to open the laboratory.

The Mongolian Energy Regulatory Commission and the Tokyo Grid Institute signed a memorandum of
understanding on Monday to build a smart grid.
"""


def run(store, *args):
    return CliRunner().invoke(main, ["--store", str(store), *args])


def test_cli_load_reports_dropped_facts_and_strict_rejects(store_path, tmp_path, monkeypatch):
    """An extractor defect, made on purpose: without the linking step that gives one entity one
    label, 'University of Kenji I' and 'University of Kenji I.' reach the graph as two labels."""
    from coopkg.extract import linking, pipeline

    monkeypatch.setattr(pipeline, "SPAN_COMPONENTS", [(n, c) for n, c in pipeline.SPAN_COMPONENTS
                                                      if c is not linking.one_entity_per_key])
    path = tmp_path / "kenji.txt"
    path.write_text(KENJI, encoding="utf-8")
    strict = run(store_path, "load", "--strict", str(path))
    assert "0 loaded, 1 rejected" in strict.stderr and "rdfs:label" in strict.stderr
    result = run(store_path, "load", str(path))
    assert result.exit_code == 0, result.stderr
    assert "2 facts dropped" in result.stderr and "OrganizationShape" in result.stderr
    assert "1 loaded, 2 facts dropped" in result.stderr  # the org and the agreement naming it
    rows = run(store_path, "sparql", PREFIX + """SELECT ?label WHERE { ?a a coop:Agreement ;
        coop:party/rdfs:label ?label } ORDER BY ?label""", "--format", "tsv").stdout
    assert "Mongolian Energy Regulatory Commission" in rows and "Tokyo Grid Institute" in rows


def test_import_of_user_rdf_stays_all_or_nothing(store_path, tmp_path):
    bad = tmp_path / "two-labels.ttl"
    bad.write_text("""@prefix coop: <https://w3id.org/coopkg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<urn:a> a coop:Article ; dcterms:date "2024-03-05"^^xsd:date ;
    coop:contentHash "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" .
<urn:good> a coop:University ; rdfs:label "Good University" ; prov:wasDerivedFrom <urn:a> .
<urn:bad> a coop:University ; rdfs:label "One", "Two" ; prov:wasDerivedFrom <urn:a> .
""", encoding="utf-8")
    result = run(store_path, "import", str(bad))
    assert result.exit_code == 1 and "exactly one rdfs:label" in result.stderr
    count = run(store_path, "sparql", PREFIX + "SELECT ?o WHERE { ?o rdfs:label \"Good University\" }",
                "--format", "tsv")
    assert "urn:good" not in count.stdout
