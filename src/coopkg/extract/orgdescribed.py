"""Names with no type word that a kind noun introduces: 'state nuclear corporation Rosatom',
"Kenya's sovereign wealth fund KSF" (a fund named so is an investor, a Company),
'the agency “Invest in Peru”' (a quoted name may hold 'in', 'for', 'with').  Apart from `orgs`,
which finds names by their type words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coopkg.extract import lexicon
from coopkg.extract.memo import by_text
from coopkg.extract.orgfilters import is_country_name
from coopkg.extract.orgnonbodies import addressed
from coopkg.extract.orgtypes import has_org_keyword

if TYPE_CHECKING:
    from coopkg.extract.orgs import OrgMention


_KINDS = r"company|corporation|firm|group|agency|bank|operator|producer|giant|conglomerate|concern|" \
    r"broadcaster|newspaper|carrier|fund"
_DESCRIBED = re.compile(r"\b(?:state(?:-owned)?\s+|national\s+|private\s+)?(?:[a-z][a-z\-]+\s+){0,2}"
                        rf"(?P<kind>{_KINDS})\s+"
                        r"(?:[\"“](?P<quoted>[A-Z][\w\-]+(?:\s(?:in|for|of|and|the|with)?\s?[A-Z][\w\-]+)"
                        r"{0,5})[\"”]|(?P<name>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2}))")  # 'agency “X in Y”'


# Speed only: every match of _DESCRIBED holds a kind noun, then space and a capital or a quote; led
# by the nouns' first letters, this is found without trying _DESCRIBED at every lowercase word
_KIND_THEN_NAME = re.compile(rf"(?:{_KINDS})\s+[\"“A-Z]")
_TWO_WORD_KINDS = {w for w in lexicon.words("org_descriptors") if " " in w}


def described_orgs(sentence: str) -> list[tuple[OrgMention, str]]:
    """'state nuclear corporation Rosatom': a name with no type word, introduced by one."""
    from coopkg.extract.orgs import OrgMention  # orgs imports this module

    return [(OrgMention(start, end, name), kind) for start, end, name, kind in _described(sentence)]


@by_text
def _described(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, name, kind) of each described name: asked of every sentence, kept by its
    text (boilerplate recurs); callers get fresh mentions."""
    if not _KIND_THEN_NAME.search(sentence):
        return ()
    out = []
    for m in _DESCRIBED.finditer(sentence):
        group = "quoted" if m.group("quoted") else "name"
        name = m.group(group)
        if has_org_keyword(name) and group == "name" or is_country_name(name) or addressed(name):
            continue  # 'the fund Kenya set up': a country after the kind noun; 'the firm's Ms X'
        kind = m.group("kind")
        before = sentence[:m.start("kind")].rsplit(None, 1)[-1:]
        if before and f"{before[0]} {kind}" in _TWO_WORD_KINDS:
            kind = f"{before[0]} {kind}"  # 'state news agency X', 'the rebel group X'
        out.append((m.start(group), m.end(group), name, kind))
    return tuple(out)
