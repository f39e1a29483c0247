"""A second signing clause in one sentence: 'A signed two MoUs with B on X, and C also clinched a
separate MoU with D on Y'.  The sentence's own rules read its first document; a later clause,
joined by ', and' / ', while' / ';', with its own subject, signing verb and singular document,
is a document of its own with its own parties; so is a second document set beside the first
with its own 'between A and B' ('..., in addition to an agreement inked between C and D')."""

from __future__ import annotations

import re

from coopkg.extract.agreement_documents import KIND_RE, SIGN_RE, is_plural, kind_of
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.agreement_lists import topic_after_parties
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref
from coopkg.extract.parties import chain, with_in

_CLAUSE = re.compile(r"(?:,\s+(?:and|while|whereas)|;)\s+", re.I)
_OBJECT = re.compile(r"\s+(?:also\s+)?(?:an?|the|one)\s+(?:[\w\-]+\s+){0,3}?(?=" + KIND_RE.pattern + ")",
                     re.I)
_CLAUSE_END = re.compile(r"[;.]|,\s+(?:and|while|whereas)\s")
# 'in addition to / as well as / besides an(other) (economic) agreement (was) inked between'
_BESIDE = re.compile(r"\b(?:in\s+addition\s+to|as\s+well\s+as|along\s+with|alongside|besides|"
                     r"apart\s+from|and)\s+(?:an?|another)\s+(?:[\w\-]+\s+){0,3}?(?=" + KIND_RE.pattern + ")",
                     re.I)
_SIGNED_BETWEEN = re.compile(r"(?:\s+(?:was|were))?(?:\s+(?:also|separately))?(?:\s+(?:signed|inked|"
                             r"concluded|sealed|reached))?\s+between\s+", re.I)


def later_clauses(ctx: Doc, view: Sent, first: re.Match[str], previous: Sent | None) -> list[Found]:
    """Each later clause 'C (also) signed a (separate) MoU with D (on Y)' after the first
    signing verb: parties its own subject and 'with' counterpart, the sentence's date."""
    out = []
    for bound in _CLAUSE.finditer(view.text, first.end()):
        verb = SIGN_RE.search(view.text, bound.end())
        if verb is None:
            break
        obj = _OBJECT.match(view.text, verb.end())
        noun = KIND_RE.match(view.text, obj.end()) if obj else None
        found = kind_of(noun.group()) if noun else None
        if found is None or is_plural(noun):
            continue
        firms = list(dict.fromkeys(s.ref for s in view.spans
                                   if s.ref.kind == "org" and bound.end() <= s.start < verb.start()))
        subject = firms or chain(ctx, view, bound.end(), verb.start())  # 'Kenyan provider X Ltd': the firm
        end = _CLAUSE_END.search(view.text, noun.end())
        other = with_in(ctx, view, noun.end(), end.start() if end else len(view.text))
        if len(subject) != 1 or len(other) != 1 or subject == other:
            continue
        out.append(Found(Agreement(subject + other, date_near(ctx, view, first.start(), previous), found[0],
                                   _topic(view, noun.end(), end.start() if end else len(view.text)),
                                   view.text, rule="agreement.clause"), False, listed=True))
    return out


def _topic(view: Sent, start: int, end: int) -> str:
    """'with D on Y': the topic follows the counterpart's name."""
    names = [s.end for s in view.spans if start <= s.start < end]
    return document_topic(view.text[:end], max(names, default=start))


def beside_between(ctx: Doc, view: Sent, first: re.Match[str], previous: Sent | None,
                  taken: list[Ref]) -> list[Found]:
    """Each later 'in addition to / as well as an agreement (signed) between C and D (on Y)'
    after the sentence's first document (`first`, its noun) and signing: a document of its
    own, with the sentence's date, where C and D are two entities other than its parties
    (`taken`)."""
    out = []
    for beside in _BESIDE.finditer(view.text, first.end()):
        noun = KIND_RE.match(view.text, beside.end())
        found = kind_of(noun.group()) if noun else None
        between = _SIGNED_BETWEEN.match(view.text, noun.end()) if noun else None
        if found is None or between is None or is_plural(noun):
            continue
        end = _CLAUSE_END.search(view.text, between.end())
        stop = end.start() if end else len(view.text)
        parties = chain(ctx, view, between.end(), stop)
        if len(parties) != 2 or set(parties) == set(taken):
            continue
        out.append(Found(Agreement(parties, date_near(ctx, view, first.start(), previous), found[0],
                                   topic_after_parties(view, noun.start(), stop), view.text,
                                   rule="agreement.beside"), False, listed=True))
    return out
