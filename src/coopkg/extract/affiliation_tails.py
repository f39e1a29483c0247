"""A person's affiliation read off a title that runs on into the next signer: 'signed by A,
Director of the X Authority and B, Chairman of Y' gives A the title phrase 'Director of the X
Authority and B'.  English coordinates the two signers there, not two parts of one name: a body's
name does not end in a person's name.  So where the words after the phrase's last 'and' end in a
name the article gives a person, the affiliation stops before that 'and'."""

from __future__ import annotations

import re
from collections.abc import Iterable


def without_person_tail(text: str, people: Iterable[str]) -> str:
    """`text` cut before its last ' and ' when what follows ends in one of `people`'s names."""
    head, sep, tail = text.rpartition(" and ")
    if not sep or not head or not tail[:1].isupper():
        return text
    return head if any(tail == name or tail.endswith(" " + name) for name in people) else text


_CLOSING_INITIAL = re.compile(r"(?<=[a-z])\s[A-Z]\.?(?:\s?[A-Z][a-z][\w'’\-]*)?$")


def without_closing_initial(text: str) -> str:
    """'Department of X S' (of 'Head of the Department of X S. Kariuki'): a title phrase read up to
    the next person's initial ends with the body's last word; an initial is no word of a name."""
    return _CLOSING_INITIAL.sub("", text)


__all__ = ["without_closing_initial", "without_person_tail"]
