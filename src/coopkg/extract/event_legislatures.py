"""Legislatures named by an occasion noun: 'passed by Congress', 'Congress President X', 'a
session held during the National People's Congress'.  'Congress' is both an
occasion ('the World Chambers Congress', 'the 20th Party Congress') and, as the name of a
legislature, a standing body (GOLD_FORMAT: parliament chambers are bodies); the meeting rules
read the noun as an occasion, so a mention whose every use in its sentence names a legislature
(lexicon/legislatures.tsv), with no ordinal or year to number a sitting, is dropped here."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Sent
from coopkg.extract.event_clauses import Mention

_NAMES = lexicon.words("legislatures")
_HEAD = "Congress"
_NOUN = re.compile(rf"\b{_HEAD}\b")
# the capitalised words of the name before the noun ("National People's"), and what stands before them
_NAME_BEFORE = re.compile(r"(?<![\w’'])((?:(?!(?:The|A|An|This|That)\s)[A-Z][\w\-]*(?:['’]s)?\s+){0,3})$")
_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w\-]*")
_NUMBERED = re.compile(r"(?:\b\d+(?:st|nd|rd|th)?|\b(?:first|second|third|fourth|fifth|sixth|seventh|"
                       r"eighth|ninth|tenth|[A-Z]?\w+teenth|[A-Z]?\w+tieth))\s+$", re.I)
_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her)\s+$", re.I)


def _legislature(text: str, pos: int) -> bool:
    """Whether the noun at `pos` is (the last word of) a legislature's name."""
    run = _NAME_BEFORE.search(text, 0, pos)
    prefix = run.group(1) if run else ""
    before = text[:pos - len(prefix)]
    if _NUMBERED.search(before):
        return False  # 'the 20th National Congress': a numbered sitting, an occasion
    after = _NAME_AFTER.match(text, pos + len(_HEAD))
    if after and _key(f"{prefix}{_HEAD}{after.group()}") in _NAMES:
        return True  # 'the Congress of Deputies'
    if not prefix and _DETERMINER.search(before):
        return False  # 'the Congress', 'a congress': an occasion named again, or one of a kind
    return _key(f"{prefix}{_HEAD}") in _NAMES


_KEY_RE = re.compile(r"\s+")


def _key(name: str) -> str:
    return _KEY_RE.sub(" ", name).lower().replace("’", "'")


def without_legislatures(view: Sent, found: list[Mention]) -> list[Mention]:
    """The sentence's mentions less the meetings whose noun names a legislature everywhere the
    sentence writes it."""
    if _HEAD not in view.text:
        return found
    uses = [m.start() for m in _NOUN.finditer(view.text)]
    if not uses or not all(_legislature(view.text, p) for p in uses):
        return found
    return [m for m in found if not (m.event.type == "Meeting" and m.event.label.endswith(_HEAD))]
