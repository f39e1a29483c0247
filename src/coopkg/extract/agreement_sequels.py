"""Documents told one after another, each in a sentence of its own: 'Another MoU was signed in the
area of X', 'A related MoU on Y was also inked', 'The third MoU touches on Z', 'The second deal
involves W'.  A word of sequence before the document noun ('another', 'a related', 'the third')
says the document is one more of a series, so it is never the earlier one told again even when
it shares kind, parties and day; and an ordinal document whose content verb says what it is about
('The fourth agreement touches on X') is one of the documents the article reported signed, with
the pair's parties and the signing's day (GOLD_FORMAT: individually described documents are one
entry each)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_documents import KIND_RE, SIGN_RE, is_plural, kind_of, kinds_in
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, When
from coopkg.extract.pairs import pair_refs
from coopkg.extract.parties import between_in

_SEQUEL = lexicon.word_pattern("sequel_words")
_ORDINAL = rf"(?:{lexicon.alternation(lexicon.words('ordinal_words'))}|last|final)"
# the words before a sentence's document noun: 'Another', 'A related', 'The third', 'An additional bilateral'
_SEQUEL_OPENING = re.compile(rf"(?:Another|An?\s+{_SEQUEL}|The\s+{_SEQUEL})\s+(?:[\w\-]+\s+){{0,2}}$", re.I)
# what a member's verb says it is about: the content verbs ('covers'), and the topic verbs a
# pronoun member takes ('seeks to', 'is for'; lexicon/member_verbs.tsv)
_CONTENT_VERBS = lexicon.alternation(lexicon.words("content_verbs") | lexicon.words("member_verbs", "topic"))
# 'The third MoU touches on X', 'The first deal signed focusses on X', 'The fourth agreement concerns X',
# and without the article, as press releases count items off: 'Second agreement relates to X';
# 'Another deal involved X' counts one more member off the same way
_ORDINAL_CONTENT = re.compile(
    rf"(?:(?:(?:The|A)\s+)?{_ORDINAL}|Another)\s+(?:[\w\-]+\s+){{0,2}}?(?P<kind>{KIND_RE.pattern})"
    rf"(?:\s*\([^)]{{1,20}}\))?\s+(?:(?:signed|inked|concluded)\s+)?(?:\w+ly\s+)?"
    rf"(?P<verb>{_CONTENT_VERBS})\s+(?P<topic>[^.;]+)", re.I)
# 'The first is a technical assistance agreement worth X', 'The second, a loan agreement for Y':
# the ordinal stands for the member, the noun phrase after it names what that member is
_ORDINAL_PREDICATE = re.compile(
    rf"The\s+{_ORDINAL}(?:\s+one)?(?:\s+(?:is|was)|\s*,)\s+(?:an?|the)\s+"
    rf"(?P<pre>(?:[\w\-]+\s+){{0,4}}?)(?P<kind>{KIND_RE.pattern})", re.I)
# 'Another MoU was signed in the area of tourism': the field a sequel names is its topic
_FIELD = re.compile(r"\bin\s+the\s+(?:area|field|sphere|domain)s?\s+of\s+(?P<field>[^.;,]+)", re.I)
# 'A cooperation agreement was also signed by ...', 'The two ministers also signed an MoU': 'also'
# on the signing verb adds a document to those told, as a word of sequence on its noun does
_ALSO_SIGNED = re.compile(rf"\balso\s+(?:been\s+)?{lexicon.word_pattern('signing_verbs')}\b", re.I)
_TOPIC_END = re.compile(r",?\s+(?:as|which|while|and\s+(?:it|also))\s|,\s+(?:it|they)\s", re.I)


def mark_sequels(view: Sent, new: list[Found]) -> None:
    """Documents of a sentence that opens on a word of sequence, or whose signing verb says
    'also', are new ones: the merge of mentions (agreement_links) must not fold them into an
    earlier document of the same kind."""
    found = kind_of(view.text) if new else None  # most sentences report no document: asked only then
    if found is None or not (_SEQUEL_OPENING.fullmatch(view.text[:found[1].start()]) or
                             _ALSO_SIGNED.search(view.text)):
        return
    field = _FIELD.search(view.text, found[1].end())
    for item in new:
        item.definite, item.listed = False, True
        if not item.agreement.topic and field:
            item.agreement.topic = field.group("field").strip(" ,")


# 'In a statement, X said the first memo aims to ...': a speaker's report counting members off
_REPORTED = re.compile(r"[^.;\"“”]{0,80}?\b(?:said|says|noted|explained|stated|added)\s+"
                       r"(?:that\s+)?(?=the\s)")


def ordinal_document(ctx: Doc, view: Sent, found: list[Found], previous: Sent | None) -> list[Found]:
    """'The third MoU touches on X' after the article reported documents signed: one document of
    that kind about X, between the parties of the last document told (else the article's pair),
    on the day of that document (else the signing's day near this sentence)."""
    at = _REPORTED.match(view.text)
    at = at.end() if at else 0
    m = _ORDINAL_CONTENT.match(view.text, at) or _ORDINAL_PREDICATE.match(view.text, at)
    single = m is not None and not is_plural(KIND_RE.match(view.text, m.start("kind")))
    told = _signing_told(ctx, view) if single else None
    if told is None:
        return []
    kind = kind_of(m.group("kind"))
    if _already_listed(found, kind[0] if kind else None, m.group()):
        return []
    last = found[-1].agreement if found else None
    parties = list(last.parties) if last and all(p.kind == "place" for p in last.parties) else pair_refs(ctx)
    if len(parties) < 2:
        return []
    when = last.date if last else _signing_day(ctx, told) or date_near(ctx, view, m.start(), previous)
    topic = _member_topic(view.text, m)
    return [Found(Agreement(parties[:2], when, kind[0] if kind else "agreement", topic, view.text,
                            rule="agreement.ordinal"), False, listed=True)]


def _already_listed(found: list[Found], kind: str | None, said: str) -> bool:
    """'signed two memoranda on fisheries and culture. ... The first memo aims to X': the
    package's members are entries already (a count its subjects match), so an ordinal names one
    of them again; 'Another memo' still adds one."""
    if said.lower().startswith("another"):
        return False
    run = 0
    for item in reversed(found):
        if item.agreement.rule != "agreement.each" or kind not in (None, item.agreement.kind):
            break
        run += 1
    return run >= 2


def counted_member(ctx: Doc, view: Sent) -> tuple[Sent, str] | None:
    """The sentence right before `view` when it counts one member off by its noun ('The first
    MoU was for X'), with that member's kind: a pronoun after it ('Another was on Y') is the next."""
    at = next((i for i, s in enumerate(ctx.sents) if s is view), 0)
    before = ctx.sents[at - 1] if at > 0 else None
    m = before and (_ORDINAL_CONTENT.match(before.text) or _ORDINAL_PREDICATE.match(before.text))
    if not m or is_plural(KIND_RE.match(before.text, m.start("kind"))):
        return None
    kind = kind_of(m.group("kind"))
    return before, kind[0] if kind else "agreement"


# 'In the mining sector, the deal focuses on X', 'On transport, the MoU outlines Y', 'The MoU
# on health provides for Z', 'The agreement in the field of health is for Z': a field fronted or
# put after a definite document noun says which of the package's documents the sentence describes
_FIELD_MEMBER = re.compile(
    r"(?:(?:In\s+the\s+(?P<sector>[\w\-]+(?:\s+[\w\-]+)?)\s+(?:sector|field|area|domain|sphere)|"
    r"On\s+(?P<on>[\w\-]+(?:\s+[\w\-]+)?)),\s+)?the\s+"
    rf"(?P<kind>{KIND_RE.pattern})(?:\s+(?:on|for|in\s+the\s+(?:field|area|sphere|domain)\s+of)"
    r"\s+(?P<field>[\w\-]+(?:\s+[\w\-]+)?))?\s+(?:\w+ly\s+)?"
    rf"(?P<verb>{_CONTENT_VERBS})\s+(?P<topic>[^.;]+)", re.I)


def field_member(ctx: Doc, view: Sent, previous: Sent | None) -> list[Found]:
    """'In the mining sector, the deal focuses on X' after a package of documents signed:
    the one document of the package that the field names, with the pair's parties and the
    signing's day (GOLD_FORMAT: individually described documents are one entry each)."""
    m = _FIELD_MEMBER.match(view.text)
    field = m and (m.group("sector") or m.group("on") or m.group("field"))
    if not field or is_plural(KIND_RE.match(view.text, m.start("kind"))):
        return []
    told = _package_told(ctx, view)
    own = between_in(ctx, view, m.start("topic"), m.end("topic")) if told else []
    parties = own if len(own) >= 2 else pair_refs(ctx) if told else []  # 'is for ... between A and B'
    if len(parties) < 2:
        return []
    kind = kind_of(m.group("kind"))
    when = _signing_day(ctx, told) or date_near(ctx, view, m.start(), previous)
    topic = f"{field}: {_member_topic(view.text, m)}"
    return [Found(Agreement(parties[:2], when, kind[0] if kind else "agreement", topic, view.text,
                            rule="agreement.field-member"), False, listed=True)]


def _package_told(ctx: Doc, view: Sent) -> Sent | None:
    """The last sentence before `view` that tells a package of documents signed."""
    earlier = [s for s in ctx.sents if s.sentence.index < view.sentence.index]
    return next((s for s in reversed(earlier) if SIGN_RE.search(s.text) and
                 any(is_plural(k) for k in kinds_in(s.text))), None)


def _member_topic(text: str, m: re.Match[str]) -> str:
    """The clause a content verb governs ('relates to X' → X); else, for a member named by a noun
    phrase ('a technical assistance agreement worth X'), what the phrase says of the document."""
    if "topic" in m.groupdict():
        stop = _TOPIC_END.search(m.group("topic"))
        return m.group("topic")[:stop.start() if stop else None].strip(" ,")
    qualifier = m.group("pre").strip()  # 'a technical cooperation agreement': what it is for
    said = document_topic(text, m.end("kind"), None if qualifier else m.start("kind"))
    return f"{qualifier}: {said}" if qualifier and said else qualifier or said


def _signing_told(ctx: Doc, view: Sent) -> Sent | None:
    """The last sentence before `view` that tells documents signed: an ordinal counts among those."""
    told = None
    for earlier in ctx.sents:
        if earlier.sentence.index >= view.sentence.index:
            return told
        if SIGN_RE.search(earlier.text) and kind_of(earlier.text):
            told = earlier
    return told


def _signing_day(ctx: Doc, told: Sent) -> When | None:
    """The day the signing sentence states: an ordinal member is dated by its package's signing,
    not by a sentence between them ('The president arrived on Sunday.')."""
    when = date_near(ctx, told, SIGN_RE.search(told.text).start(), None)
    return None if when is None or when.inherited else when
