"""Agreements: a signing verb near an agreement noun, its parties from the sentence, and each item
of a list of signed documents as an agreement of its own."""

from __future__ import annotations

import re
from functools import lru_cache

from coopkg.extract.agreement_adverbials import adverbial_parties
from coopkg.extract.agreement_agreed import agreed_to, pledge_reached
from coopkg.extract.agreement_clauses import beside_between, later_clauses
from coopkg.extract.agreement_contents import package_contents
from coopkg.extract.agreement_demonym_bodies import bodies_for_demonyms
from coopkg.extract.agreement_described import described, later_document
from coopkg.extract.agreement_documents import (
    KIND_RE,
    SIGN_RE,
    entered_nothing,
    is_plural,
    kind_of,
    object_signing,
)
from coopkg.extract.agreement_earlier import earlier_dated, put_in_force
from coopkg.extract.agreement_history import anniversary, dated_again, years_after
from coopkg.extract.agreement_items import after_items, counted_items, described_items
from coopkg.extract.agreement_later_between import later_between
from coopkg.extract.agreement_leads import lead_retold
from coopkg.extract.agreement_links import Found, date_near, merge_mentions, signing_days, story_dates
from coopkg.extract.agreement_lists import several, topic_after_parties, without_counterpart
from coopkg.extract.agreement_members import members
from coopkg.extract.agreement_named import named_in_force
from coopkg.extract.agreement_named_years import named_year
from coopkg.extract.agreement_pairs import between_pairs
from coopkg.extract.agreement_partners import partner_documents
from coopkg.extract.agreement_pending import future_signing as _future
from coopkg.extract.agreement_pending import not_made
from coopkg.extract.agreement_programmes import programme_kinds
from coopkg.extract.agreement_rows import (
    ITEM,
    announces_list,
    colon_rows,
    is_row,
    list_item,
    listing_kind,
    opens_list,
    paragraph_row,
    paragraph_starts,
    row_item,
)
from coopkg.extract.agreement_sequels import field_member, mark_sequels, ordinal_document
from coopkg.extract.agreement_sides import (
    bloc_parties,
    exchange_parties,
    fallback_parties,
    named_signers,
    passive_parties,
)
from coopkg.extract.agreement_singles import counted_before, member_topic, singles_after
from coopkg.extract.agreement_sister import later_twinnings, sister_cities, sister_relations
from coopkg.extract.agreement_subject_lists import subject_list, without_counted_fields
from coopkg.extract.agreement_summaries import without_summaries
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.agreement_topics import topics_from_context
from coopkg.extract.agreement_unmade import ends_talks, no_consensus, without_dateline
from coopkg.extract.capital_parties import capitals_as_states
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_dates import Told, last_day, with_days_before
from coopkg.extract.facts import Agreement, Ref, When
from coopkg.extract.match_starts import first_words, matches
from coopkg.extract.pairs import sister_sides
from coopkg.extract.parties import between_in, chain, pair_refs, sides
from coopkg.extract.parties import parties as find_parties

_SIGN = SIGN_RE
_COLON_END = re.compile(r":\s*$")
_NUMBER_ONLY = re.compile(r"^\s*\d{1,2}[.)]\s*$")
_kind = kind_of


_SIGNING_RE = re.compile(r"\bfor\s+$")


@lru_cache(maxsize=2048)
def _signing(text: str) -> re.Match[str] | None:
    """The first signing verb of a sentence that reports a signing: 'prepared for signing' and
    'submitted for signature' do not (asked twice per sentence, hence cached); else a verb that
    concludes its document object ('issued a joint statement')."""
    found = [m for m in matches(_SIGN, _FIRST_WORDS["_SIGN"], text)  # = _SIGN.finditer
             if not _SIGNING_RE.search(text[:m.start()]) and not _DECIDED_TO.match(text, m.start())
             and not ends_talks(text, m.end()) and not entered_nothing(text, m)]
    if not found:
        return object_signing(text)
    if len(found) > 1 and _ASIDE.search(text, 0, found[0].start()):
        finite = [m for m in found[1:]
                  if _PASSIVE_AUX.search(text, 0, m.start()) and _BY.match(text, m.end())]
        return finite[0] if finite else found[0]  # 'The MoU, signed during X, was inked by A and B'
    return found[0]


# a participle opening an aside, and the auxiliary of the passive that is the sentence's own verb
_ASIDE = re.compile(r",\s*(?:which\s+was\s+)?$")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$", re.I)
_BY = re.compile(r"\s+by\s")


# 'agreed (on Tuesday) to extend their 2019 agreement': a decision about a document, no signing
_DECIDED_TO = re.compile(r"agreed(?:\s+(?:on|in|last|this|earlier)\s+[\w\-]+|\s+\w+ly)?"
                         r"\s+to\s+(?!(?:be|an?|the|this|that)\b)[a-z]", re.I)


def find_agreements(ctx: Doc) -> list[Agreement]:
    """Each signed document the sentences report, with parties, kind, topic and date."""
    found: list[Found] = []
    intro: When | None = None  # the date of the sentence introducing a list of documents
    intro_kind: str | None = None  # the kind its plural noun gives items that name none
    row_kind: str | None = None  # the kind of the documents a list's lower-case rows describe
    previous: Sent | None = None
    reported = False  # the sentence before reported documents: a list may go on
    numbered = False  # the sentence before is only an item's number ('1.')
    was_future = False  # whether `previous` tells a signing still to come
    told: Told | None = None  # the last day earlier sentences stated ('A day earlier, ...')
    signed: When | None = None  # when the last sentence reporting a signing dates it
    package: str | None = None  # the kind of the documents the sentence before signed, if plural
    firsts = paragraph_starts(ctx.sents)
    for view in ctx.sents:
        view = without_dateline(with_days_before(view, told))
        told = last_day(view, told)
        text = view.text
        after_number, numbered = numbered, bool(_NUMBER_ONLY.match(text))
        if numbered and intro is not None:
            continue  # '1.' split off its item: the item follows as a sentence of its own
        if (ITEM.match(text) or after_number or view.sentence.index in firsts and
                paragraph_row(text, _signing(text))) and intro is not None:
            item = list_item(ctx, view, intro, intro_kind)
            if item:
                found.append(Found(item, False, listed=True))
            continue
        if intro is not None and row_kind and is_row(text):
            found.extend(row_item(ctx, view, intro, row_kind))
            continue
        intro, intro_kind, row_kind = None, None, None
        sign = _signing(text)
        kind = _signed_kind(text, sign)
        future = _future(text)  # each sentence asked once, here
        if sign and kind and opens_list(text) and not future:
            intro, row_kind = date_near(ctx, view, sign.start(), previous), listing_kind(text.rstrip(" :"))
        elif signed is not None and not sign and kind and is_plural(kind[1]) and _COLON_END.search(text):
            intro, intro_kind = signed, kind[0]  # 'The deals are as follows:' after the signing
        elif sign and kind and is_plural(kind[1]) and _OPEN_END.search(text):
            intro, intro_kind = date_near(ctx, view, sign.start(), previous), kind[0]
        elif package and not kind and announces_list(text):
            intro, intro_kind = signed, package  # 'They signed eight documents. These include:'
        before = len(found)
        found.extend(_sentence(ctx, view, sign, kind, previous, reported, (future, was_future)) or
                     ordinal_document(ctx, view, found, previous) or field_member(ctx, view, previous))
        mark_sequels(view, found[before:])
        reported = len(found) > before
        found.extend(earlier_dated(ctx, view, kind[1] if sign and kind else None, found))
        previous, was_future = view, future
        package = kind[0] if sign and kind and is_plural(kind[1]) and not future else None
        signed = date_near(ctx, view, sign.start(), previous) if sign and kind and not future else signed
    agreements = dated_again(without_counted_fields(without_summaries(ctx, merge_mentions(ctx, found))))
    story_dates(ctx, agreements, signing_days(ctx, _signing, _kind))
    capitals_as_states(ctx, agreements)
    sister_sides(ctx, agreements)
    topics_from_context(ctx, agreements)
    return lead_retold(ctx, programme_kinds(agreements))


def _sentence(ctx: Doc, view: Sent, sign: re.Match[str] | None, kind, previous: Sent | None,
              reported: bool, futures: tuple[bool, bool]) -> list[Found]:
    """The documents of one sentence: one whose anniversary it marks, several named one by one,
    else one 'KIND between A and B' continuing a report of signing, else the signed document,
    else 'A and B agreed to X'.  `futures`: whether it and `previous` tell signings to come."""
    earlier = anniversary(ctx, view, previous) or ([] if sign else named_in_force(ctx, view, previous))
    if earlier:
        return earlier
    in_context = reported or bool(_SIGNING_OR_DOCUMENTS.search(view.text)) or \
        previous is not None and bool(_SIGNING_OR_DOCUMENTS.search(previous.text))
    future, was_future = futures
    listed = ([] if future else colon_rows(ctx, view, sign, previous)) or \
        ([] if future or sign is None else between_pairs(ctx, view, sign, previous)) or \
        several(ctx, view, None if future else sign, previous, in_context and not future)
    if listed:
        return listed
    made = previous is not None and not was_future
    single = (package_contents(ctx, view, previous) if made else []) or \
        _listed_in_prose(ctx, view, previous, in_context and not future) or \
        described(ctx, view, previous) or members(ctx, view, previous) or \
        subject_list(ctx, view, previous) or ([] if sign else sister_relations(ctx, view, previous))
    if single:
        return single
    out = _sentence_agreements(ctx, view, sign, kind, previous, future)
    later = later_clauses(ctx, view, sign, previous) + later_twinnings(ctx, view, previous) + \
        beside_between(ctx, view, kind[1], previous, out[0].agreement.parties) if out else []
    out = out + later + years_after(ctx, view, previous)
    out = out or ([] if sign else put_in_force(ctx, view))
    agreed = None if kind else agreed_to(ctx, view, previous)
    return out + ([Found(agreed, False)] if agreed else [])


_ADVERBIAL = re.compile(r"\b(?:after|before|since|following|under|within|in\s+line\s+with|pursuant\s+to)\s+"
                        r"(?:the\s+)?(?:[\w\-]+\s+){0,3}$", re.I)
_OBJECT = re.compile(r"\s+(?:(?:an?|the|\w+)\s+)?(?:[\w\-]+\s+){0,3}?$")


def _signed_kind(text: str, sign: re.Match[str] | None):
    """The document noun of the sentence: the first, unless that one sits in an adverbial before
    the verb ('Five years after the Treaty of X, A and B signed five protocols') and a document
    is the verb's object: the object is what was signed."""
    first = _kind(text)
    if sign is None or first is None or first[1].start() > sign.start() or \
            not _ADVERBIAL.search(text[:first[1].start()]):
        return first
    later = _kind(text[sign.end():])
    if later is None or not _OBJECT.fullmatch(text[sign.end():sign.end() + later[1].start()]):
        return first
    return later[0], KIND_RE.search(text, sign.end() + later[1].start())


_OPEN_END = re.compile(r"\b(?:on|in|to|include|includes|included|including|cover|covers|covered|"
                       r"are|were|as\s+follows)\s*:?\s*$", re.I)
_SIGNING_OR_DOCUMENTS = re.compile(  # speed only: '\bsign(ed|ing)\b|\bdocuments\b' (re.I) led by its letters
    r"[SsſDd](?<=\b[SsſDd])(?:(?<=[Ssſ])(?i:ign(?:ed|ing))|(?<=[Dd])(?i:ocuments))\b")


_KIND_BETWEEN = re.compile(r"\b(?:an?|the)\s+(?P<kind>(?:[\w\-]+\s+){0,3}?(?:agreement|memorandum"
                           r"(?:\s+of\s+understanding)?|contract|protocol|treaty|accord|plan|"
                           r"program(?:me)?))\b(?P<topic>[^;]*?)\s+between\s+", re.I)


_LISTED_IN_PROSE_RE = re.compile(r"\s*(?:on|in|for|of|regarding|concerning|about)\s+(?P<t>.*)")


def _listed_in_prose(ctx: Doc, view: Sent, previous: Sent | None, in_context: bool
                     ) -> list[Found]:
    """'The documents included an agreement on X between A and B, and a memorandum on Y
    between C and D' — one agreement per 'KIND ... between A and B', where signing is told in
    this sentence or the one before, or the sentence before listed documents too."""
    if not in_context:
        return []
    out = []
    for m in _KIND_BETWEEN.finditer(view.text):
        parties = chain(ctx, view, m.end(), len(view.text))
        if len(parties) < 2:
            continue
        kind = _kind(m.group("kind"))
        own = _LISTED_IN_PROSE_RE.match(m.group("topic"))
        topic = own.group("t").strip(" ,") if own else ""
        if not own and not m.group("topic").strip():  # 'an agreement between A and B regarding X'
            topic = topic_after_parties(view, m.end("kind"), len(view.text))
        out.append(Found(Agreement(parties[:2] if len(parties) > 2 else parties,
                                   date_near(ctx, view, m.start(), previous),
                                   kind[0] if kind else "agreement", topic, view.text,
                                   rule="agreement.between"),
                         m.group().lower().startswith("the"), listed=True))
    if len(out) == 1 and out[0].definite:
        out[0].listed = False
    return out if len(out) >= 2 or (out and not _signing(view.text)) else []



_AGGREGATE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                        r"a\s+number|several|many|various|numerous|a\s+series|a\s+string|a\s+package|"
                        r"a\s+raft|a\s+range|a\s+set)\b(?:\s+of)?\s+(?:[\w\-]+\s+){0,3}$", re.I)
# 'the agreement', 'this economic and technical agreement' (two modifiers joined by 'and')
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w\-]+\s+){0,2}(?:and\s+[\w\-]+\s+)?$", re.I)


_SENTENCE_AGREEMENTS_RE = re.compile(r"sign|ink", re.I)
_SENTENCE_AGREEMENTS_RE2 = re.compile(r"strategic\s+partnership$", re.I)


def _sentence_agreements(ctx: Doc, view: Sent, sign, found, previous: Sent | None, plan: bool) -> list[Found]:
    """The document the sentence says was signed; 'signed 12 agreements' or 'signed agreements'
    between states is an aggregate, not agreements; one not yet made ('will build an action
    plan', 'agreements being prepared') is none."""
    text = view.text
    if not (sign and found) or plan or not_made(text, found[1]):
        return []
    kind, kind_match = _included(text, found[1]) or found
    later = later_document(ctx, view, kind_match, previous) if is_plural(kind_match) else []
    if later:
        return later
    parties = sister_cities(ctx, view) or _between_after(ctx, view, kind_match) or \
        bloc_parties(ctx, view) or \
        find_parties(ctx, view, sign.start()) or \
        find_parties(ctx, view, min(sign.start(), kind_match.start())) or \
        exchange_parties(ctx, view, sign) or adverbial_parties(ctx, view, kind_match)
    if len(parties) < 2:
        parties = parties + [r for r in fallback_parties(ctx, text, sign) if r not in parties]
    rule = None
    if len(parties) < 2:
        parties, rule = passive_parties(ctx, view, kind_match), "agreement.passive"
    parties = bodies_for_demonyms(ctx, view, parties)
    plural = is_plural(kind_match) or counted_before(text, kind_match.start())
    items = (described_items(text, kind_match.end()) or
             counted_items(text, kind_match.start(), kind_match.end())) if plural else []
    parties = parties if len(parties) >= 2 or not items else pair_refs(ctx)
    if len(parties) < 2:
        return []
    if items:  # 'signed agreements on X as well as on Y (and the Action Plan for Z)': one document each
        each = [(kind, item) for item in items] + after_items(text, kind_match)
        return [Found(_agreement(ctx, view, parties, k, item, sign.start(), previous, "agreement.each"),
                      False, listed=True) for k, item in each]
    aggregate = plural and (_AGGREGATE.search(text[:kind_match.start()]) or
                            not _DEFINITE.search(text[:kind_match.start()]))
    definite = bool(_DEFINITE.search(text[:kind_match.start()])) and not _MINUTES.match(kind_match.group())
    consensus = _consensus(sign) and not definite and \
        not no_consensus(text, kind_match.start(), kind_match.end()) and \
        not (plural and _AGGREGATE.search(text[:kind_match.start()]))  # 'reached a series of agreements'
    if plural and not named_signers(parties, text, sign) and not consensus:  # a package: a count
        if aggregate and not _AGGREGATE.search(text[:kind_match.start()]) and \
                (partners := partner_documents(ctx, view, sign, kind_match)):
            return partners
        return [Found(_agreement(ctx, view, parties, k, about, sign.start(), previous, "agreement.single"),
                      False, listed=True) for k, about in singles_after(text, kind_match)]
    if aggregate:
        kind = kind if kind == "memorandum" else "agreement"  # 'two MoUs' with a firm: memoranda still
        each = _per_counterpart(ctx, view, sign, kind_match, previous)
        if each:
            return each
    if _SENTENCE_AGREEMENTS_RE2.search(kind_match.group()) and (
            any(p.kind == "org" for p in parties) or _SENTENCE_AGREEMENTS_RE.match(sign.group())):
        kind = "agreement"  # a partnership signed is a document; states declare partnerships
    about = without_counterpart(view, document_topic(text, kind_match.end(), kind_match.start())) or \
        topic_after_parties(view, kind_match.end(), len(text))
    about = member_topic(about) if kind_match.group().lower() == "one" else about
    if not about and definite and _consensus(sign) and pledge_reached(ctx, view):
        return []
    made = _agreement(ctx, view, parties, kind, about, sign.start(), previous, rule)
    return [Found(named_year(text, kind_match.start(), made, ctx.article.published.year), definite)]


_ONE_ON = re.compile(r"one(?=\s+(?:on|for|in|to|regarding|concerning|about)\s)", re.I)
# 'signed the minutes of the meeting': a meeting's minutes are named by it, never a document told before
_MINUTES = re.compile(r"(?:agreed\s+)?minutes\b", re.I)
def _between_after(ctx: Doc, view: Sent, kind_match: re.Match[str]) -> list[Ref]:
    """'The MoU between A and B on X was inked by ministers C and D': the parties the document's
    own 'between' names, before the people who signed it."""
    if not re.match(r"\s+(?:signed\s+)?between\s", view.text[kind_match.end():]):
        return later_between(ctx, view, kind_match.end())
    found = between_in(ctx, view, kind_match.end(), len(view.text))
    return found if len(found) >= 2 else []


# ', including a roadmap', ' - one on X and two ... -': the dash opens an aside listing the package;
# a passive's agent and day may stand between ('were signed between A and B on Monday, including one on X')
_INCLUDING = re.compile(r"[^.;]{0,90}?\b(?:including|among\s+them|among\s+which|such\s+as)\s+|"
                        r"\s*[-–—]\s*(?=one\s)", re.I)


def _included(text: str, kind_match: re.Match[str]) -> tuple[str, re.Match[str]] | None:
    """'signed fifteen documents, including a roadmap for X': the one document the package is
    described by is an agreement of its own (the package is a count)."""
    m = _INCLUDING.match(text, kind_match.end()) if is_plural(kind_match) else None
    one = _ONE_ON.match(text, m.end()) if m else None
    if one:  # 'signed five agreements, including one on X'
        return kind_of(kind_match.group())[0], one
    inner = kind_of(text[m.end():]) if m else None
    if inner is None or inner[1].start() > 12 or \
            is_plural(inner[1]) and not described_items(text, m.end() + inner[1].end()):
        return None  # a plural inside the package is another aggregate, unless its items are described
    return inner[0], KIND_RE.match(text, m.end() + inner[1].start())


def _consensus(sign: re.Match[str]) -> bool:
    """'reached agreements on X' is the idiom of a consensus, not a package of documents: it
    stands as one agreement where plural signed documents would be an aggregate."""
    return sign.group().lower().startswith("reach")


def _per_counterpart(ctx: Doc, view: Sent, sign: re.Match[str], kind_match: re.Match[str],
                     previous: Sent | None) -> list[Found]:
    """'A signed agreements with B and C on X': one document per named counterpart, each with
    the same first party and topic."""
    subject, others = sides(ctx, view, sign.start())
    if len(subject) != 1 or len(others) < 2 or not all(r.kind == "org" for r in others):
        return []
    names = [s for s in view.spans if s.ref in others and s.start > kind_match.end()]
    about = document_topic(view.text, max((s.end for s in names), default=kind_match.end()))
    return [Found(_agreement(ctx, view, subject + [other], "agreement", about, sign.start(), previous),
                  False, listed=True) for other in others]


def _agreement(ctx: Doc, view: Sent, parties: list[Ref], kind: str, topic: str, verb: int,
               previous: Sent | None, rule: str | None = None) -> Agreement:
    if rule is None:
        rule = "agreement.sentence" if any(p.kind == "org" for p in parties) else "agreement.countries"
    return Agreement(parties, date_near(ctx, view, verb, previous), kind, topic, view.text,
                     rule=rule)


# the words each pattern's matches begin with: it is matched only where one is (match_starts.py)
_FIRST_WORDS = {name: first_words(globals()[name]) for name in ("_SIGN",)}
