"""News-agency credits: the agency a wire story is credited to, written as a tag in the dateline
('NAIROBI, May 2 (KNA) --', 'ROME, May 2. /ANSA/.', '(Daily Star / KNA - 2nd May, 2024)') or at
the close of the article ('... said.(KNA)').  The tag is the outlet's name however short, so a
credit is an organisation even when no type word or gazetteer entry says so."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Org, Ref
from coopkg.extract.orgtypes import media_country
from coopkg.extract.overlap import add_span

_TAG = r"(?:\((?P<p>[^()]{2,80})\)|/(?P<s>[A-Z][\w\- ]{1,30})/)"
_DATELINE_TAGS = (  # 'CITY, Month D (TAG) The ...', or any short opening then '(TAG) --'
    re.compile(rf"^[A-Z][A-Za-z'’.\- ]{{1,40}}?,\s*(?:[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}}\.?,?\s*)?{_TAG}"
               r"\s*(?:--|[-–—:.]|(?=[A-Z]))"),
    re.compile(rf"^[A-Z][^()/\n]{{0,60}}?{_TAG}\s*(?:--|[-–—:.])"),
    re.compile(r"^\s*\((?P<p>[A-Z][\w.&\- ]{1,30})\)\s*(?:(?:--|[-–—:])\s*)?(?=[A-Z\"“])"),  # '(KNA) Kenya'
)
_WIRE = r"[A-Za-z]?[A-Z][\w.&\-]{1,20}"  # 'KNA', 'Xinhua', 'nCa', 'Kun.uz'
_CLOSING_TAGS = (  # '... said.(KNA)', '(KNA/Xinhua)', a last line 'Source: Daily Courier',
    # 'Source (in French): X'
    re.compile(rf"(?:^|[.!?\"”])\s*\((?P<p>{_WIRE}(?:\s?/\s?{_WIRE})*)\)\s*$"),
    re.compile(r"^\s*(?i:sources?)(?:\s*\([^()\n]{1,30}\))?\s*:\s*(?P<p>[A-Z][^()\n]{1,80}?)\s*$"),
    # '... said. -KNA', '-- KNA/Xinhua' closing the story; '///nCa, 24 May'; a last line 'KNA/Xinhua'
    re.compile(rf"(?:^|[.!?\"”])\s*(?:[-–—]{{1,2}}|/{{2,}})\s*(?P<p>{_WIRE}(?:\s?/\s?{_WIRE})*)\s*"
               r"(?:,[^\n]{0,120})?$"),
    re.compile(rf"^\s*(?P<p>{_WIRE}(?:\s?/\s?{_WIRE})+)\s*$"),
)
_PARTS = re.compile(r"[^/,]+")
_SUBPARTS = re.compile(r"(?<=[A-Z]{2})-(?=[A-Z])")
_DATE_TAIL = re.compile(r"\s+[-–—]\s.*$")
_NAME = re.compile(r"[a-z]?[A-Z][\w.&'’]*(?:\s[A-Z][\w.&'’]*){0,3}")


def credit_spans(text: str, tag: re.Match[str]) -> list[tuple[int, int]]:
    """Where each outlet of a tag is written: 'A / B - 5th May' → A and B; 'RNA-Ceylonpress' → two."""
    group = "p" if tag.groupdict().get("p") else "s"
    out = []
    for part in _PARTS.finditer(tag.group(group)):
        words = _DATE_TAIL.sub("", part.group())
        at = tag.start(group) + part.start()
        pieces = _SUBPARTS.split(words)
        for piece in pieces:
            stripped = piece.strip()
            start = text.find(stripped, at) if stripped else -1
            if start >= 0 and _NAME.fullmatch(stripped):
                out.append((start, start + len(stripped)))
            at = max(at, start + len(stripped))
    return out


def credits(doc: Doc) -> None:
    """The first sentence's dateline tag and the closing tag of the last two sentences."""
    if not doc.sents:
        return
    countries = set(doc.countries)
    places = [(doc.sents[0], _DATELINE_TAGS)] + [(sent, _CLOSING_TAGS) for sent in doc.sents[-2:]]
    for sent, patterns in places:
        tag = next((m for m in (p.search(sent.text) for p in patterns) if m), None)
        if tag is not None:
            for start, end in credit_spans(sent.text, tag):
                _credit(doc, sent, start, end, countries)


def _credit(doc: Doc, sent: Sent, start: int, end: int, countries: set[str]) -> None:
    name = sent.text[start:end]
    if doc.gaz.lookup(name):
        return  # '(Reuters / Nairobi)': a place, not an outlet
    known = doc.orgs.get(doc.aliases.get(name.lower(), name))
    if known is None:
        country = media_country(name) or media_country(name.upper())  # 'Source: Efe' is EFE
        known = Org(name=name, type="MediaOutlet", evidence=sent.text, rule="org.credit",
                    country=country if country in countries else None)
        doc.orgs[name] = known
        doc.aliases.setdefault(name.lower(), name)
    add_span(doc, sent, Span(start, end, Ref("org", known.name), known.name, "org.credit"))
