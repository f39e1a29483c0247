"""`coopkg serve`: the SPARQL 1.1 Protocol, driven by SPARQLWrapper as any client would."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException
from tests.conftest import SEED, write_article
from tests.reliability.serve_harness import serving

from coopkg import api
from coopkg.read import read_path
from coopkg.vocab import article_iri

PREFIX = "PREFIX coop: <https://w3id.org/coopkg/ontology#>\n"
AGREEMENTS = PREFIX + "SELECT ?a WHERE { ?a a coop:Agreement } ORDER BY ?a"
TOKEN = "s3cret-token"


@contextmanager
def running(store, **options):
    with serving(store, **options) as (base, _server):
        yield base


@pytest.fixture
def seeded(seeded_store_path, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(seeded_store_path, path)
    return path


@pytest.fixture
def endpoint(seeded):
    with running(seeded) as base:
        yield base


def client(base: str, query: str, fmt=JSON, method: str = "GET") -> SPARQLWrapper:
    wrapper = SPARQLWrapper(base + "/sparql")
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    wrapper.setMethod(method)
    return wrapper


def test_select_in_every_results_format(endpoint):
    seed = str(article_iri(read_path(SEED).key)).rsplit("/", 1)[-1]
    for method in ("GET", "POST"):
        rows = client(endpoint, AGREEMENTS, JSON, method).queryAndConvert()["results"]["bindings"]
        assert [r["a"]["value"].rsplit("/", 1)[-1] for r in rows] == [f"{seed}-1", f"{seed}-2"]
    xml = client(endpoint, AGREEMENTS, XML).query().response.read().decode()
    assert "<sparql" in xml and f"{seed}-2" in xml
    csv = client(endpoint, AGREEMENTS, CSV).queryAndConvert().decode().split()
    assert csv[0] == "a" and len(csv) == 3
    tsv = client(endpoint, AGREEMENTS, TSV).queryAndConvert().decode().splitlines()
    assert tsv[0] == "?a" and tsv[1].startswith("<https://w3id.org/coopkg/id/agreement/")


def test_ask_and_construct(endpoint):
    ask = client(endpoint, PREFIX + "ASK { ?a a coop:Agreement }").queryAndConvert()
    assert ask["boolean"] is True
    construct = PREFIX + "CONSTRUCT { ?a a coop:Agreement } WHERE { ?a a coop:Agreement }"
    turtle = client(endpoint, construct, TURTLE).queryAndConvert()
    assert len(Graph().parse(data=turtle, format="turtle")) == 2
    jsonld = client(endpoint, construct, JSONLD).query().response.read()
    assert len(Graph().parse(data=jsonld, format="json-ld")) == 2
    request = urllib.request.Request(
        endpoint + "/sparql?" + urllib.parse.urlencode({"query": construct}),
        headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request) as response:
        assert response.headers["Content-Type"] == "application/n-triples"
        assert len(response.read().decode().strip().splitlines()) == 2


def _status(base: str, path: str, data: bytes | None = None, headers: dict | None = None) -> tuple:
    request = urllib.request.Request(base + path, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_protocol_errors(endpoint):
    bad = urllib.parse.urlencode({"query": "SELEKT * WHERE {}"})
    status, text = _status(endpoint, "/sparql?" + bad)
    assert status == 400 and text.startswith("SPARQL syntax error")
    assert _status(endpoint, "/sparql")[0] == 400
    ask = urllib.parse.urlencode({"query": "ASK {}"})
    assert _status(endpoint, "/sparql?" + ask, headers={"Accept": "image/png"})[0] == 406
    assert _status(endpoint, "/nowhere")[0] == 404
    status, _ = _status(endpoint, "/sparql", b"ASK {}", {"Content-Type": "text/plain"})
    assert status == 415


def test_a_write_without_the_token_is_refused(seeded):
    update = PREFIX + "INSERT DATA { <urn:x> a coop:Agreement }"
    with running(seeded) as base:
        wrapper = client(base, update, method=POST)
        with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError), match="403"):
            wrapper.query()
        assert _status(base, "/sparql", update.encode(),
                       {"Content-Type": "application/sparql-update"})[0] == 403
    with running(seeded, allow_update=True, token=TOKEN) as base:
        for headers in ({}, {"Authorization": "Bearer wrong"}):
            status, text = _status(base, "/sparql", update.encode(),
                                   {"Content-Type": "application/sparql-update", **headers})
            assert status == 401 and "token" in text
        assert len(client(base, AGREEMENTS).queryAndConvert()["results"]["bindings"]) == 2
        status, _ = _status(base, "/sparql", update.encode(),
                            {"Content-Type": "application/sparql-update",
                             "Authorization": f"Bearer {TOKEN}"})
        assert status == 204
        assert len(client(base, AGREEMENTS).queryAndConvert()["results"]["bindings"]) == 3


def test_time_and_size_limits(seeded):
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
    with running(seeded, timeout=0.3, max_rows=10_000_000) as base:
        status, text = _status(base, "/sparql?" + urllib.parse.urlencode({"query": cross}))
        assert status == 503 and "time limit" in text
    with running(seeded, max_rows=1) as base:
        status, text = _status(base, "/sparql?" + urllib.parse.urlencode({"query": AGREEMENTS}))
        assert status == 413 and "more than 1 results" in text


def test_dataset_parameters_and_fresh_reads(seeded, tmp_path):
    with running(seeded) as base:
        onto = client(base, PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { ?s a coop:Agreement }")
        onto.addDefaultGraph("https://w3id.org/coopkg/id/graph/ontology")
        assert onto.queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "0"
        article = write_article(tmp_path, "a.txt", "Title: Kyrgyz and Turkish universities sign "
                                "memorandum\nSource: Test Wire\nDate: 2024-05-10\n\nBISHKEK, May 9 -- "
                                "The Kyrgyz National University and the Ankara Technical University "
                                "signed a memorandum of understanding on Thursday to exchange "
                                "students, officials said.\n")
        with api.open_store(seeded) as store:  # another writer while the server runs
            assert all(r.ok for r in api.load_paths(store, [str(article)]))
        rows = client(base, AGREEMENTS).queryAndConvert()["results"]["bindings"]
        assert len(rows) == 3


def test_stored_query_api_binds_parameters(endpoint):
    args = urllib.parse.urlencode({"type_a": "Incubator", "place_a": "Xinjiang",
                                   "type_b": "Foundation", "place_b": "KZ"})
    status, text = _status(endpoint, "/api/query/agreements-linking?" + args)
    data = json.loads(text)
    assert status == 200 and data["rows"][0][data["variables"].index("date")] == "2021-09-20"
    status, text = _status(endpoint, "/api/query/agreements-linking?" + args.replace("Incubator", "Nonsense"))
    assert status == 400 and "Nonsense" in text
    status, text = _status(endpoint, "/api/query/agreements-linking?type_a=Incubator")
    assert status == 400 and "needs parameter" in text
    names = [q["name"] for q in json.loads(_status(endpoint, "/api/queries")[1])]
    assert "agreements-linking" in names and "timeline" in names


def test_serve_command(seeded, tmp_path):
    cli = [sys.executable, "-m", "coopkg.cli"]
    no_token = subprocess.run([*cli, "--store", str(seeded), "serve", "--allow-update"],
                              capture_output=True, text=True, env={"PATH": ""})
    assert no_token.returncode == 2 and "token" in no_token.stderr
    missing = subprocess.run([*cli, "--store", str(tmp_path / "none"), "serve"],
                             capture_output=True, text=True)
    assert missing.returncode == 1 and "no store" in missing.stderr
    remote = subprocess.run([*cli, "--store", "http://127.0.0.1:9/sparql", "serve"],
                            capture_output=True, text=True)
    assert remote.returncode == 2 and "store directory" in remote.stderr
    process = subprocess.Popen([*cli, "--store", str(seeded), "serve", "--port", "0"],
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        port = re.search(r"http://127\.0\.0\.1:(\d+)/", line).group(1)
        rows = client(f"http://127.0.0.1:{port}", AGREEMENTS).queryAndConvert()
        assert len(rows["results"]["bindings"]) == 2
    finally:
        process.terminate()
        process.wait(10)
    assert SEED.exists()
