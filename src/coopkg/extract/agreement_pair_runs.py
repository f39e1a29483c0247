"""Several pairs after one 'between': 'Memoranda were signed between A and B, C and D, and E and
F' / 'agreements between A and B and between C and D'.  Each pair is one document of the plural
noun's kind with its two named parties (GOLD_FORMAT: individually described documents are one
entry each).  The pairs are read from the parties' spans, not from the words: names hold 'and'
themselves ('the Institute for Foreign Affairs and Trade'), so a pair is two spans joined by
'and' alone, and pairs are joined by a comma or semicolon (with 'and'), or by 'and between'."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Agreement, Ref
from coopkg.extract.parties import _entities as party_spans

_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?")
# 'as well as on cooperation between A and B, ...': what the pairs' documents are about
_BEFORE = re.compile(r"\b(cooperation|partnership|collaboration|twinning)\s+$", re.I)
# a place's own unit word after its name ('Samarkand region and X district'): still the place
_AREAS = [r[0] for r in lexicon.rows("place_words") if r[1] == "area"]
_UNIT = rf"(?:\s+(?:{lexicon.alternation(_AREAS)})\b)?"
_IN_PAIR = re.compile(_UNIT + r"\s*,?\s+and\s+(?:the\s+)?")  # A and B
_NEXT_PAIR = re.compile(r"\s*[,;]\s*(?:and\s+)?(?:also\s+)?(?:between\s+)?(?:the\s+)?|"
                        r"\s+(?:and|as\s+well\s+as)\s+between\s+(?:the\s+)?")
_NEXT_PAIR = re.compile(_UNIT + f"(?:{_NEXT_PAIR.pattern})")  # B, C / B and between C
# 'between Peruvian and Chilean companies, including: A and B, C and D': the pairs listed after
# the sides told by their kind
_INCLUDING = re.compile(r",?\s+(?:including|namely|among\s+them)\s*:?\s*(?:the\s+)?")


_PAIR_RUN_RE = re.compile(r"\s+between\s")


def pair_run(ctx: Doc, view: Sent, kind: str, noun_end: int, sign_at: int,
             previous: Sent | None) -> list[Found]:
    """One document per pair after the first 'between' that follows the plural noun ending at
    `noun_end`, where two or more pairs follow one another; [] otherwise."""
    text = view.text
    m = _BETWEEN.search(text, noun_end)
    if m is None:
        return []
    spans = [s for s in party_spans(ctx, view) if s.start >= m.end()]
    pairs = _pairs(spans, text, m.end())
    listed = _INCLUDING.search(text, m.end(), m.end() + 90)
    if len(pairs) < 2 and listed is not None:  # 'between P and Q firms, including: A and B, C and D'
        pairs = _pairs([s for s in spans if s.start >= listed.end()], text, listed.end())
    if len(pairs) < 2:
        return []
    about = _PAIR_RUN_RE.split(document_topic(text[:m.start()], noun_end))[0]
    field = _BEFORE.search(text[:m.start()])
    about = about or (field.group(1) if field else "")
    when = date_near(ctx, view, sign_at, previous)
    return [Found(Agreement(list(p), when, kind, about, text, rule="agreement.pairs"), False, listed=True)
            for p in pairs]


def _pairs(spans: list[Span], text: str, start: int) -> list[tuple[Ref, Ref]]:
    """Consecutive pairs of distinct parties from `start`: the first span must open there, each
    pair's two spans be joined by 'and', and each next pair follow the last one directly."""
    out: list[tuple[Ref, Ref]] = []
    i, at = 0, start
    while i + 1 < len(spans) and spans[i].start == at:
        a, b = spans[i], spans[i + 1]
        if not _IN_PAIR.fullmatch(text, a.end, b.start) or a.ref == b.ref:
            break
        out.append((a.ref, b.ref))
        i += 2
        if i >= len(spans):
            break
        joint = _NEXT_PAIR.match(text, b.end)
        if joint is None or joint.end() != spans[i].start:
            break
        at = spans[i].start
    return out
