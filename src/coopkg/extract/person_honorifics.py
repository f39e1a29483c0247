"""Where a name begins inside a capitalised run: after honorifics ('Prime Minister Datuk Seri
Ahmad Zaki Hamid', 'Dr Kwame Kofi Mensah Boateng': honorifics precede a name, never a place or a
body) and after a body's acronym ('... Boat Builders KABB Peter Otieno').  Apart from `people`,
which reads the rest of a run's title."""

from __future__ import annotations

from coopkg.extract.memo import by_text
from coopkg.extract.orgtypes import has_org_keyword
from coopkg.extract.titles import HONORIFICS


def _honorific_at(words: list[str], i: int) -> bool:
    """Whether words[i] ends an honorific ('Dr.', 'Datuk Seri', 'Tan Sri', 'Yang Berhormat')."""
    if i < 0:
        return False
    word = words[i].lower().rstrip(".")
    return word in HONORIFICS or i > 0 and f"{words[i - 1].lower().rstrip('.')} {word}" in HONORIFICS


@by_text
def after_honorifics(text: str) -> int:
    """'Prime Minister Datuk Seri Ahmad Zaki Hamid': where a run of honorifics stops, the name
    begins — honorifics precede a name, never a place or a body — when two to four words are left."""
    words = text.split(" ")
    last = next((i for i in range(len(words) - 2, 0, -1) if _honorific_at(words, i - 1)), 0)
    return last if 2 <= len(words) - last <= 4 else 0


def four_after_honorific(text: str) -> int:
    """'Dr Kwame Kofi Mensah Boateng': four words after an honorific are all the name, since an
    honorific stands right before a name (a title after it would end the run's title part)."""
    last = after_honorifics(text)
    return last if last and text.count(" ") - last == 3 else 0


def acronym_lead(sentence: str, name: str, start: int) -> tuple[str, int]:
    """'... the Kenya Association of Boat Builders KABB Peter Otieno': a word in capitals that
    opens a name of three or more words, right after a body's name whose words' initials hold
    its letters, is that body's acronym, not the person's surname in capitals ('KIM Tae Woo'
    follows no body so named)."""
    first, _, rest = name.partition(" ")
    if not (first.isupper() and first.isalpha() and len(first) >= 3 and rest.count(" ") >= 1):
        return name, start
    words = sentence[max(0, start - 120):start].split()[-8:]
    initials = {w[0].upper() for w in words if w[:1].isalpha()}
    if first[0] not in initials or sum(c in initials for c in first) < 0.75 * len(first) or \
            not has_org_keyword(" ".join(words)):
        return name, start
    return rest, start + len(first) + 1
