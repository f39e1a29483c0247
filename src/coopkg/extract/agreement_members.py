"""A described member of a signed package.  Reports count a package first and then single one
document out: 'A and B signed a number of agreements. One of the agreements allows X', 'Among the
documents was a memorandum on X', 'The most important is an agreement on X', 'The documents
signed include a memorandum on X'.  The package stays a count (a figure, never an agreement),
but the document described on its own is an agreement, with the package's parties and date."""

from __future__ import annotations

import re

from coopkg.extract.agreement_agreed import short
from coopkg.extract.agreement_documents import KIND_RE, SIGN_RE, is_plural, kind_of, kinds_in
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.agreement_pronoun_members import pronoun_member
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref
from coopkg.extract.parties import between_in, chain, pair_refs
from coopkg.extract.parties import parties as find_parties

_THE = r"(?:the|these|those|them)"
# 'One of the agreements allows X': the member is of the package's kind, about what it does
_ONE_OF = re.compile(rf"^(?:One|Another)\s+of\s+{_THE}\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{KIND_RE.pattern})"
                     r"(?:\s+signed)?\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\s+(?P<rest>[^;]+)", re.I)
# 'Among the documents was X', 'The most important is X', 'The documents signed include X'
_LEADS = re.compile(rf"^(?:(?:Among|Included\s+among)\s+{_THE}(?:\s+[\w\-]+){{0,3}}?\s+(?:was|were|is|are)|"
                    r"The\s+(?:most\s+\w+|main|key|largest|biggest|centrepiece|centerpiece|highlight)"
                    r"(?:\s+(?:one|document|agreement|deal))?(?:\s+(?:of\s+them|among\s+them))?\s+(?:is|was)|"
                    rf"(?:The|These|They)(?:\s+[\w\-]+){{0,3}}?\s+(?:include[sd]?|featured?)|"
                    r"(?:Chief|Foremost)\s+among\s+them\s+(?:was|is))\s+(?=(?:an?|the)\s)", re.I)
_SAID = re.compile(r",\s+(?:[\w\-.]+\s+){0,6}?(?:said|says|added|noted|told)\b.*$|[,.]\s*$", re.I)


def members(ctx: Doc, view: Sent, previous: Sent | None) -> list[Found]:
    """The documents a sentence singles out of the package the sentence before signed."""
    one = _ONE_OF.match(view.text)
    lead = None if one else _LEADS.match(view.text)
    package = _package(previous) if one or lead else None  # the anchored leads first: cheap
    if package is None:
        return pronoun_member(ctx, view)  # 'One was for X', 'The other belonged to A and B'
    if one:
        return _one_of(ctx, view, previous, package, one)
    heads = [m for m in kinds_in(view.text, lead.end()) if kind_of(m.group()) and not is_plural(m)
             and _DETERMINED.search(view.text, max(0, m.start() - 40), m.start())]
    text = _OTHERS.sub("", view.text)
    bare = _bare_items(ctx, view, previous, package, text, heads[-1].end()) \
        if heads and _OTHERS.search(view.text) else []
    if bare:
        text = text[:text.find(",", heads[-1].end())]
    found = []
    for i, m in enumerate(heads):
        end = _item_start(text, heads[i + 1].start()) if i + 1 < len(heads) else len(text)
        about = document_topic(text[:end], m.end(), m.start())
        member = _member(ctx, view, previous, package, kind_of(m.group())[0], about)
        found.append(_with_body(ctx, view, m.end(), end, _own_pair(ctx, view, m.end(), end, member)))
    return [f for f in found + bare if f]


_DETERMINED = re.compile(r"\b(?:an?|the)\s+(?:[\w\-$.]+\s+){0,3}$")
_DETERMINED_KIND = re.compile(rf"\s*(?:and\s+)?(?:an?|the)\s+(?:[\w\-$.]+\s+){{0,3}}?{KIND_RE.pattern}", re.I)
# ', among others', 'and others', 'etc.': the list names some of the package's documents
_OTHERS = re.compile(r",?\s+(?:among\s+others|and\s+others|among\s+other\s+(?:things|documents)|etc)\.?\s*$",
                     re.I)


_ITEM_START_RE = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:an?|the)\s+(?:[\w\-$.]+\s+){0,3}$"
)


def _item_start(text: str, noun: int) -> int:
    """Where the list item holding the document noun at `noun` begins: its comma or 'and'."""
    m = _ITEM_START_RE.search(text[:noun])
    return m.start() if m else noun


_BARE_ITEMS_RE = re.compile(r"[^,]+")


def _bare_items(ctx: Doc, view: Sent, previous: Sent, package: re.Match[str], text: str, since: int
                ) -> list[Found | None]:
    """'They include a $5 million agreement for X, strategic partnership between A and B,
    development of Y, among others': after the first described document, each comma item of
    several words is a document of the package's kind, the items' own 'between A and B' signing."""
    start = text.find(",", since)
    if start < 0:
        return []
    kind = (kind_of(package.string[package.end():]) or kind_of(package.string) or ("agreement",))[0]
    out: list[Found | None] = []
    for item in _BARE_ITEMS_RE.finditer(text[start:]):
        words = item.group().strip(" .").split()
        if len([w for w in words if w not in ("and", "or")]) < 3 or _DETERMINED_KIND.match(item.group()):
            return []
        at = start + item.start()
        own = between_in(ctx, view, at, at + len(item.group()))
        found = _member(ctx, view, previous, package, kind, " ".join(words))
        if found is not None and len(own) >= 2:
            found.agreement.parties = own[:2]
        out.append(found)
    return out


def _own_pair(ctx: Doc, view: Sent, start: int, end: int, found: Found | None) -> Found | None:
    """'The documents include a memorandum on X between the A Ministry and the B Institute': a
    member that names its own signatories is theirs, not the package's (GOLD_FORMAT: parties are
    the named signing organisations)."""
    own = between_in(ctx, view, start, end) if found is not None else []
    if found is not None and len(own) >= 2:
        found.agreement.parties = own[:2]
    return found


_WITH = re.compile(r"\s+(?:signed\s+)?with\s+(?:the\s+)?")


def _with_body(ctx: Doc, view: Sent, noun_end: int, end: int, found: Found | None) -> Found | None:
    """'These include the Framework Agreement with the X Development Agency for Y': a member
    signed with a named body has that body on one side and, on the other, the package's state
    the body does not belong to (GOLD_FORMAT: one side through a named agency → [code, agency])."""
    m = _WITH.match(view.text, noun_end)
    if found is None or m is None:
        return found
    body = next((r for r in chain(ctx, view, m.end(), end) if r.kind == "org"), None)
    org = ctx.orgs.get(body.key) if body else None
    if org is None or not org.country:
        return found
    home = Ref("place", ctx.country_iri(org.country))
    others = [p for p in found.agreement.parties if p.kind == "place" and p != home]
    if len(others) == 1 and home in found.agreement.parties:
        found.agreement.parties = [others[0], body]
    return found


def _package(previous: Sent | None) -> re.Match[str] | None:
    """The signing verb of the sentence before, when what it signed is plural (a package)."""
    if previous is None:
        return None
    sign, kind = SIGN_RE.search(previous.text), kind_of(previous.text)
    return sign if sign and kind and is_plural(kind[1]) else None


def _one_of(ctx: Doc, view: Sent, previous: Sent, package: re.Match[str], m: re.Match[str]
            ) -> list[Found]:
    """'One of the agreements allows X' (about X), 'One of them is a memorandum on X'."""
    rest = m.group("rest")
    inner = kind_of(rest) if m.group("verb").lower() in ("is", "was") else None
    if inner and not is_plural(inner[1]):
        topic = document_topic(rest, inner[1].end(), inner[1].start())
        kind = inner[0]
    else:
        topic = short(_SAID.sub("", rest))
        kind = (kind_of(m.group("noun")) or ("agreement",))[0]
    found = _member(ctx, view, previous, package, kind, topic)
    return [found] if found else []


def _member(ctx: Doc, view: Sent, previous: Sent, package: re.Match[str], kind: str, topic: str
            ) -> Found | None:
    parties: list[Ref] = find_parties(ctx, previous, package.start()) or pair_refs(ctx)
    if len(parties) < 2:
        return None
    return Found(Agreement(parties[:2], date_near(ctx, previous, package.start(), None), kind, topic,
                           view.text, rule="agreement.member"), False, listed=True)
