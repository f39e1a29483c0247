"""People and their roles: titles before the name ("Chinese Ambassador to Kazakhstan Zhang Xiao"),
appositions after it ("Wang Zhigang, China's minister of science and technology"), and names next
to a speech verb.  Later single-word mentions ("said Wang") resolve to the full name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopkg.extract import lexicon
from coopkg.extract.facts import Person
from coopkg.extract.orgtypes import has_org_keyword, keywords_in
from coopkg.reference import Gazetteer

TITLE_WORDS = lexicon.words("titles", "title") | lexicon.words("titles", "honorific")
HONORIFICS = lexicon.words("titles", "honorific")
SPEECH = lexicon.word_pattern("speech_verbs")
_NAME_TOKEN = r"(?:[A-Z][a-z]{1,2}\.\s?[A-Z][a-z]+|[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*)"
_PARTICLE = r"(?:\s(?:da|de|do|dos|das|van|von|der|den|bin|ibn|al|el|di|du|la|le))?"  # Lula da Silva
NAME = re.compile(rf"(?<![\w.])({_NAME_TOKEN}(?:{_PARTICLE}\s{_NAME_TOKEN}){{0,6}})(?!\w)")
_NOT_NAME = lexicon.words("not_names") | set(lexicon.MONTHS) | set(lexicon.WEEKDAYS)
PRONOUNS = {"he", "she"}
_ROLE_MODIFIERS = lexicon.words("titles", "modifier")


@dataclass
class PersonMention:
    start: int
    end: int
    name: str


def _is_name(candidate: str, gaz: Gazetteer) -> bool:
    words = re.split(r"\s|(?<=\.)", candidate)
    words = [w for w in words if w]
    if not words or any((w.lower() in _NOT_NAME and not (i == 0 and w in ("She", "He") and
                                                          len(words) > 1))
                        or w.lower() in TITLE_WORDS for i, w in enumerate(words)):
        return False
    if gaz.lookup(candidate) or any(gaz.country_of_demonym(w) or _countries(w, gaz) for w in words):
        return False
    if has_org_keyword(words[-1]):
        return False
    return len(words) >= 2 or "." in candidate


_ABSTRACT = re.compile(r"(?:ity|ion|ment|ics|ure|ance|ence|ism|ogy|ship|ness|airs|ries|ture)$")


def _name_within(text: str, start: int, gaz: Gazetteer) -> tuple[str, int, int] | None:
    """The longest name inside a capitalised run: 'Spokesperson Mao Ning' → 'Mao Ning'."""
    words = text.split(" ")
    particles = sum(1 for w in words if w.islower())
    first = max(0, len(words) - 3 - (particles + 1 if particles else 0))
    if len(words) - first == 3 and _ABSTRACT.search(words[first]):
        first += 1  # 'Minister of Electricity Mohamed Shaker': the noun belongs to the title
    for i in range(first, len(words)):
        candidate = " ".join(words[i:])
        if _is_name(candidate, gaz):
            offset = start + len(" ".join(words[:i])) + (1 if i else 0)
            return candidate, offset, offset + len(candidate)
    return None


_ROLE_OF = re.compile(r"(?:the\s+|a\s+)?(?P<role>(?:[\w\-]+\s+){0,3}?[\w\-]+)\s+(?:of|at)\s+"
                      r"(?:the\s+)?(?P<org>[A-Z][^,]+),\s*$")


def _lower_title_before(before: str, gaz: Gazetteer, country: str | None
                        ) -> tuple[str | None, str | None]:
    """'the company's chief executive Park Sung-ho', 'his Lao counterpart X': a lowercase title
    right before the name, with a country adjective in front of it."""
    m = re.search(r"(?:(?P<adj>[A-Z][\w\-]*)\s+)?(?P<run>(?:[a-z][\w\-]*\s+){1,4})$", before)
    if not m:
        return None, country
    words = m.group("run").split()
    while words and words[0].lower() not in TITLE_WORDS | _ROLE_MODIFIERS:
        words = words[1:]
    if not words or words[-1].lower() not in TITLE_WORDS - HONORIFICS:
        return None, country
    adjective = m.group("adj") if len(words) == len(m.group("run").split()) else None
    code = gaz.country_of_demonym(adjective) if adjective else None
    return " ".join(words), country or code


def _role_before_comma(before: str, gaz: Gazetteer, country: str | None
                       ) -> tuple[str | None, str | None, str | None]:
    """'the spokesman of Kazakh Foreign Ministry, Aibek Smadiyarov'."""
    m = _ROLE_OF.search(before)
    if not m or m.group("role").split()[-1].lower() not in TITLE_WORDS:
        return None, country, None
    org = m.group("org").strip()
    if not has_org_keyword(org):
        return None, country, None
    words = m.group("role").split()
    while len(words) > 1 and words[0].lower() not in TITLE_WORDS | _ROLE_MODIFIERS:
        words = words[1:]
    return " ".join(words), country, org


def _role_before(before: str, gaz: Gazetteer) -> tuple[str | None, str | None, str | None]:
    """(role, country, affiliation-name) from the capitalised run right before a name."""
    run = re.search(r"((?:(?:[A-Z][\w'’\-.]*|of|to|and|the|for|on)\s+)+)$", before)
    if not run:
        return None, None, None
    words = re.split(r"\s+and\s+(?:the\s+)?", run.group(1).strip())[-1].split()
    while words and words[0].lower() not in TITLE_WORDS and not gaz.country_of_demonym(words[0]) \
            and not gaz.country_of_demonym(" ".join(words[:2])) \
            and re.sub(r"['’]s$", "", words[0]) not in {p.label for p in _countries(words[0], gaz)}:
        words = words[1:]
    while words and words[-1].lower() in {"of", "to", "and", "the", "for", "on"}:
        words = words[:-1]
    if not words or not any(w.lower().strip(",") in TITLE_WORDS for w in words):
        return None, None, None
    country = None
    affiliation = None
    first = re.sub(r"['’]s$", "", words[0])
    code = gaz.country_of_demonym(first) or next((p.country for p in _countries(first, gaz)), None)
    two = " ".join(words[:2])
    if not code and len(words) > 2 and gaz.country_of_demonym(two):  # 'South Korean President'
        code, first, words = gaz.country_of_demonym(two), two, words[1:]
    if code:
        country = code
        words = words[1:]
    role_text = " ".join(words)
    tail = re.search(r"\s+of\s+(?:the\s+)?(.+)$", role_text)
    if tail:
        hits = [p for p in gaz.lookup(tail.group(1)) if p.kind == "country"]
        if hits:
            country = country or hits[0].country
            role_text = role_text[: tail.start()]
    for i in range(1, len(words)):
        head = " ".join(words[:i])
        if has_org_keyword(head) and words[i].lower() in TITLE_WORDS:
            affiliation = f"{first} {head}" if code else head
    if all(w.lower() in HONORIFICS for w in role_text.split()):
        return None, country, affiliation
    return role_text or None, country, affiliation


def _countries(word: str, gaz: Gazetteer):
    return [p for p in gaz.lookup(word) if p.kind == "country"]


_VERB_CUT = re.compile(rf"\s+(?:{SPEECH}|termed|described|is|was|are|were|has|have|had|will|"
                       r"would|can|could|being|who|which|that)\b")
_APPOSITION = re.compile(r"^,\s+(?:(?:the|a|an)\s+)?(?:(?P<poss>[A-Z][\w\-]+)['’]s\s+)?"
                         r"(?P<phrase>[^,;:\"“”]+?)(?=,|;|\.\s|\.$|\s+said|\s+told|$)")


def _role_after(after: str, gaz: Gazetteer) -> tuple[str | None, str | None, str | None]:
    m = _APPOSITION.match(after)
    if not m:
        return None, None, None
    phrase = _VERB_CUT.split(m.group("phrase").strip(), maxsplit=1)[0]
    words = phrase.split()
    country = None
    if len(words) > 1 and gaz.country_of_demonym(words[0]):  # 'X, Tajik Minister of Economy'
        country = gaz.country_of_demonym(words[0])
        words = words[1:]
        phrase = " ".join(words)
    if not words or words[0].lower().strip(",") not in TITLE_WORDS:
        return None, None, None
    if m.group("poss"):
        hits = _countries(m.group("poss"), gaz)
        country = hits[0].country if hits else None
    split = re.search(r"\s+(?:of|at|with|from)\s+(?:the\s+)?(?=\S)", phrase)
    affiliation = None
    role = phrase
    if split:
        right = phrase[split.end():]
        if has_org_keyword(right) or (right.islower() and keywords_in(right)) or right.isupper():
            role, affiliation = phrase[: split.start()], right
    else:
        org_start = next((i for i in range(1, len(words)) if words[i].isupper() or
                          has_org_keyword(" ".join(words[i:]))), None)
        if org_start:
            role, affiliation = " ".join(words[:org_start]), " ".join(words[org_start:])
    return role, country, affiliation


def find_people(sentence: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[
        tuple[PersonMention, Person]]:
    out = []
    for m in NAME.finditer(sentence):
        span = _name_within(m.group(1), m.start(1), gaz)
        if span is None:
            continue
        name, start, end = span
        if any(s <= start < e or s < end <= e for s, e in taken):
            continue
        role, country, affiliation = _role_before(sentence[:start], gaz)
        if role is None:
            role, country = _lower_title_before(sentence[:start], gaz, country)
        if role is None:
            role, country, affiliation = _role_before_comma(sentence[:start], gaz, country)
        post = _role_after(sentence[end:], gaz)
        if post[0] and (role is None or role.lower() in HONORIFICS):
            role, country, affiliation = post[0], post[1] or country, post[2] or affiliation
        elif post[1] and not country:
            country = post[1]
        speech = re.search(rf"(?:{SPEECH}|according to)\s*,?\s*$", sentence[:start], re.I) or \
            re.match(rf"\s*(?:{SPEECH}|,\s+{SPEECH})\b", sentence[end:], re.I) or \
            re.match(r"^['’]s\s", sentence[end:]) or \
            re.match(rf",\s+who\s+(?:\w+\s+)?{SPEECH}", sentence[end:])
        if role is None and not speech:
            continue
        person = Person(name=name, role=role, country=country, affiliation=affiliation,
                        evidence=sentence, rule="person.titled" if role else "person.speaker")
        out.append((PersonMention(start, end, name), person))
    return out


def resolve_short(token: str, people: list[Person]) -> Person | None:
    """'Wang' → 'Wang Zhigang'; 'Salikhov' → 'Shavkat Salikhov'; ambiguous → None."""
    hits = [p for p in people if token in re.split(r"[\s.]+", p.name)]
    return hits[-1] if len({p.name for p in hits}) == 1 else None
