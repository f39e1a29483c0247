"""Corrections as data: what a researcher retracts from and adds to one article, and why.

A correction names the facts it retracts by their content (a `FactPattern`: a fact type and
the values the fact states, such as an agreement's kind, parties and date), never by fact IRI:
re-extracting an edited article mints new fact IRIs (`…/agreement/<article>-2` may become
`-1`), and a correction must still find the fact it meant.  Corrections live in their own named
graph (`CORRECTIONS_GRAPH`) as PROV-O activities; the patterns state their values through
`coop:condition` nodes (rdf:predicate, rdf:object), not the facts' own properties, so that the
union graph the stored queries read never mistakes a pattern for a fact."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD
from rdflib.term import Node

from coopkg.vocab import CID, COOP, CORRECTIONS_GRAPH, short_hash, slug

FACT_TYPES = (COOP.Agreement, COOP.Event, COOP.Summit, COOP.StateVisit, COOP.Meeting,
              COOP.PressBriefing, COOP.Statement, COOP.Figure)
# What identifies a fact of each kind when it is retracted by pointing at it: enough to find
# it again in a re-extraction, not so much that a reworded sentence loses it.
KEY_PROPERTIES = {
    COOP.Agreement: (COOP.kind, COOP.party, COOP.date),
    COOP.Event: (COOP.participant, COOP.location, COOP.date),
    COOP.Statement: (COOP.speaker, COOP.text),
    COOP.Figure: (COOP.indicator, COOP.value, COOP.unit, COOP.concerns),
}
# Facts a correction adds state these too; their values come from the correction itself.
ADDED_RULE = "correction.manual"


class CorrectionError(ValueError):
    """A correction that cannot be made or read: one line, a data problem (exit 1)."""


@dataclass(frozen=True)
class FactPattern:
    """A fact type and the (property, value) pairs a fact states; sorted, so two patterns
    describing the same fact are equal."""

    type: URIRef
    values: tuple[tuple[URIRef, Node], ...]

    @classmethod
    def of(cls, fact_type: URIRef, values: list[tuple[URIRef, Node]]) -> FactPattern:
        return cls(fact_type, tuple(sorted(set(values), key=lambda pv: (str(pv[0]), pv[1].n3()))))

    def matches(self, graph: Graph, node: URIRef) -> bool:
        return (node, RDF.type, self.type) in graph and all(
            (node, p, v) in graph for p, v in self.values)

    def find(self, graph: Graph) -> list[URIRef]:
        """The facts of `graph` this pattern matches."""
        return sorted(n for n in set(graph.subjects(RDF.type, self.type))
                      if isinstance(n, URIRef) and self.matches(graph, n))


@dataclass
class Correction:
    """One researcher's correction of one article.  `article_title` and `article_date` let it
    find an edited copy of an article without a URL (whose IRI is its content hash)."""

    article: URIRef
    reason: str
    author: str
    time: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))
    retract: list[FactPattern] = field(default_factory=list)
    add: list[FactPattern] = field(default_factory=list)
    article_title: str = ""
    article_date: date | None = None
    iri: URIRef | None = None

    def __post_init__(self) -> None:
        if self.iri is None:
            digest = short_hash(str(self.article), self.time.isoformat(), self.reason,
                                repr(self.retract), repr(self.add))
            self.iri = CID[f"correction/{digest}"]

    def applies_to(self, article: URIRef, title: str, published: str) -> bool:
        """Its own article, or an edited copy of it: same title and publication date."""
        if article == self.article:
            return True
        return bool(self.article_title) and self.article_date is not None and \
            title == self.article_title and published == self.article_date.isoformat()


def agent_iri(name: str) -> URIRef:
    return CID[f"agent/{slug(name)}"]


def to_graph(corrections: list[Correction], graph: Graph | None = None) -> Graph:
    """The corrections as RDF (the content of CORRECTIONS_GRAPH, and the Turtle export)."""
    graph = graph if graph is not None else Graph()
    graph.bind("coop", str(COOP._NS))
    graph.bind("prov", str(PROV))
    for correction in corrections:
        _add_correction(graph, correction)
    return graph


def _add_correction(graph: Graph, c: Correction) -> None:
    node, agent = c.iri, agent_iri(c.author)
    graph.add((node, RDF.type, COOP.Correction))
    graph.add((node, COOP.correctsArticle, c.article))
    graph.add((node, COOP.reason, Literal(c.reason)))
    graph.add((node, PROV.wasAssociatedWith, agent))
    graph.add((agent, RDF.type, PROV.Agent))
    graph.add((agent, RDFS.label, Literal(c.author)))
    graph.add((node, PROV.endedAtTime, Literal(c.time.isoformat(), datatype=XSD.dateTime)))
    if c.article_title:
        graph.add((node, COOP.articleTitle, Literal(c.article_title)))
    if c.article_date:
        graph.add((node, COOP.articleDate, Literal(c.article_date.isoformat(), datatype=XSD.date)))
    for prop, patterns, tag in ((COOP.retracts, c.retract, "r"), (COOP.adds, c.add, "a")):
        for i, pattern in enumerate(patterns, 1):
            _add_pattern(graph, node, prop, URIRef(f"{node}/{tag}{i}"), pattern)


def _add_pattern(graph: Graph, owner: URIRef, prop: URIRef, node: URIRef,
                 pattern: FactPattern) -> None:
    graph.add((owner, prop, node))
    graph.add((node, RDF.type, COOP.FactPattern))
    graph.add((node, COOP.factType, pattern.type))
    for j, (p, v) in enumerate(pattern.values, 1):
        condition = URIRef(f"{node}/{j}")
        graph.add((node, COOP.condition, condition))
        graph.add((condition, RDF.predicate, p))
        graph.add((condition, RDF.object, v))


def from_graph(graph: Graph) -> list[Correction]:
    """Every correction stated in `graph`, oldest first (then by IRI)."""
    out = [_read_correction(graph, node) for node in set(graph.subjects(RDF.type, COOP.Correction))
           if isinstance(node, URIRef)]
    return sorted(out, key=lambda c: (c.time, str(c.iri)))


def _read_correction(graph: Graph, node: URIRef) -> Correction:
    agent = graph.value(node, PROV.wasAssociatedWith)
    published = graph.value(node, COOP.articleDate)
    when = graph.value(node, PROV.endedAtTime)
    return Correction(
        article=URIRef(graph.value(node, COOP.correctsArticle)),
        reason=str(graph.value(node, COOP.reason) or ""),
        author=str(graph.value(agent, RDFS.label) or "") if agent is not None else "",
        time=_datetime(when),
        retract=_patterns(graph, node, COOP.retracts),
        add=_patterns(graph, node, COOP.adds),
        article_title=str(graph.value(node, COOP.articleTitle) or ""),
        article_date=date.fromisoformat(str(published)) if published is not None else None,
        iri=node)


def _datetime(value: Node | None) -> datetime:
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise CorrectionError(f"correction time {str(value)!r} is not an xsd:dateTime") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _patterns(graph: Graph, node: URIRef, prop: URIRef) -> list[FactPattern]:
    return [FactPattern.of(URIRef(graph.value(p, COOP.factType)),
                           [(URIRef(graph.value(c, RDF.predicate)), graph.value(c, RDF.object))
                            for c in graph.objects(p, COOP.condition)])
            for p in sorted(graph.objects(node, prop), key=str)]


def to_json(correction: Correction) -> dict:
    """Plain values for `coopkg correct list --format json` and for people reading it."""
    return {"correction": str(correction.iri), "article": str(correction.article),
            "article_title": correction.article_title,
            "article_date": correction.article_date.isoformat() if correction.article_date else None,
            "author": correction.author, "time": correction.time.isoformat(),
            "reason": correction.reason,
            "retracts": [_pattern_json(p) for p in correction.retract],
            "adds": [_pattern_json(p) for p in correction.add]}


def _pattern_json(pattern: FactPattern) -> dict:
    values: dict[str, list[str]] = {}
    for p, v in pattern.values:
        values.setdefault(_local(p), []).append(str(v))
    return {"type": _local(pattern.type), **values}


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1]


__all__ = ["ADDED_RULE", "CORRECTIONS_GRAPH", "FACT_TYPES", "KEY_PROPERTIES", "Correction",
           "CorrectionError", "FactPattern", "from_graph", "to_graph", "to_json"]
