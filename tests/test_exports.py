"""Exports for other tools: facts only, a quiet exit into a closed pipe, plain Python rows."""

import subprocess
import sys

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from coopkg.cli import main
from coopkg.vocab import COOP, REFERENCE_GRAPH, country_iri


def run(store, *args):
    return CliRunner().invoke(main, ["--store", str(store), *args])


def test_facts_only_keeps_facts_and_the_places_they_use(seeded_store_path):
    full = run(seeded_store_path, "export", "--format", "ntriples")
    facts = run(seeded_store_path, "export", "--facts-only", "--format", "turtle")
    assert facts.exit_code == 0, facts.output
    graph = Graph().parse(data=facts.stdout, format="turtle")
    assert f"exported {len(graph)} statements" in facts.stderr
    assert len(graph) < len(Graph().parse(data=full.stdout, format="nt")) / 10
    assert not list(graph.subjects(RDF.type, OWL.Class))  # no ontology
    kz = country_iri("KZ")
    assert (kz, RDF.type, COOP.Country) in graph
    assert (kz, COOP.isoCode, Literal("KZ")) in graph and graph.value(kz, RDFS.label)
    countries = set(graph.subjects(RDF.type, COOP.Country))
    assert 1 < len(countries) < 10  # the few the article uses, not all 249
    assert set(graph.subjects(RDF.type, COOP.Agreement))  # the facts themselves
    assert (country_iri("FR"), RDF.type, COOP.Country) not in graph


def test_facts_only_as_a_dataset_keeps_article_graphs(seeded_store_path):
    result = run(seeded_store_path, "export", "--facts-only", "--format", "nquads")
    assert result.exit_code == 0
    dataset = Dataset().parse(data=result.stdout, format="nquads")
    names = {str(g.identifier) for g in dataset.contexts()} - {str(dataset.default_graph.identifier)}
    assert str(REFERENCE_GRAPH) in names
    assert any(n.startswith("https://w3id.org/coopkg/id/article/") for n in names)
    assert "https://w3id.org/coopkg/id/graph/ontology" not in names


def test_facts_only_with_a_graph_is_a_usage_error(seeded_store_path):
    result = run(seeded_store_path, "export", "--facts-only", "--graph", "https://example.org/g")
    assert result.exit_code == 2 and "leave out --graph" in result.output


@pytest.mark.parametrize("args", [["export"], ["table", "organizations"],
                                  ["sparql", "SELECT * WHERE { ?s ?p ?o }"]])
def test_a_closed_pipe_is_a_quiet_exit(seeded_store_path, args):
    process = subprocess.Popen([sys.executable, "-m", "coopkg.cli", "--store",
                                str(seeded_store_path), *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()  # what `| head -1` does
    stderr = process.stderr.read().decode()
    assert process.wait(120) == 0, stderr
    assert first and "Traceback" not in stderr and "Broken pipe" not in stderr
    assert "error" not in stderr.lower()  # a command that finished first still says what it wrote


def test_entity_uri_is_an_uriref_in_rdf_but_a_str_in_records(fixture_store_path):
    from coopkg import api

    with api.open_store(fixture_store_path, read_only=True) as store:
        result = api.run_query(store, "agreements-between", {"country_a": "CN", "country_b": "KZ"})
    assert isinstance(result.rows[0][result.variables.index("agreement")], URIRef)
    record = result.records()[0]
    assert type(record["agreement"]) is str and type(record["confidence"]) in (float, type(None))
