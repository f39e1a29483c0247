"""Agreements from a sentence that spells out what a package just signed contains: 'A and B signed
three MoUs. The MoUs include X, Y, and Z', 'The documents signed include …', 'Among the agreements
were …'. The package sentence alone is an aggregate (no agreement); the sentence after it
describes each document, so each listed item is one agreement of the package's kind, with the
package's parties and date."""

from __future__ import annotations

import re

from coopkg.extract.agreement_documents import SIGN_RE, is_plural, kind_of, kinds_in
from coopkg.extract.agreement_groups import kind_groups
from coopkg.extract.agreement_items import by_repeated_head
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref
from coopkg.extract.parties import between_in, country_fallback, pair_refs
from coopkg.extract.parties import parties as find_parties

_VERBS = r"(?:include[sd]?|cover(?:s|ed)?|concern(?:s|ed)?|(?:are|were)\s+on|(?:are|were):|relate[sd]?\s+to)"
_HEAD = re.compile(r"^(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]he\s+\w+|Other)\s+"
                   r"(?P<noun>(?:[\w\-]+\s+){0,2}?[\w\-]+['’]?s)"
                   r"(?:\s+\([^)]{1,20}\))?(?:\s+(?:that\s+were\s+|which\s+were\s+)?"
                   rf"(?:signed|inked|concluded|exchanged)(?:\s+(?:on\s+)?\w+)?)?\s+{_VERBS}\s*:?\s+"
                   r"(?P<list>.+)$")
_AMONG = re.compile(r"^Among\s+(?:the|these|those)\s+(?P<noun>(?:[\w\-]+\s+){0,2}?[\w\-]+s)"
                    r"(?:\s+(?:signed|inked|concluded|exchanged)(?:\s+\w+){0,2}?)?\s*,?\s+"
                    r"(?:are|were|was|is)\s+(?P<list>.+)$")
_PRONOUN = re.compile(rf"^(?:These|They|Those)\s+(?:\w+ly\s+)?{_VERBS}\s*:?\s+(?P<list>.+)$")
_DOCUMENTS = re.compile(r"(?:documents|deals|pacts|accords|instruments)$", re.I)


def package_contents(ctx: Doc, view: Sent, previous: Sent | None) -> list[Found]:
    """One agreement per item of 'The MoUs include X, Y, and Z' after a sentence reporting the
    package's signing: the items are the documents' topics, or documents of their own."""
    m = _HEAD.match(view.text) or _AMONG.match(view.text) or _PRONOUN.match(view.text)
    others = _OTHERS.match(view.text)
    if (m or others) and previous is not None:
        grouped = _grouped(ctx, view, (m or others).group("list"), previous)
        if grouped or others:
            return grouped
    if m is None or previous is None:
        return []
    previous = _package_sentence(ctx, view, previous, _LOOK_BACK) or previous
    kind = _package_kind(m.groupdict().get("noun") or _plural_noun(previous.text))
    sign = SIGN_RE.search(previous.text)
    if kind is None or sign is None or not _plural_document(previous.text):
        return []
    listed = m.group("list").rstrip(" .")
    if _PROSE.search(listed) or _ASPECTS.match(listed):
        return []  # 'were for the X programme, an initiative by Y, that provides ...': prose, no list;
        # 'They cover the aspects of A, B and C': the fields of the package, no documents
    rest = _OTHERS_IN_FIELDS.search(listed)
    if rest:  # '..., and others in the fields of A and B'; a comma inside a closing quote goes too
        listed = _QUOTED_COMMA.sub(r"\1", listed[: rest.start()]).rstrip(" ,")
    items = _items(listed)
    count = _counted(previous.text)
    if count and len(items) != count and len(by_repeated_head(items)) == count:
        items = by_repeated_head(items)  # the count confirms the head's boundaries
    if not (rest and len(items) == 1) and \
            (len(items) < 2 or not (_REST.match(view.text) or _described_in_full(items, count, listed))):
        return []
    if count != len(items) and _field_aggregate(view.text, items):
        return []
    parties = _package_parties(ctx, previous, sign)
    if len(parties) < 2:
        return []
    when = date_near(ctx, previous, sign.start(), None)
    out = []
    for item in items:
        own, sides = kind_of(item), _own_sides(ctx, view, item)
        if _document(item):
            item_kind, item_topic = own[0], document_topic(item, own[1].end(), own[1].start())
        else:  # 'cooperation in X between A and B': the sides are no part of the topic
            item_kind, item_topic = kind, _bare(_BETWEEN.split(item)[0] if sides else item)
        out.append(Found(Agreement(sides or parties, when, item_kind, item_topic, view.text,
                                   rule="agreement.contents"), False, listed=True))
    return out


_PROSE = re.compile(r"^for\s|,\s+(?:that|which|who)\s")
_ASPECTS = re.compile(r"(?:the\s+)?aspects?\s+of\s", re.I)


# '... one on X, and others in the fields of A, B and C': the others are an aggregate named by
# their fields (GOLD_FORMAT), only the items before them are documents of their own
_OTHERS_IN_FIELDS = re.compile(r",?\s+(?:and\s+|while\s+)?(?:the\s+)?others\s+"
                               r"(?:in|on|covering|concerning)\b")
_QUOTED_COMMA = re.compile(r",\s*([\"”])\s*$")
# 'The other agreements were on A, B and C', 'The remaining MoUs cover D and E': the documents the
# writer has not yet told, so each item is one of them whatever the package's count
_REST = re.compile(r"^(?:The\s+)?(?:other|remaining)\s", re.I)
_BETWEEN = re.compile(r"\s+between\s+")
_OTHERS = re.compile(r"^(?:Others|The\s+others|The\s+other\s+(?:documents|ones))\s+"
                     r"(?:are|were|include[sd]?)\s+(?P<list>.+)$")


# 'Other MoUs include cooperation in A, B, C and D': an open verb before fields that name no
# document of their own ('include', 'span', 'in the areas of'), the head 'cooperation in'
# distributing over the whole list — the fields of an aggregate, not one document each
_OPEN_VERB = re.compile(r"\b(?:include[sd]?|including|span(?:s|ned)?|in\s+the\s+(?:areas?|fields?|"
                        r"sectors?|spheres?)\s+of)\b", re.I)
_FIELD_HEAD = re.compile(r"^(?:the\s+)?(?:(?:areas?|fields?|sectors?|spheres?|domains?)\s+(?:of|such\s+as|"
                         r"like)|(?:cooperation|collaboration|partnership)\s+(?:in|on))\s+(?:the\s+)?", re.I)
_NOT_BARE = re.compile(r"\b(?:on|of|for|between|with|to|by|at|from|under|regarding|concerning)\b|[A-Z0-9]")


def _field_aggregate(text: str, items: list[str]) -> bool:
    """'Other MoUs include cooperation in science, tourism and defence': after an open verb, a
    list whose items are all bare fields (a few lowercase words, no topic phrase or parties of
    their own) and whose first item opens with a field head names the areas of an aggregate."""
    if not _OPEN_VERB.search(text) or not _FIELD_HEAD.match(items[0]):
        return False
    fields = [_FIELD_HEAD.sub("", items[0]), *items[1:]]
    return all(len(f.split()) <= 4 and not _NOT_BARE.search(f) for f in fields)


def _grouped(ctx: Doc, view: Sent, listed: str, previous: Sent) -> list[Found]:
    """'They include agreements on A, B and C, and MoUs on D and E', 'Others are MoUs on F as
    well as G': one document per field, with the parties and date of the package signed in one
    of the two sentences before (agreement_groups.py)."""
    groups = kind_groups(listed.rstrip(" ."))
    package = _package_sentence(ctx, view, previous) if groups else None
    if package is None:
        return []
    sign = SIGN_RE.search(package.text)
    parties = _package_parties(ctx, package, sign)
    if len(parties) < 2:
        return []
    when = date_near(ctx, package, sign.start(), None)
    return [Found(Agreement(_own_sides(ctx, view, field) or parties, when, kind, field, view.text,
                            rule="agreement.contents"), False, listed=True) for kind, field in groups]


def _own_sides(ctx: Doc, view: Sent, field: str) -> list[Ref]:
    """'MoUs on cooperation between A and B': a field naming its own two sides signs for them."""
    at = view.text.find(field)
    found = between_in(ctx, view, at, at + len(field)) if at >= 0 and " between " in field else []
    return found[:2] if len(found) >= 2 else []


# 'A and B signed several MoUs. The ceremony was ... The leaders witnessed it. The MoUs signed
# include ...': a list head naming its documents may stand a few sentences after their signing
_LOOK_BACK = 4


def _package_sentence(ctx: Doc, view: Sent, previous: Sent, back: int = 2) -> Sent | None:
    """The nearest of the `back` sentences before `view` that reports a package of documents signed."""
    at = next((i for i, s in enumerate(ctx.sents) if s is view), 0)
    for sent in [previous, *reversed(ctx.sents[max(0, at - back):max(0, at - 1)])]:
        if SIGN_RE.search(sent.text) and _plural_document(sent.text):
            return sent
    return None


_NUMBERS = {w: i for i, w in enumerate(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], 2)}
_COUNT = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(?:[\w\-]+\s+){0,2}?"
                    r"(?:documents|deals|pacts|accords|instruments|agreements|memorand\w*|MoU['’]?s|"
                    r"contracts|protocols|treaties)\b", re.I)


def _counted(text: str) -> int | None:
    """'signed three new MoUs' → 3: a package whose count its items match is described in
    full; fields without a count ('the deals cover health and energy') are an aggregate."""
    m = _COUNT.search(text)
    if m is None:
        return None
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _NUMBERS[n]


def _described_in_full(items: list[str], count: int | None, listed: str) -> bool:
    """Each item is a document of its own when it names one, when the package's count matches
    the items, or when no count is stated and semicolons set the items apart ('The MoUs signed
    include cooperation in A; B; and C'); a comma list of fields after an uncounted package may
    be one document's scope ('the deals cover health and energy')."""
    return all(map(_document, items)) or count == len(items) or (count is None and ";" in listed)


def _document(item: str) -> bool:
    own = kind_of(item)
    return bool(own and not is_plural(own[1]) and own[1].start() <= 12)


def _package_kind(noun: str) -> str | None:
    """'MoUs' → memorandum; 'documents', 'deals' → agreement; no document noun → none."""
    last = noun.split()[-1] if noun.strip() else ""
    if _DOCUMENTS.match(last):
        return "agreement"
    found = kind_of(noun)
    return found[0] if found and is_plural(found[1]) else None


_PLURAL_NOUN_RE = re.compile(r"\b(?:documents|deals|pacts|accords|instruments)\b", re.I)


def _plural_noun(text: str) -> str:
    """The package noun a bare 'These include' refers back to: the last plural document noun."""
    found = [m.group() for m in kinds_in(text) if is_plural(m)] + \
        _PLURAL_NOUN_RE.findall(text)
    return found[-1] if found else ""


def _plural_document(text: str) -> bool:
    """A plural document noun, or a count before a singular one ('six Memorandum of Understanding')."""
    return any(is_plural(m) for m in kinds_in(text)) or (_counted(text) or 0) >= 2 or \
        bool(_PLURAL_NOUN_RE.search(text))


def _package_parties(ctx: Doc, view: Sent, sign: re.Match[str]) -> list[Ref]:
    found = find_parties(ctx, view, sign.start())
    if len(found) < 2:
        found = found + [r for r in country_fallback(ctx, view.text) if r not in found]
    return found if len(found) >= 2 else pair_refs(ctx)


_AND = re.compile(r"\s+and\s+(?=(?:an?\s+|the\s+)?[a-z])")


_ITEMS_RE = re.compile(r"^and\s+")


def _items(text: str) -> list[str]:
    """'X, Y, and Z' / 'X, Y and Z' / 'X and Y': commas separate the items, the last 'and'
    before a lowercase word ends the list ('a Burn and Plastic Surgery Unit' stays one, as does
    'between A and the B' of one item); in a
    list with semicolons only they do ('trade, investment and tourism; culture; and sport')."""
    chunks = [c.strip() for c in re.split(r"\s*;\s*" if ";" in text else r"\s*[,;]\s*", text) if c.strip()]
    if not chunks:
        return []
    closing = next((i for i, c in enumerate(chunks[1:-1], 1) if c.startswith("and ")), None)
    if ";" in text and closing is not None:  # 'A; B; and C; D; and E': the first '; and' ends the
        chunks = chunks[:closing] + [", ".join(chunks[closing:])]  # list, C's own parts follow it
    last = _ITEMS_RE.sub("", chunks[-1])
    if last == chunks[-1]:
        head, between, sides = last.partition(" between ")  # 'between A and B' names one item's sides
        pieces = _AND.split(head)
        pieces[-1] += between + sides
        chunks = chunks[:-1] + ([" and ".join(pieces[:-1]), pieces[-1]] if len(pieces) > 1 else [last])
    else:
        chunks[-1] = last
    return [_ITEMS_RE.sub("", c) for c in chunks if c]


_BARE_RE = re.compile(r"^(?:the|an?|(?:one\s+)?on(?:\s+the)?)\s+", re.I)


def _bare(item: str) -> str:
    return " ".join(_BARE_RE.sub("", item).split()[:14])
