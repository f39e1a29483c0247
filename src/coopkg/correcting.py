"""Making, listing, exporting and importing corrections in a store (`coopkg correct`).

A correction is checked against the shapes twice before anything is written: the correction
record itself (CorrectionShape: who, when, why, what), and the article graph as corrected (an
added agreement needs two parties and so on, exactly as a load checks it).  Then the
corrections graph and every corrected article graph are written in one update — one
transaction of the embedded store — so a failure, or a crash, changes nothing.

A SPARQL server offers no transaction spanning two graphs, so on a remote store corrections
can be listed and exported but not made or imported (a one-line error says so)."""

from __future__ import annotations

import getpass
import json
import os
from datetime import date
from typing import IO

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from coopkg.correct_apply import applicable, apply, article_signature, stored_corrections
from coopkg.corrections import (
    FACT_TYPES,
    KEY_PROPERTIES,
    Correction,
    CorrectionError,
    FactPattern,
    from_graph,
    to_graph,
    to_json,
)
from coopkg.load import ensure_initialised
from coopkg.store.base import TripleStore
from coopkg.store.embedded import EmbeddedStore, replace_update
from coopkg.validate import superclasses, validate_graph
from coopkg.vocab import COOP, CORRECTIONS_GRAPH

EXPORT_FORMATS = ("turtle", "json", "ntriples", "jsonld")


def default_author() -> str:
    """$COOPKG_AUTHOR, else the login name: a correction always says who made it."""
    try:
        return os.environ.get("COOPKG_AUTHOR") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def require_local(store: TripleStore) -> None:
    """Corrections are written in one transaction with the article graphs they change."""
    if not isinstance(store, EmbeddedStore):
        raise CorrectionError(f"{store!r}: corrections are written only to a store directory (a "
                              "SPARQL server has no transaction spanning the corrections graph "
                              "and an article's graph); nothing changed")


# -- describing what to correct ------------------------------------------------------------------

def fact_source(store: TripleStore, fact: URIRef) -> tuple[URIRef, Graph]:
    """The article a fact was extracted from, and that article's stored graph."""
    require_local(store)
    rows = store.query(f"SELECT ?a WHERE {{ GRAPH ?a {{ <{fact}> <{RDF.type}> ?t ; "
                       f"<http://www.w3.org/ns/prov#wasDerivedFrom> ?a . "
                       f"?a a <{COOP.Article}> }} }}").rows
    if not rows:
        raise CorrectionError(f"<{fact}>: no such fact in any stored article")
    article = URIRef(rows[0][0])
    return article, store.graph(article)


def fact_type(graph: Graph, fact: URIRef) -> URIRef:
    """The most specific fact class of `fact` (StateVisit rather than Event)."""
    types = [t for t in graph.objects(fact, RDF.type) if t in FACT_TYPES]
    ancestors = superclasses()
    specific = [t for t in types if not any(t in ancestors.get(o, set()) for o in types)]
    if not specific:
        raise CorrectionError(f"<{fact}>: not an agreement, event, statement or figure; only "
                              "those can be retracted")
    return sorted(specific, key=str)[0]


def pattern_of(graph: Graph, fact: URIRef) -> FactPattern:
    """The fact's content as a pattern: its type and the values of its key properties
    (KEY_PROPERTIES), so the retraction finds the same fact again in a re-extraction."""
    kind = fact_type(graph, fact)
    keys = KEY_PROPERTIES.get(kind) or KEY_PROPERTIES[COOP.Event]
    values = [(p, v) for p in keys for v in graph.objects(fact, p)]
    if not values:
        raise CorrectionError(f"<{fact}>: states none of {', '.join(str(k) for k in keys)}")
    return FactPattern.of(kind, values)


def agreement_pattern(store: TripleStore, kind: str, parties: list[str], when: str | None,
                      topic: str | None = None, evidence: str | None = None) -> FactPattern:
    """An agreement from plain values; parties by IRI or by a stored organisation's, person's
    or place's name (rdfs:label or coop:alias, any case)."""
    values: list[tuple] = [(COOP.kind, Literal(kind))] if kind else []
    values += [(COOP.party, resolve_party(store, p)) for p in parties]
    if when:
        values.append((COOP.date, date_literal(when)))
    if topic:
        values.append((COOP.topic, Literal(topic)))
    if evidence:
        values.append((COOP.evidence, Literal(evidence)))
    if kind:
        values.append((RDFS.label, Literal(f"{kind}: {topic}" if topic else kind)))
    return FactPattern.of(COOP.Agreement, values)


def date_literal(text: str) -> Literal:
    """YYYY, YYYY-MM or YYYY-MM-DD, typed by its precision as extracted dates are (pySHACL
    lets an impossible xsd:date such as 2024-13-45 through, so it is checked here)."""
    value = text.strip()
    try:
        date.fromisoformat((value + "-01-01")[:10] if len(value) in (4, 7) else value)
    except ValueError:
        raise CorrectionError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD; "
                              "nothing changed") from None
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


_NAMED = """SELECT DISTINCT ?x WHERE {{ ?x <{label}>|<{alias}> ?n .
  FILTER(LCASE(STR(?n)) = LCASE(STR(?name))) }} LIMIT 2"""


def resolve_party(store: TripleStore, name: str) -> URIRef:
    if name.startswith(("http://", "https://")):
        return URIRef(name)
    rows = store.query(_NAMED.format(label=RDFS.label, alias=COOP.alias),
                       {"name": Literal(name)}).rows
    if len(rows) != 1:
        problem = "names nothing stored" if not rows else "names more than one entity"
        raise CorrectionError(f"party {name!r} {problem}: give its IRI")
    return URIRef(rows[0][0])


def for_article(store: TripleStore, article: URIRef, reason: str, author: str | None = None,
                retract: list[FactPattern] | None = None,
                add: list[FactPattern] | None = None) -> Correction:
    """A correction of a stored article, carrying its title and date (see Correction)."""
    title, published = article_signature(store.graph(article), article)
    if not published:
        raise CorrectionError(f"<{article}>: no such article stored")
    return Correction(article, reason, author or default_author(), retract=retract or [],
                      add=add or [], article_title=title, article_date=date.fromisoformat(published))


def retraction(store: TripleStore, fact: URIRef, reason: str,
               author: str | None = None) -> Correction:
    """Retract a stored fact, named by its IRI (a query row's `agreement`, `fact`, …) but
    remembered by its content."""
    article, graph = fact_source(store, fact)
    return for_article(store, article, reason, author, retract=[pattern_of(graph, fact)])


def replacement(store: TripleStore, fact: URIRef, reason: str, author: str | None = None,
                **changes) -> Correction:
    """Retract a stored agreement and add it corrected: `changes` (kind, parties, date, topic,
    evidence) given replace the fact's own values, the others are kept."""
    article, graph = fact_source(store, fact)
    if fact_type(graph, fact) != COOP.Agreement:
        raise CorrectionError(f"<{fact}>: only agreements are replaced from plain values; "
                              "retract it and add the corrected fact with coopkg.correct")
    current = {"kind": _one(graph, fact, COOP.kind), "date": _one(graph, fact, COOP.date),
               "topic": _one(graph, fact, COOP.topic), "evidence": _one(graph, fact, COOP.evidence),
               "parties": [str(p) for p in sorted(graph.objects(fact, COOP.party))]}
    current.update({k: v for k, v in changes.items() if v})
    new = agreement_pattern(store, current["kind"] or "", current["parties"], current["date"],
                            current["topic"], current["evidence"])
    return for_article(store, article, reason, author, retract=[pattern_of(graph, fact)],
                       add=[new])


def _one(graph: Graph, node: URIRef, prop: URIRef) -> str | None:
    value = graph.value(node, prop)
    return None if value is None else str(value)


_BY_URL = f"SELECT ?a WHERE {{ ?a a <{COOP.Article}> ; <{COOP.url}> ?url }}"


def article_named(store: TripleStore, text: str) -> URIRef:
    """A stored article by its IRI or its URL."""
    require_local(store)
    if "/id/article/" in text:
        return URIRef(text)
    rows = store.query(_BY_URL, {"url": Literal(text)}).rows
    if not rows:
        raise CorrectionError(f"{text!r}: no stored article has that IRI or URL")
    return URIRef(rows[0][0])


# -- writing -------------------------------------------------------------------------------------

def correct(store: TripleStore, correction: Correction) -> list[str]:
    """Store the correction and apply it to its article (and to stored edited copies of it);
    returns one line per article changed.  CorrectionError, nothing written, when the
    correction fails the shapes, retracts nothing from its own article, or makes the article
    fail them."""
    return _commit(store, [correction], require_match=True)


def import_corrections(store: TripleStore, path: str, fmt: str | None = None) -> list[str]:
    """Corrections from an RDF file (a `coopkg correct list --format turtle` export), each
    applied to the stored articles it concerns; ones already stored are passed over."""
    try:
        graph = Graph().parse(path, format=fmt) if fmt else Graph().parse(path)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise CorrectionError(f"{path}: not readable RDF ({str(exc).splitlines()[0]})") from None
    incoming = from_graph(graph)
    if not incoming:
        raise CorrectionError(f"{path}: holds no coop:Correction")
    known = {c.iri for c in stored_corrections(store)}
    return _commit(store, [c for c in incoming if c.iri not in known], require_match=False)


def _commit(store: TripleStore, new: list[Correction], require_match: bool) -> list[str]:
    require_local(store)
    if not new:
        return []
    ensure_initialised(store)
    check_record(new)
    corrections = stored_corrections(store) + new
    concerned = _concerned(store, new)
    missing = [c.article for c in new if c.article not in concerned]
    if require_match and missing:
        raise CorrectionError(f"<{missing[0]}>: no such article stored; nothing changed")
    graphs, lines = {}, []
    for article in concerned:
        graph = store.graph(article)
        mine = applicable(new, graph, article)
        applied = apply(graph, article, mine, store, strict=True)
        if applied.report is not None:
            raise CorrectionError(f"<{article}> as corrected: {applied.report.summary()}; "
                                  "nothing changed")
        if require_match and applied.warnings and any(c.article == article for c in mine):
            raise CorrectionError(f"{applied.warnings[0]} in <{article}>; nothing changed")
        graphs[article] = graph
        lines += [f"<{article}>: {note}" for note in applied.notes]
    graphs[CORRECTIONS_GRAPH] = to_graph(corrections)
    _write_together(store, graphs)
    return lines


def check_record(corrections: list[Correction]) -> None:
    """The corrections as RDF against the shapes (CorrectionShape, FactPatternShape)."""
    report = validate_graph(to_graph(corrections))
    if not report.conforms:
        raise CorrectionError(f"correction refused: {report.summary()}; nothing changed")


_OWN = f"ASK {{ GRAPH ?target {{ ?target a <{COOP.Article}> }} }}"
_TITLED = f"""SELECT DISTINCT ?a WHERE {{ GRAPH ?a {{ ?a <{DCTERMS.title}> ?title ;
  a <{COOP.Article}> }} }}"""


def _concerned(store: TripleStore, corrections: list[Correction]) -> list[URIRef]:
    """Stored articles some correction may apply to: its own, and those sharing its title
    (`applies_to` then compares their publication dates too)."""
    found: set[URIRef] = set()
    for c in corrections:
        if store.query(_OWN, {"target": c.article}).boolean:
            found.add(c.article)
        if c.article_title:
            rows = store.query(_TITLED, {"title": Literal(c.article_title)}).rows
            found |= {URIRef(r[0]) for r in rows}
    return sorted(found)


def _write_together(store: EmbeddedStore, graphs: dict[URIRef, Graph]) -> None:
    """Every graph replaced (and the union default graph kept) in one update."""
    existing = set(store.named_graphs())
    parts = [replace_update(f"<{name}>", graph.serialize(format="nt", encoding="utf-8")
                            .decode("utf-8"), name in existing)
             for name, graph in graphs.items()]
    store.update(" ;\n".join(parts))


# -- reading -------------------------------------------------------------------------------------

def list_corrections(store: TripleStore) -> list[Correction]:
    return stored_corrections(store)


def export_corrections(store: TripleStore, out: IO[bytes], fmt: str = "turtle") -> int:
    """The corrections alone, as RDF (importable with `import_corrections`) or JSON; returns
    how many were written."""
    corrections = stored_corrections(store)
    if fmt == "json":
        out.write(json.dumps([to_json(c) for c in corrections], indent=1,
                             ensure_ascii=False).encode("utf-8") + b"\n")
    elif fmt in EXPORT_FORMATS:
        out.write(to_graph(corrections).serialize(format="json-ld" if fmt == "jsonld" else
                                                  "nt" if fmt == "ntriples" else fmt,
                                                  encoding="utf-8"))
    else:
        raise CorrectionError(f"unknown format {fmt!r} (formats: {', '.join(EXPORT_FORMATS)})")
    return len(corrections)


__all__ = ["EXPORT_FORMATS", "agreement_pattern", "article_named", "correct", "default_author",
           "export_corrections", "fact_source", "for_article", "import_corrections",
           "list_corrections", "pattern_of", "replacement", "retraction"]
