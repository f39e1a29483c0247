"""Documents described apart from the clause that signs them.  A report often counts first and
describes after: 'A and B signed two memoranda. The two memoranda cover X between C and D as
well as Y' — each described item is a document of its own, with its own 'between' parties (else
the article's pair) and the signing's date.  And an aggregate may lead into one document that has
its own signing clause: 'Among the agreements reached is a contract for X signed between C and
D' — that contract is an agreement, while the aggregate stays a count."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_documents import KIND_RE, SIGN_RE, is_plural, kind_of, kinds_in
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref
from coopkg.extract.parties import between_in, chain, pair_refs

_COUNT = rf"(?:\d+|{'|'.join(lexicon.NUMBER_WORDS)})"
_CONTENT = lexicon.word_pattern("content_verbs")
_REFERENCE = re.compile(rf"^(?:The|These|Those|Both|All|Each\s+of\s+the)\s+(?:(?P<n>{_COUNT})\s+)?"
                        rf"(?:(?:new|signed|bilateral|above)\s+)?(?P<kind>{KIND_RE.pattern})"
                        rf"(?:\s*\([^)]{{1,20}}\))?\s+(?:\w+ly\s+)?(?P<verb>{_CONTENT})\s+", re.I)
_ITEM_SEPARATOR = re.compile(r"\s*;\s*(?:and\s+)?|,?\s+as\s+well\s+as\s+|,?\s+along\s+with\s+|"
                             r",\s+and\s+(?:also\s+)?|,?\s+in\s+addition\s+to\s+|,?\s+plus\s+", re.I)
_BETWEEN = re.compile(r"\s+between\s+", re.I)
# 'The accords covered the health, maritime, and transport cooperation, and scientific fields':
# the list ends in a plural container noun, so its items qualify fields of the package, not
# documents described one by one (GOLD_FORMAT: 'agreements in health, energy …' are an aggregate)
_FIELDS_HEAD = re.compile(r"\b(?:fields|areas|sectors|spheres|domains)\s*$", re.I)


def described(ctx: Doc, view: Sent, previous: Sent | None) -> list[Found]:
    """'The two memoranda cover X between A and B as well as Y': one document per item, where
    the sentence before reported documents of that kind signed.  Items are split at strong
    separators only ('as well as', ';', ', and'), since a topic itself joins words with 'and'
    ('science and technology'); a stated count must agree with the items found."""
    m = _REFERENCE.match(view.text)
    if m is None or not is_plural(_kind_match(m)) or previous is None or not _signed_before(previous):
        return []
    count = _count(m.group("n")) or _signed_count(previous) or _count_before(ctx, previous)
    items = _items(view.text, m.end())
    if count is not None and len(items) != count:
        items = _comma_items(view.text, m.end(), count) or items
    fields = len(items) >= 2 and _FIELDS_HEAD.search(view.text, 0, items[-1][1]) is not None
    if len(items) < 2 or fields or count != len(items):
        return []
    kind = kind_of(m.group("kind"))
    sign = SIGN_RE.search(previous.text)
    when = date_near(ctx, previous, sign.start() if sign else 0, None)
    out = []
    for start, end in items:
        parties = between_in(ctx, view, start, end) or pair_refs(ctx)
        if len(parties) < 2:
            return []
        own = _OWN_KIND.match(view.text, start, end) and kind_of(view.text[start:end])
        out.append(Found(Agreement(parties[:2], when, own[0] if own else kind[0] if kind else "agreement",
                                   _item_topic(view.text, start, end), view.text,
                                   rule="agreement.described"), False, listed=True))
    return out


def _kind_match(m: re.Match[str]) -> re.Match[str]:
    return KIND_RE.match(m.string, m.start("kind"))


def _signed_before(previous: Sent) -> bool:
    found = kind_of(previous.text)
    return SIGN_RE.search(previous.text) is not None and found is not None and is_plural(found[1])


_COUNTED = re.compile(rf"\b(?P<n>{_COUNT})\s+(?:[\w-]+\s+){{0,2}}?(?={KIND_RE.pattern})", re.I)


def _signed_count(previous: Sent) -> int | None:
    """'A and B signed two memoranda.': how many documents the signing counted.  Without a
    count on either side the items cannot be told from fields of a package ('The agreements
    covered agriculture, fisheries as well as sports' — GOLD_FORMAT: an aggregate)."""
    m = _COUNTED.search(previous.text)
    return _count(m.group("n")) if m else None


# an item that is itself a document ('a joint statement'): that is its kind
_OWN_KIND = re.compile(rf"(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?(?:{KIND_RE.pattern})\s*$", re.I)
_BACK_REFERENCE = re.compile(rf"\b(?:the|these|those|all)\s+(?:(?:signed|cooperation|new)\s+)*"
                             rf"(?:{KIND_RE.pattern})", re.I)


def _count_before(ctx: Doc, previous: Sent) -> int | None:
    """'Four documents were inked.  Officials signed the documents on Wednesday.  The documents
    are on X, Y, Z and W': a signing that refers back to documents ('the documents') counted
    by the sentence before it has that sentence's count."""
    if not _BACK_REFERENCE.search(previous.text):
        return None
    index = previous.sentence.index
    earlier = next((s for s in ctx.sents if s.sentence.index == index - 1), None)
    return _signed_count(earlier) if earlier is not None else None


def _comma_items(text: str, start: int, count: int) -> list[tuple[int, int]]:
    """'on visa waiver, agricultural cooperation, a joint commission and a joint statement': items
    split at every comma and the last 'and', taken only when they number the count told."""
    end = len(text.rstrip(". "))
    last_and = text.rfind(" and ", start, end)
    if last_and < 0 or "," not in text[start:last_and]:
        return []
    out, pos = [], start
    for comma in (i for i in range(start, last_and) if text[i] == ","):
        out.append((pos, comma))
        pos = comma + 1
    out += [(pos, last_and), (last_and + 5, end)]
    out = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in out]
    return out if len(out) == count and all(e > s for s, e in out) else []


def _count(raw: str | None) -> int | None:
    if raw is None:
        return None
    return lexicon.count_value(raw)


def _items(text: str, start: int) -> list[tuple[int, int]]:
    end = len(text.rstrip(". "))
    out, pos = [], start
    for sep in _ITEM_SEPARATOR.finditer(text, start, end):
        out.append((pos, sep.start()))
        pos = sep.end()
    out.append((pos, end))
    return [(s, e) for s, e in out if e > s]


_ITEM_TOPIC_RE = re.compile(r"(?:the\s+)?[A-Z]")


def _item_topic(text: str, start: int, end: int) -> str:
    """The item without its parties: 'cooperation in mining between A and B' → 'cooperation in
    mining'; 'cooperation between the two countries' keeps its words (no party is named)."""
    m = _BETWEEN.search(text, start, end)
    named = m and _ITEM_TOPIC_RE.match(text[m.end():end])
    return text[start:m.start() if named else end].strip(" ,")


def later_document(ctx: Doc, view: Sent, aggregate: re.Match[str], previous: Sent | None
                   ) -> list[Found]:
    """'Among the agreements reached is a contract for X signed between A and B': after a plural
    aggregate, each singular document noun with a signing clause of its own and named parties
    ('signed between/by A and B') is an agreement."""
    out = []
    for m in kinds_in(view.text, aggregate.end()):
        found = kind_of(m.group())
        if found is None or is_plural(m):
            continue
        clause = _OWN_CLAUSE.match(view.text, m.end())
        parties = _own_clause_parties(ctx, view, clause) if clause else []
        if len(parties) < 2:
            continue
        about = document_topic(view.text[:clause.start("verb")], m.end(), m.start())
        out.append(Found(Agreement(parties[:2], date_near(ctx, view, m.start(), previous), found[0],
                                   about, view.text,
                                   rule="agreement.later-document"), False, listed=True))
    return out


_OWN_CLAUSE = re.compile(rf"[^;.]{{0,160}}?\b(?P<verb>{lexicon.word_pattern('signing_verbs')})\s+"
                         r"(?P<prep>between|by)\s+(?:the\s+)?", re.I)


def _own_clause_parties(ctx: Doc, view: Sent, m: re.Match[str]) -> list[Ref]:
    """The parties of 'signed between A and B' or 'signed by A and B' right after the document,
    no other document noun coming between (that clause would be the other's)."""
    if KIND_RE.search(view.text, m.start(), m.start("prep")):
        return []
    if m.group("prep").lower() == "between":
        return between_in(ctx, view, m.start("prep"), len(view.text))
    return chain(ctx, view, m.end(), len(view.text))
