"""A store behind any SPARQL 1.1 endpoint (Virtuoso, Fuseki, GraphDB, Oxigraph server).

The layout is the embedded store's: one named graph per article, written whole, plus a
deduplicated union graph that stored queries read as their default graph (sent as the
protocol's `default-graph-uri`).  Engines disagree on what their own default graph is —
Virtuoso's is every graph plus its system triples, and a triple stated by 500 articles
would come back 500 times — so coopkg never relies on it."""

from __future__ import annotations

import ast
import contextlib
import re
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from typing import IO

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node
from SPARQLWrapper import DIGEST, JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from coopkg.store.base import LoadOutcome, QueryResult, StoreError
from coopkg.store.binding import SPARQL_TOKENS, bind_terms
from coopkg.store.remote_terms import from_json, query_kind
from coopkg.vocab import CID_NS, COOP, ONTOLOGY_GRAPH, REFERENCE_GRAPH

UNION_GRAPH = URIRef(CID_NS + "graph/union")
# A query naming graphs itself is sent without a dataset: with `default-graph-uri` alone, a
# server keeping to the protocol (Oxigraph) offers no named graphs at all.
_GRAPH = re.compile(r"\bGRAPH\b", re.I)
_OURS = f'STRSTARTS(STR(?g), "{CID_NS}") && ?g != <{UNION_GRAPH}>'


class RemoteStore:
    """`replace_graph` sends the graph whole (Graph Store PUT) or stages it and MOVEs it in
    one operation, so a failed send never leaves half an article behind."""

    CHUNK = 500  # Virtuoso 7.2 rejects INSERT DATA beyond ~1,000 triples
    MAX_BODY = 256 * 1024
    PAGE = 10_000

    def __init__(self, endpoint: str, update_endpoint: str | None = None,
                 graph_store: str | None = None, user: str | None = None,
                 password: str | None = None, auth: str = "basic", timeout: float = 60.0,
                 read_only: bool = False):
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.graph_store = graph_store
        self.read_only = read_only
        self.timeout = timeout
        self._user, self._password, self._auth = user, password, auth.lower()
        self._opener = _opener(user, password, self._auth,
                               [u for u in (endpoint, update_endpoint, graph_store) if u])

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r})"

    # -- reading -------------------------------------------------------------------------------
    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        text = bind_terms(sparql, bindings or {})
        kind = query_kind(text)
        client = self._client(self.endpoint)
        client.setQuery(text)
        client.queryType = kind  # SPARQLWrapper's own guess reads keywords in comments ("load")
        if not _GRAPH.search(SPARQL_TOKENS.sub(" ", text)):
            client.addDefaultGraph(str(UNION_GRAPH))
        if kind in ("CONSTRUCT", "DESCRIBE"):
            # N-Triples, not Turtle: Virtuoso's Turtle writes decimals as bare integers
            client.setOnlyConneg(True)  # no `format=` parameter beside the Accept header
            client.addCustomHttpHeader("Accept", "application/n-triples")
            data = self._send(client, raw=True)
            return QueryResult(graph=Graph().parse(data=_text(data), format="nt"))
        client.setReturnFormat(JSON)
        raw = self._send(client)
        if "boolean" in raw:
            return QueryResult(boolean=bool(raw["boolean"]))
        names = raw["head"].get("vars", [])
        rows = [[from_json(b.get(n)) for n in names] for b in raw["results"]["bindings"]]
        return QueryResult(variables=names, rows=rows)

    def _select(self, sparql: str) -> list[list[Node | None]]:
        return self.query(sparql).rows

    def graph_hash(self, graph: URIRef) -> str | None:
        g = _iri(graph)
        rows = self._select(f"SELECT ?h WHERE {{ GRAPH {g} {{ {g} <{COOP.contentHash}> ?h }} }}")
        return str(rows[0][0]) if rows else None

    def known_hashes(self) -> dict[str, str]:
        rows = self._select(f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{COOP.contentHash}> ?h }} }}")
        return {str(g): str(h) for g, h in rows}

    def _has_graph(self, graph: URIRef) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {_iri(graph)} {{ ?s ?p ?o }} }}").boolean)

    def is_initialised(self) -> bool:
        return self._has_graph(ONTOLOGY_GRAPH) and self._has_graph(REFERENCE_GRAPH)

    def named_graphs(self) -> list[URIRef]:
        rows = self._select(f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g a <{COOP.Article}> }} }}")
        graphs = {URIRef(str(g)) for (g,) in rows}
        graphs |= {g for g in (ONTOLOGY_GRAPH, REFERENCE_GRAPH) if self._has_graph(g)}
        return sorted(graphs)

    def size(self) -> int:
        """Quads in coopkg's graphs, the union graph included (as the embedded store counts
        its default graph)."""
        rows = self._select(f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                            f'FILTER(STRSTARTS(STR(?g), "{CID_NS}")) }}')
        return int(rows[0][0]) if rows else 0

    def graph(self, graph: URIRef) -> Graph:
        out = Graph()
        for triple in self._triples(graph):
            out.add(triple)
        return out

    def export(self, out: IO[bytes], fmt: str, graph: URIRef | None = None) -> int:
        from coopkg.store.embedded import DATASET_FORMATS, EXPORT_PREFIXES, FORMATS, counted, to_ox

        counter = [0]
        if fmt in DATASET_FORMATS and graph is None:
            items = (ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(g)))
                     for g in self.named_graphs() for s, p, o in self._triples(g))
        else:
            items = (ox.Triple(to_ox(s), to_ox(p), to_ox(o))
                     for s, p, o in self._triples(graph or UNION_GRAPH))
        ox.serialize(counted(items, counter), out, FORMATS[fmt], prefixes=EXPORT_PREFIXES)
        return counter[0]

    def _triples(self, graph: URIRef) -> Iterator[tuple]:
        """As SELECT rows (SPARQL JSON keeps every datatype).  Paged, because
        servers cap result sizes silently (Virtuoso's ResultSetMaxRows is 10,000); not sorted,
        because Virtuoso refuses ORDER BY beyond 10,000 rows (MaxSortedTopRows), so a graph read
        in several pages is checked against its count."""
        g, offset = _iri(graph), 0
        while True:
            rows = self._select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }} "
                                f"LIMIT {self.PAGE} OFFSET {offset}")
            yield from ((s, p, o) for s, p, o in rows)
            offset += len(rows)
            if len(rows) < self.PAGE:
                break
        if offset > self.PAGE:
            (count,), = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
            if int(count) != offset:
                raise StoreError(f"{self.endpoint}: read {offset} statements of {graph} but it "
                                 f"holds {count}; was it written to meanwhile?")

    # -- writing -------------------------------------------------------------------------------
    def replace_graph(self, graph: URIRef, ntriples: str, content_hash: str | None) -> LoadOutcome:
        """Forget the old graph's own triples from the union, send the new graph whole, add
        it to the union; a failed send puts the old graph's triples back."""
        self._check_writable()
        existed = self._has_graph(graph)
        if content_hash is not None and existed and self.graph_hash(graph) == content_hash:
            return LoadOutcome.UNCHANGED
        if existed:
            self.update(_forget_from_union(graph))
        try:
            self._put(graph, ntriples)
        except StoreError:
            if existed:
                self._quietly(_add_to_union(graph))
            raise
        try:
            self.update(_add_to_union(graph))
        except StoreError:
            self._quietly(f"DROP SILENT GRAPH {_iri(graph)}")
            raise
        return LoadOutcome.REPLACED if existed else LoadOutcome.LOADED

    def replace_plain_graph(self, graph: URIRef, triples: Graph) -> None:
        self.replace_graph(graph, triples.serialize(format="nt"), None)

    def update(self, sparql: str) -> None:
        self._check_writable()
        client = self._client(self.update_endpoint)
        client.setMethod(POST)
        client.setQuery(sparql)
        client.queryType = "INSERT"  # any update form: sent as `update=`
        self._send(client, update=True)

    def _put(self, graph: URIRef, ntriples: str) -> None:
        """Small graphs go in one PUT.  Larger ones are staged in pieces and MOVEd in one
        operation: servers answering a Digest challenge close the connection before reading a
        large body (Virtuoso resets it), and INSERT DATA has size limits of its own."""
        body = ntriples.encode("utf-8")
        if self.graph_store and len(body) <= self.MAX_BODY:
            self._http("PUT", _graph_url(self.graph_store, graph), body)
            return
        staging = URIRef(f"{CID_NS}graph/staging/{uuid.uuid4()}")
        try:
            for chunk in _chunks(ntriples, self.CHUNK):
                if self.graph_store:
                    self._http("POST", _graph_url(self.graph_store, staging), chunk.encode("utf-8"))
                else:
                    self.update(f"INSERT DATA {{ GRAPH <{staging}> {{\n{chunk}\n}} }}")
            self.update(f"MOVE SILENT GRAPH <{staging}> TO GRAPH {_iri(graph)}")
        except StoreError:
            self._quietly(f"DROP SILENT GRAPH <{staging}>")
            raise

    def _quietly(self, sparql: str) -> None:
        with contextlib.suppress(StoreError):
            self.update(sparql)

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.endpoint} is open read-only")

    # -- HTTP ----------------------------------------------------------------------------------
    def _client(self, url: str) -> SPARQLWrapper:
        client = SPARQLWrapper(url)
        client.setTimeout(int(self.timeout))
        client.setMethod(POST)
        if self._user:
            client.setCredentials(self._user, self._password or "")
            if self._auth == "digest":
                client.setHTTPAuth(DIGEST)
        return client

    def _send(self, client: SPARQLWrapper, update: bool = False, raw: bool = False):
        try:
            result = client.query()
            if raw:
                return result.response.read()
            return None if update else result.convert()
        except SPARQLWrapperException as exc:
            raise StoreError(f"{client.endpoint}: {_wrapper_message(exc)}") from None
        except urllib.error.HTTPError as exc:
            raise StoreError(f"{client.endpoint}: HTTP {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{client.endpoint}: cannot reach the server ({reason})") from None

    def _http(self, method: str, url: str, body: bytes) -> None:
        request = urllib.request.Request(url, data=body, method=method,
                                         headers={"Content-Type": "text/turtle"})
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = _first_line(exc.read().decode("utf-8", "replace"))
            raise StoreError(f"{url.split('?')[0]}: HTTP {exc.code} {exc.reason}"
                             + (f": {detail}" if detail else "")) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{url.split('?')[0]}: cannot reach the server ({reason})") from None

    def close(self) -> None:
        pass


def _opener(user: str | None, password: str | None, auth: str, urls: list[str]
            ) -> urllib.request.OpenerDirector:
    if not user:
        return urllib.request.build_opener()
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, urls, user, password or "")
    handler = urllib.request.HTTPDigestAuthHandler if auth == "digest" else \
        urllib.request.HTTPBasicAuthHandler
    return urllib.request.build_opener(handler(manager))


def _graph_url(base: str, graph: URIRef) -> str:
    """Virtuoso's graph-crud endpoints name the graph `graph-uri`; the standard says `graph`."""
    key = "graph-uri" if "graph-crud" in base else "graph"
    joiner = "&" if "?" in base else "?"
    return f"{base}{joiner}{urllib.parse.urlencode({key: str(graph)})}"


def _chunks(ntriples: str, size: int) -> Iterator[str]:
    """Statements sharing blank nodes stay in one INSERT DATA (labels are scoped per request)."""
    lines = [line for line in ntriples.splitlines() if line.strip()]
    with_bnodes = [line for line in lines if "_:" in line]
    plain = [line for line in lines if "_:" not in line]
    if with_bnodes:
        yield "\n".join(with_bnodes)
    for start in range(0, len(plain), size):
        yield "\n".join(plain[start:start + size])


def _iri(graph: URIRef) -> str:
    """Graph names are written into updates: serialised by pyoxigraph, which rejects a
    malformed IRI (ValueError) rather than letting `>` or spaces through."""
    return str(ox.NamedNode(str(graph)))


def _forget_from_union(graph: URIRef) -> str:
    g = _iri(graph)
    return (f"DELETE {{ GRAPH <{UNION_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({_OURS} && ?g != {g}) }} }}")


def _add_to_union(graph: URIRef) -> str:
    return f"INSERT {{ GRAPH <{UNION_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH {_iri(graph)} {{ ?s ?p ?o }} }}"


def _text(raw) -> str:
    return raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)


def _wrapper_message(exc: SPARQLWrapperException) -> str:
    """SPARQLWrapper's class name, then the server's own first line of explanation (the
    exception keeps the response only as the repr of its bytes, after "Response:")."""
    _, _, response = str(exc).partition("Response:\n")
    try:
        detail = ast.literal_eval(response.strip()) if response else b""
    except (ValueError, SyntaxError):
        detail = response.encode()
    text = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
    return f"{type(exc).__name__}: {_first_line(text)}" if text.strip() else _first_line(str(exc))


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0][:300] if lines else ""


def open_remote(endpoint: str, read_only: bool = False, update_endpoint: str | None = None,
                graph_store: str | None = None) -> RemoteStore:
    """Endpoints and credentials from the environment (COOPKG_UPDATE_ENDPOINT,
    COOPKG_GRAPH_STORE, COOPKG_USER, COOPKG_PASSWORD, COOPKG_AUTH, COOPKG_TIMEOUT)."""
    import os

    env = os.environ.get
    return RemoteStore(endpoint, update_endpoint=update_endpoint or env("COOPKG_UPDATE_ENDPOINT"),
                       graph_store=graph_store or env("COOPKG_GRAPH_STORE"), user=env("COOPKG_USER"),
                       password=env("COOPKG_PASSWORD"), auth=env("COOPKG_AUTH", "basic"),
                       timeout=float(env("COOPKG_TIMEOUT", "60")), read_only=read_only)
