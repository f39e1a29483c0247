"""'The foreign ministers of Chile and Peru met in Lima on Tuesday', 'the Armenian and Azerbaijani
foreign ministers held talks': a meeting of two countries' office holders the text does not
name.  Each country takes part (GOLD_FORMAT: participants are people plus countries said to take
part).  The offices are the plural titles a pair holds (event_words: pair-role), with one word
before them ('defence ministers'); the verbs are those of a meeting held."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.event_clauses import Mention, event_mapping, location, place_after, when
from coopkg.extract.event_visitors import head_kind
from coopkg.extract.facts import Event, Ref
from coopkg.extract.lexicon import alternation
from coopkg.extract.sentence_gates import needs

_ROLES = event_mapping("pair-role")
_OFFICES = alternation(list(_ROLES))
_OFFICE_OF = re.compile(rf"\b(?:[Tt]he\s+)?(?:[A-Za-z]+\s+)?(?i:{_OFFICES})\s+(?:of|from)\s+(?:the\s+)?$")
_OFFICE_AFTER = re.compile(rf"\s+(?:[A-Za-z]+\s+)?(?:{_OFFICES})\b")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# 'met in Lima', 'met for the first time', 'conferred on Monday' — not 'met expectations' (an object),
# not 'held talks' (the meeting noun's, event_meetings)
_MET = re.compile(r"\s+(?:(?:also|have|had|has|last|first|then|later|on\s+[A-Z]\w+)\s+)*"
                  r"(?:(?P<plan>(?:will|are\s+(?:scheduled|set|due|expected)\s+to)\s+(?:also\s+)?meet)|"
                  r"(?P<verb>met|conferred|spoke\s+by\s+(?:tele)?phone))"
                  r"(?=\s+(?:in|at|on|for|last|this|yesterday|today|earlier|again|virtually|online|via|"
                  r"to|with|behind|privately)\b|\s*[,.;]|\s*$)")
_GATE = re.compile(rf"\b(?:{_OFFICES})\b")


@needs("_GATE")
def office_pair_meetings(ctx: Doc, view: Sent) -> list[Mention]:
    """One meeting per 'the <offices> of A and B <met>' or 'the A and B <offices> <met>'."""
    out = []
    countries = [s for s in view.spans if "/country/" in s.ref.key]
    for a, b in zip(countries, countries[1:], strict=False):
        if a.ref == b.ref or not _AND.fullmatch(view.text, a.end, b.start):
            continue
        verb = _verb_after(view, a, b)
        if verb is None or verb.group("plan") and when(view, verb.start("plan")) is None:
            continue  # a planned meeting counts only with its time stated (GOLD_FORMAT)
        end = verb.end()
        start = verb.start("plan") if verb.group("plan") else verb.start("verb")
        # no names in the label: the meeting told by its holders' names elsewhere is this one
        out.append(Mention(Event("Meeting", f"meeting of the {_office(view, a, b)}",
                                 when(view, start), [_holder(ctx, view, a, b), _holder(ctx, view, b, a)],
                                 location(view, end) or place_after(view, end), view.text,
                                 rule="event.talks")))
    return out


def _verb_after(view: Sent, a: Span, b: Span) -> re.Match[str] | None:
    """The meeting verb right after 'the <offices> of A and B' or 'the A and B <offices>'."""
    if _OFFICE_OF.search(view.text, 0, a.start):
        return _MET.match(view.text, b.end)
    office = _OFFICE_AFTER.match(view.text, b.end)
    if office is not None and a.rule == b.rule == "place.demonym":
        return _MET.match(view.text, office.end())
    return None


_OFFICE_RE = re.compile(r"^\s*(?:[Tt]he\s+)?|\s+(?:of|from)\s+(?:the\s+)?$")


def _office(view: Sent, a: Span, b: Span) -> str:
    found = _OFFICE_OF.search(view.text, 0, a.start) or _OFFICE_AFTER.match(view.text, b.end)
    words = _OFFICE_RE.sub("", found.group()) if found else ""
    return words.strip().lower() or "leaders"


_HOLDER_RE = re.compile(r"\s+")


def _holder(ctx: Doc, view: Sent, side: Span, other: Span) -> Ref:
    """The one person of the article holding the office for that side's country ('Russian and
    Mongolian presidents met' after the two presidents were named), else the country."""
    found = _OFFICE_OF.search(view.text, 0, min(side.start, other.start)) or \
        _OFFICE_AFTER.match(view.text, max(side.end, other.end))
    office = _HOLDER_RE.sub(" ", found.group()).lower() if found else ""
    role = next((r for o, r in sorted(_ROLES.items(), key=lambda x: -len(x[0])) if o in office), "")
    code = side.ref.key.rsplit("/", 1)[-1]
    holders = [p for p in ctx.people.values() if p.country == code and p.role and
               (head_kind(p.role) if role == "head" else role and p.role.lower().endswith(role))]
    # 'X met his Mongolian counterpart Y': Y holds X's office for the other country
    holders = holders or [p for p in ctx.people.values() if p.country == code and p.role == "counterpart"]
    return Ref("person", holders[0].name) if len(holders) == 1 else side.ref
