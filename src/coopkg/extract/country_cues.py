"""What the text writes around a person's mention that states their country: the title phrase
before the name ('Kazakh Foreign Minister X', "Qatar's Ambassador to Ankara X") or the apposition
after it ('X, Consul of the Embassy of Chile'). A country after 'to'/'in'/'at' is where the person
serves, not theirs. `nationality` combines these stated countries with the pairwise inferences."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Org
from coopkg.extract.linking import find_org
from coopkg.extract.name_countries import bracketed_country, of_country
from coopkg.extract.titles import JOINERS, TITLE_WORDS, strip_honorifics
from coopkg.reference import Gazetteer, gazetteer

_MODIFIERS = lexicon.words("titles", "modifier")
LEADING = {"and", "the", "a", "an", "of", "to", "in", "for", "on", "at", "by", "with", "his",
           "her", "its", "their"}
_SERVES_IN = {"to", "in", "at"}  # 'ambassador to X', 'consul in X': where, not whose
_TOKEN = re.compile(r"[^\s,;:]+,?")
# a finite verb right after ', the <title>' makes the phrase the next clause's subject
_FINITE = {"will", "would", "shall", "is", "was", "has", "had", "can", "could"}
_LIST_GOES_ON = re.compile(r"^\s*(?:[A-Z][\w\-]*,?\s+)*?(?:and|&)\s")


def stated_country(doc: Doc, sent: Sent, span: Span) -> str | None:
    """The country a bracket or a list item's 'of' after the name ('X (Brazil)', 'X of Peru;'),
    the title phrase before it, or the apposition after it states."""
    bracketed = bracketed_country(sent.text[span.end:], doc.gaz) or of_country(sent.text, span.end, doc.gaz)
    if bracketed in doc.countries:
        return bracketed
    start, end = title_before(sent, span)
    code = _cue(doc, sent, start, end)
    if code is None:
        start, end = apposition_after(sent, span)
        code = _cue(doc, sent, start, end)
    return code or _of_country(doc, sent, span, start < end)


_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?")


_OF_COUNTRY_RE = re.compile(r"\s*(?:[,;.:)]|and\b|on\b|in\b|at\b|said\b|$|[a-z])")


def _of_country(doc: Doc, sent: Sent, span: Span, titled: bool) -> str | None:
    """'President Kofi Mensah of Ghana': a titled name followed by 'of <country>' (the
    country's whole name, then a clause boundary) holds the title of that country."""
    of = _OF_COUNTRY.match(sent.text, span.end)
    person = doc.people.get(span.ref.key)
    if of is None or not (titled or person is not None and person.role):
        return None
    hits = _countries_in(sent.text[of.end():of.end() + 60], doc.gaz)
    place = next((s for s in sent.spans if s.start == of.end() and s.ref.kind == "place"), None)
    if not hits or hits[0][0] != 0 or place is None or \
            not _OF_COUNTRY_RE.match(sent.text[place.end:]):
        return None
    return hits[0][1] if hits[0][1] in doc.countries else None


def title_before(sent: Sent, span: Span) -> tuple[int, int]:
    """Offsets of the title phrase right before a name: capitalised words, title words and
    their complements ('minister of energy'), back to a verb, another person or a clause."""
    left = max((s.end for s in sent.spans if s.ref.kind == "person" and s.end <= span.start),
               default=0)
    return _title_between(sent.text, left, span.start)


_TITLE_BETWEEN_RE = re.compile(r"\s[-–—]$")


@lru_cache(maxsize=4096)
def _title_between(text: str, left: int, right: int) -> tuple[int, int]:
    """`title_before` once the stretch is known: asked again for each rule that reads a
    person's title, so kept."""
    body, _ = strip_honorifics(text[left:right])
    body = _TITLE_BETWEEN_RE.sub(",", body.rstrip())  # 'the Kenyan President - Name'
    apposed = body.endswith(",")
    body = body[:-1].rstrip() if apposed else body
    tokens = list(_TOKEN.finditer(body))
    start = len(body)
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group()
        prev = tokens[i - 1].group().lower() if i else ""
        if ":" in body[tokens[i].end():tokens[i + 1].start() if i + 1 < len(tokens) else len(body)]:
            break  # '(ANI/Sputnik): Turkish President X': a colon closes the dateline before the title
        if word.endswith(",") and (not _LIST_GOES_ON.match(body[tokens[i].end():]) or
                                   _titled_item(tokens[i + 1:])) and not _bare_titles(tokens[i + 1:]):
            break
        if not in_title(word.rstrip(","), prev) and not _field_of_country(body, tokens[i].end(), start):
            break
        start = tokens[i].start()
    if apposed and not any(w.lower().strip(",") in TITLE_WORDS for w in body[start:].split()):
        return right, right  # 'Thanking Ghana, X said': no title, only a clause
    return _trim_leading(text, left + start, left + len(body))


_FIELD = re.compile(r"(?:^|(?<=[\s,]))(?P<lead>\w+\s+)?(?P<c>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)\s+"
                    r"(?P<field>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)$")
_NOT_FIELD = lexicon.words("speech_verbs") | lexicon.words("signing_verbs") | \
    lexicon.words("hosting_verbs") | {r[0] for r in lexicon.rows("event_words") if r[1] == "chain-verb"}


def _field_of_country(body: str, end: int, title_at: int) -> bool:
    """'Bangladesh agriculture minister X', 'Sri Lankan education minister Y': one or two
    lowercase field words between a country word and the title belong to the title phrase."""
    if not any(w.lower() in TITLE_WORDS for w in body[title_at:].split()):
        return False
    m = _FIELD.search(body[:end])
    if not m or (m.group("lead") or "").strip().lower() in _SERVES_IN | {"of", "from", "for", "with"} \
            or any(w in _NOT_FIELD or w.endswith("ed") for w in m.group("field").split()):
        return False  # 'X of Ghana met President Y': a verb, and a country after 'of'
    return bool(gazetteer().country_of_demonym(m.group("c"))) or \
        any(at == 0 for at, _ in _countries_in(m.group("c"), gazetteer()))


_APPOSITION_AFTER_RE = re.compile(r"\s*,\s*")
_APPOSITION_AFTER_RE2 = re.compile(r"(?:and|or|&)\b")
_APPOSITION_AFTER_RE3 = re.compile(r",\s+and\s|;|\s[–—]\s|,\s+(?:Mr|Ms|Mrs|Dr|Prof)\b|[.!?](?:\s|$)")


def apposition_after(sent: Sent, span: Span) -> tuple[int, int]:
    """Offsets of ', <title phrase>' after a name, up to the next person, ', and', a clause
    boundary or a verb; empty when no title word opens it."""
    text = sent.text
    m = _APPOSITION_AFTER_RE.match(text[span.end:])
    if not m:
        return span.end, span.end
    following = [s for s in sent.spans if s.ref.kind == "person" and s.start > span.end]
    right = title_before(sent, following[0])[0] if following else len(text)
    body = text[span.end + m.end():right]
    if _APPOSITION_AFTER_RE2.match(body):
        return span.end, span.end
    cut = _APPOSITION_AFTER_RE3.search(body)
    body = body[:cut.start()] if cut else body
    start = span.end + m.end()
    end = start
    tokens = list(_TOKEN.finditer(body))
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1].group().lower() if i else ""
        if not in_title(tok.group().rstrip(","), prev) and tok.group().lower() not in LEADING:
            if tok.group().lower() in _FINITE and tokens[0].group().lower() in ("the", "a", "an"):
                return span.end, span.end  # 'At the invitation of X, the Kenyan president will ...'
            break
        end = start + tok.end()
        if tok.group().endswith(",") and not _LIST_GOES_ON.match(body[tok.end():]):
            end = _body_after_comma(sent, end)
            break
    head = [t.group().lower().rstrip(",") for t in tokens[:5]]
    if not any(w in TITLE_WORDS for w in head):
        return span.end, span.end
    return start, end


_BODY_AFTER_COMMA_RE = re.compile(r"\s*(?:the\s+)?")


def _body_after_comma(sent: Sent, end: int) -> int:
    """'X, Deputy Director of the Y Department, Kenyan Ministry of Energy': an organisation
    right after the comma is the body the title belongs to."""
    org = next((s for s in sent.spans if s.ref.kind == "org" and s.start >= end and
                _BODY_AFTER_COMMA_RE.fullmatch(sent.text[end:s.start])), None)
    return org.end if org is not None else end


def _titled_item(tokens: list[re.Match[str]]) -> bool:
    """'X, secretary of the Kenyan Ministry of Planning, and Ugandan Health Minister Y': after
    ', and' a phrase with a title word of its own is the next list item's title, not more of a
    field list ('Minister of Trade, Industry and Tourism Y')."""
    words = [t.group().lower().rstrip(",") for t in tokens]
    return bool(words) and words[0] in ("and", "&") and any(w in TITLE_WORDS for w in words[1:])


def _bare_titles(tokens: list[re.Match[str]]) -> bool:
    """'the Saudi minister of energy, Prince X': one or two bare title words between a comma
    and the name restate the title before the comma."""
    return 0 < len(tokens) <= 2 and all(t.group().lower().rstrip(",") in TITLE_WORDS
                                        for t in tokens)


_TITLE_PHRASE_WORDS = TITLE_WORDS | _MODIFIERS | JOINERS  # united once: asked of every word


_IN_TITLE_RE = re.compile(r"[\w\-]+['’]s")


def in_title(word: str, prev: str) -> bool:
    bare = word.strip("()\"“”'’")
    if not bare:
        return False
    low = bare.lower()
    return bare[:1].isupper() or low in _TITLE_PHRASE_WORDS or \
        (prev.rstrip(",") in ("of", "and", "for", "&") and bare.isalpha()) or \
        bool(_IN_TITLE_RE.fullmatch(low) and low[:-2].rstrip("'’") in TITLE_WORDS)


_TRIM_LEADING_RE = re.compile(r"\S+")


def _trim_leading(text: str, start: int, end: int) -> tuple[int, int]:
    for m in _TRIM_LEADING_RE.finditer(text[start:end]):
        if m.group().lower() not in LEADING:
            return start + m.start(), end
    return end, end


def _cue(doc: Doc, sent: Sent, start: int, end: int) -> str | None:
    """The first country the phrase states: a demonym, a country name or possessive, or an
    organisation of known country — unless it follows 'to'/'in'/'at'."""
    if end <= start:
        return None
    for pos, code in _country_words(doc, sent, start, end):
        before = sent.text[start:pos].split()
        words = [w.lower() for w in before if w.lower() not in ("the", "republic", "of")][-1:]
        if before and words and words[0] in _SERVES_IN:
            continue
        if code in doc.countries:
            return code
    return None


_COUNTRY_WORDS_RE = re.compile(r"\b[A-Z]{2,}\b")


def _country_words(doc: Doc, sent: Sent, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(offset, country) for every country word and organisation in [start, end), in order."""
    hits: list[tuple[int, str]] = []
    phrase = sent.text[start:end]
    orgs = [(sp.start, sp.end) for sp in sent.spans if sp.ref.kind == "org"]
    for s, country in _countries_in(phrase, doc.gaz):
        if not any(a <= start + s < b for a, b in orgs):  # in a name: the org's country decides
            hits.append((start + s, country))
    for span in sent.spans:
        org = doc.orgs.get(span.ref.key) if span.ref.kind == "org" else None
        if org is not None and start <= span.start < end and _org_country(doc, org):
            hits.append((span.start, _org_country(doc, org)))
        region = doc.gaz.regions.get(span.ref.key) if span.ref.kind == "place" else None
        if region is not None and start <= span.start < end and _titles_place(sent.text, span):
            hits.append((span.start, region.country))  # 'Lakeside Governor X', 'Mayor of Y X'
    for m in _COUNTRY_WORDS_RE.finditer(phrase):
        org = find_org(doc, m.group()) or _by_initials(doc, m.group())
        if org is not None and _org_country(doc, org):
            hits.append((start + m.start(), _org_country(doc, org)))
    return iter(sorted(hits))


_NEXT_WORD = re.compile(r"\s+([\w\-]+)")


def _titles_place(text: str, span: Span) -> bool:
    """'Lakeside Governor', 'Governor of Lakeside': a city or province whose office the title
    names — right before a title word or right after 'of' — not a place the sentence opens
    with ('In Lakeside, Governor X')."""
    after = _NEXT_WORD.match(text, span.end)
    return bool(after and after.group(1).lower() in _TITLE_PHRASE_WORDS - JOINERS or
                text[:span.start].rstrip().endswith(" of"))


def _countries_in(phrase: str, gaz: Gazetteer) -> tuple[tuple[int, str], ...]:
    if gaz is gazetteer():  # titles recur across people and articles
        return _countries_in_cached(phrase)
    return _countries_uncached(phrase, gaz)


@lru_cache(maxsize=4096)
def _countries_in_cached(phrase: str) -> tuple[tuple[int, str], ...]:
    return _countries_uncached(phrase, gazetteer())


def _countries_uncached(phrase: str, gaz: Gazetteer) -> tuple[tuple[int, str], ...]:
    """(offset, country) of each demonym or country name; not in 'China-Chile centre', a
    binational name that is no one's country."""
    from coopkg.extract.places import raw_mentions

    out = []
    for s, e, places, via in raw_mentions(phrase, gaz):
        if phrase[e:e + 1] == "-" or phrase[s - 1:s] == "-":
            continue
        country = next((p.country for p in places if p.kind == "country"), None)
        if country and (via == "demonym" or places[0].kind == "country"):
            out.append((s, country))
    return tuple(out)


def _org_country(doc: Doc, org: Org) -> str | None:
    """The organisation's country, else that of the one city or region its name holds ('the
    University of Lakeside' where Lakeside is a city of an article country)."""
    if org.country:
        return org.country
    from coopkg.extract.places import find_places

    named = {m.place.country for m in find_places(org.name, doc.gaz, set(doc.countries))
             if m.place.kind == "region"}
    return named.pop() if len(named) == 1 else None


_BY_INITIALS_RE = re.compile(r"[A-Z][\w’'\-]*")


def _by_initials(doc: Doc, acronym: str) -> Org | None:
    """'the SPA' for the one known organisation whose capitalised words spell it."""
    hits = [o for o in doc.orgs.values()
            if "".join(w[0] for w in _BY_INITIALS_RE.findall(o.name)) == acronym]
    return hits[0] if len(hits) == 1 else None
