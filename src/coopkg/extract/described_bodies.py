"""Bodies the text describes rather than names ('Ghana's trade ministry'): they keep their place
as signing parties, speakers and participants, but are typed `DescribedBody`, not an
organisation type, because GOLD_FORMAT counts descriptors as no organisations while letting
them stand as agreement parties written as in the text.  Runs after the relations, which
treat such a body like any other; a person's affiliation and a body's parent must name an
organisation, so links to a described body are dropped there (GOLD_FORMAT: an affiliation only
when an organisation is named in the title phrase)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc

DESCRIBED = "DescribedBody"
_KIND = re.compile(rf"(?:^|\s)(?:{lexicon.alternation(lexicon.words('described_kinds'))})$")
_NAMED_WORD = re.compile(r"(?:^|\s)(?:of|for)\s+(?:the\s+)?[A-Z]")


def is_described(name: str) -> bool:
    """True for a lowercase kind noun closing the name with no 'of <Name>' inside it: 'Ghana's
    trade ministry', 'the foreign ministry'; not 'Ministry of Trade' (capitalised: a name) nor
    'the ministry of Trade and Industry' (its portfolio written as a name)."""
    return bool(_KIND.search(name)) and not _NAMED_WORD.search(name)


def described_bodies(doc: Doc) -> None:
    """Type each described body `DescribedBody` and drop the links that must name an
    organisation (see the module)."""
    described = {key for key, org in doc.orgs.items() if is_described(org.name)}
    if not described:
        return
    names = {doc.orgs[key].name for key in described}
    for key in described:
        doc.orgs[key].type = DESCRIBED
    for org in doc.orgs.values():
        if org.parent in names:
            org.parent = None
    for person in doc.people.values():
        if person.affiliation in names:
            person.affiliation = None
