"""The embedded store: pyoxigraph's on-disk Store, used directly.

Each `Store.update` call is one transaction, so replacing an article is a single update holding
DROP, INSERT DATA and the inference rules together: a crash leaves the old graph or the new one,
never half of either.  RocksDB's lock file keeps a second writer out; readers open read-only."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.term import BNode, Node

from coopkg.store.base import LoadOutcome, QueryResult, StoreError, StoreLockedError
from coopkg.store.binding import bind_terms
from coopkg.store.remote_terms import INTEGER_TYPES, canonical
from coopkg.vocab import COOP, ONTOLOGY_GRAPH, REFERENCE_GRAPH

FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
           "nquads": ox.RdfFormat.N_QUADS, "ntriples": ox.RdfFormat.N_TRIPLES,
           "jsonld": ox.RdfFormat.JSON_LD}
DATASET_FORMATS = {"trig", "nquads"}
_CANONICAL_TYPES = {str(t) for t in INTEGER_TYPES} | {"http://www.w3.org/2001/XMLSchema#decimal",
                                          "http://www.w3.org/2001/XMLSchema#string"}


def to_ox(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r}")


def from_ox(term) -> Node | None:
    return None if term is None else _from_ox(term)


@lru_cache(maxsize=65_536)
def _from_ox(term) -> Node:
    """Cached: rdflib terms are immutable, and building one (IRI checks, literal parsing) cost
    4 µs — 1.5 ms of a 75-row query."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        literal = Literal(term.value, datatype=URIRef(term.datatype.value))
        return canonical(literal) if term.datatype.value in _CANONICAL_TYPES else literal
    raise TypeError(f"cannot convert {term!r}")


def in_graph(ntriples, graph: str):
    """N-Triples (str or bytes) → the same statements as N-Quads in `graph`.  In N-Triples a
    raw newline only ends a statement, so every " .\\n" is a statement's end."""
    suffix = f" {ox.NamedNode(graph)} .\n"
    if isinstance(ntriples, bytes):
        return ntriples.replace(b" .\n", suffix.encode())
    return ntriples.replace(" .\n", suffix)


def _as_union_and_graph(ntriples: str, graph: str) -> bytes:
    """A new graph as one N-Quads load: its triples in the default graph (the union) and in
    their own graph.  Oxigraph's N-Quads parser streams; a SPARQL INSERT DATA of the same
    triples is parsed whole first (20 MB of N-Triples: +720 MB and 33 s CPU; this: +400 MB, 16 s)."""
    data = ntriples.encode("utf-8")
    if data and not data.endswith(b"\n"):
        data += b"\n"
    return data + in_graph(data, graph)


def counted(items, counter: list[int]):
    """Passes items through, counting them into counter[0] (for exports that stream)."""
    for item in items:
        counter[0] += 1
        yield item


def _nt_term(term: Node) -> str:
    return str(to_ox(term))


def replace_update(name: str, ntriples: str, existed: bool) -> str:
    """One update: forget the old graph's triples in the default graph unless another graph
    still states them, drop the graph, insert the new one into it and into the default graph.

    The default graph is kept as the deduplicated union of all graphs: queries and exports read
    it directly.  (Oxigraph's union-default-graph mode returns one row per graph that states a
    triple, so an organisation named in 500 articles multiplied every join by 500.)"""
    forget = (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} FILTER NOT EXISTS "
              f"{{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {name}) }} }} ;\n") if existed else ""
    return (f"{forget}DROP SILENT GRAPH {name} ;\n"
            f"INSERT DATA {{\n{ntriples}\nGRAPH {name} {{\n{ntriples}\n}} }}")


class EmbeddedStore:
    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        try:
            if read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"no store at {self.path} (run `coopkg init` first)")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"store {self.path} is locked by another process writing to it; "
                    "try again when it has finished") from None
            raise StoreError(f"cannot open store {self.path}: {exc}") from None

    # -- writing -------------------------------------------------------------------------------
    def graph_hash(self, graph: URIRef) -> str | None:
        g = ox.NamedNode(str(graph))
        for quad in self._store.quads_for_pattern(g, ox.NamedNode(str(COOP.contentHash)), None, g):
            return quad.object.value
        return None

    def replace_graph(self, graph: URIRef, ntriples: str, content_hash: str | None) -> LoadOutcome:
        """Drop and insert in one update (one transaction); N-Triples lines are valid
        INSERT DATA syntax, so the graph is never re-parsed on the way in."""
        existed = self._store.contains_named_graph(ox.NamedNode(str(graph)))
        if content_hash is not None and existed and self.graph_hash(graph) == content_hash:
            return LoadOutcome.UNCHANGED
        if existed:
            self._write(replace_update(_nt_term(graph), ntriples, existed))
            return LoadOutcome.REPLACED
        self._transaction(lambda: self._store.load(_as_union_and_graph(ntriples, str(graph)),
                                                   ox.RdfFormat.N_QUADS))
        return LoadOutcome.LOADED

    def replace_plain_graph(self, graph: URIRef, triples: Graph) -> None:
        """For the ontology and reference graphs."""
        self.replace_graph(graph, triples.serialize(format="nt"), None)

    def known_hashes(self) -> dict[str, str]:
        """Article graph → stored content hash, for skipping unchanged articles in bulk."""
        h = ox.NamedNode(str(COOP.contentHash))
        return {q.graph_name.value: q.object.value
                for q in self._store.quads_for_pattern(None, h, None, None)
                if isinstance(q.graph_name, ox.NamedNode) and q.subject == q.graph_name}


    FLUSH_EVERY = 256

    def _write(self, update: str) -> None:
        self._transaction(lambda: self._store.update(update))

    def _transaction(self, step: Callable[[], None]) -> None:
        """One update or load = one transaction.  Flushing every few hundred writes keeps
        RocksDB's memtables from growing with the load (measured: +210 KB per article without
        it)."""
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        self._writes = getattr(self, "_writes", 0) + 1
        try:
            if self._writes % self.FLUSH_EVERY == 0:
                self._store.flush()
            step()
        except SyntaxError as exc:
            raise StoreError(f"SPARQL update rejected: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise StoreError(f"write to {self.path} failed: {exc}") from None

    def is_initialised(self) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(str(ONTOLOGY_GRAPH))) and \
            self._store.contains_named_graph(ox.NamedNode(str(REFERENCE_GRAPH)))

    def update(self, sparql: str) -> None:
        """A raw SPARQL Update, one transaction (`coopkg serve --allow-update`)."""
        self._write(sparql)

    # -- reading -------------------------------------------------------------------------------
    def native_query(self, sparql: str, default_graph: list[str] | None = None,
                     named_graphs: list[str] | None = None):
        """pyoxigraph's own result objects, for serialising them natively (the endpoint)."""
        options = {}
        if default_graph:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graph]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        return self._store.query(sparql, **options)

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        try:
            result = self._store.query(bind_terms(sparql, bindings or {}))
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from None
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = [[from_ox(solution[name]) for name in names] for solution in result]
            return QueryResult(variables=names, rows=rows)
        graph = Graph()
        for triple in result:
            graph.add((from_ox(triple.subject), from_ox(triple.predicate),
                       from_ox(triple.object)))
        return QueryResult(graph=graph)

    def export(self, out: IO[bytes], fmt: str, graph: URIRef | None = None) -> int:
        """Write the union of all graphs (or one graph) as triples, or every named graph as a
        dataset (TriG, N-Quads); returns the number of statements written."""
        rdf_format = FORMATS[fmt]
        counter = [0]
        if fmt == "nquads" and graph is None:
            return self._dump_nquads(out)
        if fmt in DATASET_FORMATS and graph is None:
            quads = (q for q in self._store.quads_for_pattern(None, None, None, None)
                     if not isinstance(q.graph_name, ox.DefaultGraph))
            ox.serialize(counted(quads, counter), out, rdf_format, prefixes=EXPORT_PREFIXES)
            return counter[0]
        source = ox.DefaultGraph() if graph is None else ox.NamedNode(str(graph))
        if fmt in ("ntriples", "turtle") and graph is None:
            self._store.dump(out, rdf_format, from_graph=source, prefixes=EXPORT_PREFIXES
                             if fmt == "turtle" else None)
            count = self._store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            return int(next(iter(count))["n"].value)
        triples = (q.triple for q in self._store.quads_for_pattern(None, None, None, source))
        ox.serialize(counted(triples, counter), out, rdf_format, prefixes=EXPORT_PREFIXES)
        return counter[0]

    def _dump_nquads(self, out: IO[bytes]) -> int:
        """Each named graph natively dumped as N-Triples, the graph name appended to each line:
        twice the rate of streaming quads through Python.  The default graph, being the union,
        is left out so that a re-import does not double it."""
        count = 0
        for name in self._store.named_graphs():
            if not isinstance(name, ox.NamedNode):
                continue
            data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
            count += data.count(b"\n")
            out.write(in_graph(data, name.value))
        return count

    def graph(self, graph: URIRef) -> Graph:
        out = Graph()
        for quad in self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))):
            out.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
        return out

    def size(self) -> int:
        return len(self._store)

    def named_graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs()
                      if isinstance(g, ox.NamedNode))

    def close(self) -> None:
        """After a bulk write, compact: at 10k articles this took 3 s and halved query times."""
        try:
            if not self.read_only:
                self._store.flush()
                if getattr(self, "_writes", 0) >= 500:
                    self._store.optimize()
        except OSError as exc:
            raise StoreError(f"closing {self.path} failed: {exc}") from None
        finally:
            del self._store  # releases the lock even when the disk is full


EXPORT_PREFIXES = {"coop": str(COOP._NS), "cid": "https://w3id.org/coopkg/id/",
             "prov": "http://www.w3.org/ns/prov#", "dcterms": "http://purl.org/dc/terms/",
             "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
             "xsd": "http://www.w3.org/2001/XMLSchema#", "owl": "http://www.w3.org/2002/07/owl#"}
