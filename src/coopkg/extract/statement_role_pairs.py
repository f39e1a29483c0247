"""Two speakers named by their offices in one subject, the way news returns to a pair it has
introduced by name: 'the Austrian and Chilean ministers' (one demonym each, `speakers`), 'the
prime ministers of Austria and Chile' (the countries after the plural title), and 'the Austrian
minister and the Chilean ambassador' (two role phrases joined by 'and').  Each phrase names one
person of the article; what the pair says is each one's statement (GOLD_FORMAT: one entry per
reported-speech clause of a named person), as for 'the ministers of both countries'; a phrase
that names no one, or both phrases the same person, names no pair."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc
from coopkg.extract.facts import Ref
from coopkg.extract.speakers import DEMONYM_PAIR_BEFORE, demonym_pair_holders, pair_holders, role_holder

# a day or time between the subject and the verb ('The prime ministers of A and B on Friday
# appreciated ...'), and the adverbs a joint subject takes
_WHEN = r"(?:\s+(?:on|this|last)\s+[A-Za-z]+)?"
_ADVERB = r"(?:\s+(?:also|jointly|further|then|both))?(?:\s+[a-z]+ly)?"
_COUNTRY = r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?"
# 'The prime ministers of Austria and Chile'
_PLURAL_OF = re.compile(rf"(?:^|(?<=[\s,]))(?P<np>[Tt]he\s+(?P<role>[a-z]+(?:\s+[a-z]+)?)s\s+of\s+"
                        rf"(?:the\s+)?(?P<a>{_COUNTRY})\s+and\s+(?:the\s+)?(?P<b>{_COUNTRY})){_WHEN}{_ADVERB}\s*$")
# 'the foreign ministers of both countries', 'the leaders of the two sides'
_OF_BOTH = re.compile(rf"(?:^|(?<=[\s,]))(?P<np>[Tt]he\s+(?P<role>[A-Za-z]+(?:\s+[A-Za-z]+)?)s\s+of\s+"
                      r"(?:both|the\s+two)\s+(?:countries|sides|nations|states|provinces|cities|parties))"
                      rf"{_WHEN}{_ADVERB}\s*$")
# 'the Austrian minister and the Chilean ambassador' (each phrase lower-case after a modifier)
_ROLE = r"(?:[A-Z][\w’'\-]*\s+){0,2}?[a-z]+(?:\s+[a-z]+)?"
_TWO_ROLES = re.compile(rf"(?:^|(?<=[\s,]))(?P<np>[Tt]he\s+(?P<a>{_ROLE})\s+and\s+the\s+(?P<b>{_ROLE}))"
                        rf"{_WHEN}{_ADVERB}\s*$")


def role_pair(doc: Doc, before: str) -> tuple[re.Match[str] | None, list[Ref]]:
    """The phrase right before a speech verb that names two people by office, with the two
    (empty when the phrase names no pair)."""
    pair = DEMONYM_PAIR_BEFORE.search(before)
    if pair:
        return pair, demonym_pair_holders(doc, pair)
    pair = _PLURAL_OF.search(before)
    if pair:
        role = pair.group("role")
        return pair, _two(role_holder(doc, f"{role} of {pair.group('a')}"),
                          role_holder(doc, f"{role} of {pair.group('b')}"))
    pair = _OF_BOTH.search(before)
    if pair:
        return pair, pair_holders(doc, f"the two {pair.group('role').lower()}s")
    pair = _TWO_ROLES.search(before)
    if pair:
        return pair, _two(role_holder(doc, f"the {pair.group('a')}"),
                          role_holder(doc, f"the {pair.group('b')}"))
    return None, []


def _two(first: Ref | None, second: Ref | None) -> list[Ref]:
    """Both holders, when each phrase names someone and not the same person."""
    return [first, second] if first is not None and second is not None and first != second else []


# 'A met B, where the latter expressed ...': one of two people named before, by order
_FORMER_LATTER = re.compile(r"\b[Tt]he\s+(?P<which>former|latter)\s+(?:(?:also|then|in\s+turn)\s+)?$")


def former_or_latter(text: str, spans: list, verb_start: int) -> tuple[Ref, int, int] | None:
    """'Secretary A called on Minister B, where the latter expressed gratitude': the speaker is the
    last of the people named before ('the latter') or the one before that ('the former')."""
    m = _FORMER_LATTER.search(text, max(0, verb_start - 40), verb_start)
    if m is None:
        return None
    people: list[Ref] = []
    for span in sorted(spans, key=lambda s: s.start):
        if span.ref.kind == "person" and span.end <= m.start() and span.ref not in people:
            people.append(span.ref)
    if len(people) < 2:
        return None
    return people[-1] if m.group("which") == "latter" else people[-2], m.start(), m.end()
