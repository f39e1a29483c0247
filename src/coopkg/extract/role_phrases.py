"""Role phrases and the titles people hold: what office 'the consul general', 'the Kenyan
president' or 'the Minister of Energy' names, and whether a person's written role is that office.
Speaker resolution (speakers.py) asks; the words are data (titles, role_generics, title_synonyms,
other_offices)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.cues import may_hold_all
from coopkg.extract.doc import Doc
from coopkg.extract.facts import Person

TITLES = lexicon.words("titles", "title")
_MODIFIERS = lexicon.words("titles", "modifier") | {"general", "vice", "foreign", "prime"}
GENERICS = {row[0]: row[1].split("|") for row in lexicon.rows("role_generics")}
SYNONYMS = {row[0]: row[1].split("|") for row in lexicon.rows("title_synonyms")}  # 'ceo' ~ 'chief executive'
_COMPLEMENT = re.compile(r"\s+(?:of|to|in|for|at|on)\s+.*$")


_MULTI_GENERIC = re.compile(r"(?:^|\s)(?P<g>" +
                            lexicon.alternation([g for g in (*GENERICS, *SYNONYMS) if " " in g]) +
                            r")$", re.I)
_HEADS = TITLES | GENERICS.keys() | SYNONYMS.keys()  # the words a role phrase ends with
_ROLE_LEAD = _HEADS | _MODIFIERS  # the words a role phrase begins with (united once, not per word)
# every word a parsed title can be made of: a phrase with none of them names no role, and most
# subjects a speech verb has ('Experts said', 'Local media reported') are turned away by one test
_ROLE_WORDS_ANY = frozenset(w.lower() for t in _ROLE_LEAD for w in t.split())


# 'the head of Chilean diplomacy' (Spanish and Russian copy): the Chilean 'head of diplomacy';
# 'the head of the Kazakh government': the Kazakh 'head of government'
_HEAD_OF_FIELD = re.compile(r"^(?P<g>head\s+of)\s+(?:the\s+)?(?P<dem>[A-Z][\w’'\-]+)\s+"
                            r"(?P<field>diplomacy|government)$", re.I)


_INNER_DEMONYM = re.compile(r"^(?P<a>[a-z]+)\s+(?P<dem>[A-Z][\w’'\-]+)\s+(?P<b>[a-z][a-z\s]*)$")


def parse_role(doc: Doc, phrase: str) -> tuple[str | None, str | None]:
    """The title and country a role phrase names; a phrase without any title word names none
    (each way of `_parsed_role` returns a title made of the phrase's own words, or nothing)."""
    if _ROLE_WORDS_ANY.isdisjoint(w.lower() for w in phrase.split()):
        return None, None
    return _parsed_role(doc, phrase)


_PARSED_ROLE_RE = re.compile(r"^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+")
_PARSED_ROLE_RE2 = re.compile(r"\s+(?:of|to|in)\s+(?:the\s+)?(.+)$")


def _parsed_role(doc: Doc, phrase: str) -> tuple[str | None, str | None]:
    phrase = _PARSED_ROLE_RE.sub("", phrase.strip())
    field = _HEAD_OF_FIELD.match(phrase)
    if field and _country_word(doc, field.group("dem")):
        phrase = f"{field.group('dem')} head of {field.group('field')}"
    inner = _INNER_DEMONYM.match(phrase)
    if inner and f"{inner['a']} {inner['b']}".lower() in GENERICS and _country_word(doc, inner["dem"]):
        phrase = f"{inner['dem']} {inner['a']} {inner['b']}"  # 'the top Kenyan diplomat'
    generic = _MULTI_GENERIC.search(phrase)
    if generic:  # 'the Kenyan Head of State': 'of State' belongs to the title, it is no country
        lead = phrase[: generic.start()].split()
        return " ".join(generic.group("g").lower().split()), _country_word(doc, lead[-1]) if lead else None
    country = None
    owner = _TRAILING_COUNTRY.search(phrase)  # 'Minister of Foreign Affairs of Kenya'
    hits = [p for p in doc.gaz.lookup(owner.group(1)) if p.kind == "country"] if owner else []
    if hits:
        country, phrase = hits[0].country, phrase[: owner.start()]
    of = _PARSED_ROLE_RE2.search(phrase)
    if of:
        hits = [p for p in doc.gaz.lookup(of.group(1)) if p.kind == "country"]
        if not hits:
            return _whole_title(doc, phrase, of.start())
        country, phrase = hits[0].country, phrase[: of.start()]
    words = phrase.split()
    if len(words) > 2 and _country_word(doc, " ".join(words[:2])):  # 'South Korean', 'Sri Lankan'
        country, words = _country_word(doc, " ".join(words[:2])), words[2:]
    elif len(words) > 1 and _country_word(doc, words[0]):
        country, words = _country_word(doc, words[0]), words[1:]
    while words and words[0].lower() not in _ROLE_LEAD:
        words = words[1:]
    if not words or not (words[-1].lower() in _HEADS or len(words) > 1 and
                         words[-1].lower() == "general" and words[-2].lower() in TITLES):
        return None, None  # 'consul general', 'attorney general': a title before 'general'
    return " ".join(words).lower(), country


def _whole_title(doc: Doc, phrase: str, of: int) -> tuple[str | None, str | None]:
    """'Egyptian Minister of Electricity and Renewable Energy': a title whose complement is a
    portfolio, not a country, is matched whole (its holder's role is written the same)."""
    words = phrase[:of].split()
    country = _country_word(doc, words[0]) if len(words) > 1 else None
    words = words[1:] if country else words
    if not words or words[-1].lower() not in TITLES:
        return None, None
    return " ".join([*words, *phrase[of:].split()]).lower(), country


_COUNTRY_WORD_RE = re.compile(r"(.+)['’]s")
# a portfolio title's country after its portfolio: 'Minister of Trade of Kenya'
_TRAILING_COUNTRY = re.compile(r"(?<=\S)\s+of\s+(?:the\s+)?([A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2})$")
_PORTFOLIO_OF = re.compile(r"^(?P<head>[a-z]+)\s+(?:of|for)\s+(?:the\s+)?(?P<field>[a-z][a-z\s]*?)$")
_AFFAIRS = re.compile(r"\s+affairs$")


def _portfolio_key(title: str) -> str | None:
    """One form for a portfolio title written either way: 'minister of foreign affairs',
    'minister for foreign affairs', 'foreign affairs minister' and 'foreign minister' are all
    'foreign minister' (news English puts the portfolio before or after the title, with or
    without 'affairs'); None for a title of no portfolio."""
    words = " ".join(title.lower().split())
    m = _PORTFOLIO_OF.match(words)
    if m and m.group("head") in TITLES:
        return f"{_AFFAIRS.sub('', m.group('field'))} {m.group('head')}"
    parts = words.split()
    if len(parts) >= 2 and parts[-1] in TITLES and " of " not in words and " for " not in words:
        return f"{_AFFAIRS.sub('', ' '.join(parts[:-1]))} {parts[-1]}"
    return None


def _country_word(doc: Doc, word: str) -> str | None:
    """'Kenyan', "Kenya's" or a capitalised country name as a noun adjunct ('the Gambia Foreign
    Minister') before a title: the country whose holder it is."""
    owner = _COUNTRY_WORD_RE.fullmatch(word)
    if owner is None:
        named = word[:1].isupper() and next((p.country for p in doc.gaz.lookup(word)
                                             if p.kind == "country"), None)
        return doc.gaz.country_of_demonym(word) or named or None
    return next((p.country for p in doc.gaz.lookup(owner.group(1)) if p.kind == "country"), None)


def role_is(role: str, title: str) -> bool:
    """'Consul General' is a 'consul general'; 'Secretary to President' is not a 'president';
    a title with its complement may be named whole ('minister of foreign affairs'), and each
    title of a double role by itself ('Prime Minister and Minister for Foreign Affairs')."""
    whole = " ".join(role.lower().split())
    if whole == title:  # 'Minister of Foreign Affairs' is one whole title
        return True
    for part in whole.split(" and "):  # 'Prime Minister and Minister for Foreign Affairs'
        head = _COMPLEMENT.sub("", part)
        if head == title or head.endswith(" " + title) and not _other_office(head, title):
            return True
        if _portfolio_key(part) and _portfolio_key(part) == _portfolio_key(title):
            return True
        if _inner_field(head, title):
            return True
    return False


def _inner_field(head: str, title: str) -> bool:
    """'Deputy Foreign Minister' is a 'deputy minister', 'Regional Trade Commissioner' a 'trade
    commissioner': the title's words in order, ending the role, with field words between them
    that make no other office ('Deputy Prime Minister' is no 'deputy minister')."""
    want, have = title.split(), head.split()
    if len(want) < 2 or have[-1:] != want[-1:]:
        return False
    rest = iter(have)
    if not all(any(w == h for h in rest) for w in want):
        return False
    return not _other_office(head, want[-1])


# 'prime minister' is no 'minister', 'vice president' no 'president': the word before the title
# makes another office, which 'the minister' or 'the president' never names (other_offices.tsv)
_OTHER_OFFICES = frozenset(lexicon.rows("other_offices"))


def _other_office(head: str, title: str) -> bool:
    before = head[: -len(title)].split()
    return bool(before) and (before[-1], title) in {(m, t) for m, t, *_ in _OTHER_OFFICES}


def titled_in_text(doc: Doc, title: str, person: Person) -> bool:
    """Whether a sentence writes `title` and the person's name together ('Title Name', 'Name, the
    Title').  The patterns are built for this pair, and compiling them costs more than reading
    every sentence: only sentences that hold the words a pattern needs are scanned, and where
    none does the pattern is not compiled ('Name,' is rare, so the second one seldom is)."""
    name = person.name
    texts = [s.text for s in doc.sents if may_hold_all(s.text, (title, name))]
    if not texts:
        return False
    before = re.compile(rf"\b{re.escape(title)}\b(?:(?!\band\b)[^,;.]){{0,40}}?\b{re.escape(name)}\b", re.I)
    if any(map(before.search, texts)):
        return True
    texts = [text for text in texts if may_hold_all(text, (f"{name},",))]
    return bool(texts) and any(map(re.compile(rf"\b{re.escape(name)},\s+(?:the\s+)?(?:[\w\-’']+\s+){{0,3}}?"
                                              rf"{re.escape(title)}\b", re.I).search, texts))
