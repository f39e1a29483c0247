"""A speaker's surname spelt another way later in the article ('Minister Nkulumbe' named in
full, then 'Minister Nkurumbe said ...'): news copy, and English written from another script or
an ear, misspells names, and a title before a single unknown word that is one letter off a
surname named earlier points to that person, not a new one.  Only a title's name is read
(`titled_surnames`), only one near surname may match, and short names (where one letter makes
another real name: 'Adjei' / 'Adjetey', 'Li' / 'Lu') are never read as misspellings."""

from __future__ import annotations

from coopkg.extract.facts import Person

_MIN_LENGTH = 6  # shorter surnames differ by one letter from other real ones


def misspelt_surname(word: str, people: list[Person]) -> Person | None:
    """The one person whose last name is `word` with one letter changed, added or dropped (two
    changed letters in a name of nine or more), keeping its first letter."""
    if len(word) < _MIN_LENGTH:
        return None
    hits = {p.name: p for p in people if _near(word, p.name.split()[-1])}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _near(word: str, surname: str) -> bool:
    if surname == word or len(surname) < _MIN_LENGTH or surname[0] != word[0] or \
            abs(len(surname) - len(word)) > 1:
        return False
    return _distance(word.lower(), surname.lower()) <= (2 if min(len(word), len(surname)) >= 9 else 1)


def _distance(a: str, b: str) -> int:
    """Edit distance (insert, delete, substitute), row by row."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def misspelt_full_name(name: str, earlier: list[str]) -> str | None:
    """The one earlier full name `name` spells another way in a single word ('Shirley Ayokor
    Mensah' for 'Shirley Ayorkor Mensah'): the same number of words, all alike but one, and that
    one a near miss of six letters or more.  Copy that names someone twice rarely types the full
    name identically both times; two people whose full names differ by one letter are rarer."""
    words = name.split()
    if len(words) < 2:
        return None
    hits = [e for e in earlier if _one_word_off(words, e.split())]
    return hits[0] if len(hits) == 1 else None


def _one_word_off(words: list[str], other: list[str]) -> bool:
    if len(other) != len(words):
        return False
    differ = [(a, b) for a, b in zip(words, other, strict=True) if a != b]
    return len(differ) == 1 and _near(*differ[0])
