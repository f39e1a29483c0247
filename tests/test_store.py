"""The embedded store: atomic, idempotent loads; rejection leaves the store as it was; a second
writer gets the lock error."""

import subprocess
import sys
import textwrap

import pytest
from tests.conftest import SEED, write_article

from coopkg import api
from coopkg.store import StoreLockedError
from coopkg.store.base import LoadOutcome
from coopkg.vocab import COOP, ONTOLOGY_GRAPH, REFERENCE_GRAPH

ARTICLE = """Title: Kyrgyz and Turkish universities sign exchange memorandum
Source: Test Wire
Date: 2024-05-10

BISHKEK, May 9 -- The Kyrgyz National University and the Ankara Technical University signed a
memorandum of understanding on Thursday to exchange students, officials said.
"""


def quad_count(store_path):
    with api.open_store(store_path, read_only=True) as store:
        return store.size()


def test_load_then_reload_is_a_no_op(store_path):
    with api.open_store(store_path) as store:
        first = list(api.load_paths(store, [str(SEED)]))
        size = store.size()
        second = list(api.load_paths(store, [str(SEED)]))
        assert [r.outcome for r in first] == [LoadOutcome.LOADED]
        assert [r.outcome for r in second] == [LoadOutcome.UNCHANGED]
        assert store.size() == size
        graphs = store.named_graphs()
    assert ONTOLOGY_GRAPH in graphs and REFERENCE_GRAPH in graphs and len(graphs) == 3


def test_changed_article_replaces_its_graph(store_path, tmp_path):
    path = write_article(tmp_path, "a.txt", ARTICLE)
    with api.open_store(store_path) as store:
        (first,) = api.load_paths(store, [str(path)])
        path.write_text(ARTICLE.replace("exchange students", "build a laboratory"))
        (second,) = api.load_paths(store, [str(path)])
        assert second.outcome == LoadOutcome.REPLACED and second.graph == first.graph
        topics = store.query("SELECT ?t WHERE { ?a <https://w3id.org/coopkg/ontology#topic> ?t }")
    assert [str(r[0]) for r in topics.rows] == ["build a laboratory"]


def test_materialised_inferences(seeded_store_path):
    with api.open_store(seeded_store_path, read_only=True) as store:
        ask = store.query("""PREFIX coop: <https://w3id.org/coopkg/ontology#>
            ASK { ?o a coop:Incubator, coop:Organization ;
                     coop:locatedIn <https://w3id.org/coopkg/id/region/CN-XJ>,
                                    <https://w3id.org/coopkg/id/country/CN> }""")
    assert ask.boolean is True


def test_strict_rejected_article_writes_nothing(store_path, tmp_path, monkeypatch):
    path = write_article(tmp_path, "a.txt", ARTICLE)
    before = quad_count(store_path)
    import coopkg.prepare as prepare_module

    real = prepare_module.build_graph

    def broken(article, facts):  # a builder bug producing a party-less agreement
        iri, graph = real(article, facts)
        graph.remove((None, COOP.party, None))
        return iri, graph

    monkeypatch.setattr(prepare_module, "build_graph", broken)
    with api.open_store(store_path) as store:
        (result,) = api.load_paths(store, [str(path)], strict=True)
    assert not result.ok and "SHACL" in result.error and "party" in result.error
    assert quad_count(store_path) == before


def test_second_writer_gets_lock_error(store_path):
    with api.open_store(store_path):
        with pytest.raises(StoreLockedError, match="locked by another process"):
            api.open_store(store_path).__enter__()
        code = textwrap.dedent(f"""
            from coopkg import api
            from coopkg.store import StoreLockedError
            try:
                api.open_store({str(store_path)!r}).__enter__()
            except StoreLockedError as exc:
                print("LOCKED", exc)
        """)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=60)
    assert out.stdout.startswith("LOCKED store"), out.stderr
    # and readers still can read while a writer holds the lock
    with api.open_store(store_path), api.open_store(store_path, read_only=True) as reader:
        assert reader.size() > 0


def test_read_only_open_of_missing_store(tmp_path):
    from coopkg.store import StoreError

    with pytest.raises(StoreError, match="no store at"):
        api.open_store(tmp_path / "nothing", read_only=True).__enter__()


def test_nquads_export_is_exactly_the_named_graphs(tmp_path):
    """The N-Quads export appends graph names to natively dumped lines; literals holding
    " .", newlines and quotes must survive, and the default graph (the union) is left out."""
    import io

    import rdflib

    from coopkg.store.embedded import EmbeddedStore

    tricky = '"ends with .\\n and \\" a quote . " .\n'
    g1, g2 = rdflib.URIRef("https://example.org/g1"), rdflib.URIRef("https://example.org/g2")
    store = EmbeddedStore(tmp_path / "s")
    store.replace_graph(g1, f'<https://example.org/a> <https://example.org/p> "x . y" .\n'
                            f'<https://example.org/a> <https://example.org/q> {tricky}', None)
    store.replace_graph(g2, '<https://example.org/a> <https://example.org/p> "x . y" .\n', None)
    buf = io.BytesIO()
    assert store.export(buf, "nquads") == 3
    store.close()
    got = rdflib.Dataset()
    got.parse(data=buf.getvalue().decode(), format="nquads")
    assert {(s, p, o, c) for s, p, o, c in got.quads()} == {
        (rdflib.URIRef("https://example.org/a"), rdflib.URIRef("https://example.org/p"),
         rdflib.Literal("x . y"), g1),
        (rdflib.URIRef("https://example.org/a"), rdflib.URIRef("https://example.org/q"),
         rdflib.Literal('ends with .\n and " a quote . '), g1),
        (rdflib.URIRef("https://example.org/a"), rdflib.URIRef("https://example.org/p"),
         rdflib.Literal("x . y"), g2)}
