"""User RDF in, safely: a size limit, no outbound requests, no entity bombs, bounded memory.

A file is parsed by Oxigraph's streaming parser into a scratch on-disk store (in a temporary
directory), and import then takes one graph at a time out of it: memory follows the largest
graph, not the file (rdflib's Dataset held ~10 KB per triple: 1.7 GB for 20 MB of N-Triples).
Oxigraph's JSON-LD parser fetches no @context; rdflib's, which fetches http(s) and file:
contexts, runs only on explicit opt-in.  RDF/XML declaring DTD entities is refused before
parsing (Oxigraph expands them, so a "billion laughs" file exhausts memory)."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler

import pyoxigraph as ox
from defusedxml import DefusedXmlException
from defusedxml.expatreader import create_parser

from coopkg.store.embedded import to_ox

DEFAULT_MAX_MB = 100.0

_FORMAT_NAMES = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES, "nt": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD, "jsonld": ox.RdfFormat.JSON_LD, "json": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML, "rdfxml": ox.RdfFormat.RDF_XML, "rdf": ox.RdfFormat.RDF_XML,
    "owl": ox.RdfFormat.RDF_XML, "n3": ox.RdfFormat.N3,
}
_CHUNK = 1 << 16


class ImportError_(ValueError):
    """An RDF file that cannot be imported (malformed, refused, or not conforming)."""


@dataclass(frozen=True)
class ImportOptions:
    """`max_mb`: refuse bigger inputs (None: no limit).  `allow_remote_context`: let JSON-LD
    fetch the @context documents it names (http(s) and file: URLs)."""

    max_mb: float | None = DEFAULT_MAX_MB
    allow_remote_context: bool = False


def rdf_format(path: str, fmt: str | None) -> ox.RdfFormat:
    name = (fmt or Path(path).suffix.lstrip(".")).lower()
    if name not in _FORMAT_NAMES:
        hint = f"unknown RDF format {fmt!r}" if fmt else "unknown RDF format (use --format)"
        raise ImportError_(f"{path}: {hint}")
    return _FORMAT_NAMES[name]


def local_copy(path: str, options: ImportOptions, scratch: Path) -> Path:
    """The file to parse: the path itself after a size check, or stdin copied (up to the
    limit) into the scratch directory."""
    limit = None if options.max_mb is None else int(options.max_mb * 1_000_000)
    if path != "-":
        try:
            size = Path(path).stat().st_size
        except FileNotFoundError:
            raise ImportError_(f"{path}: no such file") from None
        _check_size(path, size, limit, options)
        return Path(path)
    target, written = scratch / "stdin", 0
    with target.open("wb") as out:
        while chunk := sys.stdin.buffer.read(_CHUNK):
            written += len(chunk)
            _check_size(path, written, limit, options)
            out.write(chunk)
    return target


def _check_size(path: str, size: int, limit: int | None, options: ImportOptions) -> None:
    if limit is not None and size > limit:
        raise ImportError_(f"{path}: larger than the import limit of {options.max_mb:g} MB "
                           "(raise it with --max-size)")


class _RootReached(Exception):
    """The DTD, if any, is behind us: nothing left to check."""


class _StopAtRoot(ContentHandler):
    def startElement(self, name, attrs):  # noqa: N802 (SAX's name)
        raise _RootReached

    startElementNS = startElement  # noqa: N815


def refuse_xml_entities(path: str, source: Path) -> None:
    """Read RDF/XML up to its root element with defusedxml, which rejects entity declarations
    and external references; syntax errors are left for the RDF parser to report."""
    parser = create_parser(forbid_dtd=False, forbid_entities=True, forbid_external=True)
    parser.setContentHandler(_StopAtRoot())
    try:
        with source.open("rb") as data:
            while chunk := data.read(_CHUNK):
                parser.feed(chunk)
    except _RootReached:
        return
    except DefusedXmlException as exc:
        raise ImportError_(f"{path}: refused: the RDF/XML declares DTD entities or external "
                           f"references ({type(exc).__name__}); expand them first") from None
    except SAXParseException:
        return


def parse_into(scratch: ox.Store, path: str, source: Path, fmt: ox.RdfFormat,
               options: ImportOptions) -> None:
    """Stream the file's quads into the scratch store; errors become one line."""
    if fmt == ox.RdfFormat.RDF_XML:
        refuse_xml_entities(path, source)
    try:
        if fmt == ox.RdfFormat.JSON_LD and options.allow_remote_context:
            scratch.bulk_extend(_rdflib_jsonld(source))
        else:
            scratch.bulk_extend(ox.parse(path=source, format=fmt, rename_blank_nodes=True))
    except SyntaxError as exc:
        raise ImportError_(_syntax_message(path, fmt, str(exc))) from None
    except OSError as exc:
        raise ImportError_(f"{path}: cannot read: {exc}") from None


def _syntax_message(path: str, fmt: ox.RdfFormat, text: str) -> str:
    if "LoadDocumentCallback" in text:
        return (f"{path}: refused: the JSON-LD names a remote or file @context, which import "
                "does not fetch (allow it with --allow-remote-context)")
    first = text.strip().splitlines()[0] if text.strip() else "syntax error"
    return f"{path}: malformed {fmt.name.lower()}: {first}"


def _rdflib_jsonld(source: Path) -> Iterator[ox.Quad]:
    """rdflib's JSON-LD parser, which loads the contexts a document names (opt-in only)."""
    import rdflib

    dataset = rdflib.Dataset()
    try:
        dataset.parse(source, format="json-ld")
    except Exception as exc:  # rdflib and urllib raise many types
        raise SyntaxError(str(exc) or type(exc).__name__) from None
    default = dataset.default_graph.identifier
    for s, p, o, g in dataset.quads():
        name = ox.DefaultGraph() if g is None or g == default else to_ox(g)
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), name)


def graph_names(scratch: ox.Store) -> list[ox.NamedNode | ox.DefaultGraph]:
    """Named graphs in name order, then the default graph if it holds anything."""
    names: list[ox.NamedNode | ox.DefaultGraph] = sorted(
        (g for g in scratch.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
    default = ox.DefaultGraph()
    if next(iter(scratch.quads_for_pattern(None, None, None, default)), None) is not None:
        names.append(default)
    return names


def open_scratch(folder: Path) -> ox.Store:
    target = folder / "parsed"
    shutil.rmtree(target, ignore_errors=True)
    return ox.Store(str(target))


__all__ = ["DEFAULT_MAX_MB", "ImportError_", "ImportOptions", "graph_names", "local_copy",
           "open_scratch", "parse_into", "rdf_format"]
