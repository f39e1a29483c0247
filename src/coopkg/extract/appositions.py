"""Roles written after a name, as an apposition ('Ada Obi, Kenya's trade minister, said',
'Dr. Y – Vice Director of the Z Institute', 'X-Dean of Law'): the role, the country and the
body it names.  Apart from `titles` (titles before a name) so that each reader stays small."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.orgtypes import has_org_keyword, keywords_in
from coopkg.extract.titles import (
    _ROLE_MODIFIERS,
    _STRONG_TITLES,
    HONORIFICS,
    SPEECH,
    TITLE_WORDS,
    _without_country,
    countries_named,
)
from coopkg.reference import Gazetteer

# Speed only: the union the role tests read, built once instead of per word (both frozen)
_TITLE_OR_MODIFIER = TITLE_WORDS | _ROLE_MODIFIERS
_VERB_CUT = re.compile(rf"\s+(?:{SPEECH}|termed|described|is|was|are|were|has|have|had|will|"
                       r"would|can|could|being|who|which|that|[a-z]{3,}ed)\b")  # '..., joined the meeting'
_APPOSITION = re.compile(r"^(?:,\s+|\s+[–—]\s+|-(?=[A-Z]))"  # 'X, the', 'X – the', 'X-Dean of'
                         r"(?:(?:aged\s+)?\d{1,3},\s+)?(?:(?:the|a|an)\s+)?"  # 'X, 54, the'
                         r"(?:(?P<poss>(?:[A-Z][\w\-]*\s+){0,2}[\w\-]+)['’]s\s+)?"  # "South Korea's"
                         r"(?P<phrase>[^,;:\"“”]+?)(?=,|;|\.\s|\.$|\s+said|\s+told|$)")
# lowercase words that never qualify a title: 'X, along with minister Y', 'X, and other ministers'
_NOT_FIELD = {"and", "or", "with", "along", "of", "to", "in", "for", "on", "at", "by", "from", "as",
              "his", "her", "its", "their", "our", "other", "several", "many", "some", "all", "both",
              "former", "new", "then", "now", "also", "not"}


_CLOSED_ROLE_AFTER_RE = re.compile(r"\s*(?:,|\.(?:\s|$)|;|$|said\b|told\b)")


def closed_role_after(after: str, gaz: Gazetteer) -> tuple[str | None, str | None, str | None]:
    """`role_after` for an apposition the text closes ('X, the envoy to Peru, said', 'said X, the
    envoy to Peru.') whose role has a title word that is never a mere honorific or weak title
    ('X, the chief sponsor, ...' names no one)."""
    m = _APPOSITION.match(after)
    if m is None or not _CLOSED_ROLE_AFTER_RE.match(after[m.end():]):
        return None, None, None
    found = role_after(after, gaz)
    role = found[0] or ""
    return found if any(w.lower() in _STRONG_TITLES for w in role.split()) else (None, None, None)


_AND_CAP = re.compile(r"\s+and\s+(?=[A-Z])")


_AND_PARTY_RE = re.compile(r"\b(?:of|for|at|in|to|on)\b")


def _and_party(phrase: str) -> str:
    """'X – Vice President and Acme University, by Y': after a bare title with no complement,
    'and' and a capitalised phrase without a title word start the next party, not the role;
    'and Dr.', 'and Mr.' always start the next person."""
    m = _AND_CAP.search(phrase)
    if m is None:
        return phrase
    rest = phrase[m.end():].split()
    if rest[0].lower().rstrip(".") not in HONORIFICS and (
            _AND_PARTY_RE.search(phrase[: m.start()]) or
            any(w.lower().strip(",") in TITLE_WORDS for w in rest)):
        return phrase
    return phrase[: m.start()]


_POSTED = re.compile(r"\w+\s+of\s+(?:the\s+)?(?P<c>.+?)\s+(?:to|in)\s+(?:the\s+)?(?P<p>.+)$")
_OF = re.compile(r"\s+of\s+(?:the\s+)?(?=\S)")


def _field_of(phrase: str, split: re.Match[str]) -> re.Match[str]:
    """'Dean of International Affairs of Acme University': a field without a body word between
    two 'of's belongs to the role; the body is what the last 'of' names."""
    while True:
        nxt = _OF.search(phrase, split.end())
        if nxt is None or has_org_keyword(phrase[split.end(): nxt.start()]) or \
                not has_org_keyword(phrase[nxt.end():]):
            return split
        split = nxt


_ROLE_AFTER_RE = re.compile(r"(?:,\s+|\s+[–—]\s+)(?:the|a|an)\s")
_ROLE_AFTER_RE2 = re.compile(r"\s+(?:of|at|with|from)\s+(?:the\s+)?(?=\S)")


# forms of address, not the words that are also an adjective in names ('General Managing Director')
_ADDRESS = HONORIFICS - lexicon.words("weak_titles")


def role_after(after: str, gaz: Gazetteer) -> tuple[str | None, str | None, str | None]:
    m = _APPOSITION.match(after)
    if not m:
        return None, None, None
    cut = _VERB_CUT.split(m.group("phrase").strip(), maxsplit=1)
    if len(cut) > 1 and _ROLE_AFTER_RE.match(after) and \
            _FINITE.match(m.group("phrase").strip()[len(cut[0]):]):
        return None, None, None  # 'At the invitation of X, the Kenyan president will travel'
    phrase = _and_party(cut[0])
    words = phrase.split()
    country = None
    if len(words) > 1 and gaz.country_of_demonym(words[0]):  # 'X, Tajik Minister of Economy'
        country = gaz.country_of_demonym(words[0])
        words = words[1:]
        phrase = " ".join(words)
    head = next((i for i, w in enumerate(words[:4]) if w.lower().strip(",") in TITLE_WORDS), None)
    if all(w.lower().strip(",.") in HONORIFICS or w.lower().strip(",") in HONORIFICS for w in words):
        return None, None, None  # 'Minister of Trade, H.E. Ada Obi': a form of address is no role
    if head is not None and words[head].lower().strip(",") in _ADDRESS and head + 1 < len(words) and \
            words[head + 1][:1].isupper() and words[head + 1].lower().strip(",") not in TITLE_WORDS:
        return None, None, None  # '..., Shri V. Ravi, on behalf of': the next person, addressed
    acronym = head is not None and _acronym_led(words[:head])
    if head is None or not (all(w[:1].isupper() for w in words[:head]) or _fields(words[:head]) or acronym):
        return None, None, None
    if head and _fields(words[:head]):
        head = 0  # 'the foreign minister': the field words belong to the role
    elif acronym:  # 'X, MOT cabinet secretary': the body's acronym, then the role with its field
        words, head = [words[0], " ".join(words[1:head + 1]), *words[head + 1:]], 1
    if _next_name(words[head:]):
        return None, None, None  # 'President X, Greek Prime Minister Y and ...': Y's own title
    body = " ".join(words[:head]) or None  # 'X, ACME Representative in Y': the body's name
    words, phrase = words[head:], " ".join(words[head:])

    phrase, stated = _without_country(phrase, gaz, posted=False)  # an apposition may run on
    posted = _POSTED.match(phrase)
    if stated is None and posted and all(countries_named(posted[g], gaz) for g in ("c", "p")):
        phrase, stated = _without_country(phrase, gaz)  # 'X, Ambassador of Chile to Peru and Y'
    country = country or stated
    if m.group("poss") and m.group("poss")[:1].isupper():
        hits = countries_named(m.group("poss"), gaz)
        country = hits[0].country if hits else None
    words = phrase.split()  # without the country: 'of the Russian Federation' names no body
    split = _ROLE_AFTER_RE2.search(phrase)
    affiliation = None
    role = phrase
    if split:
        split = _field_of(phrase, split)
        right = phrase[split.end():]
        if has_org_keyword(right) or (right.islower() and keywords_in(right)) or right.isupper():
            role, affiliation = phrase[: split.start()], right
    else:
        org_start = next((i for i in range(1, len(words)) if words[i].isupper() or
                          words[i][:1].isupper() and words[i].lower() not in _TITLE_OR_MODIFIER
                          and has_org_keyword(" ".join(words[i:]))), None)
        if org_start:
            role, affiliation = " ".join(words[:org_start]), " ".join(words[org_start:])
    return role, country, affiliation or body


# an apposition never runs on into a finite verb: '<name>, the Kenyan president will travel to
# Y' is the subject of the next clause (after an opening phrase), not the name's role; a plural
# verb may close a list of names with their roles ('..., and X, ACME Representative, were present')
_FINITE = re.compile(r"\s+(?:will|would|shall|is|was|has|had|can|could)\s")


def _next_name(words: list[str]) -> bool:
    """'Greek Prime Minister Nikos Lazaridis': two capitalised words after the title words that
    are neither title words nor a body's name are the next person, not the role's tail."""
    rest = [w.strip(",") for w in words]
    i = next((k for k, w in enumerate(rest) if w.lower() not in _TITLE_OR_MODIFIER), len(rest))
    pair = rest[i:i + 2]
    return i > 0 and len(pair) == 2 and all(w[:1].isupper() and w.replace("-", "").isalpha() and
                                            w.lower() not in TITLE_WORDS for w in pair) and \
        not has_org_keyword(" ".join(rest[i:]))


def _fields(words: list[str]) -> bool:
    """'X, the foreign minister of Y', 'X, the Iraqi oil minister': one or two lowercase words
    before the title word name its field."""
    return len(words) <= 2 and all(w.isalpha() and w.islower() and w not in _NOT_FIELD
                                   for w in words)


def _acronym_led(words: list[str]) -> bool:
    """'X, MOT cabinet secretary': a body's acronym, then one or two lowercase field words before
    the title word, as 'X, the trade minister' has them without the body."""
    return len(words) > 1 and len(words[0]) >= 2 and words[0].isalpha() and words[0].isupper() \
        and _fields(words[1:])
