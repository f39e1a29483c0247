"""Applying corrections to one article's graph: at `coopkg correct` to the stored graph, and at
every later load to the freshly extracted one, before it is written — so the graph a load
writes is already corrected, in the same single transaction, and a crash can never leave an
article half corrected.

Retracted facts are removed from the article graph (every triple they state and every triple
pointing at them), so no stored query or table can return them; the correction itself, with
its who/when/why, stays in the corrections graph."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from coopkg.corrections import ADDED_RULE, Correction, FactPattern, from_graph
from coopkg.prepare import Prepared, reference_context, stored_places_index
from coopkg.reason import materialise
from coopkg.store.base import TripleStore
from coopkg.validate import ValidationReport, superclasses, validate_nodes
from coopkg.vocab import CID, COOP, CORRECTIONS_GRAPH

_KINDS = {COOP.Agreement: "agreement", COOP.Statement: "statement", COOP.Figure: "figure"}


@dataclass
class Applied:
    """What the corrections did to one article: one line per correction that matched it, and
    the retractions that found nothing there (an edited text may no longer state the fact)."""

    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    retracted: int = 0
    added: int = 0
    report: ValidationReport | None = None  # of the last addition refused, if any


def article_signature(graph: Graph, article: URIRef) -> tuple[str, str]:
    """(title, publication date) of the article, for finding corrections of an edited copy."""
    return (str(graph.value(article, DCTERMS.title) or ""),
            str(graph.value(article, DCTERMS.date) or ""))


def applicable(corrections: list[Correction], graph: Graph, article: URIRef) -> list[Correction]:
    title, published = article_signature(graph, article)
    return [c for c in corrections if c.applies_to(article, title, published)]


def apply(graph: Graph, article: URIRef, corrections: list[Correction],
          store: TripleStore, strict: bool = False) -> Applied:
    """Apply `corrections` (in order) to `graph` in place, then complete the inferences of any
    fact they added.  An added fact that fails the shapes is left out with a warning, or —
    `strict`, as when the correction is being made — stops with `report` set and the graph
    left half changed (the caller then writes nothing)."""
    applied = Applied()
    for correction in corrections:
        _apply_one(graph, article, correction, store, strict, applied)
        if strict and applied.report is not None:
            return applied
    if applied.added:
        _types, chains = reference_context(graph, stored_places_index(store, graph))
        infer = Graph()
        infer.parse(data=materialise(graph, article, chains)[0], format="nt")
        for triple in infer:
            graph.add(triple)
    return applied


def _apply_one(graph: Graph, article: URIRef, correction: Correction, store: TripleStore,
               strict: bool, applied: Applied) -> None:
    removed = 0
    for pattern in correction.retract:
        found = pattern.find(graph)
        if not found:
            applied.warnings.append(f"correction <{correction.iri}>: no fact to retract matches "
                                    f"{describe(pattern)}")
        for fact in found:
            remove_fact(graph, fact)
        removed += len(found)
    added = _add_facts(graph, article, correction, store, strict, applied)
    applied.retracted += removed
    applied.added += added
    if removed or added:
        applied.notes.append(f"correction <{correction.iri}>: {removed} retracted, {added} added")


def _add_facts(graph: Graph, article: URIRef, correction: Correction, store: TripleStore,
               strict: bool, applied: Applied) -> int:
    if not correction.add:
        return 0
    triples = [t for n, pattern in enumerate(correction.add, 1)
               for t in fact_triples(pattern, added_iri(pattern, article, correction, n),
                                     article, correction.iri)]
    for triple in triples:
        graph.add(triple)
    types, _chains = reference_context(graph, stored_places_index(store, graph))
    report = validate_nodes(graph, types, {t[0] for t in triples})
    if report.conforms:
        return len(correction.add)
    for triple in triples:
        graph.remove(triple)
    applied.report = report
    if not strict:
        applied.warnings.append(f"correction <{correction.iri}>: corrected fact not added: "
                                f"{report.summary()}")
    return 0


def remove_fact(graph: Graph, fact: URIRef) -> None:
    graph.remove((fact, None, None))
    graph.remove((None, None, fact))


def added_iri(pattern: FactPattern, article: URIRef, correction: Correction, n: int) -> URIRef:
    """Like an extracted fact's IRI (`…/agreement/<article>-<n>`), marked as a correction's."""
    kind = _KINDS.get(pattern.type) or ("event" if _is_event(pattern.type) else "fact")
    article_part = str(article).rsplit("/", 1)[-1]
    correction_part = str(correction.iri).rsplit("/", 1)[-1]
    return CID[f"{kind}/{article_part}-c{correction_part}-{n}"]


def _is_event(cls: URIRef) -> bool:
    return cls == COOP.Event or COOP.Event in superclasses().get(cls, set())


def fact_triples(pattern: FactPattern, node: URIRef, article: URIRef,
                 correction: URIRef) -> list[tuple]:
    """The triples of a corrected fact: the pattern's values, and provenance saying the
    correction generated it from the article (confidence 1: a researcher stated it)."""
    triples = [(node, RDF.type, pattern.type)] + [(node, p, v) for p, v in pattern.values]
    return triples + [(node, PROV.wasDerivedFrom, article),
                      (node, PROV.wasGeneratedBy, correction),
                      (node, COOP.confidence, Literal(Decimal("1"), datatype=XSD.decimal)),
                      (node, COOP.rule, Literal(ADDED_RULE))]


def describe(pattern: FactPattern) -> str:
    values = ", ".join(f"{str(p).rsplit('#', 1)[-1]}={v}" for p, v in pattern.values)
    return f"{str(pattern.type).rsplit('#', 1)[-1]}({values})"


class LoadCorrections:
    """The store's corrections, read once per load, applied to each prepared article they
    concern before it is written (in the writer process: corrections are few, articles many)."""

    def __init__(self, store: TripleStore):
        self.store = store
        self.corrections = stored_corrections(store)
        self.articles = {c.article for c in self.corrections}
        self.titles = {c.article_title for c in self.corrections if c.article_title}

    def correct(self, prepared: Prepared) -> Applied | None:
        """Correct a prepared article's N-Triples in place; None when no correction concerns it."""
        if not self.corrections or prepared.error or not self._may_concern(prepared):
            return None
        article = URIRef(prepared.graph)
        graph = Graph().parse(data=prepared.ntriples, format="nt")
        mine = applicable(self.corrections, graph, article)
        if not mine:
            return None
        applied = apply(graph, article, mine, self.store)
        prepared.ntriples = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        prepared.triples = len(graph)
        return applied

    def _may_concern(self, prepared: Prepared) -> bool:
        """Without parsing the whole graph: its own IRI, or its title line names a corrected
        article's title."""
        if URIRef(prepared.graph) in self.articles:
            return True
        prefix = f"<{prepared.graph}> <{DCTERMS.title}> "
        start = prepared.ntriples.find(prefix)
        if start < 0 or not self.titles:
            return False
        line = prepared.ntriples[start:prepared.ntriples.find("\n", start) + 1]
        title = next(iter(ox.parse(line.encode("utf-8"), ox.RdfFormat.N_TRIPLES))).object.value
        return title in self.titles


def stored_corrections(store: TripleStore) -> list[Correction]:
    return from_graph(store.graph(CORRECTIONS_GRAPH))


__all__ = ["Applied", "LoadCorrections", "applicable", "apply", "article_signature", "describe",
           "fact_triples", "remove_fact", "stored_corrections"]
