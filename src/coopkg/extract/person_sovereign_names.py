"""A sovereign's title inside a body's name: languages that put the type word first name
universities, hospitals and foundations after a ruler after it ('Universiti Sultan X',
'Universitas Sultan X'), so the title and name that follow a head-first type
word and its capitalised modifiers are part of the body's name, not a person's mention."""

from __future__ import annotations

from coopkg.extract import lexicon

_HEAD_FIRST = lexicon.words("head_first_types")
_SOVEREIGNS = lexicon.words("regnal_titles")


def in_head_first_name(before: str, role: str) -> bool:
    """Whether `role`, the last words of `before`, is a sovereign's title that continues a
    capitalised run begun by a head-first type word ('Universiti Pendidikan Sultan')."""
    words = before.split()
    titled = role.split()
    if not titled or len(words) <= len(titled) or titled[-1].lower() not in _SOVEREIGNS or \
            [w.lower() for w in words[-len(titled):]] != [w.lower() for w in titled]:
        return False
    for word in reversed(words[:-len(titled)]):
        if not word[:1].isupper():
            return False
        if word.lower() in _HEAD_FIRST:
            return True
    return False
