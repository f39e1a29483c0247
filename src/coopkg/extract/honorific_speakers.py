"""Speakers named only by a form of address ('His Highness affirmed ...', 'Her Excellency
noted ...'): Gulf and royal news copy introduces a person once as 'His Highness Sheikh A' and
then calls them by the address alone.  The address stands for the latest person the text
introduced with the same phrase (a few title words may come between: 'His Excellency Minister
A')."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Sent
from coopkg.extract.facts import Ref

_PHRASES = lexicon.words("address_honorifics")
ADDRESS_BEFORE = re.compile(rf"(?<![\w’'])(?P<a>(?i:{lexicon.alternation(_PHRASES)}))\s+"
                            r"(?:(?:also|further|then|later|again|however)\s+)?$")
_TITLE_WORDS = r"(?:[A-Z][\w\-.’']*\s+){0,4}"


def addressed(phrase: str, before: list[Sent], own: Sent) -> Ref | None:
    """The person the address `phrase` stands for: the latest person named right after the
    same phrase, in the sentences before or earlier in this one."""
    pattern = re.compile(rf"{_literal(phrase)}\s+{_TITLE_WORDS}$", re.I)
    for sent in [own, *reversed(before)]:
        people = [s for s in sent.spans if s.ref.kind == "person" and s.rule != "person.pronoun"]
        for span in reversed(people):
            if pattern.search(sent.text, max(0, span.start - 80), span.start):
                return span.ref
    return None


def _literal(phrase: str) -> str:
    return r"\s+".join(map(re.escape, phrase.split()))
