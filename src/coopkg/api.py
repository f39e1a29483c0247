"""The public Python API; the CLI calls only this.

    >>> import coopkg
    >>> with coopkg.open_store("my-store") as store:
    ...     results = list(coopkg.load_paths(store, ["seeds/"]))
    ...     rows = coopkg.run_query(store, "agreements-linking", {...}).rows
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

from coopkg.importing import import_rdf
from coopkg.load import (
    LoadResult,
    check_paths,
    check_reserved,
    init_store,
    load_article,
    load_paths,
    validate_stored,
)
from coopkg.outbound import COMMAND_HINT, refuse_outbound
from coopkg.queries import get_query
from coopkg.read.sources import MAX_ARTICLE_BYTES
from coopkg.reason import OntologyReport
from coopkg.reason import check_ontology as _check
from coopkg.resources import ontology_path
from coopkg.search import check_names
from coopkg.stats import store_stats
from coopkg.store import TripleStore
from coopkg.store import open_store as _open
from coopkg.store.base import QueryResult, StoreError
from coopkg.store.binding import bind_terms
from coopkg.store.embedded import in_graph
from coopkg.vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH


@contextmanager
def open_store(path: str | Path, read_only: bool = False, update_endpoint: str | None = None,
               graph_store: str | None = None) -> Iterator[TripleStore]:
    """A store directory, or a SPARQL endpoint URL (see coopkg.store.remote)."""
    store = _open(path, read_only=read_only, update_endpoint=update_endpoint,
                  graph_store=graph_store)
    try:
        yield store
    except BaseException:
        with suppress(StoreError, OSError):  # the first error is the one worth reporting
            store.close()
        raise
    store.close()


def init(store: TripleStore) -> None:
    init_store(store)


def run_query(store: TripleStore, name: str, params: dict[str, str],
              allow_service: bool = False) -> QueryResult:
    """A stored query's rows; a name parameter that names nothing in the store is a
    QueryError offering the nearest names ("did you mean").  The query as bound is checked for
    SERVICE/LOAD like any text (OutboundRefused), so no stored query fetches unasked."""
    stored = get_query(name)
    bound = stored.bind(params)
    refuse_outbound(bind_terms(stored.sparql, bound), allow_service, COMMAND_HINT)
    result = stored.tidy(store.query(stored.sparql, bound))
    if not result.rows:
        check_names(store, stored, bound)
    return result


def run_sparql(store: TripleStore, text: str, allow_service: bool = False) -> QueryResult:
    """Any SPARQL query's result.  pyoxigraph would follow SERVICE (and LOAD) itself, so the
    text is refused (OutboundRefused) before it reaches the store unless `allow_service`."""
    refuse_outbound(text, allow_service, COMMAND_HINT)
    return store.query(text)


def export(store: TripleStore, out: IO[bytes], fmt: str, graph: str | None = None,
           facts_only: bool = False) -> int:
    """The store (or one graph) as RDF; facts_only leaves out the ontology and the reference
    places the facts do not use (see coopkg.facts_export)."""
    from rdflib import URIRef

    if facts_only:
        from coopkg.facts_export import export_facts

        return export_facts(store, out, fmt)
    return store.export(out, fmt, URIRef(graph) if graph else None)


def stats(store: TripleStore) -> QueryResult:
    return store_stats(store)


def validate(store_path: str, inputs: list[str], default_date: date | None,
             max_bytes: int = MAX_ARTICLE_BYTES, strict: bool = False) -> list[LoadResult]:
    """Articles given: extract and validate them (reporting the facts a load would drop, or
    rejecting on any violation when `strict`).  None given: validate every stored graph,
    and check that the ontology and reference graphs are as `init` wrote them."""
    if inputs:
        return list(check_paths(inputs, default_date, max_bytes, strict))
    with open_store(store_path, read_only=True) as store:
        reserved = [check_reserved(store, g) for g in (ONTOLOGY_GRAPH, REFERENCE_GRAPH)]
        return reserved + [validate_stored(store, g) for g in store.named_graphs()
                           if g not in (ONTOLOGY_GRAPH, REFERENCE_GRAPH)]


@dataclass
class ExtractedArticle:
    origin: str
    nquads: str = ""
    error: str | None = None
    dropped: list[str] = field(default_factory=list)


def extract_nquads(paths: list[str], default_date: date | None = None, workers: int = 1,
                   max_bytes: int = MAX_ARTICLE_BYTES,
                   strict: bool = False) -> Iterator[ExtractedArticle]:
    """The stateless map step: each article's validated graph as N-Quads in its own graph.
    Closing the iterator early stops the workers."""
    from coopkg.bulk import prepare_many

    with closing(prepare_many(paths, default_date, {}, workers, max_bytes, strict)) as items:
        for item in items:
            if item.error:
                yield ExtractedArticle(item.origin, error=item.error)
                continue
            yield ExtractedArticle(item.origin, in_graph(item.ntriples, item.graph),
                                   dropped=item.dropped)


def check_ontology(path: Path | None = None) -> OntologyReport:
    return _check(path or ontology_path())


__all__ = ["check_ontology", "export", "extract_nquads", "import_rdf", "init", "load_article", "load_paths",
           "open_store", "run_query", "run_sparql", "stats", "validate"]
