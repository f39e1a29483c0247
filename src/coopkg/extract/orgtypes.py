"""Organisation-type keywords: the generic gazetteer that decides whether a capitalised span is
an organisation and which coop class it gets."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.knownfirms import known_firm
from coopkg.extract.memo import by_text
from coopkg.extract.orgclasses import civic_body, multilateral_secretariat


def _type_keywords() -> list[tuple[str, tuple[str, ...]]]:
    """org_types.tsv grouped by class, classes in the order they first appear (their priority)."""
    grouped: dict[str, list[str]] = {}
    for keyword, type_name in lexicon.rows("org_types"):
        grouped.setdefault(type_name, []).append(keyword)
    return [(type_name, tuple(kws)) for type_name, kws in grouped.items()]


# Checked in this order against the head of the name (the part before "of"/"on"/"for").
TYPE_KEYWORDS = _type_keywords()
IGO_NAME = re.compile(r"\b(inter-?governmental|united nations|cooperation organi[sz]ation|"
                  r"treaty organi[sz]ation|association of [\w ]+ nations|economic union|"
                  r"european union|african union|commonwealth of independent states|"
                  r"development bank|infrastructure investment bank|world bank|"
                  r"monetary fund|world health organi[sz]ation|world trade organi[sz]ation|"
                  r"unesco|unicef|unesco|interpol|"
                  r"international\s+(?:criminal\s+)?court)\b", re.I)  # of states: the ICC, the ICJ
# Outlets and intergovernmental bodies written without a type word; a generic list, like countries.
KNOWN_MEDIA = {r[0]: (r[2] or None) for r in lexicon.rows("known_orgs")
               if r[1] == "MediaOutlet" and not r[0].isupper()}
MEDIA_ACRONYMS = {r[0]: (r[2] or None) for r in lexicon.rows("known_orgs")
                  if r[1] == "MediaOutlet" and r[0].isupper()}  # matched as written: MAP, not 'map'

IGO_EXPANSIONS = {r[0].upper(): r[3] for r in lexicon.rows("known_orgs") if len(r) > 3 and r[3]}
# multilateral bodies whose short form is also a word or a name ('ECO', 'IMO'): matched as written
IGO_CAPS = frozenset(r[0] for r in lexicon.rows("known_orgs")
                     if r[1] == "IntergovernmentalOrganization" and r[0].isupper())


def known_igo(name: str) -> bool:
    """A well-known multilateral body's name or short form; a short form the list writes in
    capitals only as the text writes it ('IMO', not 'imo')."""
    return name.lower() in KNOWN_IGO or name in IGO_CAPS


def _spellings(names: set[str]) -> set[str]:
    """Each name in both spellings of 'organization' and 'labor', as English news writes both."""
    out = set(names)
    for name in names:
        out |= {name.replace("organization", "organisation"), name.replace("organisation", "organization"),
                name.replace("labour", "labor"), name.replace("labor", "labour")}
    return out


# an acronym's written-out name is as well known as the acronym ('East African Community')
KNOWN_IGO = _spellings({r[0] for r in lexicon.rows("known_orgs") if r[1] == "IntergovernmentalOrganization"} |
                       {r[3].lower() for r in lexicon.rows("known_orgs")
                        if r[1] == "IntergovernmentalOrganization" and len(r) > 3 and r[3]})


# An outlet's kind written after its name ('Korlpress News Agency', 'Ostra News', 'Velmar news agency'):
# the MediaOutlet words of org_types.tsv, longest first, with 'agency' (which alone types no outlet).
_OUTLET_TAIL = re.compile(r"\s+(?:" + "|".join(sorted(
    (re.escape(k) for t, kws in TYPE_KEYWORDS if t == "MediaOutlet" for k in kws),
    key=len, reverse=True)) + r"|agency)$", re.I)


def _known_outlet_country(name: str) -> str | None:
    return KNOWN_MEDIA.get(name.lower()) or MEDIA_ACRONYMS.get(name)


def media_country(name: str) -> str | None:
    """The country of a well-known outlet (None when unknown or not an outlet). An outlet is named
    as often with its kind after the name as without it ('Korlpress News Agency', 'Ostra News'): the
    kind adds nothing to whose outlet it is, so the name without it is looked up too."""
    found = _known_outlet_country(name)
    tail = None if found else _OUTLET_TAIL.search(name)
    while tail and not found and tail.start() > 0:
        name = name[:tail.start()]
        found = _known_outlet_country(name)
        tail = _OUTLET_TAIL.search(name)
    return found

# Words that name a body itself (a ministry, an institute, a university, a company), as against
# words of its field ('Research', 'Development') that only occur in names.
BODY_WORDS = (lexicon.words("org_units") | lexicon.words("org_types")) - \
    lexicon.words("portfolio_words")
_KEYWORD_INDEX = {kw: t for t, kws in TYPE_KEYWORDS for kw in kws}
_KEYWORD_RE = re.compile(
    r"(?<![\w])(" + "|".join(sorted((re.escape(k) for k in _KEYWORD_INDEX), key=len, reverse=True))
    + r")(?![\w])", re.I)


def keywords_in(text: str) -> list[str]:
    return list(_keywords(text))


@by_text
def _keywords(text: str) -> tuple[str, ...]:
    if not text.isascii():  # case folding beyond ASCII: the pattern decides
        return tuple(m.group(1).lower() for m in _KEYWORD_RE.finditer(text))
    return _ascii_keywords(text.lower())


def _by_first_word() -> dict[str, tuple[str, ...]]:
    """Type words by their first word, longest first."""
    index: dict[str, list[str]] = {}
    for kw in sorted(_KEYWORD_INDEX, key=len, reverse=True):
        index.setdefault(_WORD_RUN.match(kw).group(), []).append(kw)
    return {first: tuple(kws) for first, kws in index.items()}


_WORD_RUN = re.compile(r"\w+")
_KEYWORDS_BY_FIRST = _by_first_word()


def _ascii_keywords(low: str) -> tuple[str, ...]:
    """What `_KEYWORD_RE.finditer` finds in an ASCII text (lowered): at each word, the longest
    type word that it begins and a non-word character closes; found by the word in a table
    rather than by trying some two hundred alternatives at every letter."""
    out, free = [], 0
    for m in _WORD_RUN.finditer(low):
        start = m.start()
        if start < free:
            continue
        for kw in _KEYWORDS_BY_FIRST.get(m.group(), ()):
            end = start + len(kw)
            if low.startswith(kw, start) and (end == len(low) or not _is_word_char(low[end])):
                out.append(kw)
                free = end
                break
    return tuple(out)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


_SHARED_REGION = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('shared_bodies', 'region'))})\b", re.I)
_JOINT_MARKER = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('shared_bodies', 'marker'))})\b"
                           r"|(?-i:\b[A-Z][a-z]+(?:[\-–]| [\-–] )[A-Z][a-z]+\b)", re.I)
_JOINT_BODY = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('shared_bodies', 'body'))})$", re.I)


@by_text
def is_joint_body(name: str) -> bool:
    """'the Joint Water Planning Group', 'the Kenyan-Ugandan Trade Committee': a body two
    countries run together — of type Other, and of neither country."""
    body = _JOINT_BODY.search(name) or _JOINT_BODY.search(head_of(name))
    return bool(body and (_JOINT_MARKER.search(name) or _of_two_countries(name)))


_OF_TWO = re.compile(r"\bof\s+(?:the\s+)?(?P<a>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*)?)\s+and\s+"
                     r"(?:the\s+)?(?P<b>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*)?)$")


def _of_two_countries(name: str) -> bool:
    """'Council of the Presidents of Norway and Chile': a body of two named states."""
    from coopkg.reference import gazetteer

    m = _OF_TWO.search(name)
    return bool(m) and all(any(p.kind == "country" for p in gazetteer().lookup(m.group(g)))
                           for g in ("a", "b"))


# 'Saudi-French Investment Forum', 'Egypt-Uganda Business Forum': a forum or dialogue named after
# the two countries it joins is a standing binational body (GOLD_FORMAT: bilateral forums are
# organisations of type Other); a forum named otherwise is an occasion, an event
_PAIR_FORUM = re.compile(r"^(?P<a>[A-Z][\w’']+(?:\s[A-Z][\w’']+)?)\s?[-–]\s?(?P<b>[A-Z][\w’']+)"
                         r"(?:\s[A-Z][\w’'&-]*){0,4}\s(?:Forum|Dialogue)$")


@by_text
def pair_forum(name: str) -> bool:
    """A forum named after two countries, written with their names or demonyms."""
    from coopkg.reference import gazetteer

    m = _PAIR_FORUM.match(name)
    if m is None:
        return False
    gaz = gazetteer()
    return all(m.group(g).lower() in gaz.demonyms or any(p.kind == "country" for p in gaz.lookup(m.group(g)))
               for g in ("a", "b"))


@by_text
def is_shared(name: str) -> bool:
    """A body of many countries or of two ('Federation of African Broadcasting Unions', a joint
    commission): no single country, whatever the dateline or the words around it — unless the
    name opens or closes with its country ('Kuwait Fund for Arab Economic Development', 'Islamic
    University of Technology of Bangladesh')."""
    if _MINISTRY_LED.match(name):
        return False  # 'Ministry of European Affairs': one state's ministry, whatever its field
    return any(not _national_region(name, m) for m in _SHARED_REGION.finditer(name)) and \
        not _framed_by_country(name) or is_joint_body(name)


_CLOSING_COUNTRY = re.compile(r"\sof\s+(?:the\s+)?([A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})$")


def _framed_by_country(name: str) -> bool:
    from coopkg.reference import gazetteer

    closing = _CLOSING_COUNTRY.search(name)
    if closing and any(p.kind == "country" for p in gazetteer().lookup(closing.group(1))):
        return True
    words = name.removeprefix("The ").split()
    return len(words) > 2 and any(
        gazetteer().country_of_demonym(" ".join(words[:n])) or
        any(p.kind == "country" for p in gazetteer().lookup(" ".join(words[:n]))) for n in (1, 2))


_LENDING = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('shared_bodies', 'lending'))})\s+"
                      r"(?:[A-Z][\w\-]*\s+)?(?:Bank|Fund)\b", re.I)


def _multilateral_lender(name: str) -> bool:
    """'the African Export-Import Bank', 'the Nordic Investment Bank': a lender named after a
    region and its business belongs to the region's states."""
    return bool(_LENDING.search(head_of(name))) and is_shared(name) and not is_joint_body(name)


def _national_region(name: str, m: re.Match[str]) -> bool:
    """'South African Revenue Service', 'Kenya Islamic Council': the region word is part of a
    demonym, or the name opens with its country — one country's body."""
    from coopkg.reference import gazetteer

    gaz = gazetteer()
    before = name[:m.start()].split()
    if any(gaz.country_of_demonym(" ".join([*before[-n:], m.group()])) for n in (1, 2) if before):
        return True
    lead = " ".join(w for w in before if w.lower() != "the")
    return bool(lead) and (gaz.country_of_demonym(lead) is not None or
                           any(p.kind == "country" for p in gaz.lookup(lead)))


@by_text
def has_org_keyword(name: str) -> bool:
    words = name.split()
    # a type word must be capitalised in the name ("Foundation", not "foundation of trust")
    return any(kw for kw in _keywords(name)
               if any(w.lower().rstrip(",") == kw.split()[-1] and w[:1].isupper() for w in words))


# Speed only: compiled once, a bound method (no `re` cache lookup per call; ungated)
_HEAD_SPLIT = re.compile(r"\s(?:of|on|for|under|at)\s").split


def head_of(name: str) -> str:
    return _HEAD_SPLIT(name, maxsplit=1)[0]


IGO_ACRONYMS = {k.upper() for k in KNOWN_IGO if k.isalnum() and len(k) > 2}


_SHORT_IGO = {k.upper() for k in KNOWN_IGO if k.isalnum() and len(k) == 2}  # UN, EU, AU


# Speed only: one-off tests compiled once as bound methods (no `re` cache lookup per call;
# bound methods, so cues.gate_modules leaves them ungated); the same patterns and flags
_NAME_WORD_SPLIT = re.compile(r"[\s\-]+").split


def _names_igo(name: str) -> bool:
    """'CIS Executive Committee', 'Council of Heads of State of the SCO', 'UN Security Council':
    a body of a multilateral organisation, named with that organisation's acronym (a two-letter
    one only in front, where it cannot be a country code in a list)."""
    words = _NAME_WORD_SPLIT(name)
    return any(w.strip("()") in IGO_ACRONYMS for w in words) or \
        len(words) > 1 and words[0] in _SHORT_IGO


def _serves_multilateral(name: str) -> bool:
    """'Secretariat of the Coral Sea Forum (CSF)': the secretariat of a forum or community that
    no country's name or demonym opens is a multilateral body's (GOLD_FORMAT: secretariats)."""
    from coopkg.reference import gazetteer

    body = multilateral_secretariat(name)
    if body is None:
        return False
    first = body.split()[0]
    return gazetteer().country_of_demonym(first) is None and \
        not any(p.kind == "country" for p in gazetteer().lookup(first))


_OF_BODY = re.compile(r"\sof\s+(?:the\s+)?(?P<body>.+)$")


def _of_igo(name: str) -> bool:
    """'Secretariat of the East African Community': a unit of a multilateral organisation,
    named with that organisation's full name, is of its class (GOLD_FORMAT: secretariats)."""
    m = _OF_BODY.search(name)
    return bool(m) and m.group("body").lower() in KNOWN_IGO


# 'the Ministry of Foreign Affairs, European Union and Cooperation', 'Ministry of EU Affairs': a
# bloc among a ministry's fields is its portfolio; the ministry is a state's
_MINISTRY_LED = re.compile(r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?Ministry\s+(?:of|for)\s", re.I)


def _national_lead(name: str) -> bool:
    """'China Development Bank', 'Brazilian Development Bank', 'Development Bank of Kenya': a
    country's own bank, whatever multilateral banks are called."""
    from coopkg.reference import gazetteer

    first = name.removeprefix("The ").split(" ", 1)[0]
    tail = _OF_COUNTRY_TAIL.search(name)  # 'Development Bank of Kenya': named after its state
    return gazetteer().country_of_demonym(first) is not None or \
        any(p.kind == "country" for p in gazetteer().lookup(first)) or \
        bool(tail) and any(p.kind == "country" for p in gazetteer().lookup(tail.group("c")))


_OF_COUNTRY_TAIL = re.compile(r"\sof\s+(?:the\s+)?(?:Republic\s+of\s+)?"
                              r"(?P<c>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})$")


_BANK_OF = re.compile(r"(?:The\s+)?(?:Reserve\s+)?Bank\s+of\s+(?:the\s+)?"
                      r"(?P<c>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})")
_COMMERCIAL_BANKS = lexicon.words("commercial_banks")


def _central_bank(name: str) -> bool:
    """'Bank of Ghana', 'Reserve Bank of Malawi': a bank named after its country alone is that
    country's central bank, a government body (except the few commercial banks so named)."""
    from coopkg.reference import gazetteer

    m = _BANK_OF.fullmatch(name)
    return bool(m) and name.lower().removeprefix("the ") not in _COMMERCIAL_BANKS and \
        any(p.kind == "country" for p in gazetteer().lookup(m.group("c")))


_CENTRES = {"center", "centre"}
_RESEARCH_KEYWORDS = {kw for kind, kws in TYPE_KEYWORDS if kind == "ResearchInstitute" for kw in kws}
_STUDY = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('research_words'))})\b")


def _plain_centre(lower: str, found: set[str]) -> bool:
    """'the Harbour Traffic Center', 'the Youth and Sports Centre': a centre is a
    research centre only when its name says what it studies (or has another research word)."""
    return bool(found & _CENTRES) and not found & (_RESEARCH_KEYWORDS - _CENTRES) and \
        not _STUDY.search(lower)


# 'International Department of the Central Committee of the X Party': a political party and
# its organs are no part of the state (GOLD_FORMAT's GovernmentBody is a country-level government
# body), however many committee or commission words they hold
_PARTY_ORGAN = re.compile(r"\bof\s+the\s+(?:[A-Z][\w’'\-]*\s+)*Party\b|\bParty$")
# 'the KPP Party Committee', 'the Party Committee of X City', 'the KPP Political Bureau': a
# capitalised party word anywhere in the name ('Working Party' excepted) makes it a party organ
_PARTY_WORDS = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('party_organs', 'organ'))})\b")
_NOT_PARTY = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('party_organs', 'not'))})\b", re.I)


def _party_organ(name: str) -> bool:
    """A political party or one of its organs, by the words of its name (title case only: 'a
    third party' or 'the political bureau of trade' in a lowercase phrase is no party's)."""
    if _PARTY_ORGAN.search(name):
        return True
    titled = " ".join(w[:1].lower() + w[1:] if w[:1].isupper() else "_" for w in name.split())
    return bool(_PARTY_WORDS.search(titled)) and not _NOT_PARTY.search(name)


@by_text
def classify(name: str) -> str:
    """The most specific coop class for an organisation name."""
    lower = name.lower()
    if lower in KNOWN_MEDIA or name in MEDIA_ACRONYMS:
        return "MediaOutlet"
    firm = known_firm(name)  # 'Gazprom'; the 'Public Investment Fund' is a fund, not a ministry
    if firm is not None:
        return firm.kind
    if is_joint_body(name):
        return "Organization"
    if _central_bank(name):
        return "GovernmentBody"
    if _party_organ(name) or civic_body(name):
        return "Organization"
    if _serves_multilateral(name):
        return "IntergovernmentalOrganization"
    if _of_igo(name) or not _MINISTRY_LED.match(name) and (
            known_igo(name) or (IGO_NAME.search(name) or _multilateral_lender(name)) and
            not _national_lead(name) or _names_igo(name)):
        return "IntergovernmentalOrganization"
    for part in (head_of(name), name):
        found = set(keywords_in(part))
        for type_name, kws in TYPE_KEYWORDS:
            if found.intersection(kws):
                if type_name == "GovernmentBody" and "agency" in found and "news" in lower:
                    return "MediaOutlet"
                if type_name == "ResearchInstitute" and _plain_centre(lower, found):
                    return "Organization"
                return type_name
    return "Organization"
