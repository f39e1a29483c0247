"""Names that hold a body's type word yet name no body, by what English writes around them or by
the kind their last words give.  'the New Dawn Government led by X' labels a cabinet in office and
'the Korl Deep-Water Port' a harbour (lexicon/non_body_heads.tsv); 'an Investment Mission from
Kenya' is a delegation on a visit.  And a name written before a lowercase place noun and 'of' is
that place's name ('the West Bank city of Nablus', 'the Gaza Strip town of Rafah'): a type word in
it ('Bank', 'Strip') is the place's word, not a body's.  The organisations component asks this
after a state's government ('the Kenyan Government') has been read as the state; a government
named with a place or a people is left to the readers of states and provinces."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.orgfilters import starts_with_place
from coopkg.extract.orgtypes import has_org_keyword
from coopkg.reference import gazetteer

_ENDINGS = tuple(" " + w for w in lexicon.words("non_body_heads"))
# the kinds of place a name can modify before 'of' ('the X city of Y'; lexicon/place_nouns.tsv)
_PLACE_OF = re.compile(rf"\s{lexicon.word_pattern('place_nouns')}\sof\s")


_COMPLEMENT = re.compile(r"\s(?=(?!and\s)[a-z])")  # 'of', 'for', 'under the': the head is what comes before


# short forms that are also English words: bodies only when written in capitals
_ACRONYM_WORDS = lexicon.words("acronym_words")
# 'between A and the Central Asian countries', 'between A and Central and Eastern European (CEE)
# states': capitalised adjectives of a lowercase plural of states (lexicon/state_plurals.tsv),
# with a second adjective after 'and' and the plural's bracketed short form between
_ADJECTIVE_OF_STATES = re.compile(rf"(?:\s(?:and|&)\s[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){{0,2}})?"
                                  rf"(?:\s\([A-Z]{{2,8}}\))?\s{lexicon.word_pattern('state_plurals')}\b")
# 'Mr', 'Ms', 'Dr': a name opened by a form of address names a person, never a body
_ADDRESSES = lexicon.words("trailing_honorifics")


def spells_word(name: str) -> bool:
    """'Who signed them?': a known body's short form that is also an English word names the
    body only in capitals ('WHO'); written otherwise it is the word."""
    return name.lower() in _ACRONYM_WORDS and not name.isupper()


_KEYWORD_SURNAMES = lexicon.words("body_word_surnames")


def joins_surnames(name: str) -> bool:
    """'Ruiz and Park signed': a type word that is also a family name, alone after 'and', heads
    no body of its own ('Science and Technology Park' has its own words before the type word)."""
    words = name.split()
    return len(words) == 3 and words[1] == "and" and words[2].lower() in _KEYWORD_SURNAMES


def addressed(name: str) -> bool:
    """'Ms Ada Obi', 'Dr. Omar Yusuf': a name opened by a form of address names a person."""
    return name.split(" ", 1)[0].lower().rstrip(".") in _ADDRESSES


def _adjectives_of_states(sentence: str, end: int, name: str) -> bool:
    """'the Central Asian countries': title-case words before a plural of states describe them;
    a body's name there ('the ASEAN countries', 'the European Union states') is the body whose
    members they are, so a short form in capitals or a type word keeps it."""
    return _ADJECTIVE_OF_STATES.match(sentence, end) is not None and \
        not any(w.isupper() for w in name.split()) and not has_org_keyword(name)


_WORKS = lexicon.alternation(lexicon.words("building_works", "work"))
_WORK_BEFORE = re.compile(rf"\b(?:{_WORKS})\s+of\s+(?:the\s+|a\s+|new\s+)*$", re.I)
_BUILT_HEADS = lexicon.words("building_works", "head")


def _being_built(sentence: str, end: int, name: str) -> bool:
    """'the construction of X Hospital': a hospital, school or centre named as the object of a
    building work is the building put up or repaired, not the body run in it."""
    start = end - len(name)
    return name.rsplit(" ", 1)[-1].lower() in _BUILT_HEADS and sentence[start:end] == name and \
        _WORK_BEFORE.search(sentence, max(0, start - 40), start) is not None


# 'a Master's in Business Administration', 'Bachelor of Public Administration', 'a degree in X': the
# field of an academic degree, which shares its words with the names of bodies
_DEGREE_BEFORE = re.compile(r"\b(?:(?:master|bachelor)(?:['’]s)?(?:\s+degrees?)?\s+(?:in|of)|"
                            r"(?:degrees?|diploma|doctorate|Ph\.?\s?D\.?|PhD|MBA|MA|MSc|BA|BSc)\s+in|"
                            r"doctor\s+of)\s+$", re.I)


def _degree_field(sentence: str, end: int, name: str) -> bool:
    start = end - len(name)
    return sentence[start:end] == name and \
        _DEGREE_BEFORE.search(sentence, max(0, start - 30), start) is not None


def names_no_body(sentence: str, end: int, name: str) -> bool:
    """True when `name`, whose mention ends at `end` in `sentence`, names a government, a
    harbour, a visiting delegation or a place rather than an organisation.  The kind is read
    off the name's head, the capitalised words before its first lowercase one: 'the Ministry of
    Local Government' is a ministry, 'the X Committee under the Government of Y' a committee,
    'the Port of X' a harbour.  And a name opened by a form of address, one before a plural of
    states, or a hospital after 'the construction of' names a person, the states, a building; one
    after 'a Master's in' the field of a degree."""
    head = _COMPLEMENT.split(name, maxsplit=1)[0]
    if spells_word(name) or _PLACE_OF.match(sentence, end) is not None or addressed(name) or \
            _adjectives_of_states(sentence, end, name) or _being_built(sentence, end, name) or \
            _degree_field(sentence, end, name):
        return True  # 'Ms Ada Obi': a person addressed; 'the Central Asian countries': adjectives
    ending = next((e for e in _ENDINGS if f" {head.lower()}".endswith(e)), None)
    if ending is not None and head != name and _operated(name):
        return False  # 'the Port of X Authority': the authority that runs the harbour
    if ending in _GOVERNMENT:
        return not _placed(head[:-len(ending)])  # 'the Lagos State Government' is left as it was
    return ending is not None


_GOVERNMENT = (" government", " governments")


def _operated(name: str) -> bool:
    """A name whose head names no body but whose last word is a body's type word ('the Port of X
    Authority', 'Port of Y Company'): the type word closing the name heads it."""
    last = name.rsplit(" ", 1)[-1]
    return last[:1].isupper() and has_org_keyword(last) and not any(
        f" {last.lower()}".endswith(e) for e in _ENDINGS)


def _placed(words: str) -> bool:
    """A place or a people opens the words before 'Government': a state's or a province's
    government, which the components for states and provinces read; only a label ('the New Dawn
    Government') is decided here."""
    first = words.split()[0] if words.split() else ""
    return bool(first) and (starts_with_place(words) or gazetteer().country_of_demonym(first) is not None)


__all__ = ["addressed", "names_no_body"]
