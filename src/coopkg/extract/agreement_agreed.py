"""'A and B agreed to X': a consensus the gold counts as an agreement when X is more than a pledge
to improve relations, a numeric target or a meeting to hold, and the text makes it a document:
GOLD_FORMAT counts what was 'reached' and then called 'the agreement'.  A consensus is one when
it creates a standing body ('agreed to set up a joint commission'), when a sentence beside it
speaks of 'the agreement(s)' ('The agreement was reached during talks ...'; 'The agreements were
inked ... In particular, the two countries agreed to ...'), or when it is dated to an earlier
year ('In 2018, the two countries agreed to ...': an earlier agreement stated with a date).  A bare
'agreed to explore / speed up / boost coordination' with none of these names no document."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_links import date_near
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, When
from coopkg.extract.match_starts import first_match, first_words
from coopkg.extract.parties import parties as find_parties

_AGREED_TO = re.compile(r"\bagreed\s+to\s+(?P<topic>[^.;]+)", re.I)

_PLEDGES = lexicon.alternation(lexicon.words("undertakings", "pledge"))
_LEAD = rf"(?:(?:{lexicon.alternation(lexicon.words('undertakings', 'lead'))})\s+(?:\w+ly\s+|together\s+)*" \
    r"(?:for|towards|on|to)\s+)?"  # 'work cooperatively for (further strengthening ties)'
# 'strengthen (the) bilateral cooperation': a pledge to improve the relation itself
_RELATIONS = lexicon.alternation(lexicon.words("undertakings", "relation"))
_PLEDGE_HEAD = (rf"{_LEAD}(?:further\s+|jointly\s+)?(?:{_PLEDGES})\s+(?:the\s+|their\s+|its\s+)?"
                rf"(?:[\w\-]+\s+){{0,3}}?(?:{_RELATIONS})")
_PLEDGE = re.compile(rf"{_PLEDGE_HEAD}\b"
                     r"(?:\s+(?:between|with|for\s+the\s+benefit\s+of|in\s+all)\b[^,;]*)?\s*$", re.I)
# 'agreed to enhance cooperation in the fields of A, B and C': a pledge too, unless a sentence
# beside it calls it the agreement
_FIELDS_PLEDGE = re.compile(rf"{_PLEDGE_HEAD}\s+in\s+(?:the\s+|various\s+)?"
                            r"(?:fields?|areas?|sectors?|spheres?)\s+(?:of|such\s+as)\b", re.I)
_TARGET = re.compile(rf"(?:further\s+)?(?:{_PLEDGES})\s+"
                     r"[^.;]{0,80}?\bto\s+(?:over\s+|about\s+|at\s+least\s+)?(?:\$|US\$|USD|EUR|€|\d)", re.I)
# '..., the ministry said': a source tag after the clause is no part of what was agreed
_ATTRIBUTION = re.compile(r",\s+(?:[\w\-'’]+\s+){0,6}?(?:said|says|reported|announced|told|added)\b.*$", re.I)
_CREATES = re.compile(rf"(?:jointly\s+)?(?:{lexicon.alternation(lexicon.words('undertakings', 'create'))})\b",
                      re.I)
_CALLED = re.compile(r"\b(?:the|this|that|these)\s+agreements?\b(?!\s+(?:on|between|with)\b)", re.I)
_OCCASION = re.compile(rf"(?:{lexicon.alternation(lexicon.words('undertakings', 'occasion'))})\b", re.I)
# 'agreed to lift their relations to an enhanced strategic partnership': the level ties are
# raised to is a relation the sides now have, not a document they made
_RAISED = re.compile(r"(?:further\s+)?(?:rais|elevat|upgrad|lift)(?:e|es|ed|ing|s)?\s+"
                     r"[^.;]{0,60}?\b(?:to|into)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?partnership\b", re.I)


def agreed_to(ctx: Doc, view: Sent, previous: Sent | None) -> Agreement | None:
    """'A and B agreed to X' — a consensus the gold counts as an agreement, unless X is only a
    pledge to improve relations ('agreed to intensify bilateral cooperation'), a numeric target
    ('agreed to raise trade to $5 billion', a figure) or plans a meeting ('agreed to hold the
    next round of talks')."""
    m = first_match(_AGREED_TO, _AGREED_WORDS, view.text)  # = _AGREED_TO.search
    if not m or any(p.match(_ATTRIBUTION.sub("", m.group("topic")))
                    for p in (_PLEDGE, _TARGET, _OCCASION, _RAISED)):
        return None
    parties = find_parties(ctx, view, m.start())
    if len(parties) < 2:
        return None
    when = date_near(ctx, view, m.start(), previous)
    fields = _FIELDS_PLEDGE.match(_ATTRIBUTION.sub("", m.group("topic"))) is not None
    if not _is_document(ctx, view, m, None if fields else when):
        return None
    return Agreement(parties, when, "agreement",
                     short(_ATTRIBUTION.sub("", m.group("topic"))), view.text, rule="agreement.agreed-to")


def _is_document(ctx: Doc, view: Sent, m: re.Match[str], when: When | None) -> bool:
    """Whether the consensus `m` is one the text makes a document (see the module docstring)."""
    if _CREATES.match(m.group("topic")) or _CALLED.search(view.text, m.end()):
        return True
    if when is not None and not when.inherited and when.value[:4] < ctx.article.published.strftime("%Y"):
        return True
    at = next((i for i, s in enumerate(ctx.sents) if s is view), 0)
    return any(_CALLED.search(s.text) for s in ctx.sents[max(0, at - 1):at + 2] if s is not view)


def pledge_reached(ctx: Doc, view: Sent) -> bool:
    """'A and B agreed to strengthen exchanges. The two ministers reached the agreement when they
    met': a definite 'the agreement' reached that refers back to a consensus which was only a
    pledge, a target or a meeting to hold (the nearest earlier 'agreed to X') names no document."""
    at = next((i for i, s in enumerate(ctx.sents) if s is view), 0)
    for sent in reversed(ctx.sents[:at]):
        m = first_match(_AGREED_TO, _AGREED_WORDS, sent.text)
        if m:
            return any(p.match(m.group("topic")) for p in (_PLEDGE, _TARGET, _OCCASION))
    return False


def short(text: str) -> str:
    """The first words of a free-text topic."""
    return " ".join(text.split()[:14]).strip(" ,")


_AGREED_WORDS = first_words(_AGREED_TO)  # tried only where 'agreed' begins (match_starts.py)
