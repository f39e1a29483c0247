"""Firms named by a proper name and an industry word, with no legal form: 'Kestrel Aerospace',
'Norvale Pharma will invest ...', 'the chairman of Ardent Capital, X, said ...'. Business copy
drops 'Ltd' or 'Corporation' once a firm is known, and the industry word then closes the name
(lexicon/firm_tails.tsv). The same words close sector phrases ('Renewable Energy', 'Information
Technology') and places ('National Capital Region'), so the name must be a whole capitalised run
of two to four words whose opening word is no sector adjective (lexicon/firm_tail_stops.tsv),
outside a title-case headline, and not run on into a longer typed name ('Kenya Power and
Lighting Company'). Runs after orgs_from_context, so people, places and typed bodies already hold
their words (orgcontext.propose turns down what they hold)."""

from __future__ import annotations

import re

from coopkg.extract.cues import words
from coopkg.extract.doc import Doc
from coopkg.extract.firmtails import TAILS, industry_named
from coopkg.extract.orgcontext import NAME, propose

_LEADS = frozenset({"the", "a", "an"})
_TOKEN = r"[A-Z][\w&\-]*"
# a whole capitalised run: no letter, hyphen, apostrophe or dot glued before it
_RUN = re.compile(rf"(?<![\w&\-'’.])({_TOKEN}(?:\s(?:&\s)?{_TOKEN}){{1,4}})(?![\w'’\-])(?!['’]s?\s[A-Z])")
# joined to a capitalised word before it: 'Ministry of Mines and Energy', 'Industry and Information X'
_JOINED_BEFORE = re.compile(r"[A-Z][\w\-]*,?\s(?:of|and|for|&|de|on)\s$")
_OF_AFTER = re.compile(r"\s(?:of|for|de)\s[A-Z]")
_AND_AFTER = re.compile(rf"\s(?:and|&)\s((?:{_TOKEN}\s?)+)")
# 'Cairo-based Nilecom will supply ...': a name after a seat adjective is a body's, most often a firm's
_SEATED = re.compile(rf"\b[A-Z][\w]+-based\s(?P<a>{NAME})(?=[\s,.;:]|$)")
_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]")
_WORD = re.compile(r"\b[A-Za-z][a-z]+")


def industry_named_firms(doc: Doc) -> None:
    """Offer each '<Name> <industry word>' run of the article's sentences as a firm, and each
    name after '<Place>-based'."""
    for sent in doc.sents:
        if "-based " in sent.text:
            for m in _SEATED.finditer(sent.text):
                propose(doc, sent, m.start("a"), m.end("a"), "company", "described", "org.context")
        runs = words(sent.text)
        if runs is not None and not runs & TAILS or _headline(sent.text):
            continue  # most sentences hold no industry word: passed over at once
        for start, end in _candidates(sent.text):
            propose(doc, sent, start, end, "company", "firm-tail", "org.tail")


def _headline(text: str) -> bool:
    """A title-case headline ('Kenya Eyes Brazilian Investments') capitalises every content
    word, so its capitalised runs are no names."""
    content = _WORD.findall(text)
    return len(content) >= 4 and 2 * len(_CAPITAL_WORD.findall(text)) > len(content) + 2


def _candidates(text: str) -> list[tuple[int, int]]:
    """[start, end) of each run closed by an industry word that may name a firm."""
    out = []
    for m in _RUN.finditer(text):
        start, name = m.start(1), m.group(1)
        parts = name.split()
        if parts[0].lower() in _LEADS:
            start, parts = start + len(parts[0]) + 1, parts[1:]
        if industry_named(parts) and not _joined(text, start, m.end(1)):
            out.append((start, m.end(1)))
    return out


def _joined(text: str, start: int, end: int) -> bool:
    """The run is part of a longer name: after 'of'/'and' and a capitalised word, before 'of X',
    or before 'and' and a capitalised run that is no second industry-named firm ('Kenya Power
    and Lighting Company', 'the Kenya Mining and Energy Conference'; not 'A Steel and B Energy')."""
    if _JOINED_BEFORE.search(text[max(0, start - 40):start]) or _OF_AFTER.match(text, end):
        return True
    after = _AND_AFTER.match(text, end)
    return after is not None and not industry_named(after.group(1).split())
