"""Counts of a country's nationals abroad: 'about 58,000 Kenyans live in Qatar', 'there are some
3,000 Filipinos in Peru', '1.2 million Indians work in the Gulf'.  News about two countries gives
the size of one's community in the other as background of their ties, naming the people by the
plural of their demonym alone; that plural is a noun of its own (no count noun follows it), so
count_nouns.tsv, which lists things, never sees it.  The count is of people (the unit gold
writers use for a population), and it concerns the demonym's country and the place it names.
A determiner before the number ('the 300 Kenyans') refers back to people already counted, and a
clause of harm ('20 Kenyans were killed') counts casualties, not a community: neither is read;
nor is a handful (under 100: news counting a few nationals tells of an incident, 'three Kenyans
were arrested'), nor a bare year ('the 2019 Kenyans in Doha festival')."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Figure
from coopkg.extract.figure_context import countries, cue_pattern, period
from coopkg.extract.figure_numbers import DIGITS, number_value
from coopkg.extract.figure_standing import standing_now

_SCALES = {"thousand": 1e3, "million": 1e6}
# a capitalised plural after a number: 'Kenyans', 'Filipinos'; a lowercase noun after it makes
# the capitalised word an adjective of that noun ('5,000 Kenyans students' does not occur, but
# '5,000 Americas Cup fans' is a name), so the next word must not be a lowercase plural
_NATIONALS = re.compile(rf"(?<![\w$€£¥₹.,%-])(?<!\b[Tt]he\s)(?<!\b[Tt]hese\s)(?<!\b[Tt]hose\s)(?<!\b[Aa]ll\s)"
                        rf"(?P<num>{DIGITS})(?:\s+(?P<scale>thousand|million))?\s+"
                        r"(?P<who>[A-Z][a-z]+s)\b(?!\s+[a-z]+s\b)(?P<where>\s+in\s+(?:the\s+)?"
                        r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?")
_HARM = re.compile(cue_pattern("harm"), re.I)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_COMMUNITY = 100


def find_nationals(ctx: Doc, view: Sent) -> list[Figure]:
    """One count of people per number followed by a plural demonym naming nobody else."""
    text = view.text
    if _DIGIT.search(text) is None or _HARM.search(text):
        return []
    out = []
    for m in _NATIONALS.finditer(text):
        code = _demonym_country(ctx, m.group("who"))
        value = number_value(m.group("num"))
        if code is None or not value or _YEAR.fullmatch(m.group("num")) or \
                any(d.start <= m.start() < d.end for d in view.dates):
            continue
        value *= _SCALES.get((m.group("scale") or "").lower(), 1)
        if value < _COMMUNITY:
            continue
        start, end = period(ctx, view, m.span("num"))
        if start is None:
            start, end = standing_now(ctx, text, m.end("who")) or (None, None)
        codes = [code, *(c for c in countries(ctx, view) if c != code)]
        label = f"{m.group('who')}{m.group('where') or ''}"
        out.append(Figure(label, value, "people", codes, start, end, None, text, rule="figure.nationals"))
    return out


def _demonym_country(ctx: Doc, plural: str) -> str | None:
    """'Kenyans' → KE, 'Filipinos' → PH: a demonym's plural in -s, as English forms it."""
    return ctx.gaz.country_of_demonym(plural[:-1])
