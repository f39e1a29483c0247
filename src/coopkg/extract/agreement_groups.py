"""Documents a package sentence lists by kind, each kind with its own list of fields: 'They
include agreements on A, B and C, and memoranda of understanding on D, E and F'.  After a
sentence reporting the package's signing, each field is one document of its group's kind (the
gold lists them one by one); a bare 'X and Y' with no comma stays one field ('housing and urban
development'), a list with commas is split at each comma and its last 'and'."""

from __future__ import annotations

import re

from coopkg.extract.agreement_documents import is_plural, kind_of, kinds_in

_COMPLEMENT = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:on|in|for|concerning|regarding)\s+(?:the\s+)?", re.I)
_GROUP_GAP = re.compile(r"^\s*(?:,\s*)?(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?$", re.I)
_LAST_AND = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?=[a-z])")


def kind_groups(text: str) -> list[tuple[str, str]] | None:
    """(kind, field) for each field of a list made only of plural document groups ('agreements
    on A and B, and MoUs on C, D and E'); None when the list is anything else."""
    nouns = [m for m in kinds_in(text) if is_plural(m) and not text[:m.start()].endswith("(")]
    if not nouns or not _GROUP_GAP.match(text[:nouns[0].start()]):
        return None
    out: list[tuple[str, str]] = []
    for i, noun in enumerate(nouns):
        end = nouns[i + 1].start() if i + 1 < len(nouns) else len(text)
        body = text[noun.end():end]
        complement = _COMPLEMENT.match(body)
        if complement is None:
            return None
        found = kind_of(noun.group())
        kind = found[0] if found else "agreement"
        out += [(kind, field) for field in _fields(body[complement.end():])]
    return out if len(out) >= 2 else None


_FIELDS_RE = re.compile(r"[\s,;.]*(?:and|as\s+well\s+as)?\s*$")
_FIELDS_RE2 = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?:on|in|for)\s+(?:the\s+)?")
_FIELDS_RE3 = re.compile(r"\s+as\s+well\s+as\s+")
_FIELDS_RE4 = re.compile(r"^(?:and|as\s+well\s+as)\s+")


def _fields(text: str) -> list[str]:
    text = _FIELDS_RE.sub("", text.strip())
    repeated = _FIELDS_RE2.split(text)
    if len(repeated) > 1:  # 'on trade and on health': the repeated preposition opens a field
        return [p.strip() for p in repeated if p.strip()]
    if "," not in text:
        parts = _FIELDS_RE3.split(text)
        return [p.strip() for p in parts if p.strip()]
    chunks = [c.strip() for c in text.split(",") if c.strip()]
    last = _LAST_AND.split(chunks[-1])
    chunks = chunks[:-1] + last
    return [_FIELDS_RE4.sub("", c).strip() for c in chunks if c.strip()]
