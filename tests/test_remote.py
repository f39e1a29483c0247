"""The remote store against real servers: Oxigraph's own server and Virtuoso 7.2.

Every stored query must give the embedded store's rows; loads replace whole graphs; failures
leave nothing half-written and give one-line errors."""

from __future__ import annotations

import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import URIRef
from tests.conftest import ROOT, SEED, write_article
from tests.remote_servers import Server, start_oxigraph, virtuoso

from coopkg import api
from coopkg.cli import main
from coopkg.queries import QueryError, stored_queries
from coopkg.store import StoreError
from coopkg.store.base import LoadOutcome
from coopkg.store.remote import RemoteStore, _add_to_union
from coopkg.tables import TABLES, table_records
from coopkg.vocab import CID_NS, COOP, ONTOLOGY_GRAPH, REFERENCE_GRAPH

OWN_ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))
EXTRA_PARAMS = {"timeline": [{"country_a": "KZ", "country_b": "KR"}],
                "agreements-between": [{"country_a": "China", "country_b": "Brazil"}],
                "statements": [{"country": "Germany"}, {"speaker": "xi"}],
                "provenance": [{"entity": "Kazakhstan Science Foundation"}],
                "partners": [{"country": "KZ"}, {"country": "CN", "kind": "agreement"}],
                "entities": [{"type": "University"}, {"name": "jinping"}, {}],
                "entity": [{"entity": "xi jinping"}, {"entity": "Kazakhstan"}],
                "figures": [{"country": "China"}]}
ARTICLE = """Title: Kyrgyz and Turkish universities sign exchange memorandum
Source: Test Wire
Date: 2024-05-10

BISHKEK, May 9 -- The Kyrgyz National University and the Ankara Technical University signed a
memorandum of understanding on Thursday to exchange students, officials said.
"""


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    process, server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    yield server
    process.terminate()
    process.wait(10)


def _server(request, name: str) -> Server:
    base = request.getfixturevalue("oxigraph_server") if name.startswith("oxigraph") else virtuoso()
    return base.without_graph_store() if name.endswith("-update") else base


def _use(server: Server, monkeypatch) -> Server:
    for key in ("COOPKG_USER", "COOPKG_PASSWORD", "COOPKG_AUTH", "COOPKG_TIMEOUT",
                "COOPKG_UPDATE_ENDPOINT", "COOPKG_GRAPH_STORE", "COOPKG_STORE"):
        monkeypatch.delenv(key, raising=False)
    for key, value in server.env.items():
        monkeypatch.setenv(key, value)
    with _open(server) as store:
        _reset(store)
    return server


@pytest.fixture(params=["oxigraph", "virtuoso"])
def remote(request, monkeypatch) -> Server:
    return _use(_server(request, request.param), monkeypatch)


@pytest.fixture(params=["oxigraph-update", "virtuoso-update"])
def remote_update(request, monkeypatch) -> Server:
    """Writes through SPARQL Update only (chunked INSERT DATA into a staging graph, then MOVE)."""
    return _use(_server(request, request.param), monkeypatch)


def _open(server: Server, read_only: bool = False):
    return api.open_store(server.endpoint, read_only=read_only,
                          update_endpoint=server.update_endpoint, graph_store=server.graph_store)


def _reset(store: RemoteStore) -> None:
    """Initialise once per server; afterwards drop every graph but the ontology and reference
    places, and rebuild the union from those two."""
    if not store.is_initialised():
        api.init(store)
        return
    rows = store.query(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                       f'FILTER(STRSTARTS(STR(?g), "{CID_NS}")) }}').rows
    for (graph,) in rows:
        if graph not in (ONTOLOGY_GRAPH, REFERENCE_GRAPH):
            store.update(f"DROP SILENT GRAPH <{graph}>")
    for graph in (ONTOLOGY_GRAPH, REFERENCE_GRAPH):
        store.update(_add_to_union(graph))


def _generated(tmp_path: Path, n: int = 12) -> list[str]:
    out = tmp_path / "generated"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "gen_corpus.py"), "--articles",
                    str(n), "--seed", "7", "--out", str(out)], check=True)
    return sorted(str(p) for p in out.glob("*.txt"))


def _rows(result) -> list[tuple]:
    return sorted(tuple("" if t is None else t.n3() for t in row) for row in result.rows)


def _cases() -> list[tuple[str, dict[str, str]]]:
    cases = []
    for name, query in stored_queries().items():
        cases.append((name, {p.name: p.example for p in query.params if p.example}))
        cases += [(name, params) for params in EXTRA_PARAMS.get(name, [])]
    return cases


def test_every_stored_query_gives_the_embedded_rows(remote, store_path, tmp_path):
    paths = [str(SEED)] + [str(p) for p in OWN_ARTICLES] + _generated(tmp_path)
    with api.open_store(store_path) as local:
        assert all(r.ok for r in api.load_paths(local, paths))
    with _open(remote) as store:
        results = list(api.load_paths(store, paths, workers=2))
    assert [r.error for r in results if not r.ok] == []
    assert {r.outcome for r in results} == {LoadOutcome.LOADED}
    non_empty = 0
    for name, params in _cases():
        with api.open_store(store_path, read_only=True) as local:
            expected = api.run_query(local, name, params)
        with _open(remote, read_only=True) as store:
            got = api.run_query(store, name, params)
        assert got.variables == expected.variables, name
        assert _rows(got) == _rows(expected), (name, params)
        non_empty += bool(expected.rows)
    assert non_empty >= 14
    for name in TABLES:
        with api.open_store(store_path, read_only=True) as local:
            expected = table_records(local, name)
        with _open(remote, read_only=True) as store:
            got = table_records(store, name)
        assert got[0] == expected[0], name
        assert sorted(map(str, got[1])) == sorted(map(str, expected[1])), name
    with _open(remote, read_only=True) as store:
        founding = api.run_query(store, "agreements-linking", {
            "type_a": "Incubator", "place_a": "Xinjiang", "type_b": "Foundation",
            "place_b": "Kazakhstan"})
    (row,) = [dict(zip(founding.variables, r, strict=True)) for r in founding.rows]
    assert str(row["date"]) == "2021-09-20"
    assert str(row["party_b"]) == "Kazakhstan Science Foundation"


def test_reload_is_a_no_op_and_a_changed_article_replaces_its_graph(remote, tmp_path):
    with_url = ARTICLE.replace("Date:", "URL: https://example.org/kg-tr\nDate:")
    path = write_article(tmp_path, "a.txt", with_url)
    with _open(remote) as store:
        (first,) = api.load_paths(store, [str(path)])
        size = store.size()
        (again,) = api.load_paths(store, [str(path)])
        assert (first.outcome, again.outcome) == (LoadOutcome.LOADED, LoadOutcome.UNCHANGED)
        assert store.size() == size
        path.write_text(with_url.replace("exchange students", "build a joint laboratory"))
        (changed,) = api.load_paths(store, [str(path)])
        assert changed.outcome == LoadOutcome.REPLACED
        topics = store.query(f"SELECT ?t WHERE {{ ?a <{COOP.topic}> ?t }}").rows
    assert [str(t) for (t,) in topics] == ["build a joint laboratory"]  # the old one is gone


def test_load_through_update_only_endpoint(remote_update, tmp_path, monkeypatch):
    """Chunks of INSERT DATA into a staging graph, MOVEd in one operation; read back in pages."""
    monkeypatch.setattr(RemoteStore, "CHUNK", 40)
    monkeypatch.setattr(RemoteStore, "PAGE", 30)
    with _open(remote_update) as store:
        (result,) = api.load_paths(store, [str(SEED)])
        assert result.ok and result.triples > 200
        graphs = store.query('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } '
                             'FILTER(CONTAINS(STR(?g), "staging")) }').rows
        stored = store.graph(result.graph)
    assert graphs == []
    assert len(stored) == result.triples


def test_failed_send_leaves_no_partial_graph(remote_update, monkeypatch):
    monkeypatch.setattr(RemoteStore, "CHUNK", 2)
    graph = URIRef(CID_NS + "article/broken")
    good = [f"<{graph}> <{COOP.contentHash}> \"{'0' * 64}\" .",
            f"<{graph}> <http://www.w3.org/2000/01/rdf-schema#label> \"one\" .",
            f"<{graph}> <http://www.w3.org/2000/01/rdf-schema#label> \"two\" ."]
    with _open(remote_update) as store:
        before = store.size()
        with pytest.raises(StoreError):
            store.replace_graph(graph, "\n".join(good + ['<bad iri> <x:p> "unterminated .']), "0" * 64)
        assert store.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").boolean is False
        leftovers = store.query('SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } '
                                'FILTER(CONTAINS(STR(?g), "staging")) } LIMIT 1').rows
        assert leftovers == []
        assert store.size() == before


def test_rejected_article_sends_nothing(remote, tmp_path):
    path = write_article(tmp_path, "undated.txt", "Title: No date here\n\nThe Kazakh and Chinese "
                                                  "ministries signed an agreement.\n")
    with _open(remote) as store:
        before = store.size()
        (result,) = api.load_paths(store, [str(path)])
        assert not result.ok and "date" in result.error
        assert store.size() == before


def _cli(server: Server, *args: str, env: dict[str, str] | None = None):
    runner = CliRunner()
    options = ["--store", server.endpoint, "--update-endpoint", server.update_endpoint]
    if server.graph_store:
        options += ["--graph-store", server.graph_store]
    return runner.invoke(main, [*options, *args], env=env, catch_exceptions=False)


def test_every_command_works_against_the_server(remote, tmp_path):
    assert _cli(remote, "init").exit_code == 0
    loaded = _cli(remote, "load", str(SEED))
    assert loaded.exit_code == 0, loaded.output
    valid = _cli(remote, "validate")
    assert valid.exit_code == 0, valid.output
    query = _cli(remote, "query", "agreements-linking", "--format", "json", "-p", "type_a=Incubator",
                 "-p", "place_a=Xinjiang", "-p", "type_b=Foundation", "-p", "place_b=KZ")
    assert query.exit_code == 0 and "Kazakhstan Science Foundation" in query.stdout
    raw = _cli(remote, "sparql", "--format", "csv",
               "PREFIX coop: <https://w3id.org/coopkg/ontology#> "
               "SELECT (COUNT(*) AS ?n) WHERE { ?a a coop:Agreement }")
    assert raw.exit_code == 0 and raw.stdout.split() == ["n", "2"]
    stats = _cli(remote, "stats", "--format", "json")
    assert stats.exit_code == 0 and '"Agreement"' in stats.stdout
    for fmt in ("turtle", "nquads"):
        out = tmp_path / f"export.{fmt}"
        exported = _cli(remote, "export", "--format", fmt, "-o", str(out))
        assert exported.exit_code == 0, exported.output
        assert "Kazakhstan Science Foundation" in out.read_text()
    imported = _cli(remote, "import", str(ROOT / "tests" / "fixtures" / "queries.trig"))
    assert imported.exit_code == 0, imported.output


def test_construct_keeps_datatypes(remote):
    """Virtuoso's Turtle writes 13500000000.0 as a bare integer; coopkg asks for N-Triples."""
    with _open(remote) as store:
        assert all(r.ok for r in api.load_paths(store, [str(SEED)]))
        graph = store.query(f"CONSTRUCT {{ ?f <{COOP.value}> ?v }} WHERE {{ ?f <{COOP.value}> ?v }}").graph
    assert graph is not None and len(graph) >= 1
    assert {str(o.datatype) for o in graph.objects()} == {"http://www.w3.org/2001/XMLSchema#decimal"}


def test_parameter_injection_stays_a_literal(remote):
    with _open(remote) as store:
        before = store.size()
        with pytest.raises(QueryError, match="no person or organisation"):  # ran, found nobody
            api.run_query(store, "provenance", {"entity": 'x" } } ; DROP ALL ; { "'})
        assert store.size() == before


def test_unreachable_server_is_one_line_and_exit_1():
    server = Server("nowhere", f"http://127.0.0.1:{_closed_port()}/sparql",
                    f"http://127.0.0.1:{_closed_port()}/update", None)
    result = _cli(server, "stats")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "cannot reach the server" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_timeout_is_one_line_and_exit_1():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        server = Server("silent", f"http://127.0.0.1:{port}/sparql", f"http://127.0.0.1:{port}/u", None)
        result = _cli(server, "stats", env={"COOPKG_TIMEOUT": "1"})
    assert result.exit_code == 1 and "timed out" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_wrong_password_is_refused_and_not_printed(tmp_path):
    server = virtuoso()
    env = {**server.env, "COOPKG_PASSWORD": "not-the-password"}
    path = write_article(tmp_path, "a.txt", ARTICLE.replace("memorandum", f"memorandum {uuid.uuid4()}"))
    result = _cli(server, "load", str(path), env=env)
    assert result.exit_code == 1 and "401" in result.stderr
    assert "not-the-password" not in result.output + result.stderr


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
