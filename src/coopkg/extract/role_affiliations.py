"""A role phrase whose complement is the holder's body, not a country: 'the chairman of the Acme
City Council', 'the rector of Acme University'.  News introduces a person as 'X, chairman of the
Acme City Council' (the people rules keep 'chairman' as the role and the body as the
affiliation) and later calls them by the whole phrase; the phrase names whoever holds that title
in that body."""

from __future__ import annotations

import re

from coopkg.extract.facts import Person

_OF = re.compile(r"^(?P<title>.+?)\s+(?:of|at)\s+(?:the\s+)?(?P<body>.+)$")


_AFFILIATED_RE = re.compile(r"^the\s+")


def affiliated(person: Person, title: str) -> bool:
    """Whether `title` ('chairman of the acme city council', lower-case) is the person's role
    in the person's own body: the head before 'of' is (or ends) their role, the rest their
    affiliation's name."""
    m = _OF.match(title)
    if m is None or not person.role or not person.affiliation:
        return False
    role = " ".join(person.role.lower().split())
    head = m.group("title")
    body = _AFFILIATED_RE.sub("", " ".join(person.affiliation.lower().split()))
    return (role == head or role.endswith(f" {head}")) and _same(body, m.group("body"))


def _same(body: str, written: str) -> bool:
    """The affiliation as the phrase writes it (apostrophes of either kind)."""
    def plain(text: str) -> str:
        return text.replace("’", "'")
    return plain(body) == plain(written)
