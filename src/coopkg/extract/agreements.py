"""Agreements: a signing verb near an agreement noun, its parties from the sentence, and each item
of a list of signed documents as an agreement of its own."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Agreement, Ref, When

KINDS = list(lexicon.rows("agreement_kinds"))
_KIND_RE = re.compile(r"\b(" + "|".join(f"(?P<k{i}>{p})" for i, (_k, p) in enumerate(KINDS))
                      + r")\b", re.I)
_SIGN = re.compile(rf"\b({lexicon.word_pattern('signing_verbs')})\b", re.I)
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
    topic = re.split(r",\s+(?:which|and\s+the|according|(?:[\w\-]+\s+){0,5}(?:said|says|told|noted|"
                     r"added|reported|announced))|\s+worth\s", m.group("topic"))[0]
    return " ".join(topic.split()[:14]).strip(" ,")


_CONNECT = re.compile(r"^(?:\s+(?:region|province|oblast|city|prefecture|state|county|district|"
                      r"municipality))?(?:,?\s+and\s+(?:the\s+)?(?:(?:city|cities|metropolis|"
                      r"province|region)\s+of\s+)?|,\s+(?:the\s+)?|\s+and\s+)"
                      r"(?:[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2}['’]s\s+)?$")  # 'and South Korea's X'
_MODIFIER = re.compile(r"(?:under|of)\s+(?:the\s+)?$")
_PAIR = re.compile(r"\b(?:two|both)\s+(?:countries|sides|nations|governments|states|presidents|"
                   r"heads\s+of\s+state|leaders)\b|\bthe\s+(?:sides|heads\s+of\s+state)\b", re.I)
_POSSESSED = re.compile(r"\b(?:his|her|its|their)\s+(?:company|firm|institute|university|"
                        r"organi[sz]ation|centre|center|ministry|agency)\b", re.I)


def _entities(view: Sent) -> list[Span]:
    return [m for m in view.spans if m.ref.kind in ("org", "place")]


def _chain(view: Sent, start: int, end: int) -> list[Ref]:
    """Entities in [start, end) joined by 'and' or commas, skipping ones that only qualify the
    previous ('the Department of X under the Y Ministry')."""
    refs: list[Ref] = []
    last_end = None
    for m in _entities(view):
        if not (start <= m.start < end) or re.match(r"['’]s\s", view.text[m.end:m.end + 3]):
            continue
        gap = view.text[last_end:m.start] if last_end is not None else ""
        if last_end is not None and not _CONNECT.match(gap):
            if _MODIFIER.search(gap):
                last_end = m.end
                continue
            break
        if m.ref not in refs:
            refs.append(m.ref)
        last_end = m.end
    return refs


def _between_parties(view: Sent, near: int = 0) -> list[Ref]:
    """'an MoU signed between A and B', 'a partnership between A and B' — 'between' close to
    the agreement words, not a topic's 'cooperation between China and X' further on."""
    for m in re.finditer(r"\bbetween\s+(?:the\s+)?(?:(?:cities|regions|provinces)\s+of\s+)?",
                         view.text):
        if not (near <= m.start() <= near + 60):
            continue
        refs = _chain(view, m.end(), len(view.text))
        if len(refs) >= 2:
            return refs
    return []


def _subject(view: Sent, verb: int) -> list[Ref]:
    """The entities right before the verb: 'X and the Y signed', 'X Co., Ltd. signed'; a
    possessor place ('South Korea's Hyundai') qualifies its organisation and is no party."""
    before = [m for m in _entities(view) if m.end <= verb
              and not re.match(r"['’]s\s", view.text[m.end:m.end + 3])]
    if not before:
        return []
    last = before[-1]
    if len(view.text[last.end:verb].split()) > 4:
        return []
    refs = [last.ref]
    for prev, cur in zip(reversed(before[:-1]), reversed(before[1:]), strict=False):
        if not _CONNECT.match(view.text[prev.end:cur.start]):
            break
        refs.insert(0, prev.ref)
    return refs


def _object(view: Sent, verb: int) -> list[Ref]:
    m = re.compile(r"\bwith\s+(?:the\s+)?").search(view.text, verb)
    if not m or m.start() - verb > 80:
        return []
    return _chain(view, m.end(), len(view.text))


def _possessed(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    found = list(_POSSESSED.finditer(view.text, 0, verb))
    if not found:
        return []
    m = found[-1]
    people = [x for x in view.spans if x.ref.kind == "person" and x.start < m.start()]
    person = ctx.people.get(people[-1].ref.key) if people else None
    if person and person.affiliation:
        return [Ref("org", person.affiliation)]
    return []


def _parties(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    subject = _subject(view, verb) or _possessed(ctx, view, verb)
    obj = _object(view, verb)
    if subject and obj:
        if len(obj) >= 2 and all(r.kind == "place" for r in subject) and \
                all(r.kind == "org" for r in obj):
            return obj  # 'A and B agreed ..., with ministry X and ministry Y signing ...'
        return subject + [r for r in obj if r not in subject]
    between = _between_parties(view, verb)
    if between:
        return between
    window = view.text[max(0, verb - 60):verb]
    if _PAIR.search(window) or _PAIR.search(view.text[:verb]):
        return _pair_refs(ctx)
    if len(subject) >= 2:
        return subject
    places = [m.ref for m in _entities(view) if m.ref.kind == "place" and m.start < verb]
    countries = [r for r in dict.fromkeys(places) if _is_country(ctx, r.key)]
    return countries[:2] if len(countries) >= 2 else []


def _item_parties(ctx: Doc, view: Sent) -> list[Ref]:
    between = _between_parties(view, 0) or _between_parties(view, 40)
    if between:
        return between
    orgs = [m.ref for m in _entities(view) if m.ref.kind == "org"]
    return list(dict.fromkeys(orgs)) if len(set(orgs)) >= 2 else []


def _is_country(ctx: Doc, iri: str) -> bool:
    return "/country/" in iri


def _pair_refs(ctx: Doc) -> list[Ref]:
    return [Ref("place", ctx.country_iri(c)) for c in ctx.pair()] if len(ctx.pair()) == 2 else []


def find_agreements(ctx: Doc) -> list[Agreement]:
    out: list[Agreement] = []
    intro: Sent | None = None
    previous: Sent | None = None
    for view in ctx.sents:
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
        listed = _listed_in_prose(ctx, view, previous)
        if listed:
            out.extend(listed)
            previous = view
            continue
        agreement = _sentence_agreement(ctx, view, sign, found, previous)
        if agreement is None and not found:
            agreement = _agreed_to(ctx, view, previous)
        if agreement:
            out.append(agreement)
        previous = view
    return _without_summaries(ctx, out)


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
        parties = _chain(view, m.end(), len(view.text))
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
    parties = _parties(ctx, view, m.start())
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
        counted = re.search(r"\b\d+\s+(?:\w+\s+){0,2}(?:documents|agreements)\b", agreement.evidence)
        if not counted and all(p.kind == "place" for p in agreement.parties) and any(
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


def _sentence_agreement(ctx: Doc, view: Sent, sign, found,
                        previous: Sent | None) -> Agreement | None:
    text = view.text
    if not (sign and found):
        return None
    kind, kind_match = found
    if re.search(r"\b(?:will|would|plan(?:s|ned)?\s+to|expected\s+to|to\s+be)\s+sign", text, re.I):
        return None
    if kind_match.group().lower().startswith("document") and re.search(r"\d+|\bseveral\b|\bmany\b",
                                                                      text):
        kind = "agreement"
    verb = min(sign.start(), kind_match.start())
    parties = _parties(ctx, view, sign.start()) or _parties(ctx, view, verb)
    if len(parties) < 2:
        parties = parties + [r for r in _two_countries_fallback(ctx, text) if r not in parties]
    if len(parties) < 2:
        return None
    topic = _topic(text, kind_match.end())
    rule = "agreement.sentence" if any(p.kind == "org" for p in parties) else "agreement.countries"
    return Agreement(parties, _date_near(ctx, view, sign.start(), previous), kind, topic, text,
                     rule=rule)


def _two_countries_fallback(ctx: Doc, text: str) -> list[Ref]:
    if re.search(r"\b(?:bilateral|intergovernmental|governments?|heads\s+of\s+state|presidents|"
                 r"sides)\b", text, re.I):
        return _pair_refs(ctx)
    return []


def _list_item(ctx: Doc, view: Sent, intro: Sent) -> Agreement | None:
    text = _ITEM.sub("", view.text).rstrip(";.")
    found = _kind(text)
    if not found:
        return None
    kind, kind_match = found
    parties = _item_parties(ctx, view) or _pair_refs(ctx)
    if len(parties) < 2:
        return None
    topic = _topic(text, kind_match.end()) or text
    when = view.dates[0].when if view.dates else (intro.dates[0].when if intro.dates else None)
    return Agreement(parties, when, kind, topic, view.text, rule="agreement.listed")
