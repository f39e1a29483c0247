"""Short forms an article defines for an organisation's name: in brackets after it ('Kenya Ports
Authority (KPA)'), between dashes or commas after it ('the Kenya Maritime Authority – KMA –',
'..., or KMA,'), after 'known as' ('Acme Petroleum Corp., known as Apco'), or written first
with the name in brackets ('KMA (Kenya Maritime Authority)').
Brackets define a short form whatever its letters; the other forms are also how writers add
other things (a list, an aside), so there the letters must be the name's initials in order."""

from __future__ import annotations

import re

from coopkg.extract.orgfilters import is_country_name

_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z&0-9]{1,14})\s*\)")  # "(G20)": digits too
_SET_OFF = re.compile(r"\s*(?:[–—]|--?)\s*([A-Z][A-Z&]{1,9})\s*(?:[–—]|--?)\s"  # ' – KMA – '
                      r"|,\s+(?:or\s+)?([A-Z][A-Z&]{1,9}),\s")                 # ', or KMA, '
# 'Acme Petroleum Corp., known as Apco,', '..., also known as Apco.': another name the body goes by
_KNOWN_AS = re.compile(r",?\s+(?:also\s+|better\s+|commonly\s+|formerly\s+)?known\s+as\s+(?:the\s+)?"
                       r"([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})(?=\s*(?:[,.;:)]|$))")
_BEFORE = re.compile(r"(?<![\w\-])([A-Z][A-Z&]{1,9})\s*\(\s*(?:the\s+)?$")    # 'KMA ('
_APPOSED_BEFORE = re.compile(r"(?<![\w\-])([A-Z][A-Z&]{1,9}),\s+(?:the\s+)?$")  # 'KMA, the '


def acronym_after(sentence: str, end: int, name: str = "") -> str | None:
    """'Kenya Ports Authority (KPA)': the short form defined in brackets — not a country written
    there ('Acme Telecom (Kenya)'), which says whose the body is; 'Kenya Maritime Authority, or
    KMA,': a set-off short form made of the name's initials."""
    m = _ACRONYM_DEF.match(sentence[end:].lstrip())
    if m and sentence[end:].startswith((" (", "(")) and not is_country_name(m.group(1)):
        return m.group(1)
    if name and sentence[end:end + 1] in (" ", ",", "-", "–", "—"):
        m = _SET_OFF.match(sentence, end)
        acronym = m and (m.group(1) or m.group(2))
        if acronym and initials_fit(name, acronym):
            return acronym
    m = _KNOWN_AS.match(sentence, end) if name else None
    return m.group(1) if m and not is_country_name(m.group(1)) else None


def acronym_before(sentence: str, start: int, end: int, name: str) -> str | None:
    """'KMA (Kenya Maritime Authority) signed': a short form written first, the name it stands
    for in brackets after it; 'KMA, the Kenya Maritime Authority, said': or in an apposition set
    off by commas (its letters must then be the name's initials, as for ', or KMA,')."""
    if sentence.startswith(")", end) and "(" in sentence[max(0, start - 16):start]:
        m = _BEFORE.search(sentence, 0, start)
    elif sentence.startswith(",", end) and "," in sentence[max(0, start - 16):start]:
        m = _APPOSED_BEFORE.search(sentence, max(0, start - 16), start)
    else:
        return None
    if m and sentence.startswith(")", end):
        return m.group(1) if loosely_fits(name, m.group(1)) else None
    return m.group(1) if m and initials_fit(name, m.group(1)) else None


def loosely_fits(name: str, acronym: str) -> bool:
    """'MASEN (Moroccan Agency for Sustainable Energy)': an acronym the bracketed name right after
    it spells out may take more than initials ('EN' of 'Energy'); its letters come in order in
    the name, the first the name's initial, and it holds most of the name's initials."""
    initials = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
    if not initials or acronym[:1] != initials[0]:
        return False
    text, at = name.upper(), 0
    for letter in acronym.replace("&", ""):
        at = text.find(letter, at) + 1
        if not at:
            return False
    return 2 * sum(c in acronym for c in initials) >= len(initials)


def initials_fit(name: str, acronym: str) -> bool:
    """The acronym's letters are initials of the name's capitalised words, in order, the first
    the first ('KMA' of 'Kenya Maritime Authority'; not 'KPA')."""
    initials = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
    letters = acronym.replace("&", "")
    if not initials or letters[0] != initials[0]:
        return False
    at = 0
    for letter in letters:
        at = initials.find(letter, at) + 1
        if not at:
            return False
    return True


def acronym_fits_inner(name: str, inner: str, acronym: str) -> bool:
    """'Secretariat of the East African Community (EAC)': the bracket abbreviates the body named
    last, whose initial the acronym shares, not the unit of it that opens the run."""
    return acronym[:1].upper() == inner[:1] != name[:1]
