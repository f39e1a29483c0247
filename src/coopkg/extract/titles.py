"""Role titles around a person's name: before it ('Kazakh Foreign Minister X', 'the Minister of
Energy and Water of the Republic of Y X', 'the President, Mr X'), or in an apposition after it
('X, the minister's spokesman', 'X, ACME Representative in Z').  Returns (role, country,
affiliation); the role is the title as written, without the country adjective or the 'of
<country>' complement."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.cues import folded
from coopkg.extract.end_anchored import EndAnchored
from coopkg.extract.orgtypes import has_org_keyword
from coopkg.extract.title_runs import lead_kept
from coopkg.reference import Gazetteer

TITLE_WORDS = lexicon.words("titles", "title") | lexicon.words("titles", "honorific")
BODY_TITLES = lexicon.words("body_titles")  # "Cabinet Secretary": the type word names no body
HONORIFICS = lexicon.words("titles", "honorific")
SPEECH = lexicon.word_pattern("speech_verbs")
_ROLE_MODIFIERS = lexicon.words("titles", "modifier")
_LOWER_MODIFIERS = _ROLE_MODIFIERS | lexicon.words("titles", "lowercase-modifier")
_FIELDS = lexicon.words("title_fields")
_MODIFIER_OR_FIELD = _ROLE_MODIFIERS | _FIELDS  # speed only: `_qualifies_title`'s union, built once
_HONORIFIC = "|".join(re.escape(h.rstrip(".")).replace(r"\.", r"\.?\s?")
                      for h in sorted(HONORIFICS, key=len, reverse=True))
_HONORIFIC_RUN = re.compile(rf"(?:(?<![\w.\-])(?i:{_HONORIFIC})\.?\s+)+$")
_WEAK_TITLES = lexicon.words("weak_titles")
_STRONG_TITLES = TITLE_WORDS - HONORIFICS - _WEAK_TITLES
# the small words that join a title's parts ('Minister of Trade and Industry')
JOINERS = frozenset({"of", "to", "in", "for", "and", "the", "on", "at", "&"})
# Unions the scans below ask of every word, made once.
# 'his Kenyan peer X': a title only in lowercase, and capitalised a given name ('Peer Lindqvist'),
# so never a word that keeps a capitalised run from being a name
_LOWERCASE_TITLES = lexicon.words("titles", "lowercase-title")
_TITLES_OR_MODIFIERS = TITLE_WORDS | _ROLE_MODIFIERS | _LOWERCASE_TITLES
_IN_TITLE_RUN = JOINERS | TITLE_WORDS | _ROLE_MODIFIERS
NON_HONORIFIC_TITLES = (TITLE_WORDS - HONORIFICS) | _LOWERCASE_TITLES


def strip_honorifics(before: str) -> tuple[str, bool]:
    """'... the President, Mr ' → ('... the President, ', True): an honorific is evidence of a
    person and never part of the role or the name; a 'General' after a title that takes one
    ('Consul General ', 'Director General Dr ') stays with the title."""
    m = _honorific_run(before)
    if m is None:
        return before, False
    start = _general_kept(before, m.start())
    rest = before[start:]
    return before[:start], bool(rest.strip())


_GENERAL_TITLES = lexicon.words("general_titles")
_GENERAL = re.compile(r"General\s+", re.I)
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")


def _general_kept(before: str, start: int) -> int:
    """Where the honorifics begin once a postpositive 'General' of the title before them is
    given back to the title ('Consul General X': the consul general, not General X)."""
    general = _GENERAL.match(before, start)
    word = _LAST_WORD.search(before, max(0, start - 20), start) if general else None
    return general.end() if word and word.group(1).lower() in _GENERAL_TITLES else start


# An honorific as written ('H. E.' for 'h.e.') and its point are at most this long.
_HONORIFIC_SPAN = 2 * max(map(len, HONORIFICS), default=0) + 2


def _honorific_run(before: str) -> re.Match[str] | None:
    """`_HONORIFIC_RUN.search(before)`, scanning only the end of `before`: a run ends in
    whitespace, and each honorific in it starts within `_HONORIFIC_SPAN` of the whitespace
    after it, so the search widens one honorific at a time while one may precede the match
    (a scan of the whole text before every name costs that text's length each time)."""
    end = len(before.rstrip())
    if end == len(before):
        return None
    m = _HONORIFIC_RUN.search(before, max(0, end - _HONORIFIC_SPAN))
    while m and m.start() and before[m.start() - 1].isspace():
        lead = len(before[: m.start()].rstrip())
        earlier = _HONORIFIC_RUN.search(before, max(0, lead - _HONORIFIC_SPAN))
        if earlier is None or earlier.start() >= m.start():
            break
        m = earlier
    return m


_AND_END = EndAnchored(re.compile(r"(?:\band|&)$"), ("and", "&"))
_DASH_END = EndAnchored(re.compile(r"\s[-–—]$"), ("-", "–", "—"))


def role_before(before: str, gaz: Gazetteer) -> tuple[str | None, str | None, str | None]:
    """The title phrase ending right before a name, tried from the most specific form to the
    most general; a comma between title and name ('the President of X, Name') is allowed."""
    stripped = _BRACKETED_SHORT.sub(",", before.rstrip())  # 'Chairman of the X Corporation (XC), Name'
    if _AND_END.search(stripped):
        return None, None, None  # 'Ambassador X and Pedro Soto': the title is X's
    dash = _DASH_END.search(stripped)  # 'the country's President - Name': like a comma
    stripped = stripped[: dash.start()] + "," if dash else stripped
    comma = stripped.endswith(",")
    core = stripped[:-1] + " " if comma else before
    role, country, affiliation = _role_before(core, gaz)
    if role is None:
        role, country = _lower_title_before(core, gaz, country)
    if role is None and comma:
        role, country, affiliation = _role_before_comma(before, gaz, country)
    if role is None:
        role, country, affiliation = _nearest_title(core, gaz)
    return role, country, affiliation


_BRACKETED_SHORT = re.compile(r"\s*\([A-Z][A-Za-z&.\-]{1,11}\)\s*,$")
_COMPLEMENT = re.compile(r"(?:(?:of|for|to|in|on|at|with)\s+(?:the\s+)?(?:[\w'’\-.&]+,?\s+){0,10})?")
_NOT_IN_TITLE = re.compile(rf"\b(?:{SPEECH}|is|was|were|are|has|have|had|will|who|which|that|"
                           r"signed|met|visited|held|said)\b|"
                           # 'Minister of X of Peru, received a call from Y': a clause's verb after a comma
                           r",\s+(?:also\s+)?(?-i:[a-z]+ed)\s+(?:an?|the|with|by|from|to|on|in)\b|"
                           # 'Minister X in July at the Y': a date adverbial ends the title's clause
                           rf"\b(?:in|on|since|last)\s(?-i:{lexicon.MONTH_NAMES}|{lexicon.WEEKDAY_NAMES})\b",
                           re.I)


_ELIDED = re.compile(r"d['’][A-Z]")  # 'Chargé d’Affaires': an elided French 'de' inside a title
_NEXT_PHRASE = re.compile(rf",\s+(?:the|a|an|(?i:{_HONORIFIC}))\b")  # 'Director of X, Dr. Y, the ...'
_OPENS_LOWER_TITLE = re.compile(r"^(?:(?i:the|a|an|his|her|its|their)|[A-Z][\w\-]*|[\w\-]+['’]s?)$|"
                                rf"^(?i:{'|'.join(sorted(_LOWER_MODIFIERS | TITLE_WORDS))})$")


# 'head of state', 'head of government': an office named in three words, never a verb's object
_OFFICE_TITLES = {w for w in lexicon.words("event_words", "head") if len(w.split()) == 3}
_NEAREST_TITLE_RE = re.compile(r"(?:\band|&|,)$")


def _nearest_title(before: str, gaz: Gazetteer) -> tuple[str | None, str | None, str | None]:
    """'Minister of science, technology and innovation X', 'ambassador to Kenya X': the
    leftmost title word whose complement ('of ...', 'to ...', 'in ...') runs up to the name
    without a verb in between."""
    tokens = before.split()[-16:]
    start = None
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].rstrip(",")
        if word.lower() not in _STRONG_TITLES and not (word.islower() and word in _WEAK_TITLES):
            continue  # a weak title opens names of bodies only when capitalised ('Executive Office')
        if tokens[i].islower() and i and not _OPENS_LOWER_TITLE.search(tokens[i - 1]) and \
                " ".join(tokens[i:i + 3]).lower() not in _OFFICE_TITLES:
            continue  # 'invited firms to partner on ...': a verb, not a title; 'met head of state X' is one
        rest = " ".join(tokens[i + 1:])
        if _NEAREST_TITLE_RE.search(rest):
            break  # 'Ambassador X Y and Pedro Soto': the title is the first conjunct's
        rest = rest + " " if rest else ""
        if _NOT_IN_TITLE.search(rest) or _NEXT_PHRASE.search(rest) or \
                not _COMPLEMENT.fullmatch(rest) and not all(
                w[:1].isupper() or w.lower() in _IN_TITLE_RUN or _ELIDED.match(w)
                for w in rest.split()):
            if start is not None:
                break
            continue
        start = i
    if start is None:
        return None, None, None
    while start and (tokens[start - 1].islower() and tokens[start - 1] in _LOWER_MODIFIERS or
                     tokens[start - 1].istitle() and tokens[start - 1].lower() in _ROLE_MODIFIERS):
        start -= 1  # 'state minister for youth X', 'Permanent Secretary in the Ministry of Y X'
    return _parse_phrase(tokens, start, gaz)


_PARSE_PHRASE_RE = re.compile(r"\s+(?:of|to|in|at)\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<rest>.+)$")
_PARSE_PHRASE_RE2 = re.compile(r"\s+of\s+the\s")
_PARSE_PHRASE_RE3 = re.compile(r"['’]s$")


def _parse_phrase(tokens: list[str], start: int, gaz: Gazetteer
                  ) -> tuple[str | None, str | None, str | None]:
    lead = tokens[start - 1] if start else ""
    possessor = _PARSE_PHRASE_RE3.sub("", lead)
    country = gaz.country_of_demonym(lead) or next(
        (p.country for p in countries_named(possessor, gaz)), None) if lead[:1].isupper() else None
    phrase, stated = _without_country(" ".join(tokens[start:]).rstrip(", "), gaz)
    country = country or stated
    role = phrase
    of = _PARSE_PHRASE_RE.search(phrase)
    if of:
        hits = countries_named(of.group("rest"), gaz)
        body = _PARSE_PHRASE_RE2.match(phrase[of.start():]) and has_org_keyword(of.group("rest"))
        if hits or body or phrase[of.start():].split()[0] != "of":
            role = phrase[: of.start()]  # 'Minister of Energy' keeps its field, not 'of Norway'
        if hits and phrase[of.start():].split()[0] == "of":
            country = country or hits[0].country
    return role or None, country, None


# Speed only: a match's one comma is the text's last (',\s*$') and nothing is asserted before its
# start, so the scan from after the comma before that one finds the same leftmost match
_ROLE_OF = re.compile(r"(?:the\s+|a\s+)?(?P<role>(?:[\w\-]+\s+){0,3}?[\w\-]+)\s+(?P<prep>of|at|from)\s+"
                      r"(?:the\s+)?(?P<org>[A-Z][^,]+),\s*$")


_LOWER_TITLE_BEFORE_RE = re.compile(r"(?:(?P<adj>[A-Z][\w\-]*)\s+)?(?P<run>(?:[a-z][\w\-]*\s+){1,4})$")


def _lower_title_before(before: str, gaz: Gazetteer, country: str | None
                        ) -> tuple[str | None, str | None]:
    """'the company's chief executive Park Sung-ho', 'his Lao counterpart X': a lowercase title
    right before the name, with a country adjective in front of it."""
    if not _ends_in_lower_title(before):
        return None, country  # speed only: what the search below would find is no title
    m = _LOWER_TITLE_BEFORE_RE.search(before)
    if not m:
        return None, country
    words = m.group("run").split()
    while words and words[0].lower() not in _TITLES_OR_MODIFIERS:
        words = words[1:]
    if not words or words[-1].lower() not in NON_HONORIFIC_TITLES:
        return None, country
    dropped = m.group("run").split()[:-len(words)]  # 'the Kenya federal president': a plain adjective
    adjective = m.group("adj") if len(dropped) <= 1 and "’" not in "".join(dropped) and \
        "'" not in "".join(dropped) else None
    # 'the Kenya federal president X': a country's name used as its adjective, as headlines do
    code = (gaz.country_of_demonym(adjective) or next(
        (p.country for p in countries_named(adjective, gaz)), None)) if adjective else None
    return " ".join(words), country or code


_LOWER_WORD = re.compile(r"[a-z][\w\-]*")


def _ends_in_lower_title(before: str) -> bool:
    """Speed only: `_lower_title_before` finds a title only when the last word of its run, the
    word closing `before` ahead of whitespace, is a lowercase title word; that word is read
    from the end instead of the whole text before each name being scanned for the run."""
    if not before[-1:].isspace():
        return False
    last = before.rsplit(None, 1)[-1:]
    return bool(last) and bool(_LOWER_WORD.fullmatch(last[0])) and \
        last[0].lower() in NON_HONORIFIC_TITLES


def _role_before_comma(before: str, gaz: Gazetteer, country: str | None
                       ) -> tuple[str | None, str | None, str | None]:
    """'the spokesman of the Kenyan Foreign Ministry, Ada Okafor'."""
    m = _ROLE_OF.search(before, before.rfind(",", 0, max(0, before.rfind(","))) + 1)  # speed only: _ROLE_OF
    if not m or m.group("role").split()[-1].lower() not in TITLE_WORDS:
        return _role_comma_body(before, gaz, country)
    org = m.group("org").strip()
    owner = _OWNED_BODY.match(org)
    hits = countries_named(owner.group("c"), gaz) if owner else []
    if m.group("prep") == "from":  # 'his counterpart from the Republic of X, Y': a country only
        hits = countries_named(org, gaz)
        return (" ".join(m.group("role").split()[-1:]), country or hits[0].country, None) if hits else \
            (None, country, None)
    if not has_org_keyword(org) and not hits:
        return None, country, None
    words = m.group("role").split()
    while len(words) > 1 and words[0].lower() not in _TITLES_OR_MODIFIERS:
        words = words[1:]
    if hits:  # "the head of Norway's fisheries agency, X": a country's body, named by description
        return " ".join(words), country or hits[0].country, None
    return " ".join(words), country, org


# 'Chief Executive Officer, Ghana Export Authority, Hon Ada Mensah': a list item of official
# programmes, the title, the body, the name, each set off by commas
_ROLE_COMMA_BODY = re.compile(r"(?:^|[;:]|\bwere|\bincluded?|\band|,)\s*(?:the\s+)?"
                              r"(?P<role>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*),\s+"
                              r"(?P<org>[A-Z][^,;:]+?),\s*$")


def _role_comma_body(before: str, gaz: Gazetteer, country: str | None
                     ) -> tuple[str | None, str | None, str | None]:
    m = _ROLE_COMMA_BODY.search(before)
    if not m or m.group("role").split()[-1].lower() not in TITLE_WORDS or \
            not has_org_keyword(m.group("org")):
        return None, country, None
    words = m.group("org").split()
    code = gaz.country_of_demonym(words[0]) or next(
        (p.country for p in countries_named(words[0], gaz)), None)
    return m.group("role"), country or code, m.group("org").strip()


_OWNED_BODY = re.compile(r"(?P<c>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)['’]s\s+[a-z][a-z\s\-]*$")


def _country_owner(word: str, gaz: Gazetteer) -> bool:
    """"Kenya's", 'Peru', "UAE's": a country by its name, or by the capitals it is known by
    (a country's abbreviation is written in capitals; any other form must be the full name)."""
    bare = _PARSE_PHRASE_RE3.sub("", word)
    hits = countries_named(bare, gaz)
    return any(p.label == bare for p in hits) or bool(hits) and bare.isupper() and len(bare) > 1


_ROLE_BEFORE_RE = re.compile(r"\s+of\s+the\s+(?:[\w'’]+\s+){0,2}Republic$")
_ROLE_BEFORE_RE2 = re.compile(r"((?:(?:[A-Z][\w'’\-.]*|d['’][A-Z]\w*|of|to|and|the|for|on)\s+)+)$")
_ROLE_BEFORE_RE3 = re.compile(r"(?:^|\s+)and\s+(?:the\s+)?")
_ROLE_BEFORE_RE4 = re.compile(r"^.*\s+of\s+(?:the\s+)?(.+)$")
_JOINER_OPENERS = frozenset({"of", "to", "and", "the", "for", "on"})


def _role_before(before: str, gaz: Gazetteer) -> tuple[str | None, str | None, str | None]:
    """(role, country, affiliation-name) from the capitalised run right before a name."""
    # 'Chargé d’Affaires': an elided 'd’' continues the run
    run = _ROLE_BEFORE_RE2.search(before)
    if not run:
        return None, None, None
    parts = _ROLE_BEFORE_RE3.split(run.group(1).strip())
    words = parts[-1].split()
    if len(parts) > 1 and parts[-2].split() and parts[-2].split()[-1].lower() in TITLE_WORDS:
        words = [*parts[-2].split(), "and", *words]  # 'Prime Minister and Minister for X': both
    while words and words[0] in _JOINER_OPENERS:
        words = words[1:]  # 'called on Foreign Minister X': the verb's preposition opens no title
    whole = len(words)  # a field after a dropped word is part of a name: 'Acme Energy CEO'
    run_words = words
    while words and words[0].lower().rstrip(".") not in TITLE_WORDS \
            and not (len(words) == whole and _qualifies_title(words)) \
            and not lead_kept(words, run_words[:whole - len(words)], _TITLES_OR_MODIFIERS) \
            and not gaz.country_of_demonym(words[0]) \
            and not gaz.country_of_demonym(" ".join(words[:2])) \
            and not _country_owner(words[0], gaz):
        words = words[1:]
    while words and words[-1].lower() in {"of", "to", "and", "the", "for", "on"}:
        words = words[:-1]
    if not words or not any(w.lower().strip(",.") in TITLE_WORDS for w in words):
        return None, None, None  # 'Gov.': a title written short
    country = None
    affiliation = None
    first = _PARSE_PHRASE_RE3.sub("", words[0])
    code = gaz.country_of_demonym(first) or next((p.country for p in countries_named(first, gaz)), None)
    two = " ".join(words[:2])
    if not code and len(words) > 2 and gaz.country_of_demonym(two):  # 'South Korean President'
        code, first, words = gaz.country_of_demonym(two), two, words[1:]
    if code:
        country = code
        words = words[1:]
    role_text = " ".join(words)
    tail = _ROLE_BEFORE_RE4.search(role_text)
    if tail:
        hits = [p for p in gaz.lookup(tail.group(1)) if p.kind == "country"]
        if hits:
            country = country or hits[0].country
            role_text = _ROLE_BEFORE_RE.sub("",
                               role_text[: tail.start(1)].rsplit(" of ", 1)[0])
    for i in range(2 if lead_kept(words, [], _TITLES_OR_MODIFIERS) else 1, len(words)):
        head = " ".join(words[:i])
        if has_org_keyword(words[i - 1]) and words[i].lower() in _TITLES_OR_MODIFIERS and \
                f"{words[i - 1].lower()} {words[i].lower()}" not in BODY_TITLES:  # 'Cabinet Secretary'
            affiliation = f"{first} {head}" if code else head
            break  # the body ends at the first title word: 'X Authority Managing Director'
    if all(w.lower() in HONORIFICS for w in role_text.split()):
        return None, country, affiliation
    return role_text or None, country, affiliation


def _qualifies_title(words: list[str]) -> bool:
    """'Foreign Minister', 'Acting Governor', 'Public Health Minister': modifiers and portfolio
    fields that run up to a title word belong to the role."""
    for word in words[:4]:
        low = word.lower()
        if low in TITLE_WORDS:
            return True
        if low not in _MODIFIER_OR_FIELD:
            return False
    return False


# a plural title is a whole word: 'services' is no plural of 'vice', 'devices' of none
_PLURAL_TITLE = re.compile(
    rf"(?P<role>(?:[A-Z][\w\-]*\s+){{0,3}}\b(?i:{'|'.join(sorted(_STRONG_TITLES, key=len, reverse=True))})s)"
    r"(?:\s+of\s+(?:the\s+)?(?:two|both)\s+(?:countries|nations|sides|states))?"  # 'of both countries'
    r",?\s+(?:[A-Z][^,.;:]{1,50}?(?:,\s+|\s+and\s+))?$")


# the last word of each plural title: a plural title is followed by a space or a comma
_PLURAL_ENDS = tuple(sorted({t.split()[-1] + "s" for t in _STRONG_TITLES}))


def plural_role(before: str) -> str | None:
    """'Interior Ministers, A and B, signed': each of the people listed after a plural title
    holds it in the singular."""
    tail = before[-160:]
    low = folded(tail)
    if low is not None and not any(w.endswith(_PLURAL_ENDS) for w in low.replace(",", " ").split()):
        return None  # no word ends as a plural title does: the scan (slow: many titles) cannot match
    m = _PLURAL_TITLE.search(tail)
    return m.group("role")[:-1] if m else None


def countries_named(word: str, gaz: Gazetteer) -> list:
    return [p for p in gaz.lookup(word) if p.kind == "country"]


_STATE_FORM = re.compile(r"^(?:[A-Z][\w'’]+\s+){0,2}(?:Republic|Kingdom|State|Sultanate|Federation|"
                         r"Commonwealth)\s+of\s+(?:the\s+)?")


_WITHOUT_COUNTRY_RE = re.compile(r"\s+of\s+(?:the\s+)?")


def _without_country(phrase: str, gaz: Gazetteer, posted: bool = True) -> tuple[str, str | None]:
    """'foreign minister of Norway' → ('foreign minister', NO); 'Minister of Energy of the
    Republic of X' → ('Minister of Energy', X): the role is written without its country."""
    for of in _WITHOUT_COUNTRY_RE.finditer(phrase):
        if has_org_keyword(phrase[: of.start()].split()[-1]):
            continue  # 'Consul, Embassy of Chile': the country names the body
        rest = re.match(r"(?P<c>.+?)(?P<tail>\s+(?:to|in)\s+.+)?$" if posted else r"(?P<c>.+)(?P<tail>)$",
                        _STATE_FORM.sub("", phrase[of.end():]))
        named = countries_named(rest.group("c"), gaz) if rest else []
        if named:  # 'Ambassador of Japan to Kenya' → 'Ambassador to Kenya'
            return phrase[: of.start()] + (rest.group("tail") or ""), named[0].country
    return phrase, None
