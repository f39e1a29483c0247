"""Capitalised runs that a title's own words show to be no person.  A country's adjective closing
the title ('Deputy Commander of the Emirati', 'President of the Kenyan') modifies the run after
it, which is therefore a noun — a body ('Armed Forces', 'Red Cross') — and not a name: English
never puts a demonym right before a person's name inside 'of the …'.  A one-word name after a
determiner ('the Pacific, X MP', 'a Monday, …') is a common or place noun for the same reason.
People so made are taken back with their spans; the words stay free for other readings."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc

_DETERMINERS = lexicon.words("name_determiners")
_OF_THE_ADJECTIVE = re.compile(r"\bof\s+(?:the\s+)?(?P<adj>[A-Z][\w\-]*)$")


def adjective_nouns(doc: Doc) -> None:
    """Drop the people whose title ends in 'of (the) <demonym>' or whose one-word name follows a
    determiner."""
    dropped = {name for name, person in doc.people.items()
               if _adjective_before(doc, person.role) or _after_determiner(doc, name)}
    for name in dropped:
        del doc.people[name]
    if dropped:
        for sent in [*doc.sents, *doc.captions]:
            sent.spans = [s for s in sent.spans if not (s.ref.kind == "person" and s.ref.key in dropped)]


def _adjective_before(doc: Doc, role: str | None) -> bool:
    m = _OF_THE_ADJECTIVE.search(role or "")
    return m is not None and doc.gaz.country_of_demonym(m.group("adj")) is not None


def _after_determiner(doc: Doc, name: str) -> bool:
    """Every mention of a one-word name comes right after a determiner."""
    if " " in name:
        return False
    spans = [(sent, s) for sent in doc.sents for s in sent.spans
             if s.ref.kind == "person" and s.ref.key == name]
    return bool(spans) and all(_word_before(sent.text, s.start) in _DETERMINERS for sent, s in spans)


def _word_before(text: str, start: int) -> str:
    words = text[:start].split()
    return words[-1].lower() if words else ""
