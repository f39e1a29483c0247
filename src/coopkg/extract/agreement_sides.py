"""The parties of a signed document the sentence does not name: 'the sides', 'they', officials
named by a plural title, an inverted or agentless passive ('Also signed was a MoU', 'The protocol
was signed after the talks') sign for the article's two countries, or the countries of the people
in the sentence."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_documents import is_plural
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Ref
from coopkg.extract.parties import between_in, country_fallback, pair_refs

_FALLBACK_PARTIES_RE = re.compile(
    r"\b(?:they|both|the\s+(?:two\s+)?(?:parties|sides))\s+(?:\w+\s+){0,3}$", re.I
)
_FALLBACK_PARTIES_RE2 = re.compile(
    r"\b(?:ministers|presidents|prime\s+ministers|leaders|heads\s+of\s+state|"
    r"ambassadors|officials|co-?chairs?|co-?chairmen|heads\s+of\s+(?:the\s+)?delegations?|"
    r"delegations|representatives|negotiators)\b[^.;]{0,80}$", re.I
)
_FALLBACK_PARTIES_RE3 = re.compile(r"\s*(?:was|were)\b")
_FALLBACK_PARTIES_RE4 = re.compile(r"\bthe\s+$", re.I)


def fallback_parties(ctx: Doc, text: str, sign: re.Match[str]) -> list[Ref]:
    """The article's two countries, where the sentence signs for 'the sides', 'the parties',
    'the governments', a plain 'they' or officials named by a plural title ('Interior Ministers X
    and Y signed', 'the co-chairs', 'the heads of delegation'): the pair the article is about."""
    before = text[:sign.start()]
    if _FALLBACK_PARTIES_RE.search(before) or \
            _FALLBACK_PARTIES_RE2.search(before):
        return pair_refs(ctx)
    if _FALLBACK_PARTIES_RE3.match(text[sign.end():]) or \
            _FALLBACK_PARTIES_RE4.search(before) and _OF_DOCUMENT.match(text, sign.end()):
        return pair_refs(ctx)  # 'Also signed was a MoU on X', 'ended with the signing (today) of a MoU'
    return country_fallback(ctx, text)


_OF_DOCUMENT = re.compile(r"\s+(?:(?:on|last|this|in)\s+\w+\s+)?of\s+(?:an?|the)\b")
# 'were' too: 'The three agreements - one on X and two ... - were signed' (a package's one member)
_PASSIVE = re.compile(r"^(?:[^,;]{0,120}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?|"
                      r"[^,;]{0,60},\s+)"
                      rf"(?:{lexicon.word_pattern('signing_verbs')})\b", re.I)


_PASSIVE_PARTIES_RE = re.compile(
    r"\s+(?:[\w\-]+\s+){0,3}?(?:between|with|by(?!\s+(?:the\s+|both\s+)?(?:two\s+)?"
    r"(?:countries|sides|nations|states|governments)\b))\b"
)


def passive_parties(ctx: Doc, view: Sent, kind_match: re.Match[str]) -> list[Ref]:
    """'The protocol on X was signed after talks between the two presidents' / '... was signed by
    the countries at the meeting': one document signed with no party named is between the
    countries of the people in the sentence, else the two countries the article is about."""
    passive = _PASSIVE.match(view.text[kind_match.start():])
    if is_plural(kind_match) or not passive or \
            _PASSIVE_PARTIES_RE.match(view.text[kind_match.start() + passive.end():]):
        return []
    countries = [ctx.people[s.ref.key].country for s in view.spans if s.ref.kind == "person"
                 and s.ref.key in ctx.people and ctx.people[s.ref.key].country in ctx.gaz.countries]
    countries = list(dict.fromkeys(countries))
    if len(countries) == 2:
        return [Ref("place", ctx.country_iri(c)) for c in countries]
    return pair_refs(ctx) if not countries or set(countries) <= set(ctx.pair()) else []


_EXCHANGE_PARTIES_RE = re.compile(r"(?:witness\w*\s+(?:the\s+)?(?:official\s+)?)?exchange$", re.I)


def exchange_parties(ctx: Doc, view: Sent, sign: re.Match[str]) -> list[Ref]:
    """'The exchange of notes on the establishment of diplomatic relations between A and B took
    place': the exchange has no subject that signs; the 'between' after it names the parties,
    even where the pair follows a relation ('relations between A and B') that elsewhere names no
    signatory."""
    if not _EXCHANGE_PARTIES_RE.match(sign.group()):
        return []
    found = between_in(ctx, view, sign.end(), len(view.text))
    return found if len(found) >= 2 else []


# 'the ten-nation regional bloc', 'the 27-member bloc', 'the regional grouping': a multilateral
# body named by description
_BLOC = re.compile(r"\bthe\s+(?:[\w\-]+\s+){0,2}(?:bloc|grouping)\b")


def bloc_parties(ctx: Doc, view: Sent) -> list[Ref]:
    """'signed a memorandum between Kenya and the ten-nation regional bloc': the bloc is the one
    intergovernmental organisation the article names, where it names exactly one; the other
    party is the one the 'between' names."""
    text = view.text
    if "bloc" not in text and "grouping" not in text:
        return []
    m = _BLOC.search(text)
    blocs = [key for key, org in ctx.orgs.items() if org.type == "IntergovernmentalOrganization"]
    if m is None or len(blocs) != 1:
        return []
    other = between_in(ctx, view, 0, m.start())
    return [other[0], Ref("org", blocs[0])] if len(other) == 1 else []


# 'A and B witnessed the signing of': the subjects watched; others put their names to the papers
_WITNESSED_RE = re.compile(r"\bwitness(?:ed|es|ing)?\s+(?:the\s+)?$", re.I)


def named_signers(parties: list[Ref], text: str, sign: re.Match[str]) -> bool:
    """Whether a named body signed the documents: GOLD_FORMAT makes plural documents with a named
    non-state party one agreement, but a body reached through the witnesses of a signing ('the
    party leader and the President witnessed the signing of memoranda') signed nothing."""
    return any(p.kind == "org" for p in parties) and \
        _WITNESSED_RE.search(text, max(0, sign.start() - 30), sign.start()) is None
