"""Loading into a store: prepared (validated, inference-complete) graphs, written one article
at a time, each in one transaction — so an interrupted load leaves every article whole or
absent, and running it again skips what is already stored unchanged."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef

from coopkg.correct_apply import LoadCorrections
from coopkg.interrupts import held_interrupt
from coopkg.prepare import Prepared, prepare, reference_context
from coopkg.read import Article, ReadError, iter_paths, read_path
from coopkg.read.sources import MAX_ARTICLE_BYTES
from coopkg.reference_graph import reference_graph
from coopkg.store.base import LoadOutcome, StoreError, TripleStore
from coopkg.validate import ValidationReport, ontology_graph, validate_article
from coopkg.vocab import COOP, ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_iri

if TYPE_CHECKING:
    from coopkg.bulk import Item


@dataclass
class LoadResult:
    origin: str
    outcome: LoadOutcome | None = None
    graph: URIRef | None = None
    triples: int = 0
    error: str | None = None
    report: ValidationReport | None = None
    dropped: list[str] = field(default_factory=list)  # facts left out for failing the shapes
    warning: str | None = None
    corrected: list[str] = field(default_factory=list)  # corrections applied, one line each

    @property
    def ok(self) -> bool:
        return self.error is None


def init_store(store: TripleStore) -> None:
    """(Re)write the ontology and the reference places, each in its own named graph, each
    stating its own size (coop:tripleCount) so that `validate` notices a graph changed since."""
    store.replace_plain_graph(ONTOLOGY_GRAPH, _counted(ONTOLOGY_GRAPH, ontology_graph() + Graph()))
    store.replace_plain_graph(REFERENCE_GRAPH, _counted(REFERENCE_GRAPH, reference_graph()))


def _counted(name: URIRef, graph: Graph) -> Graph:
    graph.add((name, COOP.tripleCount, Literal(len(graph))))
    return graph


_GRAPH_SIZE = "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"
_STATED_SIZE = "SELECT ?n WHERE {{ GRAPH <{g}> {{ <{g}> <{count}> ?n }} }}"


def check_reserved(store: TripleStore, graph: URIRef) -> LoadResult:
    """A reserved graph (ontology, reference places) still holds what `init` wrote: as many
    triples as it states (the stated count is one of them)."""
    held = int(store.query(_GRAPH_SIZE.format(g=graph)).rows[0][0])
    stated = store.query(_STATED_SIZE.format(g=graph, count=COOP.tripleCount)).rows
    error = None
    if len(stated) != 1:
        error = (f"<{graph}>: states no size (written by an older `coopkg init`, or replaced "
                 "since); run `coopkg init` to rewrite it")
    elif held != int(stated[0][0]) + 1:
        error = (f"<{graph}>: holds {held} triples where `coopkg init` wrote "
                 f"{int(stated[0][0]) + 1}: changed since; run `coopkg init` to restore it")
    return LoadResult(str(graph), None, graph, held, error)


def ensure_initialised(store: TripleStore) -> None:
    if not store.is_initialised():
        init_store(store)


def write_prepared(store: TripleStore, prepared: Prepared,
                   corrections: LoadCorrections | None = None) -> LoadResult:
    """Write one prepared graph, with the store's corrections of that article applied first
    (so the one transaction that writes it writes it corrected)."""
    if prepared.error:
        return LoadResult(prepared.origin, None, URIRef(prepared.graph), error=prepared.error)
    applied = corrections.correct(prepared) if corrections else None
    outcome = store.replace_graph(URIRef(prepared.graph), prepared.ntriples,
                                  prepared.content_hash)
    result = LoadResult(prepared.origin, outcome, URIRef(prepared.graph), prepared.triples,
                        dropped=prepared.dropped)
    if applied:
        result.corrected = applied.notes + [f"warning: {w}" for w in applied.warnings]
    return result


def load_article(store: TripleStore, article: Article, strict: bool = False) -> LoadResult:
    """Strict: a fact failing the shapes rejects the article; otherwise such facts are dropped
    and listed in the result's `dropped`."""
    iri = article_iri(article.key)
    if store.graph_hash(iri) == article.content_hash:
        return LoadResult(article.origin, LoadOutcome.UNCHANGED, iri)
    return write_prepared(store, prepare(article, strict), LoadCorrections(store))


def load_paths(store: TripleStore, inputs: Iterable[str], default_date: date | None = None,
               workers: int = 1, max_bytes: int = MAX_ARTICLE_BYTES,
               strict: bool = False) -> Iterator[LoadResult]:
    """Load each input; a bad one yields a result with its error and stores nothing, and facts
    failing the shapes are dropped from their article (all-or-nothing when `strict`).  With
    workers > 1, reading, extraction and validation run in that many processes while this
    process stays the single writer.  Closing the iterator early stops the workers."""
    from coopkg.bulk import prepare_many

    ensure_initialised(store)
    paths = list(iter_paths(list(inputs)))
    claims: dict[str, Item] = {}
    corrections = LoadCorrections(store)
    with closing(prepare_many(paths, default_date, store.known_hashes(), workers,
                              max_bytes, strict)) as items:
        for prepared in items:
            warning = _second_claim(claims, prepared)
            with held_interrupt() as interrupted:
                result = _store_item(store, prepared, corrections)
            result.warning = warning
            yield result
            if interrupted:
                raise KeyboardInterrupt


def _store_item(store: TripleStore, item: Item, corrections: LoadCorrections) -> LoadResult:
    if item.unchanged:
        return LoadResult(item.origin, LoadOutcome.UNCHANGED, URIRef(item.graph))
    return write_prepared(store, item, corrections)


def _second_claim(claims: dict[str, Item], item: Item) -> str | None:
    """Two inputs of one load with one article key: the later replaces the earlier — say so."""
    if item.error or not item.graph:
        return None
    first = claims.setdefault(item.graph, item)
    if first is item:
        return None
    if first.content_hash == item.content_hash:
        return f"{item.origin}: the same article as {first.origin} (identical content)"
    return (f"{item.origin}: has the same URL as {first.origin}, so it is the same article "
            f"and replaces it")


def check_paths(inputs: Iterable[str], default_date: date | None = None,
                max_bytes: int = MAX_ARTICLE_BYTES, strict: bool = False) -> Iterator[LoadResult]:
    """Extract and validate without writing (`coopkg validate FILES`): what a load would do."""
    for path in iter_paths(list(inputs)):
        try:
            prepared = prepare(read_path(path, default_date, max_bytes), strict)
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


__all__ = ["LoadResult", "StoreError", "check_paths", "check_reserved",
           "init_store", "load_article", "load_paths", "write_prepared"]
