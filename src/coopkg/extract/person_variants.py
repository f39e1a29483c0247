"""Shorter written forms of a person already named in full, found after every span component has
made its people: a title with one name that opens the full name ('Prince Faisal' for 'Faisal bin
Turki Al Saud', 'Prime Minister Somchai' for 'Somchai Wongsawat', 'President Xi' for 'Xi
Jinping' — rulers, Thai and Indonesian officials go by the given name, Chinese and Korean ones by
the family name, which English copy writes first), and a full name written again without some of
its middle names ('Nasser Khalid Al-Sabah' for 'Nasser Khalid Al-Jaber Al-Sabah').  Such a form
is the longer person only when exactly one longer name fits it and it is no one else's surname,
so two people who share a given name stay two."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Span
from coopkg.extract.facts import Person, Ref
from coopkg.extract.speaker_spellings import misspelt_full_name
from coopkg.extract.titles import TITLE_WORDS


def name_variants(doc: Doc) -> None:
    """Fold each shorter form into the one full name it stands for, spans included."""
    renamed = _headline_full_names(doc)
    for short, full in renamed.items():
        doc.people[full] = doc.people.pop(short)
        doc.people[full].name = full
    renamed.update(_nicknamed(doc))
    _fold_spellings(doc, renamed)
    for name in list(doc.people):
        full = _full_name_of(name, [n for n in doc.people if n != name])
        if full is not None:
            _fold(doc.people.pop(name), doc.people[full])
            renamed[name] = full
    if renamed:
        _repoint_spans(doc, renamed)


_LATIN_ENDING = re.compile(r"(?:iy|y)$")  # 'Sergey', 'Yuriy': the Russian -й written as y or iy


def _spelling(word: str) -> str:
    """'Sergey'/'Sergei', 'Aleksandr'/'Alexandr', 'Yuriy'/'Yuri': one given name in the
    transliterations English copy mixes, brought to one form (final -y/-iy as -i, ks as x)."""
    return _LATIN_ENDING.sub("i", word.lower().replace("ks", "x"))


def _fold_spellings(doc: Doc, renamed: dict[str, str]) -> None:
    """'Sergey Lavrin' and later 'Sergei Lavrin': a name of two or more words spelled another
    way only in those transliterations, or with one word a letter off (`misspelt_full_name`), is
    the person first named, who keeps the first spelling."""
    first: dict[tuple[str, ...], str] = {}
    for name in list(doc.people):
        words = name.split()
        key = tuple(map(_spelling, words))
        earlier = first.setdefault(key, name) if len(words) > 1 else name
        if earlier == name and len(words) > 1:
            earlier = misspelt_full_name(name, [n for n in first.values() if n != name]) or name
        if earlier != name:
            _fold(doc.people.pop(name), doc.people[earlier])
            renamed[name] = earlier


_LONE_NAME_HONORIFICS = lexicon.words("lone_name_honorifics")


def _full_name_of(name: str, others: list[str]) -> str | None:
    """The one longer name `name` is a shorter form of, if exactly one fits."""
    words = name.split()
    if len(words) == 2 and words[0].lower() in _LONE_NAME_HONORIFICS:
        words = words[1:]  # 'Sheikh Mohamed' after 'Sheikh Mohamed bin Zayed': the given name
        name = words[0]
    if len(words) == 1:
        if any(o.split()[-1] == name for o in others):
            return None  # someone's surname: 'Mr Ali' beside 'Hassan Ali' is not 'Ali Khan'
        fits = [o for o in others if len(o.split()) > 1 and o.split()[0] == name]
    else:
        fits = [o for o in others if _drops_middle(words, o.split())]
    return fits[0] if len(fits) == 1 else None


def _drops_middle(short: list[str], full: list[str]) -> bool:
    """'A B D' of 'A B C D': the same first and last word, and the rest in order, but fewer."""
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(word in rest for word in short[1:-1])


_NICKNAME = re.compile(r"\s[“\"](?P<nick>[^”\"]+)[”\"](?=\s)")


def _nicknamed(doc: Doc) -> dict[str, str]:
    """'Joko “Jokowi” Widodo' and later 'President Jokowi': the nickname in quotes is no part of
    the name, but a form of it of its own, so the person named by it alone is the same one."""
    renamed: dict[str, str] = {}
    for name in list(doc.people):
        m = _NICKNAME.search(name)
        if m is None:
            continue
        full = name[:m.start()] + name[m.end():]
        person = doc.people.pop(name)
        if full in doc.people:
            _fold(person, doc.people[full])
        else:
            doc.people[full] = person
            person.name = full
        renamed[name] = full
        nick = doc.people.pop(m.group("nick"), None)
        if nick is not None:
            _fold(nick, doc.people[full])
            renamed[m.group("nick")] = full
    return renamed


def _fold(short: Person, full: Person) -> None:
    full.role = full.role or short.role
    full.country = full.country or short.country
    full.affiliation = full.affiliation or short.affiliation


def _repoint_spans(doc: Doc, renamed: dict[str, str]) -> None:
    for sent in [*doc.sents, *doc.captions]:
        sent.spans = [Span(s.start, s.end, Ref("person", renamed[s.ref.key]), renamed[s.ref.key],
                           s.rule) if s.ref.kind == "person" and s.ref.key in renamed else s
                      for s in sent.spans]


_CAPITALISED = re.compile(r"[A-Z][a-z][\w'’\-]*")


def _headline_full_names(doc: Doc) -> dict[str, str]:
    """'Mendez' in the body and 'President Ana Mendez' in the headline: a person the body
    names by one word only is the one the headline names in full with that word last, when no
    one else in the article bears it (headlines spell out a name the story then shortens)."""
    title = doc.article.title
    found: dict[str, str] = {}
    for name in doc.people:
        if " " in name or name not in title or any(o != name and o.split()[-1] == name for o in doc.people):
            continue
        full = _headline_form(name, title, doc)
        if full is not None and full not in doc.people:
            found[name] = full
    return found


def _headline_form(name: str, title: str, doc: Doc) -> str | None:
    """'Ana Mendez' from 'Chile's President Ana Mendez visits Peru' for 'Mendez': one or two given
    names right before the surname, introduced as `_introduces` allows."""
    m = re.search(rf"\b{re.escape(name)}\b", title)
    words = title[:m.start()].split() if m else []
    for size in (2, 1):
        given, lead = words[len(words) - size:], words[:len(words) - size]
        if len(given) == size and all(_given_name(w, doc) for w in given) and \
                _introduces(lead[-1] if lead else None, doc):
            return f"{' '.join(given)} {name}"
    return None


def _introduces(lead: str | None, doc: Doc) -> bool:
    """What may stand before a full name in a headline: nothing, a title, a demonym or a
    possessive ('Chile's Ana Mendez'); a capitalised verb of a title-case headline ('Rosa Lind
    Meets Ana') may not, so its words are no given names."""
    return lead is None or lead.lower() in TITLE_WORDS or lead.endswith(("'s", "’s")) or \
        doc.gaz.country_of_demonym(lead) is not None


def _given_name(word: str, doc: Doc) -> bool:
    """A capitalised word before the surname that is no title, demonym or country."""
    return bool(_CAPITALISED.fullmatch(word)) and word.lower() not in TITLE_WORDS and \
        doc.gaz.country_of_demonym(word) is None and not doc.gaz.lookup(word)
