"""The stored-query registry: `queries/*.rq` with grlc-style `#+` headers.

Parameters are declared in the header with a type and parsed from the command line into typed
RDF terms, which the store binds (store/binding.py; rdflib's initBindings): user text is never
spliced into the query text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

import yaml
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from coopkg.names import exact_pattern, name_pattern
from coopkg.reference import gazetteer
from coopkg.resources import queries_dir
from coopkg.store.base import QueryResult
from coopkg.vocab import COOP, country_iri, region_iri


class QueryError(ValueError):
    """Unknown query or bad parameter: a usage error."""


@dataclass
class Param:
    name: str
    type: str
    description: str = ""
    required: bool = False
    example: str = ""


@dataclass
class StoredQuery:
    name: str
    sparql: str
    summary: str
    description: str = ""
    params: list[Param] = field(default_factory=list)
    example: str = ""
    derived: dict[str, str] = field(default_factory=dict)  # variable → "function(param, ...)"
    lists: dict[str, str] = field(default_factory=dict)  # GROUP_CONCAT column → separator
    distinct: list[str] = field(default_factory=list)  # parameters that must differ

    @property
    def name_params(self) -> list[str]:
        """Parameters matched against entity names: unknown ones get "did you mean"."""
        return [p.name for p in self.params if p.type in ("name", "entity")]

    def tidy(self, result: QueryResult) -> QueryResult:
        """GROUP_CONCAT's order is left to the engine (Oxigraph and Virtuoso differ): members
        of the header's `lists` columns are sorted, and an empty list is unbound, so every store
        gives the same rows."""
        columns = {result.variables.index(c): sep for c, sep in self.lists.items()
                   if c in result.variables}
        for row in result.rows:
            for i, sep in columns.items():
                if row[i] is not None:
                    text = str(row[i])  # an empty list: "" from Virtuoso, unbound from Oxigraph
                    row[i] = Literal(sep.join(sorted(text.split(sep)))) if text else None
        return result

    def bind(self, values: dict[str, str]) -> dict[str, Node]:
        known = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {unknown[0]!r} "
                             f"(parameters: {', '.join(known) or 'none'})")
        missing = [p.name for p in self.params if p.required and p.name not in values]
        if missing:
            raise QueryError(f"query {self.name!r} needs parameter {missing[0]!r}")
        bound = {name: parse_param(known[name], raw) for name, raw in values.items()}
        self._check_distinct(bound)
        for name, call in self.derived.items():
            function, _, args = call.partition("(")
            names = [a.strip() for a in args.rstrip(")").split(",")]
            if all(a in bound for a in names):
                value = _DERIVED[function.strip()](*(bound[a] for a in names))
                if value is not None:
                    bound[name] = value
        return bound

    def _check_distinct(self, bound: dict[str, Node]) -> None:
        """Asking for China with China is a mistake, not a question about all of China's
        agreements: refuse it instead of answering something else."""
        given = [name for name in self.distinct if name in bound]
        if len(given) > 1 and len({bound[name] for name in given}) < len(given):
            shown = str(bound[given[0]]).rsplit("/", 1)[-1]
            raise QueryError(f"query {self.name!r}: {' and '.join(given)} are the same "
                             f"({shown}); give two different countries")


def run_on_rdflib(graph, name: str, params: dict[str, str]) -> QueryResult:
    """The same stored query on a plain rdflib Graph (e.g. a Turtle export), with rdflib's own
    binding mechanism (initBindings)."""
    stored = get_query(name)
    result = graph.query(stored.sparql, initBindings=stored.bind(params))
    variables = [str(v) for v in result.vars]
    rows = [[row[i] for i in range(len(variables))] for row in result]
    return stored.tidy(QueryResult(variables=variables, rows=rows))


_HEADER = re.compile(r"^#\+ ?(.*)$")


def parse_query_file(path: Path) -> StoredQuery:
    """Cached per file version: parsing the YAML headers of every query took 5 ms, as long as
    running one."""
    stat = path.stat()
    return _parse_query_file(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=256)
def _parse_query_file(path: Path, _mtime_ns: int, _size: int) -> StoredQuery:
    header_lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _HEADER.match(line)
        if not m:
            break
        header_lines.append(m.group(1))
    meta = yaml.safe_load("\n".join(header_lines)) or {}
    params = [Param(name=p["name"], type=p.get("type", "string"),
                    description=p.get("description", ""), required=bool(p.get("required")),
                    example=str(p.get("example", ""))) for p in meta.get("params") or []]
    return StoredQuery(name=path.stem, sparql=path.read_text(encoding="utf-8"),
                       summary=meta.get("summary", ""), description=meta.get("description", ""),
                       params=params, example=meta.get("example", ""),
                       derived=meta.get("derived") or {}, lists=meta.get("lists") or {},
                       distinct=meta.get("distinct") or [])


def stored_queries(directory: Path | None = None) -> dict[str, StoredQuery]:
    folder = directory or queries_dir()
    return {p.stem: parse_query_file(p) for p in sorted(folder.glob("*.rq"))}


def get_query(name: str) -> StoredQuery:
    queries = stored_queries()
    if name not in queries:
        raise QueryError(f"no stored query {name!r} (available: {', '.join(queries)})")
    return queries[name]


def parse_param(param: Param, raw: str) -> Node:
    parser = _PARSERS.get(param.type)
    if parser is None:
        raise QueryError(f"parameter {param.name!r} has unknown type {param.type!r}")
    try:
        return parser(raw)
    except (ValueError, InvalidOperation, AttributeError) as exc:
        raise QueryError(f"parameter {param.name}={raw!r}: {exc}") from None


def resolve_class(raw: str) -> URIRef:
    name = raw.strip()
    name = name[0].upper() + name[1:] if name else name
    try:
        return getattr(COOP, name)
    except AttributeError:
        raise ValueError("not a coopkg class (e.g. Incubator, Foundation, "
                         "ResearchInstitute, GovernmentBody, Company, University)") from None


def resolve_place(raw: str) -> URIRef:
    """A country or region by ISO code (KZ, CN-XJ) or by name (Kazakhstan, Xinjiang)."""
    text = raw.strip()
    gaz = gazetteer()
    if re.fullmatch(r"[A-Za-z]{2}", text) and text.upper() in gaz.countries:
        return country_iri(text.upper())
    if re.fullmatch(r"[A-Za-z]{2}-[A-Za-z0-9]{1,3}", text):
        iri = str(region_iri(text))
        if iri in gaz.regions:
            return URIRef(iri)
    places = gaz.lookup(text)
    countries = [p for p in places if p.kind == "country"]
    if countries:
        return URIRef(countries[0].iri)
    if len({p.iri for p in places}) == 1:
        return URIRef(places[0].iri)
    if places:
        options = ", ".join(sorted({p.code or p.iri for p in places})[:5])
        raise ValueError(f"ambiguous place; use an ISO code ({options})")
    raise ValueError("unknown place; give a country or region name or an ISO code")


def resolve_country(raw: str) -> URIRef:
    iri = resolve_place(raw)
    if "/country/" not in str(iri):
        raise ValueError("not a country")
    return iri


def _date(raw: str) -> Literal:
    text = raw.strip()
    if re.fullmatch(r"\d{4}", text):
        return Literal(text, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return Literal(text, datatype=XSD.gYearMonth)
    return Literal(date.fromisoformat(text).isoformat(), datatype=XSD.date)


def _iri(raw: str) -> URIRef:
    if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]+", raw.strip()):
        raise ValueError("not an absolute IRI")
    return URIRef(raw.strip())


def _decimal(raw: str) -> Literal:
    value = Decimal(raw.strip())
    if not (0 <= value <= 10**15):
        raise ValueError("out of range")
    return Literal(value, datatype=XSD.decimal)


def country_pair(a: URIRef, b: URIRef) -> Literal:
    """The coop:countryPair key of two places' countries: sorted ISO codes, 'CN-KZ' (or 'CN-CN'
    for two places in one country)."""
    codes = sorted(_country_code(x) for x in (a, b))
    return Literal("-".join(codes))


def _country_code(place: URIRef) -> str:
    region = gazetteer().regions.get(str(place))
    return region.country if region else str(place).rsplit("/", 1)[-1]


def _name_regex(build):
    def derive(term: Node) -> Literal | None:
        return None if isinstance(term, URIRef) else Literal(build(str(term)))

    return derive


NO_IRI = URIRef("urn:coopkg:no-iri")


def _iri_only(term: Node) -> URIRef:
    """The term when it is an IRI, else an IRI that names nothing: a query can then look the
    IRI up as a constant subject without a branch that scans everything when none was given."""
    return term if isinstance(term, URIRef) else NO_IRI


_DERIVED = {"country_pair": country_pair, "name_pattern": _name_regex(name_pattern),
            "exact_pattern": _name_regex(exact_pattern), "iri_only": _iri_only}


def _name(raw: str) -> Literal:
    exact_pattern(raw)  # a ValueError when the name has no word in it
    return Literal(raw.strip())


def _entity(raw: str) -> URIRef | Literal:
    """An IRI when the value is one, a place's IRI when it names one (a country or region is
    found through the gazetteer, not by scanning 35k reference labels), else a name (label or
    alias) as written."""
    text = raw.strip()
    if re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]+", text) and "://" in text:
        return URIRef(text)
    try:
        return resolve_place(text)
    except ValueError:
        return Literal(text)


_PARSERS = {
    "entity": _entity,
    "name": _name,
    "class": resolve_class,
    "place": resolve_place,
    "country": resolve_country,
    "date": _date,
    "iri": _iri,
    "decimal": _decimal,
    "string": lambda raw: Literal(raw),
}
