"""The stateless map step: article → validated, inference-complete graph, no store needed.

Bulk loads run it in worker processes (the store keeps a single writer) and `coopkg extract`
writes its output as N-Quads for any other engine's loader."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from coopkg.build import build_graph
from coopkg.extract import extract
from coopkg.read import Article
from coopkg.reason import materialise
from coopkg.reference_graph import reference_graph
from coopkg.salvage import salvage
from coopkg.validate import validate_article
from coopkg.vocab import COOP, REFERENCE_GRAPH, article_iri
from coopkg.workers import one_line

if TYPE_CHECKING:
    from coopkg.store.base import TripleStore


@dataclass
class Prepared:
    """Picklable result of preparing one article (N-Triples text, not a Graph, to cross
    process boundaries cheaply)."""

    origin: str
    graph: str  # the article IRI, also its graph name
    content_hash: str
    ntriples: str = ""
    triples: int = 0
    error: str | None = None
    dropped: list[str] = field(default_factory=list)  # one line per fact left out (shape, why)


ReferenceIndex = tuple[dict[URIRef, set[URIRef]], dict[URIRef, list[tuple]]]


@lru_cache(maxsize=1)
def _reference_index() -> ReferenceIndex:
    """rdf:type and coop:partOf triples of the reference places, by subject."""
    return reference_index(reference_graph())


def reference_index(triples: Iterable[tuple]) -> ReferenceIndex:
    types: dict[URIRef, set[URIRef]] = {}
    part_of: dict[URIRef, list[tuple]] = {}
    for s, p, o in triples:
        if p == RDF.type:
            types.setdefault(s, set()).add(o)
        elif p == COOP.partOf:
            part_of.setdefault(s, []).append((s, p, o))
    return types, part_of


def stored_reference_index(store: TripleStore) -> ReferenceIndex:
    """The places' types and partOf links as the store holds them: what a stored graph is
    validated against, and a second faster than building the gazetteer."""
    rows = store.query(_REFERENCE_LINKS.format(graph=REFERENCE_GRAPH, type=RDF.type,
                                               part_of=COOP.partOf)).rows
    return reference_index(rows)


_REFERENCE_LINKS = """SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }}
  FILTER(?p = <{type}> || ?p = <{part_of}>) }}"""


def stored_places_index(store: TripleStore, graph: Graph) -> ReferenceIndex:
    """`stored_reference_index` of only the places `graph` points at and those above them: one
    small query instead of every place in the store (2 s)."""
    subjects = set(graph.subjects())
    outside = sorted({o for o in graph.objects() if isinstance(o, URIRef) and o not in subjects})
    if not outside:
        return {}, {}
    values = " ".join(f"<{o}>" for o in outside)
    rows = store.query(f"""SELECT ?s ?p ?o WHERE {{ VALUES ?start {{ {values} }}
      GRAPH <{REFERENCE_GRAPH}> {{ ?start <{COOP.partOf}>* ?s . ?s ?p ?o }}
      FILTER(?p = <{RDF.type}> || ?p = <{COOP.partOf}>) }}""").rows
    return reference_index(rows)


def reference_context(graph: Graph, index: ReferenceIndex | None = None) -> tuple[Graph, Graph]:
    """(types of the places the graph points at, their partOf chains).  `index` defaults to
    one built from the gazetteer (seconds to build; import reads the store's copy instead)."""
    types_index, part_index = index or _reference_index()
    subjects = set(graph.subjects())
    outside = {o for o in graph.objects() if isinstance(o, URIRef) and o not in subjects}
    types, chains = Graph(), Graph()
    todo, seen = list(outside), set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for cls in types_index.get(node, ()):
            types.add((node, RDF.type, cls))
        for triple in part_index.get(node, ()):
            chains.add(triple)
            todo.append(triple[2])
    return types, chains


def prepare_graph(origin: str, name: URIRef, graph: Graph, content_hash: str,
                  strict: bool = True) -> Prepared:
    """Validate and infer.  Strict: any violation rejects the graph; otherwise the violating
    facts are dropped (see coopkg.salvage) and listed in `dropped`."""
    types, chains = reference_context(graph)
    if strict:
        report, dropped = validate_article(graph, types), []
    else:
        report, dropped = salvage(graph, types, name)
    if not report.conforms:
        return Prepared(origin, str(name), content_hash, error=f"{origin}: {report.summary()}")
    if dropped:
        _types, chains = reference_context(graph)
    ntriples, count = materialise(graph, name, chains)
    return Prepared(origin, str(name), content_hash, ntriples, count,
                    dropped=[d.line() for d in dropped])


def prepare(article: Article, strict: bool = False) -> Prepared:
    """Never raises on an article: a bug that one text triggers in extraction, building or
    validation becomes that article's one-line error, so a load reports it and goes on.  By
    default an extractor defect costs the violating facts only (all-or-nothing when `strict`)."""
    try:
        name, graph = build_graph(article, extract(article))
        return prepare_graph(article.origin, name, graph, article.content_hash, strict)
    except Exception as exc:
        return Prepared(article.origin, str(article_iri(article.key)), article.content_hash,
                        error=f"{article.origin}: internal error while extracting ({one_line(exc)})")
