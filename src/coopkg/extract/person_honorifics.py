"""Where a name begins inside a capitalised run: after honorifics ('Prime Minister Datuk Seri
Ahmad Zaki Hamid', 'Dr Kwame Kofi Mensah Boateng': honorifics precede a name, never a place or a
body) and after a body's acronym ('... Boat Builders KABB Peter Otieno').  Apart from `people`,
which reads the rest of a run's title."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.memo import by_text
from coopkg.extract.orgtypes import KNOWN_MEDIA, MEDIA_ACRONYMS, has_org_keyword
from coopkg.extract.titles import HONORIFICS, SPEECH, TITLE_WORDS
from coopkg.reference import Gazetteer


def _honorific_at(words: list[str], i: int) -> bool:
    """Whether words[i] ends an honorific ('Dr.', 'Datuk Seri', 'Tan Sri', 'Yang Berhormat')."""
    if i < 0:
        return False
    word = words[i].lower().rstrip(".")
    return word in HONORIFICS or i > 0 and f"{words[i - 1].lower().rstrip('.')} {word}" in HONORIFICS


# 'bin', 'binti': the father's name follows, with the father's own honorifics ('Ali bin Dato
# Paduka Haji Osman'); Malay and Bruneian names are written so, and the honorifics are then name words
_PATRONYMIC = frozenset({"bin", "binti", "bint", "ibn"})
_HONORIFIC_PARTS = frozenset(w for h in HONORIFICS for w in h.split())


def fathers_honorific(words: list[str], i: int) -> bool:
    """Whether words[i] is an honorific of the father's name after 'bin'/'binti' (only
    honorifics stand between it and the particle), or a given name that is also a title, right
    before that particle (`given_before_patronymic`): either way a name word, no title."""
    if given_before_patronymic(words, i):
        return True
    j = i
    while j > 0 and words[j].lower().rstrip(".") in _HONORIFIC_PARTS:
        j -= 1
    return j < i and words[j].lower() in _PATRONYMIC


def given_before_patronymic(words: list[str], i: int) -> bool:
    """Whether words[i] is a given name that is also a title, told so by the 'bin'/'bint' of the
    father's name right after it ('Sheikh Sultan bin Rashid X', 'Amir bin Ali Y'): a title is
    never followed by 'son of'."""
    return i + 1 < len(words) and words[i + 1].lower() in _PATRONYMIC and words[i].lower() in TITLE_WORDS


@by_text
def after_honorifics(text: str) -> int:
    """'Prime Minister Datuk Seri Ahmad Zaki Hamid': where a run of honorifics stops, the name
    begins — honorifics precede a name, never a place or a body — when two to four words are left.
    The honorifics of a father's name after 'bin' are inside the name, so neither end the title
    nor count as its words."""
    words = text.split(" ")
    stop = next((k for k, w in enumerate(words) if k and w.lower() in _PATRONYMIC), len(words))
    last = next((i for i in range(min(len(words) - 2, stop - 1), 0, -1)
                 if _honorific_at(words, i - 1)), 0)
    light = sum(1 for k in range(max(last, stop), len(words))
                if words[k].lower() in _PATRONYMIC or fathers_honorific(words, k))
    return last if 2 <= len(words) - last - light <= 4 else 0


def four_after_honorific(text: str) -> int:
    """'Dr Kwame Kofi Mensah Boateng': four words after an honorific are all the name, since an
    honorific stands right before a name (a title after it would end the run's title part)."""
    last = after_honorifics(text)
    return last if last and text.count(" ") - last == 3 else 0


def acronym_lead(sentence: str, name: str, start: int) -> tuple[str, int]:
    """'... the Kenya Association of Boat Builders KABB Peter Otieno': a word in capitals that
    opens a name of three or more words, right after a body's name whose words' initials hold
    its letters, is that body's acronym, not the person's surname in capitals ('KIM Tae Woo'
    follows no body so named); so is a news agency's ('told AFP Ana Soto')."""
    first, _, rest = name.partition(" ")
    if not (first.isupper() and first.isalpha() and len(first) >= 3 and rest.count(" ") >= 1):
        return name, start
    if first.lower() in KNOWN_MEDIA or first in MEDIA_ACRONYMS:
        return rest, start + len(first) + 1  # '..., explained to AFP Ana Soto': the outlet told
    words = sentence[max(0, start - 120):start].split()[-8:]
    initials = {w[0].upper() for w in words if w[:1].isalpha()}
    if first[0] not in initials or sum(c in initials for c in first) < 0.75 * len(first) or \
            not has_org_keyword(" ".join(words)):
        return name, start
    return rest, start + len(first) + 1


def place_lead(name: str, start: int, gaz: Gazetteer) -> tuple[str, int]:
    """'Ambassador to FSM Eiichi Suzuki': a word in capitals that opens a name of three or more
    words and is a place's short name ('FSM', 'UAE', 'DRC') is where the title serves, not the
    person's surname in capitals."""
    first, _, rest = name.partition(" ")
    if first.isupper() and first.isalpha() and rest.count(" ") >= 1 and gaz.lookup(first):
        return rest, start + len(first) + 1
    return name, start


_INITIALLED = re.compile(r"(?:[A-Z]\.){2,3}\s?").match  # a bound method: a one-off test, ungated


def initials_honorific(name: str, start: int, end: int) -> tuple[str, int, int]:
    """'H.E. Ana Torres': an honorific written as initials is no given name's initials."""
    lead = _INITIALLED(name)
    if lead and lead.group().strip().lower() in HONORIFICS and len(name[lead.end():].split()) >= 2:
        return name[lead.end():], start + lead.end(), end
    return name, start, end


def given_before_father(words: list[str]) -> int:
    """Where a name with a father's name runs from: the given name right before the first
    'bin'/'bint', however many names of father and grandfather follow it."""
    at = next((i for i, w in enumerate(words) if i and w.lower() in _PATRONYMIC), None)
    return len(words) if at is None else at - 1


_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Z][a-z]{2,})\s+$")
# 'Her Excellency', 'the': words that open a form of address or a noun phrase, never a name
_NO_NAME_WORDS = TITLE_WORDS | lexicon.words("name_determiners") | {
    h.split()[0] for h in lexicon.words("address_honorifics")}
_SPEECH_WORD = re.compile(SPEECH, re.I)


def name_word_before(head: str) -> int | None:
    """'Trade Minister Tengku Datuk Seri Aziz Omar', 'said Raja Datuk Nong Chik': a capitalised
    word between a title (or a comma, or a speech verb) and the honorifics before a name is a
    hereditary title borne as part of the name (honorifics follow it, never a role); where it
    starts in `head`, the text before the honorifics, or None."""
    m = _WORD_BEFORE.search(head, max(0, len(head) - 40))
    if m is None or m.group(1).lower() in _NO_NAME_WORDS:
        return None
    lead = head[:m.start(1)].rstrip()
    prev = lead.rsplit(None, 1)[-1] if lead else ""
    if prev.lower().rstrip(".") in _HONORIFIC_PARTS:
        return None  # 'Datu Seri Maharaja Dato Paduka X': one run of honorifics, a word among them
    if prev.endswith((",", ":")) or prev.lower() in TITLE_WORDS or _SPEECH_WORD.fullmatch(prev):
        return m.start(1)
    return None
