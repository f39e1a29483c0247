"""A slash inside a capitalised run: 'Acme Holdings/Zeta Bank' writes two bodies that pair up
(partners of one deal each), so the run is two names; 'Peru/Malawi Joint Commission' and
'Velmar/Korlia Joint Trade Committee' name one joint body of two states, and 'Kenpress/Xinhua'
a credit's two outlets, which the credit rules take apart."""

from __future__ import annotations

import re

from coopkg.extract.orgfilters import is_country_name, is_place

# 'Acme Holdings/Zeta Bank': a slash between two written names pairs two bodies (not 'AC/DC')
_SLASH = re.compile(r"(?<=[a-zà-ÿ])/(?=[A-Z][a-zà-ÿ])")
_JOINT = re.compile(r"\b(?:Joint|Bilateral|Intergovernmental|Mixed)\b")


def _places_paired(name: str) -> bool:
    """'Peru/Malawi Joint Commission', 'Velmar/Korlia Joint Trade Committee': a slash after one
    word pairs the states a joint body joins, no two bodies."""
    head, tail = _SLASH.split(name, maxsplit=1)
    return len(head.split()) < 2 and (is_place(head) or is_country_name(head) or
                                      _JOINT.search(tail) is not None)


def slash_pair(name: str) -> list[str] | None:
    """The names a slash between two written names separates, None when it separates none."""
    if not _SLASH.search(name) or " " not in name or _places_paired(name):
        return None
    return _SLASH.split(name)
