"""Bodies written as the possessor of what a sentence names: "the Trade Ministry's Department of
Exports", "the Velmar Foreign Ministry's Asia director", "the Forum Secretariat's Work Plan".
English names a body's unit, officer or document with the body's possessive, and the owner is a
body named in the text (GOLD_FORMAT: every named body is an organisation) whatever follows its
"'s": a unit the scanner reads as a second name, a person's title, a document. `orgsplit.
drop_possessor` keeps only what follows, since that is the name the run is about; this module
gives `orgs` the owner as a name of its own. A place's possessive ("Kenya's X") owns nothing here:
the place is read as a place."""

from __future__ import annotations

import re

from coopkg.extract.memo import by_text
from coopkg.extract.orgfilters import starts_with_place
from coopkg.extract.orgtypes import has_org_keyword

# "Kenya's Ministry of Health's ...": a place's possessive before the owning body is context
_PLACE_POSSESSOR = re.compile(r"^(?P<place>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})['’]s\s+(?=[A-Z])")
# the owner: capitalised words (joined by 'of', 'of the', 'and', '&' as in a name) then "'s"
_OWNER = re.compile(r"^(?P<owner>[A-Z][\w\-]*(?:\s(?:(?:of|for)\s(?:the\s)?|and\s|&\s)?[A-Z][\w\-]*){0,6})"
                    r"(?<!People)['’]s\s+(?=[A-Z])")  # "the People's Republic of X" is the state's name


_POSSESSIVE_OWNER_RE = re.compile(r"\s(?:of|for)\s(?:the\s)?")


@by_text
def possessive_owner(piece: str) -> str:
    """The body a run opens with in its possessive ("X Ministry's Y" → 'X Ministry'), or ''.
    Only a name whose head is a body's type word ('Ministry', 'Secretariat', 'University', or the
    type word before 'of': 'Ministry of Health') owns: "People's", 'Ada Obi's' and a place's
    possessive do not, and an untyped word before "'s" is more often a person or a brand; nor does
    a type word alone ("the Agency's"), which refers back to a body the text named in full."""
    place = _PLACE_POSSESSOR.match(piece)
    if place and starts_with_place(place.group("place")) and not has_org_keyword(place.group("place")):
        piece = piece[place.end():]
    m = _OWNER.match(piece)
    if m is None:
        return ""
    owner = m.group("owner")
    parts = _POSSESSIVE_OWNER_RE.split(owner)
    if len(parts) > 1 and starts_with_place(parts[-1]) and not has_org_keyword(parts[-1]):
        return ""  # "the Chamber of Commerce of Chile's Lakes region": the place owns what follows
    if " " not in owner:
        return ""  # "the Agency's Board Chairman": a type word alone refers back to a body named
    return owner if has_org_keyword(parts[0].split()[-1]) else ""
