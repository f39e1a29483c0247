"""Agreements: a signing verb near an agreement noun, its parties from the sentence, and each item
of a list of signed documents as an agreement of its own."""

from __future__ import annotations

import re
from functools import lru_cache

from coopkg.extract import lexicon
from coopkg.extract.agreement_links import Found, merge_mentions, story_dates
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.agreement_topics import topics_from_context
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref, When
from coopkg.extract.parties import between_in, chain, country_fallback, item_parties, pair_refs
from coopkg.extract.parties import parties as find_parties

KINDS = list(lexicon.rows("agreement_kinds"))
_KIND_RE = re.compile(r"\b(" + "|".join(f"(?P<k{i}>{p})" for i, (_k, p) in enumerate(KINDS))
                      + r")\b", re.I)
_AGREED_TO = re.compile(r"\bagreed\s+to\s+(?P<topic>[^.;]+)", re.I)
_SIGN = re.compile(rf"\b({lexicon.word_pattern('signing_verbs')})\b", re.I)
_ITEM = re.compile(r"^\s*[-–—•*·]\s*|^\s*\d+[.)]\s+")


@lru_cache(maxsize=2048)
def _signing(text: str) -> re.Match[str] | None:
    """The first signing verb of a sentence (asked twice per sentence, hence cached)."""
    return _SIGN.search(text)


@lru_cache(maxsize=2048)
def _kind(text: str) -> tuple[str, re.Match[str]] | None:
    m = _KIND_RE.search(text)
    if not m:
        return None
    for i, (kind, _p) in enumerate(KINDS):
        if m.group(f"k{i}"):
            return kind, m
    return None


def find_agreements(ctx: Doc) -> list[Agreement]:
    found: list[Found] = []
    intro: Sent | None = None
    previous: Sent | None = None
    for view in ctx.sents:
        text = view.text
        if _ITEM.match(text) and intro is not None:
            item = _list_item(ctx, view, intro)
            if item:
                found.append(Found(item, False, listed=True))
            continue
        intro = None
        sign = _signing(text)
        kind = _kind(text)
        if sign and kind and re.search(r"(?:following|these|the)\s+(?:\w+\s+)?documents|"
                                       r"including:?\s*$|:\s*$", text, re.I):
            intro = view
        listed = _listed_in_prose(ctx, view, previous)
        found.extend(Found(a, False, listed=True) for a in listed)
        if not listed:
            found.extend(_sentence_agreements(ctx, view, sign, kind, previous))
            agreed = None if kind else _agreed_to(ctx, view, previous)
            found.extend([Found(agreed, False)] if agreed else [])
        previous = view
    agreements = _without_summaries(ctx, merge_mentions(ctx, found))
    story_dates(ctx, agreements, _signing_days(ctx))
    topics_from_context(ctx, agreements)
    return agreements


def _signing_days(ctx: Doc) -> list[When]:
    """Days the article says documents were signed on ('inked 11 deals on Friday')."""
    days = []
    for view in ctx.sents:
        sign = _signing(view.text)
        if sign and _kind(view.text):
            days += [d.when for d in view.dates if len(d.when.value) == 10]
    return days


_KIND_BETWEEN = re.compile(r"\b(?:an?|the)\s+(?P<kind>(?:[\w\-]+\s+){0,3}?(?:agreement|memorandum"
                           r"(?:\s+of\s+understanding)?|contract|protocol|treaty|accord|plan|"
                           r"program(?:me)?))\b(?P<topic>[^;]*?)\s+between\s+", re.I)


def _listed_in_prose(ctx: Doc, view: Sent, previous: Sent | None
                     ) -> list[Agreement]:
    """'The documents included an agreement on X between A and B, and a memorandum on Y
    between C and D' — one agreement per 'KIND ... between A and B', where signing is told in
    this sentence or the one before."""
    context = view.text + " " + (previous.text if previous else "")
    if not re.search(r"\bsign(?:ed|ing)\b|\bdocuments\b", context, re.I):
        return []
    out = []
    for m in _KIND_BETWEEN.finditer(view.text):
        parties = chain(ctx, view, m.end(), len(view.text))
        if len(parties) < 2:
            continue
        kind = _kind(m.group("kind"))
        topic = re.sub(r"^\s*(?:on|in|for|of)\s+", "", m.group("topic")).strip(" ,")
        out.append(Agreement(parties[:2] if len(parties) > 2 else parties,
                             _date_near(ctx, view, m.start(), previous),
                             kind[0] if kind else "agreement", topic, view.text,
                             rule="agreement.between"))
    return out if len(out) >= 2 or (out and not _SIGN.search(view.text)) else []


def _agreed_to(ctx: Doc, view: Sent, previous: Sent | None) -> Agreement | None:
    m = _AGREED_TO.search(view.text)
    if not m:
        return None
    parties = find_parties(ctx, view, m.start())
    if len(parties) < 2:
        return None
    return Agreement(parties, _date_near(ctx, view, m.start(), previous), "agreement",
                     _short(m.group("topic")), view.text, rule="agreement.agreed-to")


def _date_near(ctx: Doc, view: Sent, pos: int, previous: Sent | None
               ) -> When | None:
    """The date after the verb ('signed ... on Thursday'), else before it ('In 2018, ... agreed'),
    else the previous sentence's in the same paragraph, else the publication month."""
    after = [d for d in view.dates if d.start >= pos and d.start - pos < 250]
    if after:
        return after[0].when
    before = [d for d in view.dates if d.start < pos]
    if before:
        return before[-1].when
    same_paragraph = previous is not None and previous.sentence.paragraph == view.sentence.paragraph
    refers_back = re.match(r"(?:The|These|Those)\s+(?:documents|agreements?|deals?|memorand)", view.text)
    if previous is not None and previous.dates and (same_paragraph or refers_back):
        return When(previous.dates[-1].when.value, inherited=True)
    return When(ctx.article.published.strftime("%Y-%m"), inherited=True)


def _without_summaries(ctx: Doc, agreements: list[Agreement]) -> list[Agreement]:
    """A lead's 'A Chinese company signed an MoA with a Lao department' restates the detailed
    organisation-level agreement that follows: drop country-only duplicates of the same kind."""
    org_level = [a for a in agreements if any(p.kind == "org" for p in a.parties)]
    kept = []
    for agreement in agreements:
        if agreement.rule == "agreement.passive" and agreement.topic:
            kept.append(agreement)
            continue
        counted = re.search(r"\b\d+\s+(?:\w+\s+){0,2}(?:documents|agreements)\b", agreement.evidence)
        if not counted and all(p.kind == "place" for p in agreement.parties) and any(
                other.evidence != agreement.evidence and
                other.kind == agreement.kind and _same_time(agreement.date, other.date) and
                _countries_of(ctx, other) >= {p.key for p in agreement.parties}
                for other in org_level):
            continue
        kept.append(agreement)
    return kept


def _same_time(a: When | None, b: When | None) -> bool:
    if a is None or b is None:
        return True
    n = min(len(a.value), len(b.value))
    return a.value[:n] == b.value[:n]


def _countries_of(ctx: Doc, agreement: Agreement) -> set[str]:
    out = set()
    for party in agreement.parties:
        if party.kind == "org" and party.key in ctx.orgs and ctx.orgs[party.key].country:
            out.add(ctx.country_iri(ctx.orgs[party.key].country))
        elif party.kind == "place":
            out.add(party.key)
    return out


def _short(text: str) -> str:
    return " ".join(text.split()[:14]).strip(" ,")


_FUTURE = re.compile(r"\b(?:will|would|plan(?:s|ned)?\s+to|expected\s+to|to\s+be)\s+sign", re.I)
_AGGREGATE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                        r"a\s+number|several|many|various|numerous|a\s+series|a\s+string|a\s+package|"
                        r"a\s+raft|a\s+range|a\s+set)\b(?:\s+of)?\s+(?:[\w\-]+\s+){0,3}$", re.I)
_INDEFINITE = re.compile(r"\b(?:an?|one)\s+(?:(?!(?:on|of|for|in|with|and|between|agreement|memorandum|"
                         r"protocol|treaty|contract)\b)[\w\-]+\s+){0,3}?$", re.I)
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w\-]+\s+){0,2}$", re.I)


def _sentence_agreements(ctx: Doc, view: Sent, sign, found, previous: Sent | None) -> list[Found]:
    """One agreement per document the sentence says was signed: 'signed a declaration on X and
    a document on Y' is two; 'signed 12 agreements' between states is a count, not agreements."""
    text = view.text
    if not (sign and found) or _FUTURE.search(text):
        return []
    kind, kind_match = found
    parties = find_parties(ctx, view, sign.start()) or \
        find_parties(ctx, view, min(sign.start(), kind_match.start()))
    if len(parties) < 2:
        parties = parties + [r for r in country_fallback(ctx, text) if r not in parties]
    rule = None
    if len(parties) < 2:
        parties, rule = _passive_parties(ctx, view, kind_match), "agreement.passive"
    if len(parties) < 2:
        return []
    plural = re.search(r"(?:s|memoranda)$", kind_match.group().lower())
    aggregate = plural and _AGGREGATE.search(text[:kind_match.start()])
    if aggregate and not any(p.kind == "org" for p in parties):
        return []
    if aggregate:
        kind = "agreement"
    documents = _documents(text, sign.start())
    if len(documents) < 2:
        definite = bool(_DEFINITE.search(text[:kind_match.start()]))
        about = document_topic(text, kind_match.end(), kind_match.start())
        return [Found(_agreement(ctx, view, parties, kind, about, sign.start(), previous, rule), definite)]
    out = []
    previous_end = sign.end()
    for start, end, doc_kind, after in documents:
        own = between_in(ctx, view, start, end) or _own_clause(ctx, view, previous_end, start)
        topic = document_topic(text[:end], after)
        out.append(Found(_agreement(ctx, view, own if len(own) >= 2 else parties, doc_kind,
                                    topic, sign.start(), previous), False, listed=True))
        previous_end = after
    return out


_PASSIVE = re.compile(r"^[^,;]{0,120}?\b(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?"
                      rf"(?:{lexicon.word_pattern('signing_verbs')})\b", re.I)


def _passive_parties(ctx: Doc, view: Sent, kind_match: re.Match[str]) -> list[Ref]:
    """'The protocol on X was signed after talks between the two presidents': one document
    signed with no party named is between the countries of the people in the sentence, else
    the two countries the article is about."""
    passive = _PASSIVE.match(view.text[kind_match.start():])
    if re.search(r"(?:s|memoranda)$", kind_match.group(), re.I) or not passive or \
            re.match(r"\s+(?:[\w\-]+\s+){0,3}?(?:between|with|by)\b",
                     view.text[kind_match.start() + passive.end():]):
        return []
    countries = [ctx.people[s.ref.key].country for s in view.spans if s.ref.kind == "person"
                 and s.ref.key in ctx.people and ctx.people[s.ref.key].country in ctx.gaz.countries]
    countries = list(dict.fromkeys(countries))
    if len(countries) == 2:
        return [Ref("place", ctx.country_iri(c)) for c in countries]
    return pair_refs(ctx) if not countries or set(countries) <= set(ctx.pair()) else []


def _own_clause(ctx: Doc, view: Sent, start: int, end: int) -> list[Ref]:
    """'..., while the X Board signed a contract with Y': a document with a signing verb of its
    own in front of it has that verb's parties."""
    verbs = list(_SIGN.finditer(view.text, start, end))
    return find_parties(ctx, view, verbs[-1].start()) if verbs else []


def _documents(text: str, verb: int) -> list[tuple[int, int, str, int]]:
    """The indefinite document phrases after the verb ('a joint declaration on X', 'a document
    on Y'), each running to the next one: (start, end, kind, end of the kind word)."""
    found = []
    for m in _KIND_RE.finditer(text, verb):
        lead = _INDEFINITE.search(text, verb, m.start())
        if lead is None or lead.end() != m.start():
            continue
        kind = _kind(m.group())
        found.append((lead.start(), m.end(), kind[0] if kind else "agreement"))
    return [(start, found[i + 1][0] if i + 1 < len(found) else len(text), kind, after)
            for i, (start, after, kind) in enumerate(found)]


def _agreement(ctx: Doc, view: Sent, parties: list[Ref], kind: str, topic: str, verb: int,
               previous: Sent | None, rule: str | None = None) -> Agreement:
    if rule is None:
        rule = "agreement.sentence" if any(p.kind == "org" for p in parties) else "agreement.countries"
    return Agreement(parties, _date_near(ctx, view, verb, previous), kind, topic, view.text,
                     rule=rule)


def _list_item(ctx: Doc, view: Sent, intro: Sent) -> Agreement | None:
    text = _ITEM.sub("", view.text).rstrip(";.")
    found = _kind(text)
    if not found:
        return None
    kind, kind_match = found
    parties = item_parties(ctx, view) or pair_refs(ctx)
    if len(parties) < 2:
        return None
    topic = document_topic(text, kind_match.end(), kind_match.start()) or text
    when = view.dates[0].when if view.dates else (intro.dates[0].when if intro.dates else None)
    return Agreement(parties, when, kind, topic, view.text, rule="agreement.listed")
