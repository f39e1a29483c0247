"""Parties a sentence refers back to instead of naming: 'the parties signed' after a sentence
naming two organisations, 'the two universities signed' → the last two universities named."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Ref

TWO_NAMED = re.compile(r"\b(?:the\s+)?(?:two|both)\s+(?P<noun>universities|institutes|companies|firms|"
                        r"ministries|agencies|banks|academies|foundations|organi[sz]ations|"
                        r"institutions|centres|centers|parties)\b", re.I)
_NOUN_TYPE = {"universities": {"University"}, "institutes": {"ResearchInstitute"},
              "academies": {"ResearchInstitute"}, "centres": {"ResearchInstitute"},
              "centers": {"ResearchInstitute"}, "companies": {"Company"}, "firms": {"Company"},
              "banks": {"Company"}, "ministries": {"GovernmentBody"},
              "agencies": {"GovernmentBody", "MediaOutlet"},  # state agencies and news agencies
              "foundations": {"Foundation"}}


_PARTIES = re.compile(r"\b(?:the|both|the\s+two)\s+parties\s+(?:\w+\s+){0,2}$", re.I)


def referred(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    """'X of A visited Y of B. ... the parties signed': 'the parties' are the two organisations
    the sentence before named (and this one before the verb), where it named exactly two; 'the
    bank signed' is the one bank named so far (`_one_named`)."""
    if not _PARTIES.search(view.text, 0, verb):
        return _one_named(ctx, view, verb)
    i = ctx.sents.index(view)
    spans = (ctx.sents[i - 1].spans if i else []) + [s for s in view.spans if s.end <= verb]
    orgs = list(dict.fromkeys(s.ref for s in spans if s.ref.kind == "org" and s.ref.key in ctx.orgs
                              and ctx.orgs[s.ref.key].type != "MediaOutlet"))
    return orgs if len(orgs) == 2 else []


def two_named(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    """'the two universities signed': the last two organisations of that kind named so far."""
    found = list(TWO_NAMED.finditer(view.text, 0, verb))
    m = found[-1] if found else None
    if m is None or len(view.text[m.end():verb].split()) > 3:
        return []
    wanted = _NOUN_TYPE.get(m.group("noun").lower())
    seen: list[Ref] = []
    for sent in ctx.sents[: ctx.sents.index(view) + 1]:
        for span in sent.spans:
            if sent is view and span.start >= verb:
                break  # 'the two parties' refers back: not to names after the verb
            org = ctx.orgs.get(span.ref.key) if span.ref.kind == "org" else None
            if org is not None and (wanted is None or org.type in wanted):
                seen = [r for r in seen if r != span.ref] + [span.ref]
    return seen[-2:] if len(seen) >= 2 else []


# 'The bank signed', 'the university has also signed': a kind noun as the signing subject
_ONE_NAMED = re.compile(r"(?:^|[,;]\s+|\band\s+)[Tt]he\s+(?P<noun>(?i:bank|company|firm|university|ministry|"
                        r"institute|academy|foundation|agency|corporation|fund|chamber|council|"
                        r"centre|center|group))\s+(?:(?:has|have|had|also|then|later|jointly)\s+){0,2}$")


def _one_named(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    """'X Bank said it extended a loan. The bank signed a credit agreement with Y': a body
    referred to by its kind noun as the signing subject is the one body of the story so far
    whose name holds that noun; none when two such bodies were named."""
    m = _ONE_NAMED.search(view.text, max(0, verb - 60), verb)
    if m is None:
        return []
    noun = m.group("noun").lower()
    seen: list[Ref] = []
    for sent in ctx.sents[: ctx.sents.index(view) + 1]:
        for span in sent.spans:
            if sent is view and span.start >= m.start("noun"):
                break
            org = ctx.orgs.get(span.ref.key) if span.ref.kind == "org" else None
            if org is not None and noun in org.name.lower().split() and span.ref not in seen:
                seen.append(span.ref)
    return seen if len(seen) == 1 else []
