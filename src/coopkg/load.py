"""Loading into a store: prepared (validated, inference-complete) graphs, written one article
at a time, each in one transaction — so an interrupted load leaves every article whole or
absent, and running it again skips what is already stored unchanged."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from coopkg.prepare import Prepared, prepare, prepare_graph, reference_context
from coopkg.rdfinput import (
    ImportError_,
    ImportOptions,
    graph_names,
    local_copy,
    open_scratch,
    parse_into,
    rdf_format,
)
from coopkg.read import Article, ReadError, iter_paths, read_path
from coopkg.reference import reference_graph
from coopkg.store.base import LoadOutcome, StoreError, TripleStore
from coopkg.store.embedded import from_ox
from coopkg.validate import ValidationReport, ontology_graph, validate_article
from coopkg.vocab import CID, COOP, ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_iri, slug


@dataclass
class LoadResult:
    origin: str
    outcome: LoadOutcome | None = None
    graph: URIRef | None = None
    triples: int = 0
    error: str | None = None
    report: ValidationReport | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def init_store(store: TripleStore) -> None:
    """(Re)write the ontology and the reference places, each in its own named graph."""
    store.replace_plain_graph(ONTOLOGY_GRAPH, ontology_graph())
    store.replace_plain_graph(REFERENCE_GRAPH, reference_graph())


def ensure_initialised(store: TripleStore) -> None:
    if not store.is_initialised():
        init_store(store)


def write_prepared(store: TripleStore, prepared: Prepared) -> LoadResult:
    if prepared.error:
        return LoadResult(prepared.origin, None, URIRef(prepared.graph), error=prepared.error)
    outcome = store.replace_graph(URIRef(prepared.graph), prepared.ntriples,
                                  prepared.content_hash)
    return LoadResult(prepared.origin, outcome, URIRef(prepared.graph), prepared.triples)


def load_article(store: TripleStore, article: Article) -> LoadResult:
    iri = article_iri(article.key)
    if store.graph_hash(iri) == article.content_hash:
        return LoadResult(article.origin, LoadOutcome.UNCHANGED, iri)
    return write_prepared(store, prepare(article))


def load_paths(store: TripleStore, inputs: Iterable[str], default_date: date | None = None,
               workers: int = 1) -> Iterator[LoadResult]:
    """Load each input; a bad one yields a result with its error and stores nothing.  With
    workers > 1, reading, extraction and validation run in that many processes while this
    process stays the single writer."""
    from coopkg.bulk import prepare_many

    ensure_initialised(store)
    paths = list(iter_paths(list(inputs)))
    for prepared in prepare_many(paths, default_date, store.known_hashes(), workers):
        if prepared.unchanged:
            yield LoadResult(prepared.origin, LoadOutcome.UNCHANGED, URIRef(prepared.graph))
        else:
            yield write_prepared(store, prepared)


def check_paths(inputs: Iterable[str], default_date: date | None = None) -> Iterator[LoadResult]:
    """Extract and validate without writing (`coopkg validate FILES`)."""
    for path in iter_paths(list(inputs)):
        try:
            prepared = prepare(read_path(path, default_date))
        except ReadError as exc:
            yield LoadResult(path, error=str(exc))
            continue
        yield LoadResult(path, None, URIRef(prepared.graph), prepared.triples, prepared.error)


def validate_stored(store: TripleStore, graph_iri: URIRef) -> LoadResult:
    graph = store.graph(graph_iri)
    types, _chains = reference_context(graph)
    report = validate_article(graph, types)
    error = None if report.conforms else f"<{graph_iri}>: {report.summary()}"
    return LoadResult(str(graph_iri), None, graph_iri, len(graph), error, report)


def import_rdf(store: TripleStore, path: str, graph_iri: URIRef | str | None = None,
               fmt: str | None = None, options: ImportOptions | None = None) -> list[LoadResult]:
    """Import an RDF file, validated like an article; datasets keep their named graphs.
    Every graph is checked before any is written, and none may be a graph that `init` or
    `load` owns (see `writable_check`)."""
    ensure_initialised(store)
    options = options or ImportOptions()
    rdf_fmt = rdf_format(path, fmt)
    default_name = _default_target(path, graph_iri)
    with tempfile.TemporaryDirectory(prefix="coopkg-import-") as tmp:
        folder = Path(tmp)
        scratch = open_scratch(folder)
        parse_into(scratch, path, local_copy(path, options, folder), rdf_fmt, options)
        sources = graph_names(scratch)
        if not sources:
            raise ImportError_(f"{path}: no triples to import")
        targets = [default_name if isinstance(s, ox.DefaultGraph) else URIRef(s.value)
                   for s in sources]
        writable_check(store, path, targets)
        spooled = [_prepare_imported(scratch, path, source, target, folder / f"{i}.nt")
                   for i, (source, target) in enumerate(zip(sources, targets, strict=True))]
        del scratch
        return [write_prepared(store, _unspool(prepared)) for prepared in spooled]


def _default_target(path: str, graph_iri: URIRef | str | None) -> URIRef:
    if graph_iri is None:
        return CID[f"graph/import/{slug(Path(path).name if path != '-' else 'stdin')}"]
    try:
        return URIRef(ox.NamedNode(str(graph_iri)).value)
    except ValueError:
        raise ImportError_(f"{path}: --graph {graph_iri!r} is not an absolute IRI") from None


def _prepare_imported(scratch: ox.Store, path: str, source, target: URIRef,
                      spool: Path) -> Prepared:
    """One graph out of the scratch store: validated, marked as imported, inferences added;
    its N-Triples go to a spool file so that only one graph is in memory at a time."""
    graph = Graph()
    for quad in scratch.quads_for_pattern(None, None, None, source):
        graph.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
    graph.add((target, COOP.importedFrom, Literal(Path(path).name if path != "-" else "stdin")))
    result = prepare_graph(path, target, graph, "")
    if result.error:
        raise ImportError_(f"{path}: graph <{target}>: {result.error.split(': ', 1)[1]}")
    spool.write_text(result.ntriples, encoding="utf-8")
    result.ntriples, result.content_hash = str(spool), None
    return result


def _unspool(prepared: Prepared) -> Prepared:
    prepared.ntriples = Path(prepared.ntriples).read_text(encoding="utf-8")
    return prepared


RESERVED_GRAPHS = {ONTOLOGY_GRAPH: "the ontology", REFERENCE_GRAPH: "the reference places"}
_NOT_IMPORTED = """SELECT ?g WHERE {{ VALUES ?g {{ {graphs} }}
  FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?g <{marker}> ?from }} }} }}"""


def writable_check(store: TripleStore, path: str, targets: list[URIRef]) -> None:
    """Import may create graphs and replace the ones it wrote (marked coop:importedFrom);
    the ontology and reference graphs belong to `init` and stored articles to `load`."""
    for target in targets:
        if target in RESERVED_GRAPHS:
            raise ImportError_(f"{path}: graph <{target}> holds {RESERVED_GRAPHS[target]}, which "
                               "only `coopkg init` writes; import refused, nothing changed")
    for start in range(0, len(targets), 500):
        batch = " ".join(f"<{t}>" for t in targets[start:start + 500])
        rows = store.query(_NOT_IMPORTED.format(graphs=batch, marker=COOP.importedFrom)).rows
        if rows:
            raise ImportError_(f"{path}: graph <{rows[0][0]}> holds an article stored by "
                               "`coopkg load`, which import may not replace; nothing changed")


__all__ = ["ImportError_", "ImportOptions", "LoadResult", "StoreError", "check_paths", "import_rdf",
           "init_store", "load_article", "load_paths", "write_prepared"]
