"""`coopkg import`: user RDF in, validated like articles, into graphs import may write.

The file is first streamed into a scratch Oxigraph store (`rdfinput`); each of its graphs is
then validated a few thousand subjects at a time, since every shape targets a class and checks
its focus node's own triples and the types of their values — so a chunk, given those types,
validates exactly as the whole graph would, and memory no longer follows the graph (rdflib holds
~2 KB per triple: the old whole-file import of 20 MB of N-Triples peaked at 1.7 GB).  All graphs
are checked before the first is written; each is written in one transaction."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from coopkg.load import LoadResult, ensure_initialised, write_prepared
from coopkg.prepare import (
    Prepared,
    ReferenceIndex,
    reference_context,
    stored_reference_index,
)
from coopkg.rdfinput import (
    ImportError_,
    ImportOptions,
    graph_names,
    local_copy,
    open_scratch,
    parse_into,
    rdf_format,
)
from coopkg.reason import materialise_nt
from coopkg.store.base import TripleStore
from coopkg.store.embedded import from_ox
from coopkg.validate import targets_any, validate_article
from coopkg.vocab import CID, COOP, CORRECTIONS_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH, slug

CHUNK_TRIPLES = 20_000
_RDF_TYPE = ox.NamedNode(str(RDF.type))


def import_rdf(store: TripleStore, path: str, graph_iri: URIRef | str | None = None,
               fmt: str | None = None, options: ImportOptions | None = None) -> list[LoadResult]:
    """Import an RDF file (or "-" for stdin); datasets keep their named graphs, triples
    outside any go to `graph_iri` (default: a graph named after the file)."""
    ensure_initialised(store)
    options = options or ImportOptions()
    rdf_fmt = rdf_format(path, fmt)
    default_name = _default_target(path, graph_iri)
    with tempfile.TemporaryDirectory(prefix="coopkg-import-") as tmp:
        folder = Path(tmp)
        scratch = open_scratch(folder)
        parse_into(scratch, path, local_copy(path, options, folder), rdf_fmt, options)
        sources = graph_names(scratch)
        if not sources:
            raise ImportError_(f"{path}: no triples to import")
        targets = [default_name if isinstance(s, ox.DefaultGraph) else URIRef(s.value)
                   for s in sources]
        writable_check(store, path, targets)
        index = stored_reference_index(store)
        spooled = [_prepare_graph(scratch, path, source, target, folder / f"{i}.nt", index)
                   for i, (source, target) in enumerate(zip(sources, targets, strict=True))]
        del scratch
        return [write_prepared(store, _unspool(prepared)) for prepared in spooled]


def _default_target(path: str, graph_iri: URIRef | str | None) -> URIRef:
    if graph_iri is None:
        return CID[f"graph/import/{slug(Path(path).name if path != '-' else 'stdin')}"]
    try:
        return URIRef(ox.NamedNode(str(graph_iri)).value)
    except ValueError:
        raise ImportError_(f"{path}: --graph {graph_iri!r} is not an absolute IRI") from None


RESERVED_GRAPHS = {ONTOLOGY_GRAPH: ("the ontology", "coopkg init"),
                   REFERENCE_GRAPH: ("the reference places", "coopkg init"),
                   CORRECTIONS_GRAPH: ("the corrections", "coopkg correct")}
_NOT_IMPORTED = """SELECT ?g WHERE {{ VALUES ?g {{ {graphs} }}
  FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?g <{marker}> ?from }} }} }}"""


def writable_check(store: TripleStore, path: str, targets: list[URIRef]) -> None:
    """Import may create graphs and replace the ones it wrote (marked coop:importedFrom);
    the ontology and reference graphs belong to `init` and stored articles to `load`."""
    for target in targets:
        if target in RESERVED_GRAPHS:
            what, writer = RESERVED_GRAPHS[target]
            raise ImportError_(f"{path}: graph <{target}> holds {what}, which only `{writer}` "
                               "writes; import refused, nothing changed")
    for start in range(0, len(targets), 500):
        batch = " ".join(f"<{t}>" for t in targets[start:start + 500])
        rows = store.query(_NOT_IMPORTED.format(graphs=batch, marker=COOP.importedFrom)).rows
        if rows:
            raise ImportError_(f"{path}: graph <{rows[0][0]}> holds an article stored by "
                               "`coopkg load`, which import may not replace; nothing changed")


def _prepare_graph(scratch: ox.Store, path: str, source: ox.NamedNode | ox.DefaultGraph,
                   target: URIRef, spool: Path, index: ReferenceIndex) -> Prepared:
    """Validate one graph chunk by chunk, then infer on its N-Triples and spool the result,
    so that only one graph's text is in memory at a time."""
    if _has_targets(scratch, source):
        for chunk in _subject_chunks(scratch, source):
            if not targets_any(chunk.objects(None, RDF.type)):
                continue
            types, _chains = reference_context(chunk, index)
            report = validate_article(chunk, types + _value_types(scratch, source, chunk))
            if not report.conforms:
                raise ImportError_(f"{path}: graph <{target}>: {report.summary()}")
    chains = _place_chains(scratch, source, index)
    mark = f"<{target}> <{COOP.importedFrom}> {Literal(_origin(path)).n3()} .\n".encode()
    data = scratch.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=source) + mark
    ntriples, count = materialise_nt(data, target, chains)
    spool.write_text(ntriples, encoding="utf-8")
    prepared = Prepared(path, str(target), "", str(spool), count)
    prepared.content_hash = None  # an import is always written (no unchanged-skip)
    return prepared


def _origin(path: str) -> str:
    return "stdin" if path == "-" else Path(path).name


def _has_targets(scratch: ox.Store, source) -> bool:
    classes = {q.object for q in scratch.quads_for_pattern(None, _RDF_TYPE, None, source)}
    return targets_any(URIRef(c.value) for c in classes if isinstance(c, ox.NamedNode))


def _place_chains(scratch: ox.Store, source, index: ReferenceIndex) -> Graph:
    """coop:partOf chains of the reference places the graph points at (and does not describe
    itself), for the inference; read from Oxigraph, not rdflib."""
    objects = {q.object for q in scratch.quads_for_pattern(None, None, None, source)
               if isinstance(q.object, ox.NamedNode)}
    probe = Graph()
    for node in objects:
        place = URIRef(node.value)
        if (place in index[0] or place in index[1]) and next(
                iter(scratch.quads_for_pattern(node, None, None, source)), None) is None:
            probe.add((_PROBE, _PROBE, place))
    return reference_context(probe, index)[1]


_PROBE = URIRef("urn:coopkg:probe")


def _subject_chunks(scratch: ox.Store, source) -> Iterator[Graph]:
    """The graph's triples as rdflib Graphs of about CHUNK_TRIPLES each, never splitting a
    subject (Oxigraph returns a graph's quads ordered by subject)."""
    chunk, last = Graph(), None
    for quad in scratch.quads_for_pattern(None, None, None, source):
        if len(chunk) >= CHUNK_TRIPLES and quad.subject != last:
            yield chunk
            chunk = Graph()
        last = quad.subject
        chunk.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
    if len(chunk):
        yield chunk


def _value_types(scratch: ox.Store, source, chunk: Graph) -> Graph:
    """rdf:type triples, from the same graph, of the chunk's values outside the chunk."""
    subjects = set(chunk.subjects())
    out = Graph()
    for value in {o for o in chunk.objects() if not isinstance(o, Literal)} - subjects:
        node = ox.NamedNode(str(value)) if isinstance(value, URIRef) else ox.BlankNode(str(value))
        for quad in scratch.quads_for_pattern(node, _RDF_TYPE, None, source):
            out.add((value, RDF.type, from_ox(quad.object)))
    return out


def _unspool(prepared: Prepared) -> Prepared:
    prepared.ntriples = Path(prepared.ntriples).read_text(encoding="utf-8")
    return prepared


__all__ = ["CHUNK_TRIPLES", "RESERVED_GRAPHS", "import_rdf", "writable_check"]
