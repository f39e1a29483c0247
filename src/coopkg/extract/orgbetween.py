"""'an MoU between Safaricom and Ethio Telecom was signed': 'between' asks for two parties, so a
capitalised run right after it that holds the phrase's only 'and', with no third party after it
and no noun it modifies, names both sides and is cut at that 'and'.  The span scanner keeps 'A
and B Telecom' whole because 'and' also joins fields inside one name ('Science and Technology
Commission'); after 'between' the phrase itself says two names are there.  A field list in a
name's complement ('the Ministry of Trade and Industry') is no second party: a run whose first
side has a complement and whose second side has no type word stays whole.  A side that is a
country is left to the places component (the state is written as its code)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.orgfilters import is_country_name
from coopkg.extract.orgs import OrgMention
from coopkg.extract.orgtypes import has_org_keyword

_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
_CLOSED = re.compile(rf"\s*(?:[.;:)]|$|\s(?:{lexicon.alternation(lexicon.words('clause_openers'))})\b)")
_COMPLEMENT = re.compile(r"\s(?:of|for|on)\s")


def split_between(sentence: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """`mentions` with each run that names both sides of a 'between' cut in two."""
    if "between" not in sentence:
        return mentions  # speed only
    out: list[OrgMention] = []
    for m in mentions:
        out.extend(_sides(sentence, m) or [m])
    return out


def _sides(sentence: str, m: OrgMention) -> list[OrgMention]:
    """The two sides of a run after 'between' ([] when the run is one name)."""
    text = sentence[m.start:m.end]
    parts = text.split(" and ")
    if text != m.name or len(parts) != 2 or not _BETWEEN.search(sentence, max(0, m.start - 14), m.start) or \
            not _CLOSED.match(sentence, m.end):
        return []
    left, right = parts[0], parts[1].removeprefix("the ")
    if not left[:1].isupper() or not right[:1].isupper() or \
            _COMPLEMENT.search(left) and not has_org_keyword(right):
        return []  # 'the Ministry of Trade and Industry': fields of one ministry
    at = m.end - len(right)
    return [OrgMention(start, start + len(side), side)
            for start, side in ((m.start, left), (at, right)) if not is_country_name(side)]


__all__ = ["split_between"]
