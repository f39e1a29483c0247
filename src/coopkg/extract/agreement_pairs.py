"""Several documents of one plural noun, told as a run of 'between' pairs joined by semicolons or
commas: 'signed memoranda on X between A and B; between the two countries' ministries of justice;
and between their capitals P and Q'.  Each pair is one document of the noun's kind (GOLD_FORMAT:
individually described documents are one entry each) with the parties its own stretch names:
named bodies, the two cities or regions, or — for bodies the pair only describes ('the two
countries' ministries of justice') — the article's two countries."""

from __future__ import annotations

import re

from coopkg.extract.agreement_documents import is_plural, kind_of
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.agreement_pair_runs import pair_run
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref
from coopkg.extract.parties import between_in, pair_refs

_BETWEEN = re.compile(r"\bbetween\s+")
# what may stand between one pair and the next 'between'
_JOINT = re.compile(r"\s*[;,]\s*(?:and\s+)?(?:also\s+)?$")
# a pair that describes the two sides' bodies without naming them: the two countries sign
_DESCRIBED = re.compile(r"(?:the\s+two\s+(?:countries|nations|states|sides)[’']|their|"
                        r"both\s+countries[’'])\s+(?!capitals?\b)[a-z]", re.I)
_FORMER = re.compile(r"the\s+former[’']s\s+[^;]*\bthe\s+latter[’']s\s", re.I)
_PLACES = re.compile(r"(?:their\s+capitals|the\s+(?:cities|towns|regions|provinces)\s+of)\s+", re.I)


_BETWEEN_PAIRS_RE = re.compile(r"\s+between\s")


def between_pairs(ctx: Doc, view: Sent, sign: re.Match[str], previous: Sent | None) -> list[Found]:
    """One document per 'between' pair after a plural document noun, where two or more pairs
    follow one another separated by ';' or ',', or several pairs after one 'between'; [] for any
    other sentence."""
    text = view.text
    if "between" not in text:
        return []
    found = kind_of(text)
    if found is None or not is_plural(found[1]):
        return []
    kind, noun = found
    starts = _run(text, noun.end()) if text.count("between") >= 2 else []
    if not starts:  # 'between A and B, C and D, and E and F' (agreement_pair_runs.py)
        return pair_run(ctx, view, kind, noun.end(), sign.start(), previous)
    ends = [b.start() for b in starts[1:]] + [len(text)]
    pairs = [_pair(ctx, view, a.start(), end) for a, end in zip(starts, ends, strict=True)]
    if any(len(p) < 2 for p in pairs):
        return []
    about = _BETWEEN_PAIRS_RE.split(document_topic(text[:starts[0].start()], noun.end()))[0]
    when = date_near(ctx, view, sign.start(), previous)
    return [Found(Agreement(p, when, kind, about, text, rule="agreement.pairs"), False, listed=True)
            for p in pairs]


def _run(text: str, after: int) -> list[re.Match[str]]:
    """The 'between's of a run of two or more pairs after `after`, joined by ';' or ','."""
    starts = list(_BETWEEN.finditer(text, after))
    if len(starts) < 2 or any(not _JOINT.search(text, a.end(), b.start())
                              for a, b in zip(starts, starts[1:], strict=False)):
        return []
    return starts


def described_pairs(text: str, noun_end: int) -> int:
    """How many documents a run of 'between' pairs after a plural noun describes one by one
    ('Two memoranda were signed between A and B; and between C and D': two), 0 for none: such
    a count is no aggregate (figure_counts)."""
    return len(_run(text, noun_end)) if text.count("between") >= 2 else 0


def _pair(ctx: Doc, view: Sent, start: int, end: int) -> list[Ref]:
    """The two parties of one 'between' stretch: named bodies or places, else the article's two
    countries for bodies the stretch only describes."""
    rest = view.text[start + len("between "):end]
    places = _PLACES.match(rest)
    if places:
        at = start + len("between ") + places.end()
        named = [s.ref for s in view.spans if at <= s.start < end and s.ref.kind == "place"]
        return list(dict.fromkeys(named))[:2]
    found = between_in(ctx, view, start, end)
    if len(found) >= 2:
        return found[:2]
    if _FORMER.match(rest):  # 'between the former's C and the latter's D': the bodies named
        return former_latter(ctx, view, start + len("between "), end)
    return pair_refs(ctx) if _DESCRIBED.match(rest) else []


def former_latter(ctx: Doc, view: Sent, start: int, end: int) -> list[Ref]:
    """'the former's C and the latter's D' in [start, end): the two bodies named, one of each side
    of the pair named before; [] where the stretch does not open so."""
    m = _FORMER.search(view.text, start, end)
    if m is None or view.text[start:m.start()].strip(" ;,").lower() not in ("", "and", "and also"):
        return []
    named = list(dict.fromkeys(s.ref for s in view.spans
                               if m.start() < s.start < end and s.ref.kind == "org"))
    return named[:2] if len(named) >= 2 else []
