"""Where honorifics end and a name begins inside a capitalised run ('Prime Minister Datuk Seri
Ahmad Zaki Hamid', 'Dr Kwame Kofi Mensah Boateng'): honorifics precede a name, never a place or a
body.  Apart from `people`, which reads the rest of a run's title."""

from __future__ import annotations

from coopkg.extract.memo import by_text
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
