"""A package whose documents follow a colon as rows of a list run into one paragraph: 'the
ministers oversaw the signing of four MoUs: between A and B (for X). in the field of Y between
C and D. on Z.'  Sites that drop a list's bullets leave rows that start lower-case, which no
sentence does, so a period before a lower-case word ends a row, not a sentence (as ';' does).
Each row is one document of the package's kind, with the sides it names after 'between', else
the two states the article is about, and the topic the row states ('in the field of Y', 'on Z',
'(for X)')."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_agreed import short
from coopkg.extract.agreement_documents import is_plural, kind_of, kinds_in
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.agreement_lists import topic_after_parties
from coopkg.extract.agreement_sister import twinned_places
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, When
from coopkg.extract.pairs import pair_refs
from coopkg.extract.parties import between_in, item_parties

ITEM = re.compile(r"^\s*[-–—•*·]\s*|^\s*\d+[.)]\s+")  # a bullet or number opening a row
_OPENERS = lexicon.alternation(lexicon.words("list_openers"))
_LIST_INTRO = re.compile(rf"^\s*(?:{_OPENERS})\b|(?:following|these|the)\s+(?:\w+\s+)?documents|"
                         r"including:?\s*$|:\s*$", re.I)
_COLON_AFTER = 48  # '... four memoranda of understanding (MoUs) on Monday:'
_ROW_END = re.compile(r"\s*(?:;|\.(?=\s+[a-z(]))\s*(?:and\s+)?")
_TOPIC = re.compile(r"^(?:in\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of|on|for|regarding|"
                    r"concerning|about)\s+(?P<t>.+?)(?=\s+between\s|\s*\(|$)", re.I)
_BRACKET = re.compile(r"\((?:for|on|in|regarding|concerning|about)\s+(?:the\s+)?(?P<t>[^)]+)\)", re.I)
_ROW_START = re.compile(r"\s*(?:between|in\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of|on|for|"
                        r"regarding|concerning)\s", re.I)


def colon_rows(ctx: Doc, view: Sent, sign: re.Match[str] | None, previous: Sent | None
               ) -> list[Found]:
    if sign is None:
        return []
    text = view.text
    colon = text.find(":", sign.end())
    kind = listing_kind(text[:colon]) if colon >= 0 else None
    rows = _rows(text, colon + 1) if kind else []
    if len(rows) < 2 or not all(_ROW_START.match(text, start) for start, _end in rows):
        return []
    when = date_near(ctx, view, sign.start(), previous)
    return [found for start, end in rows for found in _row(ctx, view, start, end, when, kind)]


def opens_list(text: str) -> bool:
    """Whether a signing sentence announces the list of documents that follows it: it ends with
    a colon or 'including', names 'the following documents', or opens with words that only
    announce a list ('Following are the agreements signed ...', without a colon)."""
    return bool(_LIST_INTRO.search(text))


_ANNOUNCES = re.compile(r"^\W*(?:these|they|those|which|the\s+(?:list|documents?))\b[\w\s]{0,30}?\b"
                        r"(?:include|includes|included|are|were|as\s+follows)\s*:\s*$", re.I)


def announces_list(text: str) -> bool:
    """'These include:', 'They are as follows:': a sentence that only opens a list, whose
    documents are those the sentence before counted."""
    return bool(_ANNOUNCES.match(text))


def listing_kind(head: str) -> str | None:
    """The kind of the plural document noun a list's colon follows ('... signed the minutes of
    the meeting and oversaw the signing of four memoranda of understanding (MoUs):'), which
    need not be the sentence's first document noun."""
    nouns = kinds_in(head)
    last = nouns[-1] if nouns else None
    if last is None or len(head) - last.end() > _COLON_AFTER:
        return None
    found = kind_of(head[last.start():])
    return found[0] if found and is_plural(found[1]) else None


def _row(ctx: Doc, view: Sent, start: int, end: int, when, kind: str) -> list[Found]:
    parties = between_in(ctx, view, start, end) or pair_refs(ctx)
    if len(parties) < 2:
        return []
    agreement = Agreement(parties, when, kind, _topic(view.text[start:end]), view.text,
                          rule="agreement.row")
    return [Found(agreement, False, listed=True)]


def _rows(text: str, start: int) -> list[tuple[int, int]]:
    rows, at = [], start
    for m in _ROW_END.finditer(text, start):
        rows.append((at, m.start()))
        at = m.end()
    rows.append((at, len(text.rstrip(" .;"))))
    return [(s, e) for s, e in rows if text[s:e].strip()]


def _topic(row: str) -> str:
    row = row.strip()
    m = _TOPIC.match(row) or _BRACKET.search(row)
    return m.group("t").strip(" ,") if m else ""


def is_row(text: str) -> bool:
    """A 'sentence' that starts lower-case with what a row of a document list starts with
    ('between A and B (for X).', 'in the field of Y ...'): a row split off its list."""
    return text[:1].islower() and bool(_ROW_START.match(text))


def row_item(ctx: Doc, view: Sent, when, kind: str) -> list[Found]:
    """The rows of a list of documents standing as a paragraph of their own after the colon
    (one row, or several run together)."""
    date = view.dates[0].when if view.dates else when
    rows = [(s, e) for s, e in _rows(view.text, 0) if _ROW_START.match(view.text, s)]
    return [found for start, end in rows for found in _row(ctx, view, start, end, date, kind)]


# 'Twinning agreement between ...', 'Sister city agreement between ...': a capitalised word and
# two more at most before the document noun, as a row of a list begins
_ROW_HEAD = re.compile(r"^\s*(?:[A-Z][\w\-’']*\s+(?:[\w\-’']+\s+){0,2})?$")


# a row names a document; a sentence about one has a determiner before it or a finite verb
_NARRATES = re.compile(r"^\W*(?:the|this|that|these|those|its|their|under|with)\b|\b(?:will|would|shall|"
                       r"is|are|was|were|has|have|had|can|could|may|must|should)\b", re.I)


def paragraph_row(text: str, sign: re.Match[str] | None) -> bool:
    """A paragraph that opens with a document noun and reports no signing of its own: one row of
    a list set out a paragraph per document, bullets dropped ('Agreement between A and B on X.'
    after 'The deals are as follows:'), which no narrating sentence looks like."""
    found = kind_of(text)
    return sign is None and found is not None and bool(_ROW_HEAD.match(text[:found[1].start()])) and \
        not _NARRATES.search(text)


_SIGNERS_THEN_TOPIC = re.compile(r"\bbetween\s.+?\s(?:on|for|concerning|regarding)\s+"
                                 r"(?:the\s+)?(?P<t>[^.;]+)")


def topic_after_signers(row: str) -> str:
    """'Agreement between minister A and minister B on the creation of X': what follows the
    signers (people, whom the party rules do not take for the sides of the topic's boundary)."""
    m = _SIGNERS_THEN_TOPIC.search(row)
    return m.group("t").strip(" ,") if m else ""


def paragraph_starts(sents: list[Sent]) -> set[int]:
    """The indices of the sentences that open a paragraph."""
    return {sent.sentence.index for before, sent in zip([None, *sents], sents, strict=False)
            if before is None or before.sentence.paragraph != sent.sentence.paragraph}


# a row run into the next: "... Agreement and", "... project respectively."
_ROW_TAIL = re.compile(r"(?:,?\s+respectively)?(?:\s+(?:and|or))?\W*$", re.I)


def list_item(ctx: Doc, view: Sent, intro: When, intro_kind: str | None) -> Agreement | None:
    """One row of a list of documents ('- Agreement on X;'), dated by its own date, else as the
    sentence introducing the list would date its own signing; a row naming no document after
    'The three MoUs signed focus on' is one of those MoUs, about what the row says."""
    text = _ROW_TAIL.sub("", ITEM.sub("", view.text))
    found = kind_of(text)
    if not found and intro_kind and text.strip():
        parties = pair_refs(ctx)
        return Agreement(parties, view.dates[0].when if view.dates else intro, intro_kind,
                         short(text), view.text, rule="agreement.listed") if len(parties) == 2 else None
    if not found:
        return None
    kind, kind_match = found
    parties = twinned_places(view) or item_parties(ctx, view) or pair_refs(ctx)
    if len(parties) < 2:
        return None
    topic = document_topic(text, kind_match.end(), kind_match.start()) or \
        topic_after_parties(view, 0, len(view.text)) or topic_after_signers(text) or text
    when = view.dates[0].when if view.dates else intro
    return Agreement(parties, when, kind, topic, view.text, rule="agreement.listed")
