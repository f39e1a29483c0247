"""People written with no title, cue or speech verb: 'Ada Obi and Tom Hart signed the contract',
'executives including Acme's Ada Obi', 'a letter from Ada Obi'.  News copy names most people
once by title, but business, culture and follow-up stories often give only the name; its first
word, a common given name (lexicon/given_names.tsv), is what shows a person.  Precision first:
the run must be two or three name words and nothing else may claim it (a place, a country, a
body or event word, a known firm), and words that open places and firms named after people
('Victoria Falls', 'Morgan Stanley', 'the Nelson Mandela Bay') are turned down by what follows
or precedes the name."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.knownfirms import known_firm
from coopkg.reference import Gazetteer

GIVEN_NAMES = lexicon.words("given_names")
_COUNTRY_GIVEN = lexicon.words("country_given_names")  # 'Jordan', 'Chad': also given names
# a run's last word that makes it a place, a building, a body or a sector, not a person
_NOT_LAST = lexicon.words("person_run_ends") | lexicon.words("place_words") | \
    lexicon.words("infrastructure") | lexicon.words("firm_tails") | lexicon.words("not_names") | \
    lexicon.words("world_regions") | lexicon.CALENDAR_WORDS
# 'the Grace Hotel', 'a Ford Motor plant': a determiner before a capitalised run makes it a thing
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their|our|his|her)\s+$", re.I)
# 'Photo: Ada Obi/Reuters': a picture credit names the photographer, no one in the story
_CREDIT_BEFORE = re.compile(r"\b(?:Photo|Photos|Picture|Image|Credit|Video)\s*:\s*$|©\s*$", re.I)
# 'Baraka Agro Processors (BAP)': a short form defined after a run is a body's, not a person's
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z&]{1,9}\)")
# 'the workshop “Liu Bang”': a name in quotes is the title of a thing named after a person
_QUOTES = frozenset("\"“‘'«")
_NAME_WORD = re.compile(r"[A-Z][a-z\u00C0-\u024F'’]+(?:-[A-Z]?[a-z\u00C0-\u024F]+)?")
_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]")
_WORD = re.compile(r"\b[A-Za-z][a-z]+")


def given_named(name: str, sentence: str, start: int, gaz: Gazetteer) -> bool:
    """Whether `name` (found at `start` of `sentence`) is a person by its given name alone."""
    words = name.split(" ")
    if not 2 <= len(words) <= 3 or words[0].lower() not in GIVEN_NAMES:
        return False
    if not all(_NAME_WORD.fullmatch(w) for w in words) or words[-1].lower() in _NOT_LAST:
        return False
    if sentence[start - 1:start] in _QUOTES or _headline(sentence) or \
            _DETERMINER_BEFORE.search(sentence, max(0, start - 6), start) or \
            sentence[start + len(name):start + len(name) + 1] == "/" or \
            _ACRONYM_AFTER.match(sentence, start + len(name)) or \
            _CREDIT_BEFORE.search(sentence, max(0, start - 12), start):
        return False
    if words[0].lower() in _COUNTRY_GIVEN and len(words) == 3:
        return not (gaz.lookup(name) or known_firm(name))  # 'Jordan Peter Hale' (people.py)
    return not (_town_or_country(words[0], gaz) or gaz.lookup(name) or known_firm(name))


def _town_or_country(word: str, gaz: Gazetteer) -> bool:
    """A first word that is a country or a city ('Santiago Metro', 'Milan Expo') names the place
    more often than a person; a province or district that shares a given name ('Ngozi') rarely
    opens a capitalised run of its own in news about two countries."""
    return any(p.kind == "country" or p.subtype == "city" for p in gaz.lookup(word))


def _headline(text: str) -> bool:
    """A title-case headline ('Grace Period Ends For Exporters') capitalises every content word
    and has no closing stop, so its capitalised runs are no names (a sentence that lists names
    also capitalises most of its words, but ends in a stop)."""
    if text.rstrip().endswith((".", "!", "?", '"', "”", ":", ";")):
        return False
    content = _WORD.findall(text)
    return len(content) >= 4 and 2 * len(_CAPITAL_WORD.findall(text)) > len(content) + 2
