"""Agreements: a signing verb near an agreement noun, its parties from the sentence, and each item
of a list of signed documents as an agreement of its own."""

from __future__ import annotations

import re

from coopkg.extract.context import Context, SentenceView
from coopkg.extract.facts import Agreement, Ref, When

KINDS = [
    ("memorandum", r"memorand(?:um|a)(?:\s+of\s+(?:understanding|agreement|cooperation))?|"
                   r"\bmou\b|\bmoa\b|\bmous\b"),
    ("joint statement", r"joint\s+(?:statement|declaration|communiqu[eé])|declaration"),
    ("treaty", r"treaty|treaties"),
    ("contract", r"contracts?|deals?"),
    ("plan", r"(?:action\s+|joint\s+)?plan\b|program(?:me)?\b|roadmap|road\s+map"),
    ("agreement", r"agreements?|accords?|protocols?|documents?|deals?"),
]
_KIND_RE = re.compile(r"\b(" + "|".join(f"(?P<k{i}>{p})" for i, (_k, p) in enumerate(KINDS))
                      + r")\b", re.I)
_SIGN = re.compile(r"\b(sign(?:ed|s|ing)?|conclud(?:ed|es|ing)|ink(?:ed|s)|reach(?:ed|es)|"
                   r"agreed|seal(?:ed|s)|adopt(?:ed|s))\b", re.I)
_AGREED_TO = re.compile(r"\bagreed\s+to\s+(?P<topic>[^.;]+)", re.I)
_ITEM = re.compile(r"^\s*[-–—•*·]\s*|^\s*\d+[.)]\s+")
_TOPIC = re.compile(r"\b(?:on|in|for|of|about|regarding|to)\s+(?P<topic>(?:the\s+)?[a-z][^.;:]*)")


def _kind(text: str) -> tuple[str, re.Match[str]] | None:
    m = _KIND_RE.search(text)
    if not m:
        return None
    for i, (kind, _p) in enumerate(KINDS):
        if m.group(f"k{i}"):
            return kind, m
    return None


def _topic(text: str, after: int) -> str:
    rest = text[after:]
    m = re.search(r"\bto\s+(?:jointly\s+)?(?P<topic>[a-z][^.;]*)", rest) or _TOPIC.search(rest)
    if not m:
        return ""
    topic = re.split(r",\s+(?:which|and\s+the|according|(?:[\w\-]+\s+){0,3}(?:said|says|told|noted|"
                     r"added|reported|announced))|\s+worth\s", m.group("topic"))[0]
    return " ".join(topic.split()[:14]).strip(" ,")


def _parties(ctx: Context, view: SentenceView, text: str, offset: int = 0) -> list[Ref]:
    refs: list[Ref] = []
    for m in view.mentions:
        if m.start < offset or m.ref.kind == "person":
            continue
        if m.ref not in refs:
            refs.append(m.ref)
    places = [r for r in refs if r.kind == "place"]
    orgs = [r for r in refs if r.kind == "org"]
    if len(orgs) >= 2:
        return orgs
    if len(orgs) == 1 and len(places) >= 1 and _between(text):
        return orgs + places[:1]
    regions = [r for r in places if not _is_country(ctx, r.key)]
    if len(regions) >= 2 and _between(text):
        return regions
    countries = [r for r in places if _is_country(ctx, r.key)]
    if len(countries) >= 2:
        return countries[:2]
    return []


def _between(text: str) -> bool:
    return bool(re.search(r"\bbetween\b|\bwith\b|\band\b", text))


def _is_country(ctx: Context, iri: str) -> bool:
    return "/country/" in iri


def _pair_refs(ctx: Context) -> list[Ref]:
    return [Ref("place", ctx.country_iri(c)) for c in ctx.pair()] if len(ctx.pair()) == 2 else []


def _date_of(view: SentenceView) -> When | None:
    return view.dates[0].when if view.dates else None


def find_agreements(ctx: Context) -> list[Agreement]:
    out: list[Agreement] = []
    intro: SentenceView | None = None
    for view in ctx.views:
        text = view.text
        if _ITEM.match(text) and intro is not None:
            item = _list_item(ctx, view, intro)
            if item:
                out.append(item)
            continue
        intro = None
        sign = _SIGN.search(text)
        found = _kind(text)
        if sign and found and re.search(r"(?:following|these|the)\s+(?:\w+\s+)?documents|"
                                        r"including:?\s*$|:\s*$", text, re.I):
            intro = view
        agreement = _sentence_agreement(ctx, view, sign, found)
        if agreement:
            out.append(agreement)
        elif not found:
            m = _AGREED_TO.search(text)
            if m:
                parties = _parties(ctx, view, text) or _two_countries(ctx, text)
                if len(parties) >= 2:
                    out.append(Agreement(parties, _date_of(view), "agreement",
                                         _short(m.group("topic")), text, 0.6))
    return out


def _two_countries(ctx: Context, text: str) -> list[Ref]:
    if re.search(r"\b(?:two|both)\s+(?:countries|sides|nations|governments|states|presidents|"
                 r"heads\s+of\s+state|leaders)\b", text, re.I):
        return _pair_refs(ctx)
    return []


def _short(text: str) -> str:
    return " ".join(text.split()[:14]).strip(" ,")


def _sentence_agreement(ctx: Context, view: SentenceView, sign, found) -> Agreement | None:
    text = view.text
    if not (sign and found):
        return None
    kind, kind_match = found
    if re.search(r"\b(?:will|would|plan(?:s|ned)?\s+to|expected\s+to|to\s+be)\s+sign", text, re.I):
        return None
    if kind_match.group().lower().startswith("document") and re.search(r"\d+|\bseveral\b|\bmany\b",
                                                                      text):
        kind = "agreement"
    parties = _parties(ctx, view, text) or _two_countries(ctx, text)
    if len(parties) < 2:
        parties = parties + [r for r in _two_countries_fallback(ctx, text) if r not in parties]
    if len(parties) < 2:
        return None
    topic = _topic(text, kind_match.end())
    confidence = 0.85 if any(p.kind == "org" for p in parties) else 0.7
    return Agreement(parties, _date_of(view), kind, topic, text, confidence)


def _two_countries_fallback(ctx: Context, text: str) -> list[Ref]:
    if re.search(r"\b(?:bilateral|intergovernmental|governments?|heads\s+of\s+state|presidents)\b",
                 text, re.I):
        return _pair_refs(ctx)
    return []


def _list_item(ctx: Context, view: SentenceView, intro: SentenceView) -> Agreement | None:
    text = _ITEM.sub("", view.text).rstrip(";.")
    found = _kind(text)
    if not found:
        return None
    kind, kind_match = found
    parties = _parties(ctx, view, text) or _pair_refs(ctx)
    if len(parties) < 2:
        return None
    topic = _topic(text, kind_match.end()) or text
    return Agreement(parties, _date_of(view) or _date_of(intro), kind, topic, view.text, 0.75)
