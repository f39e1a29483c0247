"""News-agency credits: the agency a wire story is credited to, written as a tag in the dateline
('NAIROBI, May 2 (KNA) --', 'ROME, May 2. /ANSA/.', '(Daily Star / KNA - 2nd May, 2024)') or at
the close of the article ('... said.(KNA)').  The tag is the outlet's name however short, so a
credit is an organisation even when no type word or gazetteer entry says so."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Org, Ref
from coopkg.extract.orgtypes import KNOWN_IGO, KNOWN_MEDIA, media_country
from coopkg.extract.overlap import add_span
from coopkg.extract.titles import TITLE_WORDS

_WIRE = r"[A-Za-z]?[A-Z][\w.&\-]{1,20}"  # 'KNA', 'Xinhua', 'nCa', 'Kun.uz'
_TAG = r"(?:\((?P<p>[^()]{2,80})\)|/(?P<s>[A-Z][\w\- ]{1,30})/)"
# 'Month D', 'Month D, YYYY', 'D Month YYYY': the date a dateline may carry before its tag
_DATELINE_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}\.?)(?:,?\s\d{4})?\.?,?\s*"
_DATELINE_COUNTRY = rf"(?:[A-Z][A-Za-z'’.\- ]{{1,30}}?(?:,\s*(?={_DATELINE_DATE}\()|\s*(?=\()))?"
_DATELINE_TAGS = (  # 'CITY, Month D (TAG) The ...', 'CITY, Country, Month D (TAG) The ...', or
    # any short opening then '(TAG) --'; the country after the city is the city's, not a body
    re.compile(rf"^[A-Z][A-Za-z'’.\- ]{{1,40}}?,\s*{_DATELINE_COUNTRY}(?:{_DATELINE_DATE})?{_TAG}"
               r"\s*(?:--|[-–—:.]|(?=[A-Z]))"),
    re.compile(rf"^[A-Z][^()/\n]{{0,60}}?{_TAG}\s*(?:--|[-–—:.])"),
    re.compile(r"^\s*\((?P<p>[A-Z][\w.&\- ]{1,30})\)\s*(?:(?:--|[-–—:])\s*)?(?=[A-Z\"“])"),  # '(KNA) Kenya'
    # 'NAIROBI/02.05.2024/KNA: Kenya ...': city, date and outlet joined by slashes
    re.compile(r"^[A-Z][A-Za-z'’.\- ]{1,40}/\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*/\s*"
               r"(?P<p>[A-Z][\w.&\- ]{1,30}?)\s*:"),
    # 'BRIDGETOWN, Barbados, May 2, KNA – Kenya ...': an untagged credit in capitals after the date
    re.compile(rf"^[A-Z][A-Za-z'’.\- ]{{1,40}}?,\s*(?:[A-Z][A-Za-z'’.\- ]{{1,30}}?,\s*)?"
               rf"(?:{_DATELINE_DATE})(?:(?P<p>[A-Z]{{2,10}}),?|(?P<s>{_WIRE}),)\s*(?:--|[-–—])\s"),
)
_CLOSING_TAGS = (  # '... said.(KNA)', '(KNA/Xinhua)', a last line 'Source: Daily Courier',
    # 'Source (in French): X'
    re.compile(rf"(?:^|[.!?\"”])\s*\((?P<p>{_WIRE}(?:\s?/\s?{_WIRE})*)\)\s*$"),
    re.compile(r"^\s*(?i:sources?)(?:\s*\([^()\n]{1,30}\))?(?:\s*:\s*|\s+(?=[A-Z]))"
               r"(?P<p>[A-Z][^()\n]{1,80}?|[a-z][\w\-]*\.[a-z]{2,6})(?:\s+with\s+agencies)?\s*$"),
    # '... said. -KNA', '-- KNA/Xinhua' closing the story; '///nCa, 24 May'; a last line 'KNA/Xinhua'
    re.compile(rf"(?:^|[.!?\"”])\s*(?:[-–—]{{1,2}}|/{{2,}})\s*(?P<p>{_WIRE}(?:\s?/\s?{_WIRE})*)\s*"
               r"(?:,[^\n]{0,120})?$"),
    re.compile(rf"^\s*(?P<p>{_WIRE}(?:\s?/\s?{_WIRE})+)\s*$"),
    # a last line '(Source: KNA)' or '[KNA]', '[KNA/Xinhua]'
    re.compile(rf"^\s*\((?i:sources?)\s*:\s*(?P<p>{_WIRE}(?:\s?/\s?{_WIRE})*)\)\s*$"),
    re.compile(rf"^\s*\[(?P<p>{_WIRE}(?:\s?/\s?{_WIRE})*)\]\s*$"),
)
_PARTS = re.compile(r"[^/,]+")
_SUBPARTS = re.compile(r"(?<=[A-Z]{2})-(?=[A-Z][a-z])")
_DATE_TAIL = re.compile(r"\s+[-–—]\s.*\d.*$")  # 'KNA - 2nd May': the date after a dash
_DASHED = re.compile(r"\s+[-–—]\s+")  # 'KNA - Daily Star': two outlets a dash parts
_NAME = re.compile(r"[a-z]?[A-Z][\w.&'’]*(?:-[A-Z][A-Za-z\d]+)?(?:\s[A-Z][\w.&'’]*){0,3}|"
                   r"[a-z][\w\-]*\.[a-z]{2,6}")  # 'Kun.uz', 'Asia-Plus'; a site named by its domain


# a credit in capitals glued to the story's first word ('KILIMAPRESS Kenya and Uganda ...',
# 'KILIMAPRESS - Chairman of ...'), or to the city it was filed from ('KNA-Nairobi (Kenya) ...')
_GLUED = re.compile(r"^(?P<p>[A-Z]{4,20})(?=\s*(?P<dash>[-–—:]\s*)?(?P<next>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))"
                    r"|^(?P<c>[A-Z]{2,10})-(?=[A-Z][a-z]+\s*\([A-Z][a-z]+\))")


_OUTLET_END = re.compile(r"(?:NEWS|PRESS|AGENCY|INFORM|TV|POST|TIMES)$")  # 'KILIMAPRESS:' is an outlet
_LONE_DATELINE = re.compile(r"[A-Z][A-Z .\-]{1,30}[.,:\-–—]?")


def opening(doc: Doc) -> Sent | None:
    """The sentence the story opens with: the first, or the second where the first is only a
    dateline in capitals ('BAKU. KAZINFORM Uzbekistan and ...' splits after 'BAKU.')."""
    if not doc.sents:
        return None
    if len(doc.sents) > 1 and _LONE_DATELINE.fullmatch(doc.sents[0].text.strip()):
        return doc.sents[1]
    return doc.sents[0]


def glued_credit(doc: Doc, text: str) -> tuple[int, int] | None:
    """Where a credit glued to the first word of the story's first sentence is written, if one is:
    a word in capitals that is no place and no known body but an outlet ('NAIROBI Kenya ...' is
    a dateline; 'UNESCO Director ...' opens the story with a body)."""
    m = _GLUED.match(text)
    if m is None:
        return None
    word = m.group("p") or m.group("c")
    if m.group("p") and not m.group("dash") and \
            any(w.lower() in TITLE_WORDS for w in m.group("next").split()):
        return None  # 'KOICA Resident Representative X': a body's officer
    if m.group("p") and not m.group("dash") and _apposed_title(text[m.end("next"):]):
        return None  # 'KISHIDA Fumio, Prime Minister of Japan': a name written surname first in capitals
    known = media_country(word) or word.lower() in KNOWN_MEDIA
    if not known and (m.group("dash") or "").startswith(":") and not _OUTLET_END.search(word):
        return None  # 'KIRTIPUR: The university ...': a town the story was filed from, as 'ISLAMABAD:'
    if not known and (doc.gaz.lookup(word) or doc.gaz.lookup(word.title()) or
                      word.lower() in KNOWN_IGO or word in lexicon.words("not_names") or
                      word.lower() in lexicon.words("number_words")):  # 'THREE agreements were ...'
        return None
    return 0, len(word)


def _apposed_title(rest: str) -> bool:
    """A title set off by a comma right after the words that follow ('…, Prime Minister of X')."""
    return rest.startswith(",") and any(w.lower() in TITLE_WORDS for w in rest[1:].split()[:3])


def credit_spans(text: str, tag: re.Match[str]) -> list[tuple[int, int]]:
    """Where each outlet of a tag is written: 'A / B - 5th May' → A and B; 'RNA-Lankapost' → two;
    a capitals compound ('BNX-KPR') is one name as written (GOLD_FORMAT: the longest proper name)."""
    group = "p" if tag.groupdict().get("p") else "s"
    out = []
    for part in _PARTS.finditer(tag.group(group)):
        words = _DATE_TAIL.sub("", part.group())
        at = tag.start(group) + part.start()
        pieces = [p for w in _DASHED.split(words) for p in _SUBPARTS.split(w)]
        for piece in pieces:
            stripped = piece.strip()
            start = text.find(stripped, at) if stripped else -1
            if start >= 0 and _NAME.fullmatch(stripped):
                out.append((start, start + len(stripped)))
            at = max(at, start + len(stripped))
    return out


def credits(doc: Doc) -> None:
    """The dateline tag of the first sentence (or of a sentence among the next three that opens
    with a city in capitals, after a lead or headline line) and the closing tag of the last two."""
    if not doc.sents:
        return
    countries = set(doc.countries)
    first = opening(doc)
    glued = glued_credit(doc, first.text) if first is not None else None
    if glued is not None:
        _credit(doc, first, *glued, countries)
    datelined = [doc.sents[0], *(s for s in doc.sents[1:4] if _CAPS_CITY.match(s.text))]
    places = [(sent, _DATELINE_TAGS) for sent in datelined] + \
        [(sent, _CLOSING_TAGS) for sent in doc.sents[-2:]]
    for sent, patterns in places:
        tag = next((m for m in (p.search(sent.text) for p in patterns) if m), None)
        if tag is not None:
            for start, end in credit_spans(sent.text, tag):
                _credit(doc, sent, start, end, countries)


# a dateline opening a sentence after a lead or a headline line ('ISLAMABAD, (X News - 21 Apr) :'): the
# city in capitals, then a comma or a slash
_CAPS_CITY = re.compile(r"[A-Z]{3,}(?:[ '’.\-][A-Z]{2,})*\s*[,/]")
_OUTLET_TAIL = re.compile(r"\s+(?:News(?:\s+Agency)?|Agency|Press)$")


def _credit(doc: Doc, sent: Sent, start: int, end: int, countries: set[str]) -> None:
    name = sent.text[start:end]
    if doc.gaz.lookup(name):
        return  # '(Reuters / Nairobi)': a place, not an outlet
    known = doc.orgs.get(doc.aliases.get(name.lower(), name))
    if known is None:
        country = _outlet_country(name)
        known = Org(name=name, type="MediaOutlet", evidence=sent.text, rule="org.credit",
                    country=country if country in countries else None)
        doc.orgs[name] = known
        doc.aliases.setdefault(name.lower(), name)
    elif known.type == "MediaOutlet" and known.country is None:
        country = _outlet_country(name)  # 'Jakarta (X News)': typed by its word 'News'
        known.country = country if country in countries else None
    add_span(doc, sent, Span(start, end, Ref("org", known.name), known.name, "org.credit"))


def _outlet_country(name: str) -> str | None:
    """A known outlet's country: 'Source: Efe' is EFE, 'X News' or 'X News Agency' is the known
    outlet X (GOLD_FORMAT: an outlet's country only from the text or certain knowledge of it)."""
    short = _OUTLET_TAIL.sub("", name)
    return media_country(name) or media_country(name.upper()) or media_country(short) or \
        media_country(short.upper())
