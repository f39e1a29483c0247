"""A loan's terms in years: 'The repayment period is 30 years, which includes 10 years grace
period', 'a maturity of 25 years', 'a five-year grace period'.  The term nouns (figure_cues.tsv
'term') make the years a figure in unit 'years'; years anywhere else ('cooperated for 30
years', 'a 10-year plan') measure no term and are not read here."""

from __future__ import annotations

import re

from coopkg.extract.cues import words
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import countries, cue_pattern, cues
from coopkg.extract.figure_numbers import DIGITS, NUMBER_WORD, number_value
from coopkg.extract.sentence_gates import needs

_TERM = cue_pattern("term")
_TERMS = re.compile(
    rf"(?P<what>{_TERM})\s+(?:is|was|will\s+be|of|stands\s+at|:)\s+(?:{cue_pattern('approx')}\s+)?"
    rf"(?P<num>{DIGITS}|{NUMBER_WORD})\s+years\b|"
    rf"(?<![\w.-])(?P<num2>{DIGITS}|{NUMBER_WORD})[-\s]years?(?:'s?)?\s+(?:of\s+)?(?P<what2>{_TERM})", re.I)
# 'to be repaid over a period of 25 years', 'repayable within 15 years': the verb of repaying
# tells the loan's repayment period as the term nouns do
_REPAID = re.compile(rf"\b(?:repaid|repayable)\s+(?:over|within|in)\s+(?:a\s+(?:period|term)\s+of\s+)?"
                     rf"(?:{cue_pattern('approx')}\s+)?(?P<num>{DIGITS}|{NUMBER_WORD})\s+years\b", re.I)
_HEADS = frozenset(w.split()[-1].lower() for w in cues("term")) | {"repaid", "repayable"}


@needs("_TERMS", "_REPAID")
def find_terms(ctx: Doc, view: Sent) -> list[Figure]:
    """Only sentences naming a term and 'year' are scanned."""
    found = words(view.text)
    if found is not None and (_HEADS.isdisjoint(found) or found.isdisjoint(("year", "years"))):
        return []
    out = []
    for m in _TERMS.finditer(view.text):
        value = number_value(m.group("num") or m.group("num2"))
        if not value:
            continue
        what = " ".join((m.group("what") or m.group("what2")).lower().split())
        out.append(Figure(f"loan {what}", value, "years", countries(ctx, view), None, None, None,
                          view.text, rule="figure.term"))
    for m in _REPAID.finditer(view.text):
        value = number_value(m.group("num"))
        if value:
            out.append(Figure("loan repayment period", value, "years", countries(ctx, view), None, None,
                              None, view.text, rule="figure.term"))
    return out
