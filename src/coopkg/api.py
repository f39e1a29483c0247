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

from rdflib import URIRef

from coopkg import correcting
from coopkg.corrections import Correction
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


def correct(store: TripleStore, correction: Correction) -> list[str]:
    """Store a correction and apply it to its article now and at every later load (see
    coopkg.correcting); returns one line per article changed.  CorrectionError (nothing
    written) when it fails the shapes or retracts nothing."""
    return correcting.correct(store, correction)


def retract(store: TripleStore, fact: str, reason: str, author: str | None = None) -> list[str]:
    """Retract an extracted fact (by IRI; remembered by its content, so re-extraction of the
    article, even edited, does not bring it back)."""
    return correct(store, correcting.retraction(store, URIRef(fact), reason, author))


def replace_agreement(store: TripleStore, fact: str, reason: str, author: str | None = None,
                      **changes) -> list[str]:
    """Retract an agreement and add it with `changes` (kind, parties, date, topic, evidence)."""
    return correct(store, correcting.replacement(store, URIRef(fact), reason, author, **changes))


def add_agreement(store: TripleStore, article: str, reason: str, kind: str, parties: list[str],
                  date: str | None = None, topic: str | None = None, evidence: str | None = None,
                  author: str | None = None) -> list[str]:
    """Add an agreement the extractor missed to a stored article (by IRI or URL)."""
    target = correcting.article_named(store, article)
    fact = correcting.agreement_pattern(store, kind, parties, date, topic, evidence)
    return correct(store, correcting.for_article(store, target, reason, author, add=[fact]))


def list_corrections(store: TripleStore) -> list[Correction]:
    return correcting.list_corrections(store)


def export_corrections(store: TripleStore, out: IO[bytes], fmt: str = "turtle") -> int:
    return correcting.export_corrections(store, out, fmt)


def import_corrections(store: TripleStore, path: str, fmt: str | None = None) -> list[str]:
    return correcting.import_corrections(store, path, fmt)


def check_ontology(path: Path | None = None) -> OntologyReport:
    return _check(path or ontology_path())


__all__ = ["add_agreement", "check_ontology", "correct", "export", "export_corrections",
           "extract_nquads", "import_corrections", "import_rdf", "init", "list_corrections",
           "load_article", "load_paths", "open_store", "replace_agreement", "retract", "run_query",
           "run_sparql", "stats", "validate"]
