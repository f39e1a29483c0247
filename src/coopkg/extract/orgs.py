"""Organisations: capitalised spans that carry a type keyword, split where one name ends and the
next begins, nested names linked to their parents, acronyms defined in parentheses kept as
aliases and recognised when used alone later."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopkg.extract.facts import Org
from coopkg.extract.orgtypes import IGO_NAME, KNOWN_IGO, KNOWN_MEDIA, classify, has_org_keyword
from coopkg.extract.places import find_places
from coopkg.reference import Gazetteer

_CAP = r"(?:[A-Z][\w'’\-&]*\.?|[A-Z]\.)"
_CONN = r"(?:of|and|for|on|the|de|du|des|&)"
_SUFFIX = r"(?:,?\s(?:Co\.|Ltd\.?|Inc\.?|LLC|JSC|PLC|LLP|GmbH|Corp\.?)(?=[\s,.;:)]|$))"
_LOWER_AFTER_AND = r"(?:(?<=and\s)[a-z]+\s(?=[A-Z]))?"  # 'Science and technology Commission'
_SPAN = re.compile(rf"[\"“]?{_CAP}[\"”]?(?:(?:\s(?:{_CONN}\s)*{_LOWER_AFTER_AND}[\"“]?{_CAP}[\"”]?)"
                   rf"|{_SUFFIX})*")
_SUFFIX_WORDS = r"(?:Co|Ltd|Inc|LLC|JSC|PLC|LLP|GmbH|Corp)\b"
_LEADING = {
    "the", "a", "an", "on", "in", "at", "for", "from", "according", "over", "against", "during",
    "after", "before", "since", "noting", "speaking", "with", "by", "as", "while", "under", "this",
    "that", "these", "those", "both", "its", "his", "her", "their", "our", "also", "most",
    "meanwhile", "however", "to", "and", "but", "of", "between", "among", "via", "edited",
    "said", "forecasts", "interconnection", "bilateral", "when", "if", "new", "all",
}
_TRAILING = {"of", "and", "for", "on", "the", "de", "du", "des", "&"}
_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
_APPOSITION = re.compile(r"^,?\s+(?:a|an|the)\s+(?P<adj>[A-Z][\w\-]+)\s+(?:state-owned\s+|private\s+|"
                         r"leading\s+)?(?:company|firm|enterprise|group|corporation|agency|"
                         r"institute|university|foundation|organi[sz]ation|body|bank)")
_LOCATED = re.compile(r"^\s+(?:in|at|based in|located in)\s+(?P<place>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)"
                      r"(?:,\s*(?P<country>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?))?")


@dataclass
class OrgMention:
    start: int
    end: int
    name: str


def _trim(span: str, start: int) -> tuple[str, int]:
    words = span.split(" ")
    while words and (words[0].lower().strip("\"“”") in _LEADING and
                     not (words[0] == "The" and len(words) > 1 and _is_media_like(words))):
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1].lower() in _TRAILING:
        words = words[:-1]
    name = " ".join(words)
    name = re.sub(r"['’]s$", "", name)
    if name.endswith(".") and not re.search(r"\b(?:Co|Ltd|Inc|Corp|[A-Z])\.$", name):
        name = name[:-1]
    return name.strip("\"“”"), start


def _is_media_like(words: list[str]) -> bool:
    return classify(" ".join(words[1:])) == "MediaOutlet"


def _split_and(name: str, known: dict[str, str] | None = None) -> list[str]:
    """'A Foundation and the B Center' → two names; 'Science and Technology Center' → one;
    'Ministry of Science and Technology and Beijing ... Commission' → two."""
    parts = re.split(r",?\s+and\s+the\s+|,\s+the\s+|,\s+(?=[A-Z])(?!" + _SUFFIX_WORDS + r")", name)
    out: list[str] = []
    for part in parts:
        pieces = part.split(" and ")
        current = pieces[0]
        for i, piece in enumerate(pieces[1:], 1):
            rest = " and ".join(pieces[i:])
            aliases = known or {}
            owned = _POSSESSOR.match(piece) and _starts_with_place(_POSSESSOR.match(piece).group("owner"))
            if current.lower() in aliases and (rest.lower() in aliases or _org_like(rest)) or \
                    _org_like(current) and has_org_keyword(current.split()[-1]) and owned or \
                    _org_like(current) and _org_like(rest) and (
                    has_org_keyword(current.split()[-1]) or _starts_with_place(piece)):
                out.append(current)
                current = piece
            else:
                current = f"{current} and {piece}"
        out.append(current)
    return [p for p in out if p]


_GENERIC_DETERMINERS = {"any", "a", "an", "every", "each", "other", "another", "some", "many",
                        "several", "all", "no", "one"}


_DATE_TAIL = re.compile(r"\s+(?:on|in|of|since|by)\s+(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December|Monday|Tuesday|Wednesday|"
                        r"Thursday|Friday|Saturday|Sunday)\b")


def _is_country_name(text: str) -> bool:
    from coopkg.reference import gazetteer

    return any(p.kind == "country" for p in gazetteer().lookup(text))


def _generic(sentence: str, offset: int, piece: str) -> bool:
    """'any Pakistani University', 'a Chinese Company': a kind of body, not a name."""
    before = sentence[:offset].split()
    return len(piece.split()) <= 2 and bool(before) and before[-1].lower() in _GENERIC_DETERMINERS


def _starts_with_place(text: str) -> bool:
    from coopkg.extract.places import raw_mentions
    from coopkg.reference import gazetteer

    return any(start == 0 for start, _e, _p, _v in raw_mentions(text, gazetteer()))


_POSSESSOR = re.compile(r"^(?P<owner>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})['’]s\s+(?=[A-Z])")


def _drop_possessor(piece: str, listed: bool = False) -> str:
    """"South Korea's Hyundai Engineering Co., Ltd." names the company; the country is context.
    In a list of organisations ('X Company and South Korea's EcoPro BM') no type word is needed."""
    m = _POSSESSOR.match(piece)
    if m and _starts_with_place(m.group("owner")) and (listed or _org_like(piece[m.end():])):
        return piece[m.end():]
    return piece


def _drop_non_org_head(name: str) -> str:
    """'20th National Congress of the Communist Party of China' → 'Communist Party of China';
    'General Manager of X Co. Ltd.' → 'X Co. Ltd.'."""
    m = re.search(r"\sof\s+(?:the\s+)?", name)
    if m and not has_org_keyword(name[: m.start()]) and _org_like(name[m.end():]):
        return name[m.end():]
    return name


def _org_like(name: str) -> bool:
    lower = name.lower()
    return has_org_keyword(name) or lower in KNOWN_IGO or lower in KNOWN_MEDIA or \
        bool(IGO_NAME.search(name))


def _cut_after_head(name: str) -> str:
    """'Chinese Foreign Ministry Spokesperson Mao Ning' → 'Chinese Foreign Ministry': a name
    runs on past its last type word only through 'of', 'for', 'on' or a company suffix."""
    words = name.split()
    last = max((i for i, w in enumerate(words) if has_org_keyword(w)), default=None)
    if last is None or last == len(words) - 1:
        return name
    nxt = words[last + 1].lower()
    if nxt in {"of", "for", "on", "under", "and", "&"} or has_org_keyword(" ".join(words[last:])
                                                                         ) and _suffix_only(
            words[last + 1:]):
        return name
    return " ".join(words[: last + 1])


def _suffix_only(words: list[str]) -> bool:
    return all(re.fullmatch(r"(?:Co|Ltd|Inc|LLC|JSC|PLC|LLP|GmbH|Corp)[.,]*", w) for w in words)


def parent_after(sentence: str, end: int) -> str | None:
    """'the Department of X under the Lao Ministry of Y' → its parent is the ministry."""
    m = re.match(r"\s+(?:under|of|at)\s+the\s+", sentence[end:])
    if not m:
        return None
    rest = sentence[end + m.end():]
    span = _SPAN.match(rest)
    if span:
        name, _start = _trim(span.group(), 0)
        name = _cut_after_head(name)
        if has_org_keyword(name):
            return name
    return None


def parent_of(name: str) -> str | None:
    """'Institute of X of the Academy of Sciences of Y' → 'Academy of Sciences of Y'."""
    for m in re.finditer(r"\s(?:of|under)\s+the\s+", name):
        left, right = name[: m.start()], name[m.end():]
        if has_org_keyword(left) and has_org_keyword(right):
            return right
    return None


_DESCRIBED = re.compile(r"\b(?:state(?:-owned)?\s+|national\s+|private\s+)?(?:[a-z][a-z\-]+\s+){0,2}"
                        r"(?P<kind>company|corporation|firm|group|agency|bank|operator|producer|"
                        r"giant|conglomerate|concern|broadcaster|newspaper|carrier)\s+"
                        r"(?P<name>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2})")


def described_orgs(sentence: str) -> list[tuple[OrgMention, str]]:
    """'state nuclear corporation Rosatom': a name with no type word, introduced by one."""
    out = []
    for m in _DESCRIBED.finditer(sentence):
        name = m.group("name")
        if has_org_keyword(name):
            continue
        out.append((OrgMention(m.start("name"), m.end("name"), name), m.group("kind")))
    return out


def find_org_mentions(sentence: str, known: dict[str, str]) -> list[OrgMention]:
    """Spans naming organisations; `known` maps aliases/acronyms seen so far to full names."""
    out: list[OrgMention] = []
    for m in _SPAN.finditer(sentence):
        name, start = _trim(m.group(), m.start())
        if not name:
            continue
        name = _DATE_TAIL.split(name, maxsplit=1)[0]  # 'Russian Federation on February'
        pieces = _split_and(name, known)
        for piece in map(_cut_after_head, pieces):
            if all(_is_country_name(part) for part in re.split(r",\s+|\s+and\s+", piece)):
                continue  # 'France and Russian Federation': countries, not a federation
            listed = len(pieces) > 1 and bool(_POSSESSOR.match(piece))
            piece = _drop_possessor(_drop_non_org_head(piece), listed)
            if len(piece.split()) == 1 and has_org_keyword(piece):
                continue  # 'Park', 'Ministry': a type word alone names nothing
            offset = sentence.find(piece, start)
            if offset < 0:
                continue
            lower = piece.lower()
            if ("the " + lower) in KNOWN_MEDIA and sentence[max(0, offset - 4):offset].lower() == "the ":
                offset, piece, lower = offset - 4, "The " + piece, "the " + lower
            if lower in known:
                out.append(OrgMention(offset, offset + len(piece), known[lower]))
            elif _generic(sentence, offset, piece):
                continue
            elif _org_like(piece) or ("the " + lower) in KNOWN_MEDIA or listed:
                if len(piece.split()) == 1 and piece.isupper() and lower not in KNOWN_IGO:
                    if lower not in KNOWN_MEDIA:
                        continue
                    piece = piece.title()
                out.append(OrgMention(offset, offset + len(piece), piece))
    return out


def acronym_after(sentence: str, end: int) -> str | None:
    m = _ACRONYM_DEF.match(sentence[end:].lstrip())
    if m and sentence[end:].startswith((" (", "(")):
        return m.group(1)
    return None


def attribute(org: Org, sentence: str, end: int, gaz: Gazetteer, countries: set[str]) -> None:
    """Country and region from the name, then from the words right after it."""
    head = re.split(r"\s(?:for|on)\s", org.name, maxsplit=1)[0]
    mentions = find_places(head, gaz, countries)
    lead = 4 if head.startswith("The ") else 0
    region = next((m.place for m in mentions if m.place.kind == "region" and m.start == lead),
                  None)
    named = [m.place.country for m in mentions if m.place.kind == "country"]
    tail = re.search(r"\bof\s+(?:the\s+)?([\w'’\- ]+)$", org.name)
    tail_country = None
    if tail:
        tail_hits = find_places(tail.group(1), gaz, countries)
        if tail_hits and tail_hits[-1].end == len(tail.group(1)) and \
                tail_hits[-1].place.kind == "country":
            tail_country = tail_hits[-1].place.country
    if org.type == "IntergovernmentalOrganization":
        org.country = None
    elif tail_country:
        org.country = tail_country
    elif region is not None:
        org.region, org.country = region.iri, region.country
    elif len(set(named)) == 1:
        org.country = named[0]
    owner = re.search(r"(?P<owner>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})['’]s\s+$",
                      sentence[:max(0, sentence.rfind(org.name, 0, end))])
    if owner and org.country is None and org.type != "IntergovernmentalOrganization":
        hits = [m.place for m in find_places(owner.group("owner"), gaz, countries)]
        if hits:
            org.country = hits[-1].country
    after = sentence[end:]
    appo = _APPOSITION.match(after)
    if appo and gaz.country_of_demonym(appo.group("adj")):
        org.country = gaz.country_of_demonym(appo.group("adj"))
    located = _LOCATED.match(after)
    if located and org.type != "IntergovernmentalOrganization":
        _place_from_context(org, located, gaz, countries)
    if org.country is None and org.name.lower() in KNOWN_MEDIA:
        org.country = KNOWN_MEDIA[org.name.lower()]


def _place_from_context(org: Org, located: re.Match[str], gaz: Gazetteer,
                        countries: set[str]) -> None:
    hits = find_places(located.group(0), gaz, countries)
    regions = [h.place for h in hits if h.place.kind == "region"]
    country_hits = [h.place for h in hits if h.place.kind == "country"]
    if regions and org.region is None and (org.country in (None, regions[0].country)
                                          or len(set(_named_countries(org, gaz))) > 1):
        org.region, org.country = regions[0].iri, regions[0].country
    elif country_hits and org.country is None:
        org.country = country_hits[0].country


def _named_countries(org: Org, gaz: Gazetteer) -> list[str]:
    return [m.place.country for m in find_places(org.name, gaz, set(gaz.countries))
            if m.place.kind == "country"]


def make_org(name: str, evidence: str) -> Org:
    kind = classify(name)
    rule = "org.keyword" if kind != "Organization" else "org.untyped"
    return Org(name=name, type=kind, evidence=evidence, rule=rule)
