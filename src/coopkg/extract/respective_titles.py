"""Several people under one plural title, each holding it in the singular and taking, in order,
the countries written with the title: 'the presidents of Ghana and Chile, A and B', 'the Ghanaian
and Chilean trade ministers A and B', 'Presidents A of Ghana and B of Chile', 'the presidents of
Ghana, A, and Chile, B'.  Read per name, the
title's complement ('of Ghana and Chile') swallows the names or gives both people the first
country; read as a whole, the order of the countries is the order of the people."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopkg.extract import lexicon
from coopkg.extract.cues import words
from coopkg.extract.facts import Person
from coopkg.extract.orgtypes import has_org_keyword
from coopkg.extract.titles import HONORIFICS, TITLE_WORDS
from coopkg.reference import Gazetteer

_SINGULAR = TITLE_WORDS - HONORIFICS - lexicon.words("weak_titles")


def _plural(title: str) -> str:
    if title.endswith("man"):
        return title[:-3] + "men"
    if title.endswith("y") and not title.endswith(("ay", "ey", "oy")):
        return title[:-1] + "ies"
    return title + "s"


_PLURALS = {_plural(t): t for t in _SINGULAR if " " not in t and t.isascii()}
_PLURAL_ENDS = frozenset(re.findall("[a-z]+", p)[-1] for p in _PLURALS)  # 'vice-presidents' → 'presidents'
_NAME = r"[A-Z][\w'’\-]+(?:\s+(?:(?:de|da|dos|van|von|bin|al|el)\s+)?[A-Z][\w'’\-]+){1,3}"
_C = r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}"
_AFTER_OWNERS = re.compile(rf"\s+of\s+(?P<c1>{_C})\s+and\s+(?:the\s+)?(?P<c2>{_C}),?\s+"
                           rf"(?P<n1>{_NAME}),?\s+and\s+(?P<n2>{_NAME})")
_AFTER_EACH = re.compile(rf"\s+(?P<n1>{_NAME})\s+of\s+(?P<c1>{_C}),?\s+and\s+(?P<n2>{_NAME})\s+of\s+"
                         rf"(?:the\s+)?(?P<c2>{_C})")
# 'the presidents of Peru, A, and Chile, B': each country with its holder set off by commas
_AFTER_PAIRS = re.compile(rf"\s+of\s+(?:the\s+)?(?P<c1>{_C}),\s+(?P<n1>{_NAME}),\s+and\s+"
                          rf"(?:of\s+)?(?:the\s+)?(?P<c2>{_C}),\s+(?P<n2>{_NAME})")
_AFTER_NAMES = re.compile(rf",?\s+(?P<n1>{_NAME}),?\s+and\s+(?P<n2>{_NAME})")
_SPACE = re.compile(r"\s*")
_DEMONYMS_BEFORE = re.compile(r"\b(?P<c1>[A-Z][a-z]+)\s+and\s+(?P<c2>[A-Z][a-z]+)\s+"
                              r"(?P<mods>(?:[a-z][\w\-]*\s+){0,2})$")


@dataclass(frozen=True)
class Respective:
    start: int
    end: int
    person: Person


def _country(words: str, gaz: Gazetteer) -> str | None:
    """The country the words name, or the one their first words name ('Chile Friday agreed':
    a weekday or another name may follow the country without a comma)."""
    parts = words.split()
    for k in range(len(parts), 0, -1):
        head = " ".join(parts[:k])
        code = gaz.country_of_demonym(head) or next(
            (p.code for p in gaz.lookup(head) if p.kind == "country"), None)
        if code:
            return code
    return None


_EACH_ITEM = re.compile(rf"(?P<n>{_NAME})\s+of\s+(?:the\s+)?(?P<c>{_C})")
_EACH_SEP = re.compile(r",?\s+and\s+|,\s+")


def _each_of_list(sentence: str, at: int, gaz: Gazetteer) -> list[tuple[int, int, str, str]]:
    """'Presidents A of Peru, B of Chile, C of Bolivia and D of Ecuador': (start, end, name,
    country) of each name, when three or more are listed and the last follows 'and'."""
    out: list[tuple[int, int, str, str]] = []
    while (m := _EACH_ITEM.match(sentence, at)) is not None:
        code = _country(m["c"], gaz)
        if code is None or not _clean_name(m["n"]):
            break
        out.append((m.start("n"), m.end("n"), m["n"], code))
        sep = _EACH_SEP.match(sentence, m.start("c") + len(_country_words(m["c"], gaz)))
        if sep is None:
            break
        at = sep.end()
    return out if len(out) >= 3 and " and " in sentence[out[-2][1]:out[-1][0]] else []


def _country_words(words: str, gaz: Gazetteer) -> str:
    """The first words of `words` that name a country ('Chile' of 'Chile Friday')."""
    parts = words.split()
    for k in range(len(parts), 0, -1):
        head = " ".join(parts[:k])
        if gaz.country_of_demonym(head) or any(p.kind == "country" for p in gaz.lookup(head)):
            return head
    return words


def _role(title: str, gaz: Gazetteer) -> str | None:
    """The title in the singular, without a leading article, number or demonym ('the two trade
    ministers' → 'trade minister')."""
    words = title.split()
    while len(words) > 1 and (words[0].lower() in ("the", "two", "both", "three") or
                              _country(words[0], gaz)):
        words = words[1:]
    last = _PLURALS.get(words[-1].lower())
    if last is None:
        return None
    if words[-1][0].isupper():
        last = last[0].upper() + last[1:]
    return " ".join([*words[:-1], last])


def _body_like(item: str) -> bool:
    """'Representatives of the City Council and Kenya's County Assembly signed': an item ending
    in a body's type word, or owned by a possessive, names the body the people come from."""
    return has_org_keyword(item.split()[-1]) or bool(_POSSESSIVE.search(item))


_POSSESSIVE = re.compile(r"\w['’]s\s")


def _clean_name(name: str) -> bool:
    low = {w.lower() for w in name.split()}
    return not low & TITLE_WORDS


class _Title:
    """A plural title word where it stands in the sentence ('Vice-Presidents')."""

    def __init__(self, sentence: str, start: int, end: int):
        self.text, self._start, self._end = sentence[start:end], start, end

    def group(self) -> str:
        return self.text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _plural_titles(sentence: str, found: frozenset[str] | None) -> list[_Title]:
    """Each plural title word, found by its last letters with `str.find`: a regex scan per
    word costs more than the rest of this rule."""
    low = sentence.lower()
    out = []
    for end in _PLURAL_ENDS if found is None else found & _PLURAL_ENDS:
        at = low.find(end)
        while at >= 0:
            stop = at + len(end)
            start = at
            while start and (low[start - 1].isalnum() or low[start - 1] in "-_"):
                start -= 1
            if (stop == len(low) or not low[stop].isalnum()) and low[start:stop] in _PLURALS:
                out.append(_Title(sentence, start, stop))
            at = low.find(end, stop)
    return sorted(out, key=_Title.start)


def _reading(sentence: str, title: _Title) -> tuple[re.Match[str], str] | None:
    """The countries and names after (or the demonyms before) a plural title, and the title
    with the words that qualify it."""
    head = sentence[max(0, title.start() - 80):title.start()]
    demonyms = _DEMONYMS_BEFORE.search(head) if " and " in head else None
    if demonyms:
        named = _AFTER_NAMES.match(sentence, title.end())
        if named:
            return _Joined(demonyms, named), demonyms["mods"] + title.group()
    for pattern in (_AFTER_OWNERS, _AFTER_EACH, _AFTER_PAIRS):
        m = pattern.match(sentence, title.end())
        if m:
            mods = head.split()[-2:] if head.endswith(" ") else []
            return m, " ".join([*mods, title.group()])
    return None


class _Joined:
    """The countries of one match and the names of another, read as one."""

    def __init__(self, countries: re.Match[str], names: re.Match[str]):
        self.countries, self.names = countries, names

    def __getitem__(self, key: str) -> str:
        return self.countries[key] if key.startswith("c") else self.names[key]

    def start(self, key: str) -> int:
        return self.names.start(key)

    def end(self, key: str) -> int:
        return self.names.end(key)


def respective_people(sentence: str, gaz: Gazetteer) -> list[Respective]:
    """The people a plural title names, with the title's countries in order; nothing unless
    both countries and both names read as such."""
    found = words(sentence)
    if found is not None and found.isdisjoint(_PLURAL_ENDS):
        return []  # speed only: no plural title word, which every reading needs
    for title in _plural_titles(sentence, found):
        listed = _each_of_list(sentence, _SPACE.match(sentence, title.end()).end(), gaz)
        role = _role(title.group(), gaz) if listed else None
        if role is not None:
            return [Respective(a, b, Person(name=name, role=role, country=code, evidence=sentence,
                                            rule="person.respective")) for a, b, name, code in listed]
        reading = _reading(sentence, title)
        if reading is None:
            plain = _plain_list(sentence, title, gaz)
            if plain:
                return plain
            continue
        m, title_text = reading
        codes = _country(m["c1"], gaz), _country(m["c2"], gaz)
        role = _role(title_text, gaz)
        if None in codes or role is None or codes[0] == codes[1]:
            continue
        if not (_clean_name(m["n1"]) and _clean_name(m["n2"])):
            continue
        return [Respective(m.start(n), m.end(n), Person(name=m[n], role=role, country=code,
                                                        evidence=sentence, rule="person.respective"))
                for n, code in (("n1", codes[0]), ("n2", codes[1]))]
    return []


# 'The directors of the chamber A B, C D and E F were present': names listed after a plural title
# and its complement, each holding the title; initials and short given names may open a name
_LISTED_NAME = r"(?:[A-Z]{1,3}\.?\s+)?[A-Z][\w'’\-]+" \
               r"(?:\s+(?:[A-Z]{1,2}\.?|(?:bin|al|el|de|da|van)|[A-Z][\w'’\-]+)){1,4}"
_MODIFIERS = re.compile(r"(?:\b[A-Z][\w\-]*\s+){1,3}$")
_PLAIN_LIST = re.compile(rf"(?:\s+of\s+(?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?,?\s+"
                         rf"(?P<names>(?:{_LISTED_NAME},\s+)*{_LISTED_NAME},?\s+and\s+{_LISTED_NAME})"
                         r"(?=\s*[,.;:)]|\s+[a-z])")
_LIST_SEP = re.compile(r",\s+and\s+|,\s+|\s+and\s+")


def _plain_list(sentence: str, title: _Title, gaz: Gazetteer) -> list[Respective]:
    """Each of two or more names listed right after a plural title ('Board members A, B and C
    attended'), holding the title in the singular: no name in the list has a title of its own,
    so the list's title is each one's.  Nothing if an item reads as a place or holds a title."""
    m = _PLAIN_LIST.match(sentence, title.end())
    mods = _MODIFIERS.search(sentence, max(0, title.start() - 60), title.start()) if m else None
    role = _role((mods.group() if mods else "") + title.group(), gaz) if m else None
    if role is None:
        return []
    out, at = [], m.start("names")
    for part in _LIST_SEP.split(m["names"]):
        start = sentence.index(part, at)
        if not _clean_name(part) or gaz.lookup(part) or _country(part.split()[0], gaz) or \
                _body_like(part):
            return []
        out.append(Respective(start, start + len(part), Person(name=part, role=role, evidence=sentence,
                                                               rule="person.listed")))
        at = start + len(part)
    return out
