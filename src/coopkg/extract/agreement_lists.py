"""Agreements from a sentence that names several documents (agreement_documents finds the
phrases): each document takes the parties its own stretch names — 'between A and B', 'with B',
the signing verb of its own clause — else those of the document before it, else the sentence's,
else the article's two countries; and its own topic."""

from __future__ import annotations

import re

from coopkg.extract.agreement_documents import KINDS, SIGN_RE, Phrase, phrases
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.agreement_pairs import former_latter
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref, When
from coopkg.extract.parties import between_in, chain, country_fallback, pair_refs, sides, with_in
from coopkg.extract.parties import parties as find_parties
from coopkg.extract.sentence_gates import needs


@needs("phrases")
def several(ctx: Doc, view: Sent, sign: re.Match[str] | None, previous: Sent | None,
            in_context: bool) -> list[Found]:
    """One agreement per document phrase, when the sentence names at least two and reports
    signing (or continues a report of signing: 'These are -- MoU on X, MoU on Y')."""
    if sign is None and not in_context:
        return []
    found = phrases(view.text, [(s.start, s.end) for s in view.spans if s.ref.kind == "org"])
    if len(found) < 2:
        return []
    verb = sign.start() if sign else found[0].start
    fallback = _sentence_parties(ctx, view, sign)
    shared = _signed_between(ctx, view, sign, found)
    if not shared and any(fallback[:2] == between_in(ctx, view, p.start, p.end)[:2] for p in found):
        fallback = []  # that 'between A and B' is one document's own, not the signing sides
    out: list[Found] = []
    last: list[Ref] = []
    package = sign is None and _PACKAGE_SUBJECT.match(view.text) is not None
    for i, phrase in enumerate(found):
        if i + 1 < len(found) and _RENAMED.match(view.text, phrase.kind_end, found[i + 1].start):
            continue  # 'an agreement, namely a memorandum on X': one document, named twice
        own = shared or _own_parties(ctx, view, phrase, found[i - 1].kind_end if i else 0, sign)
        if own is None or sign is None and not own and not last and not package:
            continue
        parties = own or _inherited(ctx, view, found[i - 1] if i else None, last) or fallback or \
            pair_refs(ctx)
        if len(parties) < 2:
            continue
        last = parties
        when = _own_day(view, phrase) or date_near(ctx, view, verb, previous)
        out.append(Found(Agreement(parties, when, phrase.kind,
                                   _topic(ctx, view, phrase), view.text, rule="agreement.several"),
                         False, listed=True))
    return out


# 'The deals also include X, Y and Z', 'The signed instruments are X, Y': the subject is the
# package the sentences before signed, so each document is the article's pair's unless it names
# its own sides
_PACKAGE_SUBJECT = re.compile(rf"^\W*(?:the|these|those|other)\s+(?:[\w\-]+\s+){{0,2}}?"
                              rf"(?:(?:{'|'.join(p for _k, p in KINDS)})s?|instruments)\s+(?:also\s+)?"
                              r"(?:include[sd]?|are|were|comprised?|cover(?:s|ed)?)\b", re.I)
_SIGNED_BETWEEN = re.compile(r"\s+between\s", re.I)


def _signed_between(ctx: Doc, view: Sent, sign: re.Match[str] | None, found: list[Phrase]) -> list[Ref]:
    """'A protocol and a memorandum were signed between A and B': when every document is named
    before the signing verb (the subject of a passive), the 'between' right after the verb names
    the sides that signed them all, not the last document's own parties."""
    if sign is None or any(p.kind_end > sign.start() for p in found) or \
            not _SIGNED_BETWEEN.match(view.text, sign.end()):
        return []
    refs = between_in(ctx, view, sign.end(), len(view.text))
    return refs[:2] if len(refs) >= 2 else []


_RENAMED = re.compile(r"\s*,?\s*(?:namely|i\.\s?e\.|that\s+is)\s*,?\s*(?:an?\s+|the\s+)?$", re.I)
_BETWEEN_WORD = re.compile(r"\bbetween\s")  # compiled once, not looked up per call


def _own_day(view: Sent, phrase: Phrase) -> When | None:
    """'an agreement on X on Tuesday, and a memorandum on Y on Wednesday': a day named in the
    document's own stretch dates that document."""
    days = [d for d in view.dates if phrase.kind_end <= d.start < phrase.end and
            (len(d.when.value) == 10 or _IN_YEAR.search(view.text, 0, d.start) and
             not _PERIOD_AFTER.match(view.text, d.end))]
    return days[0].when if days else None


# 'a protocol on X in 2017 and an Implementing Arrangement in 2021': each document's own 'in <year>' (or
# 'in <month> <year>') dates it; 'in the 2022-2024 period' is a term, not when it was signed
_IN_YEAR = re.compile(r"\bin\s+$", re.I)
_PERIOD_AFTER = re.compile(r"\s*(?:[\-–/]|period\b|term\b)", re.I)


def _inherited(ctx: Doc, view: Sent, before: Phrase | None, last: list[Ref]) -> list[Ref]:
    """A document without parties of its own shares those of the one before it, unless those
    were that one's own 'between A and B' ('a memorandum between agencies X and Y, as well as an
    agreement on legal assistance': the agreement is the signing sides')."""
    if before is None or between_in(ctx, view, before.start, before.end):
        return []
    return last


def _own_parties(ctx: Doc, view: Sent, phrase: Phrase, since: int, sign: re.Match[str] | None
                 ) -> list[Ref] | None:
    """The parties the phrase's own stretch names: its counterpart ('one with A') beside the
    verb's subject, 'between A and B', 'with B' beside the subject, or the signing verb of its
    own clause ('..., while C signed the protocol on Y')."""
    subject = sides(ctx, view, sign.start())[0] if sign else []
    if phrase.counterpart:
        other = chain(ctx, view, *phrase.counterpart)
        return subject + [r for r in other[:1] if r not in subject] if subject and other else []
    found = [] if _referenced_between(view.text, phrase) else between_in(ctx, view, phrase.start, phrase.end)
    if len(found) >= 2:
        return found[:2]
    if found:
        return None  # 'between A and B' the names do not resolve: no party may be guessed
    verbs = list(SIGN_RE.finditer(view.text, since, phrase.start))
    own = _clause_subject(ctx, view, since, verbs[-1].start()) if verbs and since else []
    own = own or (find_parties(ctx, view, verbs[-1].start()) if verbs and since else [])
    if len(own) >= 2:
        return own
    other = with_in(ctx, view, phrase.kind_end, phrase.end)
    return subject + [r for r in other if r not in subject] if subject and other else []


_CLAUSE = re.compile(r"(?:,\s+(?:while|whereas|and)|;)\s+(?:(?:also|meanwhile)\s*,?\s+)?", re.I)


def _clause_subject(ctx: Doc, view: Sent, since: int, verb: int) -> list[Ref]:
    """'A and B signed X, while C and D signed Y': a clause of its own after the document before
    has its own two-sided subject, which signs its own document."""
    bounds = list(_CLAUSE.finditer(view.text, since, verb))
    found = chain(ctx, view, bounds[-1].end(), verb) if bounds else []
    if len(found) != 2 and bounds:  # '; and the former's C and the latter's D signed Y'
        found = former_latter(ctx, view, bounds[-1].end(), verb)
    return found if len(found) == 2 else []


_NOUNS = "|".join(p for _k, p in KINDS)
_OF_DOCUMENT = re.compile(rf"\b(?:of|on|under|to|amending)\s+the\s+(?:[\w\-]+\s+){{0,3}}?(?:{_NOUNS})\s+$",
                          re.I)


def _referenced_between(text: str, phrase: Phrase) -> bool:
    """'a protocol on implementation of the agreement between A and C': that 'between' names
    the parties of the document referred to, not of the one signed."""
    m = _BETWEEN_WORD.search(text, phrase.kind_end, phrase.end)
    return m is not None and bool(_OF_DOCUMENT.search(text, phrase.kind_end, m.start()))


def _sentence_parties(ctx: Doc, view: Sent, sign: re.Match[str] | None) -> list[Ref]:
    if sign is None:
        return []
    found = find_parties(ctx, view, sign.start())
    if len(found) < 2:
        found = found + [r for r in country_fallback(ctx, view.text) if r not in found]
    return found if len(found) >= 2 else []


_TOPIC_RE = re.compile(r"[^()]{0,80}?\((?P<t>[^)]+)\)")
_TOPIC_RE2 = re.compile(r"^(?:in|for|on)\s+(?:the\s+(?:field|area|sphere)s?\s+of\s+)?")


def _topic(ctx: Doc, view: Sent, phrase: Phrase) -> str:
    """The phrase's own complement; for 'one with A (in the field of X)', what follows A."""
    if phrase.topic:
        return phrase.topic
    text = view.text[:phrase.end]
    if phrase.counterpart:
        ends = [s.end for s in view.spans if phrase.counterpart[0] <= s.start < phrase.counterpart[1]]
        after = max(ends, default=phrase.counterpart[0])
        inside = _TOPIC_RE.match(text[after:])
        if inside:
            return _TOPIC_RE2.sub("",
                          inside.group("t")).strip()
        return document_topic(text, after)
    return without_counterpart(view, document_topic(text, phrase.kind_end)) or \
        _after_counterpart(view, text, phrase.kind_end) or \
        topic_after_parties(view, phrase.kind_end, phrase.end) or \
        document_topic(text[:phrase.kind_end], phrase.kind_end, phrase.kind_start) or \
        _quoted_title(text, phrase.kind_start) or _titled(text, phrase)


_QUOTED_TITLE_RE = re.compile(r"['‘\"“]\s*(?P<t>(?:[A-Z][\w\-]*\s+){1,3})$")


def _quoted_title(text: str, kind_start: int) -> str:
    """"the 'Loan Agreement'": a quoted title says what the document is about before its noun."""
    m = _QUOTED_TITLE_RE.search(text[:kind_start])
    return m.group("t").strip() if m else ""


_TITLED_RE = re.compile(r"(?:[A-Z][\w\-]*\s+){0,4}$")
_TITLED_RE2 = re.compile(r"\s+(?:for\s+)?\d{4}(?:\s*[-–/]\s*\d{2,4})?")


def _titled(text: str, phrase: Phrase) -> str:
    """'the update of the Joint Action Plan 2024-2027': a document named by a capitalised title
    says what it is in its name, with the years it runs."""
    noun = text[phrase.kind_start:phrase.kind_end]
    if not noun[:1].isupper():
        return ""
    lead = _TITLED_RE.search(text[:phrase.kind_start])
    years = _TITLED_RE2.match(text[phrase.kind_end:])
    if not (lead and lead.group()) and not years:
        return ""  # the noun alone ('MoU', 'Declaration') says nothing of what it is about
    return " ".join(((lead.group() if lead else "") + noun + (years.group() if years else "")).split())


_WITHOUT_COUNTERPART_RE = re.compile(r"\s+with\s+(?:the\s+)?(?=[A-Z])")


def without_counterpart(view: Sent, topic: str) -> str:
    """'a memorandum on storage with the X Corporation': the counterpart named after the topic
    is a party, not part of what the document is about."""
    m = _WITHOUT_COUNTERPART_RE.search(topic)
    if m is None:
        return topic
    rest = topic[m.end():]
    named = any(rest.startswith(view.text[s.start:s.end]) for s in view.spans)
    return topic[:m.start()] if named else topic


_AFTER_COUNTERPART_RE = re.compile(r"\s+with\s+(?:the\s+)?")


def _after_counterpart(view: Sent, text: str, kind_end: int) -> str:
    """'a separate MoU with the X Authority on Y': the topic follows the counterpart's name."""
    m = _AFTER_COUNTERPART_RE.match(text[kind_end:])
    span = next((s for s in view.spans if m and s.start == kind_end + m.end()), None)
    return document_topic(text, span.end) if span else ""


_LIST_GAP = re.compile(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
# 'the X Council (XC) of Ghana for Y', 'the X Institute of India on Y': the acronym and the home
# country of the last party belong to its name, not to the topic
_HOME_GAP = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+of\s+(?:the\s+)?")


def topic_after_parties(view: Sent, start: int, end: int) -> str:
    """'an agreement between A and B regarding X', 'between A, B and C on X': the topic follows
    the listed parties."""
    m = _BETWEEN_WORD.search(view.text, start, end)
    named = [s for s in view.spans if m and m.end() <= s.start < end and s.ref.kind != "person"]
    if len(named) < 2:
        return ""
    last = named[1]
    for span in named[2:]:
        if not _LIST_GAP.fullmatch(view.text[last.end:span.start]):
            break
        last = span
    home = next((s for s in view.spans if s.start >= last.end and s.ref.kind == "place"), None)
    if home and home.start < end and _HOME_GAP.fullmatch(view.text[last.end:home.start]):
        last = home
    return document_topic(view.text[:end], last.end)
