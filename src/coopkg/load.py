"""Loading: article → facts → graph → validated → stored, one article at a time and atomically.

An article's IRI depends only on its identity (URL, or title/source/date), so its stored content
hash can be checked before any extraction: an unchanged re-load costs one lookup."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import rdflib
from rdflib import Graph, URIRef

from coopkg.build import build_graph
from coopkg.extract import extract
from coopkg.read import Article, ReadError, iter_paths, read_path
from coopkg.reference import reference_graph
from coopkg.store.base import LoadOutcome, StoreError
from coopkg.store.embedded import EmbeddedStore
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

    @property
    def ok(self) -> bool:
        return self.error is None


def init_store(store: EmbeddedStore) -> None:
    """(Re)write the ontology and the reference places, each in its own named graph."""
    store.replace_plain_graph(ONTOLOGY_GRAPH, ontology_graph())
    store.replace_plain_graph(REFERENCE_GRAPH, reference_graph())


def ensure_initialised(store: EmbeddedStore) -> None:
    if not store.is_initialised():
        init_store(store)


def article_graph(article: Article) -> tuple[URIRef, Graph]:
    return build_graph(article, extract(article))


def outside_nodes(graph: Graph) -> set[URIRef]:
    subjects = set(graph.subjects())
    return {o for o in graph.objects() if isinstance(o, URIRef) and o not in subjects}


def load_article(store: EmbeddedStore, article: Article) -> LoadResult:
    iri = article_iri(article.key)
    if store.graph_hash(iri) == article.content_hash:
        return LoadResult(article.origin, LoadOutcome.UNCHANGED, iri)
    iri, graph = article_graph(article)
    return _store_validated(store, article.origin, iri, graph, article.content_hash)


def _store_validated(store: EmbeddedStore, origin: str, iri: URIRef, graph: Graph,
                     content_hash: str | None) -> LoadResult:
    report = validate_article(graph, store.types_of(outside_nodes(graph)))
    if not report.conforms:
        return LoadResult(origin, None, iri, len(graph), f"{origin}: {report.summary()}", report)
    outcome = store.replace_graph(iri, graph, content_hash)
    return LoadResult(origin, outcome, iri, len(graph))


def load_paths(store: EmbeddedStore, inputs: Iterable[str],
               default_date: date | None = None) -> Iterator[LoadResult]:
    """Load each input; a bad one yields a result with its error and stores nothing."""
    ensure_initialised(store)
    for path in iter_paths(list(inputs)):
        try:
            article = read_path(path, default_date)
        except ReadError as exc:
            yield LoadResult(path, error=str(exc))
            continue
        yield load_article(store, article)


def check_paths(store: EmbeddedStore | None, inputs: Iterable[str],
                default_date: date | None = None) -> Iterator[LoadResult]:
    """Extract and validate without writing (`coopkg validate FILES`)."""
    for path in iter_paths(list(inputs)):
        try:
            article = read_path(path, default_date)
        except ReadError as exc:
            yield LoadResult(path, error=str(exc))
            continue
        iri, graph = article_graph(article)
        types = store.types_of(outside_nodes(graph)) if store else _reference_types(graph)
        report = validate_article(graph, types)
        error = None if report.conforms else f"{path}: {report.summary()}"
        yield LoadResult(path, None, iri, len(graph), error, report)


def _reference_types(graph: Graph) -> Graph:
    ref = reference_graph()
    out = Graph()
    for node in outside_nodes(graph):
        for triple in ref.triples((node, rdflib.RDF.type, None)):
            out.add(triple)
    return out


def import_rdf(store: EmbeddedStore, path: str, graph_iri: URIRef | None = None,
               fmt: str | None = None) -> list[LoadResult]:
    """Import an RDF file, validated like an article; datasets keep their named graphs."""
    ensure_initialised(store)
    dataset = _parse_rdf(path, fmt)
    results = []
    default = dataset.default_graph
    graphs = [(g.identifier, g) for g in dataset.graphs() if g.identifier != default.identifier
              and len(g)]
    if len(default):
        name = graph_iri or CID[f"graph/import/{slug(Path(path).name)}"]
        graphs.append((name, default))
    if not graphs:
        raise ImportError_(f"{path}: no triples to import")
    prepared = []
    for name, graph in graphs:
        plain = Graph()
        for triple in graph:
            plain.add(triple)
        report = validate_article(plain, store.types_of(outside_nodes(plain)))
        if not report.conforms:
            raise ImportError_(f"{path}: graph <{name}>: {report.summary()}")
        prepared.append((URIRef(str(name)), plain))
    for name, plain in prepared:
        outcome = store.replace_graph(name, plain, None)
        results.append(LoadResult(path, outcome, name, len(plain)))
    return results


_SUFFIX_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt",
                   ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml",
                   ".xml": "xml", ".n3": "n3"}


def _parse_rdf(path: str, fmt: str | None) -> rdflib.Dataset:
    import sys

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
           "init_store", "load_article", "load_paths"]
