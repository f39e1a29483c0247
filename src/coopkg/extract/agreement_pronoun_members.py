"""Members of a signed package told one by one with a pronoun in place of the document noun:
'A and B signed three MoUs. One was for X. Another was for Y between C and D. The other belonged
to E and F.'  English names the package once and then counts its members off with 'one',
'another', 'the other', 'the second'; each such sentence describes one document on its own, so
it is one entry (GOLD_FORMAT: individually described documents are one entry each) of the
package's kind and date, with the parties it names itself, else the package's.

A sentence counts only right after the package's signing or after other such members: 'One
was killed' three paragraphs later is no document.  A member the writer counted off by its noun
('The first MoU was for X. Another was on Y.') is such a member too: 'another' right after it is
one more document of that member's kind, of the package told before it.  A fronted attribution
('According to press reports, one of the agreements is to X') does not change what the sentence
describes."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_agreed import short
from coopkg.extract.agreement_documents import KIND_RE, SIGN_RE, is_plural, kind_of, kinds_in
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.agreement_sequels import counted_member
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref
from coopkg.extract.pairs import pair_refs
from coopkg.extract.parties import between_in, chain
from coopkg.extract.parties import parties as find_parties

_ATTRIBUTION = r"(?:According\s+to\s+[^,]{1,60},\s+)?"
_ORDINAL = lexicon.alternation([w for w in lexicon.words("ordinal_words") if w != "first"])
# 'One', 'One of them', 'one of the agreements', 'Another (one)', 'The other (one)', 'The second (one)'
_PRONOUN = (r"(?:One(?:\s+of\s+(?:them|these|those|the\s+(?:[\w\-]+\s+){0,2}?"
            rf"(?P<noun>{KIND_RE.pattern})))?|Another(?:\s+one|\s+of\s+them)?|The\s+other(?:\s+one)?|The\s+(?:{_ORDINAL}|last|final)\s+one)")
_VERBS = {**{v: "topic" for v in lexicon.words("content_verbs")}, **lexicon.mapping("member_verbs")}
_OPENING = re.compile(rf"^{_ATTRIBUTION}{_PRONOUN}\s+(?:\w+ly\s+)?"
                      rf"(?P<verb>{lexicon.alternation(list(_VERBS))})\s+(?P<rest>[^;]+)", re.I)
# how many sentences of members may stand between the package and a member
_LOOK_BACK = 4


def pronoun_member(ctx: Doc, view: Sent) -> list[Found]:
    """The document a pronoun member sentence describes, with its package's kind and date."""
    m = _OPENING.match(view.text)
    package = _package(ctx, view) if m else None
    counted = None if m is None or package is not None else counted_member(ctx, view)
    if counted is not None:
        package = _package(ctx, counted[0]) or _signed_before(ctx, counted[0])
    if m is None or package is None:
        return []
    sign = SIGN_RE.search(package.text)
    rest_at = m.start("rest")
    end = len(view.text.rstrip(" ."))
    if _VERBS[_verb_key(m.group("verb"))] == "parties":
        own, about = chain(ctx, view, rest_at, end), ""
    else:
        own = between_in(ctx, view, rest_at, end)
        about = _topic(view.text, rest_at, end, len(own) >= 2)
    parties = own[:2] if len(own) >= 2 else _package_parties(ctx, package, sign)
    if len(parties) < 2:
        return []
    kind = counted[1] if counted else _kind(package, m.group("noun"))
    about = about or document_topic(package.text, _plural_kind(package).end())
    return [Found(Agreement(parties, date_near(ctx, package, sign.start(), None), kind, about,
                            view.text, rule="agreement.pronoun-member"), False, listed=True)]


def _verb_key(verb: str) -> str:
    return " ".join(verb.lower().split())


_TOPIC_RE = re.compile(r"\s+between\s+")
_TOPIC_RE2 = re.compile(r",\s+(?:and|while|which|according)\b")


def _topic(text: str, start: int, end: int, named: bool) -> str:
    """The clause after the verb, without a 'between A and B' that names the parties and
    without the 'for'/'to' the verb phrase may leave ('was for X' → X)."""
    stop = _TOPIC_RE.search(text[start:end]) if named else None
    about = text[start:start + stop.start() if stop else end]
    return short(_TOPIC_RE2.split(about)[0])


def _package(ctx: Doc, view: Sent) -> Sent | None:
    """The sentence that reports the package signed: the nearest before `view` with a signing
    verb and a plural document noun, every sentence between them itself a member sentence."""
    at = next((i for i, s in enumerate(ctx.sents) if s is view), None)
    if at is None:
        return None
    for sent in reversed(ctx.sents[max(0, at - _LOOK_BACK):at]):
        if SIGN_RE.search(sent.text) and _plural_kind(sent) is not None:
            return sent
        if not _OPENING.match(sent.text):
            return None
    return None


def _signed_before(ctx: Doc, view: Sent) -> Sent | None:
    """The nearest sentence before a counted member that reports a package signed."""
    earlier = [s for s in ctx.sents if s.sentence.index < view.sentence.index]
    return next((s for s in reversed(earlier) if SIGN_RE.search(s.text) and _plural_kind(s)), None)


def _plural_kind(sent: Sent) -> re.Match[str] | None:
    return next((m for m in kinds_in(sent.text) if is_plural(m)), None)


def _kind(package: Sent, noun: str | None) -> str:
    """The package's kind: 'signed two memorandums ... one of the agreements is to X' — the
    generic noun refers back to the memorandums."""
    found = kind_of(package.text[_plural_kind(package).start():])
    if found:
        return found[0]
    own = kind_of(noun) if noun else None
    return own[0] if own else "agreement"


def _package_parties(ctx: Doc, package: Sent, sign: re.Match[str]) -> list[Ref]:
    found = find_parties(ctx, package, sign.start())
    return found[:2] if len(found) >= 2 else pair_refs(ctx)
