"""Loading into a store: prepared (validated, inference-complete) graphs, written one article
at a time, each in one transaction — so an interrupted load leaves every article whole or
absent, and running it again skips what is already stored unchanged."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import rdflib
from rdflib import Graph, URIRef

from coopkg.prepare import Prepared, prepare, prepare_graph, reference_context
from coopkg.read import Article, ReadError, iter_paths, read_path
from coopkg.reference import reference_graph
from coopkg.store.base import LoadOutcome, StoreError, TripleStore
from coopkg.validate import ValidationReport, ontology_graph, validate_article
from coopkg.vocab import CID, ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_iri, slug


class ImportError_(ValueError):
    """An RDF file that cannot be imported (malformed, or not conforming)."""


@dataclass
class LoadResult:
    origin: str
    outcome: LoadOutcome | None = None
    graph: URIRef | None = None
    triples: int = 0
    error: str | None = None
    report: ValidationReport | None = None
    dropped: list[str] = field(default_factory=list)  # facts left out for failing the shapes

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
    return LoadResult(prepared.origin, outcome, URIRef(prepared.graph), prepared.triples,
                      dropped=prepared.dropped)


def load_article(store: TripleStore, article: Article, strict: bool = False) -> LoadResult:
    """Strict: a fact failing the shapes rejects the article; otherwise such facts are dropped
    and listed in the result's `dropped`."""
    iri = article_iri(article.key)
    if store.graph_hash(iri) == article.content_hash:
        return LoadResult(article.origin, LoadOutcome.UNCHANGED, iri)
    return write_prepared(store, prepare(article, strict))


def load_paths(store: TripleStore, inputs: Iterable[str], default_date: date | None = None,
               workers: int = 1, strict: bool = False) -> Iterator[LoadResult]:
    """Load each input; a bad one yields a result with its error and stores nothing, and facts
    failing the shapes are dropped from their article (all-or-nothing when `strict`).  With
    workers > 1, reading, extraction and validation run in that many processes while this
    process stays the single writer."""
    from coopkg.bulk import prepare_many

    ensure_initialised(store)
    paths = list(iter_paths(list(inputs)))
    for prepared in prepare_many(paths, default_date, store.known_hashes(), workers, strict):
        if prepared.unchanged:
            yield LoadResult(prepared.origin, LoadOutcome.UNCHANGED, URIRef(prepared.graph))
        else:
            yield write_prepared(store, prepared)


def check_paths(inputs: Iterable[str], default_date: date | None = None,
                strict: bool = False) -> Iterator[LoadResult]:
    """Extract and validate without writing (`coopkg validate FILES`): what a load would do."""
    for path in iter_paths(list(inputs)):
        try:
            prepared = prepare(read_path(path, default_date), strict)
        except ReadError as exc:
            yield LoadResult(path, error=str(exc))
            continue
        yield LoadResult(path, None, URIRef(prepared.graph), prepared.triples, prepared.error,
                         dropped=prepared.dropped)


def validate_stored(store: TripleStore, graph_iri: URIRef) -> LoadResult:
    graph = store.graph(graph_iri)
    types, _chains = reference_context(graph)
    report = validate_article(graph, types)
    error = None if report.conforms else f"<{graph_iri}>: {report.summary()}"
    return LoadResult(str(graph_iri), None, graph_iri, len(graph), error, report)


def import_rdf(store: TripleStore, path: str, graph_iri: URIRef | None = None,
               fmt: str | None = None) -> list[LoadResult]:
    """Import an RDF file, validated like an article; datasets keep their named graphs.
    Every graph is checked before any is written."""
    ensure_initialised(store)
    dataset = _parse_rdf(path, fmt)
    default = dataset.default_graph
    graphs = [(g.identifier, g) for g in dataset.graphs() if g.identifier != default.identifier
              and len(g)]
    if len(default):
        graphs.append((graph_iri or CID[f"graph/import/{slug(Path(path).name)}"], default))
    if not graphs:
        raise ImportError_(f"{path}: no triples to import")
    prepared = []
    for name, graph in graphs:
        plain = Graph()
        for triple in graph:
            plain.add(triple)
        result = prepare_graph(path, URIRef(str(name)), plain, "", strict=True)
        if result.error:
            raise ImportError_(f"{path}: graph <{name}>: {result.error.split(': ', 1)[1]}")
        result.content_hash = None
        prepared.append(result)
    return [write_prepared(store, p) for p in prepared]


_SUFFIX_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt",
                   ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml",
                   ".xml": "xml", ".n3": "n3"}


def _parse_rdf(path: str, fmt: str | None) -> rdflib.Dataset:
    rdf_format = fmt or _SUFFIX_FORMATS.get(Path(path).suffix.lower())
    if rdf_format is None:
        raise ImportError_(f"{path}: unknown RDF format (use --format)")
    dataset = rdflib.Dataset()
    try:
        if path == "-":
            dataset.parse(data=sys.stdin.buffer.read(), format=rdf_format)
        else:
            dataset.parse(path, format=rdf_format)
    except FileNotFoundError:
        raise ImportError_(f"{path}: no such file") from None
    except Exception as exc:  # rdflib raises many parser-specific types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ImportError_(f"{path}: malformed {rdf_format}: {first}") from None
    return dataset


__all__ = ["ImportError_", "LoadResult", "StoreError", "check_paths", "import_rdf",
           "init_store", "load_article", "load_paths", "write_prepared"]
