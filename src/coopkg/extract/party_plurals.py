"""Bodies of two states named once with a plural head: 'the Ministries of Justice of A and B'
names the 'Ministry of Justice of A' and that of B, each a side of what they sign."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc
from coopkg.extract.facts import Ref

_PLURAL_BODIES = re.compile(r"(?P<head>Ministries|Departments|Agencies|Committees|Academies|Chambers|"
                            r"Councils|Commissions)\s+of\s+(?P<field>[A-Z][\w\-]*(?:,?\s+(?:and\s+)?"
                            r"[A-Z][\w\-]*)*)\s+of\s+(?:the\s+)?(?P<a>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
                            r"\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")


def distributed(ctx: Doc, text: str) -> list[Ref]:
    """'the Ministries of Justice of A and B' names one body of each country: the 'Ministry of
    Justice of A' and of B, where the article names them so."""
    m = _PLURAL_BODIES.match(text)
    if m is None:
        return []
    head = re.sub(r"ies$", "y", m.group("head"))
    head = head[:-1] if head.endswith("s") else head
    names = [f"{head} of {m.group('field')} of {m.group(side)}" for side in ("a", "b")]
    return [Ref("org", n) for n in names] if all(n in ctx.orgs for n in names) else []
