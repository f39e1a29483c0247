"""Identity of agreements within an article: 'the deal', 'the MoU', 'the loan agreement' written
after an agreement was reported is that agreement again — it may name its signatories more
precisely or give the day; an agreement the text does not date takes the date of the signing
occasion the article reports."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from coopkg.extract import lexicon
from coopkg.extract.agreement_bare_mentions import bare_mention
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.episodes import time_of
from coopkg.extract.facts import Agreement, Ref, When

_FAMILY = {"contract": "agreement", "agreement": "agreement"}


@dataclass
class Found:
    agreement: Agreement
    definite: bool  # the document was referred to with 'the' ('the deal', 'the MoU')
    listed: bool = False  # one of several documents described one by one: never a repetition


def merge_mentions(ctx: Doc, found: list[Found]) -> list[Agreement]:
    kept: list[Agreement] = []
    for item in found:
        earlier = _antecedent(ctx, item, kept) if item.definite else None
        if earlier is None and not item.listed:
            earlier = _same(ctx, item.agreement, kept)
        elif earlier is None:
            earlier = _retold(item.agreement, kept)
        if earlier is None:
            kept.append(item.agreement)
        else:
            _refine(ctx, earlier, item.agreement)
    return kept


# 'The memorandum, signed on Tuesday in Kampala, aims to X': a sentence that opens on the document
# with its signing as an aside tells more of one already reported, whatever it says it does
_NOUN = r"(?:agreement|memorandum|accord|deal|pact|protocol|treaty|contract|document|MoU|MOU)"
_RETELLING = re.compile(rf"(?:The|This|That)\s+(?:[\w\-]+\s+){{0,3}}?{_NOUN}\s*,\s*(?:which\s+was\s+)?"
                        r"(?:signed|inked|sealed|concluded)\b")


def _other_year(old: Agreement, new: Agreement) -> bool:
    """A definite mention that states its own signing day in another year than the earlier
    document's is an earlier document of its own, not that one retold (a month alone may be a
    nearby visit's: 'the deal came out of the trip of May 2019')."""
    return bool(old.date and new.date and not new.date.inherited and len(new.date.value) == 10 and
                old.date.value[:4] != new.date.value[:4])


def _antecedent(ctx: Doc, item: Found, kept: list[Agreement]) -> Agreement | None:
    """The latest agreement of a compatible kind that shares a country with this mention; a
    mention with a topic of its own that the earlier one does not share ('signed the plan of
    action on X' after 'the plan of consultations') is a document of its own."""
    new = item.agreement
    for old in reversed(kept):
        if _FAMILY.get(old.kind, old.kind) != _FAMILY.get(new.kind, new.kind) and \
                new.kind not in _FAMILY:
            continue  # 'the document', 'the deal', 'the agreement' may name any earlier kind
        if old.topic and len(_content(new.topic)) >= 2 and not _same_topic(old, new) and \
                not _RETELLING.match(new.evidence) and not bare_mention(new.evidence) and \
                not _described_before_noun(new):
            return None
        if len(new.parties) >= 2 and all(p.kind == "place" for p in old.parties + new.parties) and \
                _new_sides(ctx, old, new):
            continue  # 'the agreement between A, B and C' after one between A and B: another one
        if _other_year(old, new):
            continue  # 'The peace deal signed ... on November 10, 2020' after a 2021 memorandum
        if _countries(ctx, old) & _countries(ctx, new) or len(new.parties) < 2 or _shared_body(old, new):
            return old
    return None


def _described_before_noun(new: Agreement) -> bool:
    """'signed the concessional loan deal' after 'signed a financing agreement of $20m': the words
    of a definite mention before its noun describe the document already told, they name no
    other one (as a topic after it may: 'the plan of action on X')."""
    return bool(new.topic) and re.search(rf"\bthe\s+{re.escape(new.topic)}\s+{_NOUN}s?\b", new.evidence,
                                         re.I) is not None


def _shared_body(old: Agreement, new: Agreement) -> bool:
    """'A and B signed an MoU.  A's rector and the chairman of the Council of B signed the MoU':
    the same document again when one named body signs both and the other side of the later
    mention is a unit of the earlier one's ('Council of B')."""
    shared = {p for p in new.parties if p.kind == "org"} & set(old.parties)
    others = [p for p in new.parties if p not in shared]
    return bool(shared) and all(p.kind == "org" and any(p.key.endswith(f" of {q.key}") or p.key == q.key
                                                        for q in old.parties) for p in others)


def _new_sides(ctx: Doc, old: Agreement, new: Agreement) -> set[Ref]:
    """The places of `new` that are no side of `old`: a city or region and its country are one
    side ('Havana and Hanoi signed an agreement' ... 'the document' later put as the two
    countries), so only a place of another country adds a side."""
    countries = _countries(ctx, old)
    return {p for p in new.parties if p not in old.parties and _country_of(ctx, p) not in countries}


def _same(ctx: Doc, new: Agreement, kept: list[Agreement]) -> Agreement | None:
    """The same document told twice: same kind and parties, one of the two without its own date;
    'an agreement to develop X' told again as 'a memorandum for X' (a shared topic) is that
    memorandum."""
    for old in kept:
        generic = "agreement" in (old.kind, new.kind) and old.topic and new.topic
        if (old.kind == new.kind or generic) and set(old.parties) == set(new.parties) and (
                _inherited(old.date) or _inherited(new.date)) and _same_topic(old, new):
            if old.kind == "agreement":
                old.kind = new.kind
            return old
    return None


def _retold(new: Agreement, kept: list[Agreement]) -> Agreement | None:
    """"A and B signed a loan agreement. C signed the 'Exchange of Notes' and the 'Loan
    Agreement'": one of several documents listed in a later sentence is an earlier one told
    again when kind, parties and topic words are all the same and it has no date of its own."""
    for old in kept:
        same = old.kind == new.kind and set(old.parties) == set(new.parties)
        if same and old.evidence != new.evidence and _inherited(new.date) and _content(old.topic) and \
                _content(old.topic) == _content(new.topic):
            return old
    return None


def _same_topic(a: Agreement, b: Agreement) -> bool:
    """Topics that share half their subject words ('trade' in 'trade and economic cooperation' and
    'a trade pact'); words every topic may share ('cooperation', 'the field of') decide nothing."""
    words_a, words_b = _content(a.topic) - _GENERIC, _content(b.topic) - _GENERIC
    return not words_a or not words_b or len(words_a & words_b) * 2 >= min(len(words_a), len(words_b))


_GENERIC = lexicon.words("topic_generic_words")


# Speed only: compiled once, a bound method (no `re` cache lookup per call; ungated)
_CONTENT_WORDS = re.compile(r"[a-z0-9][a-z0-9\-]{3,}").findall


def _content(text: str) -> set[str]:
    return set(_CONTENT_WORDS(text.lower()))


def _refine(ctx: Doc, old: Agreement, new: Agreement) -> None:
    """Named signing bodies replace their country; a stated, more precise date replaces an
    inherited or coarser one; a topic fills a missing one unless the mention is a bare 'the
    agreement', whose sentence tells something else."""
    _refine_parties(ctx, old, new)
    if new.date and not new.date.inherited and (
            old.date is None or old.date.inherited or len(new.date.value) > len(old.date.value)
            and new.date.value.startswith(old.date.value)):
        old.date = new.date
    if not old.topic and new.topic and not bare_mention(new.evidence):
        old.topic = new.topic  # a bare 'the agreement' has no subject of its own to give


def _refine_parties(ctx: Doc, old: Agreement, new: Agreement) -> None:
    """Each named body takes its country's place; when one did and the other body's country is
    untold, that body takes the one place left ('A and B signed ... The MoU was signed by A's
    Authority and the Social Security Corporation')."""
    unplaced, replaced = [], 0
    for party in new.parties:
        if party.kind != "org" or party in old.parties:
            continue
        country = _country_of(ctx, party)
        place = Ref("place", ctx.country_iri(country)) if country else None
        if place in old.parties:
            old.parties[old.parties.index(place)] = party
            replaced += 1
        elif country is None:
            unplaced.append(party)
    places = [p for p in old.parties if p.kind == "place"]
    if replaced == 1 and len(unplaced) == 1 and len(places) == 1 and \
            len(new.parties) == len(old.parties) == 2:
        old.parties[old.parties.index(places[0])] = unplaced[0]


# 'The signing took place on Monday', 'The signing ceremony was held after the talks on Monday':
# the occasion of the signing told as the subject, with its day
_SIGNING_HELD = re.compile(r"\b[Tt]he\s+signing(?:\s+ceremony)?\s+(?:took\s+place|was\s+held)\b")


def signing_days(ctx: Doc, signing: Callable[[str], object], kind: Callable[[str], object]
                 ) -> list[When]:
    """Days the article says documents were signed on ('inked 11 deals on Friday'), not the day
    someone reported it ('..., the ministry said on Tuesday'): a sentence with a signing verb
    (`signing`) and a document noun (`kind`)."""
    days = []
    for view in ctx.sents:
        if signing(view.text) and kind(view.text) or _SIGNING_HELD.search(view.text):
            days += [d.when for d in view.dates if len(d.when.value) == 10
                     and not said_on(view.text, d.start)]
    return days


def story_dates(ctx: Doc, agreements: list[Agreement], signing_days: list[When]) -> None:
    """Agreements without a date of their own take the day of the article's reported signing,
    when the article reports one that is recent (a current occasion, not history)."""
    stated = [d for d in signing_days if _recent(ctx, d)]
    if not stated:
        return
    for agreement in agreements:
        if agreement.date is not None and agreement.date.inherited and \
                stated[0].value.startswith(agreement.date.value):
            agreement.date = When(stated[0].value, inherited=True)


def _recent(ctx: Doc, when: When) -> bool:
    days = (ctx.article.published - _as_date(when.value)).days
    return 0 <= days <= 31


def _as_date(value: str):
    from datetime import date

    return date.fromisoformat(value)


def _inherited(when: When | None) -> bool:
    return when is None or when.inherited


def _country_of(ctx: Doc, ref: Ref) -> str | None:
    if ref.kind == "org":
        org = ctx.orgs.get(ref.key)
        return org.country if org else None
    place = ctx.gaz.regions.get(ref.key)
    return place.country if place else ref.key.rsplit("/", 1)[-1]


def _countries(ctx: Doc, agreement: Agreement) -> set[str]:
    return {c for c in (_country_of(ctx, p) for p in agreement.parties) if c}


# 'for the period of 2024', 'until 2030', 'partners since 1995': the bound of a span, never a
# signing's day (a fronted 'Since June 2005, X is in force' and 'in force since' date the document)
_PERIOD = re.compile(r"\b(?:for|until|till|through)\s+(?:the\s+(?:period|years?)\s+(?:of\s+)?)?$|"
                     r"(?<!\bforce)(?<=[\w,])\s+since\s+$", re.I)


# 'a programme from 2025 to 2027', 'for the years 2025-2027': the years a document runs, no signing
_YEAR_RANGE = re.compile(r"(?:\b(?:from|between)\s+(?:the\s+years?\s+)?(?:19|20)\d\d\s*"
                         r"(?:to|till|until|through|and|[-–])|"
                         r"\b(?:19|20)\d\d\s*[-–]|\b(?:19|20)\d\d\s+to)\s*(?:(?:19|20)\d\d|\d\d)\b", re.I)


def in_year_range(text: str, pos: int) -> bool:
    """The date at `pos` is one end of a range of years ('from 2025 to 2027', '2025-2027'), the
    years a document or programme runs, not a day it was signed on."""
    if not any(c.isdigit() for c in text[pos:pos + 4]):
        return False
    return any(m.start() <= pos < m.end() for m in _YEAR_RANGE.finditer(text, max(0, pos - 30), pos + 30))


_SAID_ON = re.compile(rf"\b{lexicon.word_pattern('speech_verbs')}\s+(?:[\w\-]+\s+){{0,3}}?(?:on\s+)?$", re.I)


_ATTRIBUTED_ON = re.compile(rf"[,\"”]\s*(?:[\w\-.]+\s+){{0,6}}?{lexicon.word_pattern('speech_verbs')}\s+"
                            r"(?:on\s+)?$", re.I)


def said_on(text: str, start: int) -> bool:
    """The date at `start` is when someone said something ('..., the ministry said on Tuesday'),
    not when a document was signed."""
    return bool(_SAID_ON.search(text, 0, start))


def _attributed_on(text: str, start: int) -> bool:
    """The date at `start` dates a trailing attribution after a comma or a quote ('...," the
    president said on Tuesday'), not the signing the sentence reports."""
    return bool(_ATTRIBUTED_ON.search(text, 0, start))


_KINDS = "|".join(p for _k, p in lexicon.rows("agreement_kinds"))
_SIGNED_AT = re.compile(rf"\b(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{_KINDS})\s+"
                        r"(?:that\s+was\s+|which\s+was\s+)?(?:signed|concluded|inked)\s+"
                        r"(?:(?:between|by|with)\s+[^,;]{1,60}?\s+)?(?:in|on)\s+$", re.I)
_DOCUMENT = re.compile(rf"\b(?:{_KINDS})\b", re.I)


def another_signed(text: str, pos: int, start: int) -> re.Match[str] | None:
    """'signed the Action Plan for the implementation of a memorandum signed in March 2022' (or
    'the accords signed between A and B in 1995'): the date after 'a <document> signed in' dates
    that other document, named after the signed one,
    not the signing at `pos`."""
    stretch = text[pos:start]
    if "signed" not in stretch and "concluded" not in stretch and "inked" not in stretch:
        return None
    m = _SIGNED_AT.search(text, pos, start)
    return m if m and _DOCUMENT.search(text, pos, m.start()) else None


# ', which helped lift trade to $6m in 2010': a non-restrictive relative clause opened after the
# signing verb tells what the document later did or does, in a time of its own
_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b", re.I)


def _in_relative_clause(text: str, pos: int, start: int) -> bool:
    """The date at `start` stands in a ', which ...' clause opened after the verb at `pos`: it
    dates what the clause tells, not the signing ('In 2001, A and B signed a deal, which lifted
    trade to $9m in 2010' was signed in 2001); a comma after it closes the clause ('a deal,
    which runs to 2030, on Monday')."""
    opened = [m.end() for m in _RELATIVE.finditer(text, pos, start)]
    return bool(opened) and "," not in text[opened[-1]:start]


# ', which was signed in Lima on 13 August 2024': a clause telling the document's own signing
_SIGNED_RELATIVE = re.compile(r",\s*(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+"
                              r"(?:signed|inked|concluded)\b", re.I)


def _signed_in_clause(text: str, pos: int, dates: list) -> When | None:
    """The date of a relative clause after the verb at `pos` that tells the document's own signing
    ('ratified the agreement, which was signed on 13 August 2024'): that date, not the sentence's."""
    for m in _SIGNED_RELATIVE.finditer(text, pos):
        found = next((d for d in dates if d.start >= m.end() and "," not in text[m.end():d.start]), None)
        if found is not None:
            return found.when
    return None


def after_paper(ctx: Doc, when: When) -> bool:
    """A date after the paper's day ('next year', 'by 2030') is a deadline or what a document
    provides for, never the day a reported document was signed on."""
    return when.value > ctx.article.published.isoformat()[:len(when.value)]


# 'X on Friday hailed the ties after an agreement was signed': the signing is told in a clause of
# 'after' that runs up to its verb, so a date before that clause times the main verb, not the signing
_SIGNED_AFTER = re.compile(r"\b(?:after|following)\s+[^,;]*$")
_DATE_NEAR_RE = re.compile(r"(?:The|These|Those)\s+(?:documents|agreements?|deals?|memorand)")


def date_near(ctx: Doc, view: Sent, pos: int, previous: Sent | None
               ) -> When | None:
    """The date after the verb ('signed ... on Thursday', not '..., he said on Thursday'), else
    before it ('In 2018, ... agreed'), else the previous sentence's in the same paragraph, else the
    time of the episode the sentence narrates ('On the occasion, the two countries signed ...':
    episodes.py), else the publication month."""
    dates = [d for d in view.dates if not _PERIOD.search(view.text, 0, d.start)
             and not in_year_range(view.text, d.start) and not after_paper(ctx, d.when)]
    if "signed" in view.text or "inked" in view.text or "concluded" in view.text:  # speed only
        own = _signed_in_clause(view.text, pos, dates)
        if own is not None:
            return own
    after = [d for d in dates if d.start >= pos and d.start - pos < 250
             and not _attributed_on(view.text, d.start) and not another_signed(view.text, pos, d.start)
             and not _in_relative_clause(view.text, pos, d.start)]
    if after:
        return after[0].when
    before = [d for d in dates if d.start < pos and not _SIGNED_AFTER.search(view.text, d.end, pos)]
    if before:
        return before[-1].when
    same_paragraph = previous is not None and previous.sentence.paragraph == view.sentence.paragraph
    refers_back = _DATE_NEAR_RE.match(view.text)
    if previous is not None and previous.dates and (same_paragraph or refers_back):
        return When(previous.dates[-1].when.value, inherited=True)
    return time_of(ctx, view) or When(ctx.article.published.strftime("%Y-%m"), inherited=True)
