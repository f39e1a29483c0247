"""Who held a meeting told by its holding verb: 'A and B held talks', 'A (AC) and B held a
business meeting', 'the two ministers held talks', 'the X Joint Commission held its session'."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_clauses import event_words
from coopkg.extract.event_pair_people import pair_people
from coopkg.extract.facts import Ref
from coopkg.extract.lexicon import alternation as _alt

_JOINED = re.compile(r"(?:\s*\([^()]{1,15}\))?(?:\s+and\s+(?:the\s+)?|,\s+)")


def holders_of(ctx: Doc, view: Sent, verb: int, before: str) -> list[Ref]:
    """Who held the meeting whose verb ('held', 'hosted') is at `verb`: the countries or bodies
    named before it, a pair ('the two ministers'), or the body that 'held its' session."""
    return _holders(view, verb) or _pair_holders(ctx, view, before[:verb]) or _body_holder(view, verb)


def _holders(view: Sent, verb: int) -> list[Ref]:
    """The countries or bodies joined by 'and' right before 'held/hosted' in the clause; an
    acronym in brackets after a name restates it ('A (AC) and B held')."""
    clause = max(view.text.rfind(",", 0, verb), view.text.rfind(";", 0, verb)) + 1
    that = view.text.rfind(" that ", clause, verb)  # 'the ministry said that A and B held ...'
    clause = that + 6 if that >= 0 else clause
    found = [s for s in view.spans if s.ref.kind in ("place", "org") and clause <= s.start < verb
             and view.text[s.start - 1:s.start] != "("]
    if len(found) < 2 or not all(_JOINED.fullmatch(view.text[a.end:b.start])
                                 for a, b in zip(found, found[1:], strict=False)):
        return []
    return list(dict.fromkeys(s.ref for s in found))


def _body_holder(view: Sent, verb: int) -> list[Ref]:
    """'The X Joint Commission held (convened) its seventh session': the body right before 'held its'."""
    found = [s for s in view.spans if s.ref.kind == "org" and s.end <= verb]
    return [found[-1].ref] if found and re.fullmatch(r"\s*(?:also\s+)?", view.text[found[-1].end:verb]) \
        and re.match(r"(?:held|convened|hosted)\s+its\b", view.text[verb:]) else []


_PAIR = re.compile(rf"\b(?:the\s+two|both)\s+(?:{_alt(event_words('pair-noun'))}|(?:foreign\s+)?ministers)\s+"
                   rf"(?:(?:also|earlier|later|have|had|previously|first|last|recently|again|already|then|"
                   rf"(?:are|were|will\s+be)\s+(?:expected|scheduled|due|set)\s+to)\s+)*$", re.I)


def _pair_holders(ctx: Doc, view: Sent, before: str) -> list[Ref]:
    """'The two countries held talks': the article's pair of countries; 'the two ministers held
    talks': the two ministers named before, if the story names them."""
    found = _PAIR.search(before)
    if found is None or len(ctx.pair()) != 2:
        return []
    return pair_people(ctx, view, found.start(), found.group()) or \
        [Ref("place", ctx.country_iri(c)) for c in ctx.pair()]
