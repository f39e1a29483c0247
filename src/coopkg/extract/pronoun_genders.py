"""He or she: a pronoun stands for a person of its own gender.  When the person the passage
would give 'he' or 'she' to is one the text shows to be of the other gender ('Ms Solberg said
... He added', 'Mr Otieno met Ms Solberg. She said'), the pronoun continues the latest person
named lately who is not.  The gender comes from the honorifics written before a name
(lexicon/gendered_honorifics.tsv), else from the person's given name (the gender column of
lexicon/given_names.tsv: 'Maria Lindqvist ... Daniel Otieno. She said' is Lindqvist's); a person
with neither (or a name given to both sexes) keeps whatever the passage gives."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc
from coopkg.extract.facts import Ref
from coopkg.extract.speakers import Discourse

_GENDER = lexicon.mapping("gendered_honorifics")
# 'Ms Solberg', 'Mr. Daniel Otieno', 'Sheikha Hind bint Ali': the honorific and the name after it
_HONORIFIC = re.compile(rf"\b(?P<h>{lexicon.alternation(frozenset(_GENDER))})\.?\s+"
                        r"(?P<n>(?:[A-Z][\w’'\-]+\s+){0,4}[A-Z][\w’'\-]+)")
_PRONOUN_GENDER = {"he": "m", "she": "f"}
# 'maria' → 'f': a given name that is one sex's nearly always (rows marked 'u' are left out)
_GIVEN_GENDER = {r[0]: r[2] for r in lexicon.rows("given_names") if len(r) > 2 and r[2] in ("m", "f")}


def _genders(doc: Doc) -> dict[Ref, str]:
    """Each person's gender as the honorifics before their name show it (one pass over the
    text; a person given both is left out), else as their first name-word, a given name of one
    sex, shows it."""
    shown: dict[str, set[str]] = {}
    for m in _HONORIFIC.finditer(doc.article.text):
        for word in m.group("n").split():
            shown.setdefault(word, set()).add(_GENDER[m.group("h")])
    genders = {}
    for name in doc.people:
        seen = shown.get(name.split()[-1], set()) if name.split() else set()
        if len(seen) == 1:
            genders[Ref("person", name)] = next(iter(seen))
        elif not seen and name.split():
            given = _GIVEN_GENDER.get(name.split()[0].lower())
            if given is not None:
                genders[Ref("person", name)] = given
    return genders


def pronoun_ref(doc: Doc, discourse: Discourse, index: int, pronoun: str) -> Ref | None:
    """The person 'he' or 'she' at sentence `index` stands for: the passage's person, unless the
    text shows that person to be of the other gender; then the latest person named within the
    last three sentences who is not (None when two such were named in the same sentence)."""
    ref = discourse.current(index)
    gender = _PRONOUN_GENDER.get(pronoun.strip().lower())
    if ref is None or gender is None:
        return ref
    if discourse.genders is None:
        discourse.genders = _genders(doc)
    if discourse.genders.get(ref, gender) == gender:
        return ref
    others = sorted(((at, other) for other, at in discourse.named.items()
                     if other != ref and index - at <= 3 and
                     discourse.genders.get(other, gender) == gender), key=lambda c: c[0])
    if not others or (len(others) > 1 and others[-1][0] == others[-2][0]):
        return None
    return others[-1][1]
