"""When a country's name or adjective names something else: a currency ('US$', 'Swiss francs'),
a sea or river ('Indian Ocean', 'Gulf of Mexico'), or, for an adjective, a language, a cuisine or
a festival ('Spanish language', 'learn Portuguese', 'Chinese New Year').  Apart from `places`,
which asks it of every country hit, so that the word classes it reads live in one place."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.end_anchored import EndAnchored

_FEATURE_WORDS = lexicon.words("place_words", "feature")
_NOT_NATIONAL = lexicon.words("place_words", "not-national")
_ADJECTIVE_NAMES = frozenset({"thai", "lao", "myanmar"})  # names that are also the adjective
_CURRENCY_WORDS = frozenset(w for w in lexicon.words("currencies") if w.isalpha() and w.islower()
                            and len(w) > 2) - {"euro", "euros", "won"}  # 'the Korean won the race'

_CURRENCY_AFTER = re.compile(r"\s+dollars?\b", re.I)
_DOLLAR_AFTER = re.compile(r"\s?\$")  # 'US$', 'HK $', after a short form only ('lent Pakistan $5m')
_NEXT_WORDS = re.compile(r"[\s\-]+([A-Za-z]+)(?:\s+([A-Za-z]+))?")
# speed only: tested first for the 'of' or 'the' that ends every match (end_anchored.py)
_FEATURE_OF = EndAnchored(re.compile(r"\b(?:[A-Z][a-z]+)\s+of\s+(?:the\s+)?$"), ("of", "the"))


def no_country_use(text: str, hit: tuple) -> bool:
    """A country's name or adjective that names something else: a currency ('US$', 'Swiss
    francs'), a sea or river ('Indian Ocean', 'Congo River', 'Gulf of Mexico'), or, for an
    adjective, a language, cuisine or festival ('Spanish language', 'Chinese New Year')."""
    surface = text[hit[0]:hit[1]]
    if _CURRENCY_AFTER.match(text, hit[1]) or (
            _DOLLAR_AFTER.match(text, hit[1]) and len(surface.replace(".", "")) <= 3):
        return True
    following = _NEXT_WORDS.match(text, hit[1])
    first = following.group(1).lower() if following else ""
    two = f"{first} {(following.group(2) or '').lower()}" if following else ""
    if first in _CURRENCY_WORDS or (first in _FEATURE_WORDS and following.group(1)[:1].isupper()):
        return True
    feature_of = _FEATURE_OF.search(text[max(0, hit[0] - 30):hit[0]])
    if feature_of and feature_of.group(0).split()[0].lower() in _FEATURE_WORDS:
        return True
    if hit[3] != "demonym" and surface.lower() not in _ADJECTIVE_NAMES:
        return False
    return first in _NOT_NATIONAL or two in _NOT_NATIONAL or _spoken_language(text, hit) or \
        _conjunct_language(text, hit[1])


_CONJUNCTS = re.compile(r"(?:(?:,\s*|\s+(?:and|or)\s+)[A-Z][\w’'\-]+)+\s+([a-z]+)(?:\s+([a-z]+))?")


def _conjunct_language(text: str, end: int) -> bool:
    """'Portuguese and Spanish language instruction': the first of joined adjectives shares
    the last one's noun."""
    m = _CONJUNCTS.match(text, end)
    return bool(m) and (m.group(1) in _NOT_NATIONAL or f"{m.group(1)} {m.group(2)}" in _NOT_NATIONAL)


_LANGUAGE_BEFORE = re.compile(r"(?:\b(?i:in|into|speak\w*|spoke\w*|learn\w*|teach\w*|taught|"
                              r"stud(?:y|ying|ied))\s+|\b(?i:languages?|tongues?)(?:\s*[,:(]\s*|"
                              r"\s+(?i:such\s+as|including|like|are|is|were|was|of)\s+))"
                              r"(?:[A-Z]\w+(?:,\s*|\s+(?:and|or)\s+))*$")
_LIST_END = re.compile(r"(?:(?:,\s*|\s+(?:and|or)\s+)[A-Z]\w+)*(?:\s*[,.;:)]|\s*$|\s+(?:and|or)\s+[a-z]|"
                       r"\s+(?:by|for|with|at|on|in|to|from|as|is|was|were|but|while|when|after|before|"
                       r"that|during)\b)")


def _spoken_language(text: str, hit: tuple) -> bool:
    """'learn Spanish and Portuguese', 'translated into Russian', 'two official languages,
    English and French': adjectives standing alone after a verb of speech or learning, after
    'in/into', or listed after the noun 'language(s)' name languages."""
    return bool(_LANGUAGE_BEFORE.search(text[max(0, hit[0] - 60):hit[0]]) and
                _LIST_END.match(text, hit[1]))
