"""Facts → the RDF of one article's named graph.

Every entity and fact carries prov:wasDerivedFrom its article, coop:evidence (the sentence) and
coop:confidence (from the rule that made it).  Organisations and people get IRIs from their
names, so the same entity in two articles is one node with two provenance links."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from coopkg.extract.facts import Event, Facts, Org, Ref, When
from coopkg.extract.resolve import name_key, other_names, resolve_org
from coopkg.read.article import Article
from coopkg.reference import Gazetteer, gazetteer
from coopkg.vocab import COOP, article_iri, country_iri, entity_iri, fact_iri

_DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def date_literal(when: When) -> Literal:
    return Literal(when.value, datatype=_DATATYPES[when.precision])


def decimal_literal(value: float) -> Literal:
    text = format(Decimal(str(value)).normalize(), "f")
    return Literal(Decimal(text), datatype=XSD.decimal)


def person_iri(name: str) -> URIRef:
    return entity_iri("person", name)


def org_iri(org: Org, gaz: Gazetteer | None = None) -> URIRef:
    return entity_iri("org", resolve_org(org, gaz or gazetteer())[0])


def _event_key(event: Event, gaz: Gazetteer) -> tuple[str, str] | None:
    """Visits and summits recur across articles: key them by who, where/what and month."""
    if event.date is None:
        return None
    month = event.date.value[:7]
    people = [p.key for p in event.participants if p.kind == "person"]
    if event.type == "StateVisit" and people and event.location:
        place = gaz.regions.get(event.location) or next(
            (c for c in gaz.countries.values() if c.iri == event.location), None)
        if place is not None:
            return (f"visit {people[0]} {place.code or place.label} {month}",
                    f"{people[0]} visit to {place.label}")
    return None


class _Builder:
    def __init__(self, article: Article, facts: Facts):
        self.article = article
        self.facts = facts
        self.gaz = gazetteer()
        self.org_nodes = {o.name: org_iri(o, self.gaz) for o in facts.orgs}
        self.node = article_iri(article.key)
        self.graph = Graph()
        self.graph.bind("coop", str(COOP._NS))
        self.graph.bind("prov", str(PROV))
        self.graph.bind("dcterms", str(DCTERMS))

    def add(self, s, p, o) -> None:
        if o is not None:
            self.graph.add((s, p, o))

    def provenance(self, node: URIRef, evidence: str, confidence: float, rule: str = "") -> None:
        self.add(node, PROV.wasDerivedFrom, self.node)
        if evidence:
            self.add(node, COOP.evidence, Literal(evidence))
        self.add(node, COOP.confidence, decimal_literal(round(confidence, 2)))
        if rule:
            self.add(node, COOP.rule, Literal(rule))

    def date(self, node: URIRef, when: When | None, inherited: bool = False) -> None:
        """coop:date, plus coop:dateInherited when the date was not written beside the fact
        (`When.inherited`, if the extractor sets it, or a fallback chosen here)."""
        if when is None:
            return
        self.add(node, COOP.date, date_literal(when))
        if inherited or getattr(when, "inherited", False):
            self.add(node, COOP.dateInherited, Literal(True))

    def org(self, name: str) -> URIRef:
        return self.org_nodes.get(name) or entity_iri("org", name_key(name))

    def ref(self, ref: Ref) -> URIRef:
        if ref.kind == "org":
            return self.org(ref.key)
        if ref.kind == "person":
            return person_iri(ref.key)
        return URIRef(ref.key)

    def build(self) -> Graph:
        self._article()
        for org in self.facts.orgs:
            self._org(org)
        self._people()
        self._agreements()
        self._events()
        self._statements()
        self._figures()
        return self.graph

    def _article(self) -> None:
        a, node = self.article, self.node
        self.add(node, RDF.type, COOP.Article)
        self.add(node, DCTERMS.date, Literal(a.published.isoformat(), datatype=XSD.date))
        self.add(node, COOP.contentHash, Literal(a.content_hash))
        for prop, value in ((DCTERMS.title, a.title), (DCTERMS.publisher, a.source),
                            (DCTERMS.creator, a.author), (COOP.url, a.url)):
            if value:
                self.add(node, prop, Literal(value))
        for code in sorted(self.facts.countries):
            self.add(node, COOP.mentions, country_iri(code))
        for region in sorted(self.facts.regions):
            self.add(node, COOP.mentions, URIRef(region))
        for iri, (label, country) in sorted(self.facts.towns.items()):
            town = URIRef(iri)  # a town the reference graph lacks: described where it is named
            self.add(town, RDF.type, COOP.Region)
            self.add(town, RDFS.label, Literal(label, lang="en"))
            self.add(town, COOP.partOf, country_iri(country))
            self.add(town, COOP.country, country_iri(country))

    def _org(self, org: Org) -> None:
        node = self.org_nodes[org.name]
        _key, label = resolve_org(org, self.gaz)
        self.add(node, RDF.type, getattr(COOP, org.type))
        self.add(node, RDFS.label, Literal(label))
        for alias in sorted(other_names(org, self.gaz) - {label}):
            self.add(node, COOP.alias, Literal(alias))
        if org.country:
            self.add(node, COOP.country, country_iri(org.country))
        where = org.region or (str(country_iri(org.country)) if org.country else None)
        if where:
            self.add(node, COOP.locatedIn, URIRef(where))
        if org.parent:
            self.add(node, COOP.subOrganizationOf, self.org(org.parent))
        self.provenance(node, org.evidence, org.confidence, org.rule)

    def _people(self) -> None:
        for person in self.facts.people:
            node = person_iri(person.name)
            self.add(node, RDF.type, COOP.Person)
            self.add(node, RDFS.label, Literal(person.name))
            if person.role:
                self.add(node, COOP.role, Literal(person.role))
            if person.country:
                self.add(node, COOP.country, country_iri(person.country))
            if person.affiliation:
                self.add(node, COOP.affiliation, self.org(person.affiliation))
            self.provenance(node, person.evidence, person.confidence, person.rule)

    def _agreements(self) -> None:
        for i, agreement in enumerate(self.facts.agreements, 1):
            node = fact_iri("agreement", self.node, i)
            self.add(node, RDF.type, COOP.Agreement)
            self.add(node, RDFS.label, Literal(f"{agreement.kind}: {agreement.topic}".rstrip(": ")))
            for party in agreement.parties:
                self.add(node, COOP.party, self.ref(party))
            self.date(node, agreement.date)
            self.add(node, COOP.kind, Literal(agreement.kind))
            if agreement.topic:
                self.add(node, COOP.topic, Literal(agreement.topic))
            self.provenance(node, agreement.evidence, agreement.confidence, agreement.rule)

    def _events(self) -> None:
        for i, event in enumerate(self.facts.events, 1):
            keyed = _event_key(event, self.gaz)
            node = entity_iri("event", keyed[0]) if keyed else fact_iri("event", self.node, i)
            self.add(node, RDF.type, getattr(COOP, event.type))
            self.add(node, RDFS.label, Literal(keyed[1] if keyed else event.label))
            for participant in event.participants:
                self.add(node, COOP.participant, self.ref(participant))
            if event.location:
                self.add(node, COOP.location, URIRef(event.location))
            self.date(node, event.date)
            self.provenance(node, event.evidence, event.confidence, event.rule)

    def _statements(self) -> None:
        published = When(self.article.published.isoformat(), inherited=True)
        for i, statement in enumerate(self.facts.statements, 1):
            node = fact_iri("statement", self.node, i)
            self.add(node, RDF.type, COOP.Statement)
            self.add(node, COOP.speaker, self.ref(statement.speaker))
            self.add(node, COOP.text, Literal(statement.text))
            self.date(node, statement.date or published, inherited=statement.date is None)
            self.provenance(node, statement.evidence, statement.confidence, statement.rule)

    def _figures(self) -> None:
        for i, figure in enumerate(self.facts.figures, 1):
            node = fact_iri("figure", self.node, i)
            self.add(node, RDF.type, COOP.Figure)
            self.add(node, COOP.indicator, Literal(figure.indicator))
            self.add(node, COOP.value, decimal_literal(figure.value))
            self.add(node, COOP.unit, Literal(figure.unit))
            for code in figure.countries:
                self.add(node, COOP.concerns, country_iri(code))
            if figure.period_start:
                self.add(node, COOP.periodStart, date_literal(figure.period_start))
            if figure.period_end:
                self.add(node, COOP.periodEnd, date_literal(figure.period_end))
            if any(getattr(w, "inherited", False) for w in (figure.period_start, figure.period_end)):
                self.add(node, COOP.dateInherited, Literal(True))
            if figure.change_percent is not None:
                self.add(node, COOP.changePercent, decimal_literal(figure.change_percent))
            self.provenance(node, figure.evidence, figure.confidence, figure.rule)


def build_graph(article: Article, facts: Facts) -> tuple[URIRef, Graph]:
    """The article's IRI (also its graph name) and the triples of its named graph."""
    builder = _Builder(article, facts)
    return builder.node, builder.build()
