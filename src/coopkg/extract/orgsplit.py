"""Where one organisation name ends and the next begins inside a capitalised run: splitting
at 'and' and commas, dropping a possessor ("Kenya's X Agency"), a non-body head ('General Manager
of X') or words after the type word ('X Ministry Spokesperson'). Kept apart from `orgs` (which
finds the runs and decides what is a mention) because these decisions read only the run's text."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.firmtails import firm_pair
from coopkg.extract.knownfirms import firm_after_lead, known_firm
from coopkg.extract.memo import by_text
from coopkg.extract.orgbounds import country_after_head, name_after_head, opens_world_area, second_and
from coopkg.extract.orgfilters import (
    LEGAL_FORMS,
    TITLE_LIKE,
    is_country_name,
    is_place,
    plural_of_keyword,
    starts_with_place,
    states_governed,
    suffix_only,
)
from coopkg.extract.orgslashes import slash_pair
from coopkg.extract.orgtypes import (
    BODY_WORDS,
    IGO_NAME,
    KNOWN_IGO,
    KNOWN_MEDIA,
    classify,
    has_org_keyword,
    head_of,
    known_igo,
    pair_forum,
)

_SUFFIX_WORDS = rf"{LEGAL_FORMS}\b"

_AND_SPLIT = re.compile(r",?\s+and\s+the\s+|,\s+the\s+|,\s+(?=[A-Z])(?!" + _SUFFIX_WORDS + r")")


# legal forms written before a company's name ('PT X', 'JSC X')
PREFIX_FORMS = lexicon.words("prefix_legal_forms")


def split_and(name: str, known: dict[str, str] | None = None) -> list[str]:
    """'A Foundation and the B Center' → two names; 'Science and Technology Center' → one;
    'Ministry of Science and Technology and Beijing ... Commission' → two; 'A Foods/B Bank' →
    two."""
    if "/" in name and (paired := slash_pair(name)):
        return [p for part in paired for p in split_and(part, known)]
    parts = _field_and_the(_AND_SPLIT.split(name), [m.group() for m in _AND_SPLIT.finditer(name)])
    out: list[str] = []
    for part in parts:
        pieces = part.split(" and ")
        current = pieces[0]
        for i, piece in enumerate(pieces[1:], 1):
            rest = " and ".join(pieces[i:])
            aliases = known if known is not None else {}  # no truth test: it would read its size
            if _starts_new(current, piece, rest, aliases):
                out.append(current)
                current = piece
            else:
                current = f"{current} and {piece}"
        out.append(current)
    return [p for p in out if p]


def _field_and_the(parts: list[str], seps: list[str]) -> list[str]:
    """'National Council for Culture and the Arts of X': after a body's field complement, 'and
    the' + words that name no body nor place goes on with the field, one name."""
    out = parts[:1]
    for sep, part in zip(seps, parts[1:], strict=True):
        if sep.strip() == "and the" and " for " in f" {out[-1]} " and not org_like(part) and \
                not starts_with_place(part):
            out[-1] = f"{out[-1]}{sep}{part}"
        else:
            out.append(part)
    return out


_AND_PAIRS = lexicon.words("and_pairs")
_ACRONYM_OWNER = re.compile(r"[A-Z]{2,9}['’]s\s")


def _starts_new(current: str, piece: str, rest: str, aliases: dict[str, str]) -> bool:
    """Whether the 'and' between `current` and `piece` ends one name and opens the next."""
    if f"{current.rsplit(' ', 1)[-1]} and {piece.split(' ', 1)[0]}".lower() in _AND_PAIRS:
        return False  # 'Fund for Small and Medium Enterprises': one modifier, one name
    if _ACRONYM_OWNER.match(piece):
        return True  # 'Dean of the School of X and NUM’s Dean': another body's possessive
    if head_of(current).rsplit(" ", 1)[-1].lower() in TITLE_LIKE and \
            piece.split(" ", 1)[0].lower() in TITLE_LIKE:
        return True  # 'Minister of State and Member of the Council of Ministers': two titles
    if has_org_keyword(current.rsplit(" ", 1)[-1]) and piece.split(" ", 1)[0].lower() in TITLE_LIKE:
        return True  # 'chair of the Council and Deputy Premier of X': a body, then a second title
    if " " not in current and not current.isupper() and has_org_keyword(current):
        return False  # 'Port and Shipping Authority of X': a type word alone names no body
    if opens_world_area(current, piece) or org_like(rest) and \
            country_after_head(tuple(current.split()), has_org_keyword, _nation):
        return True  # 'the African Union and East Africa', 'Investment Board Malawi and X'
    return _head_ends(current) and piece[:1].isupper() or _owned_by_place(current, piece) or \
        current.split(" ", 1)[0].lower() in PREFIX_FORMS and piece[:1].isupper() or \
        current.lower() in aliases and (rest.lower() in aliases or org_like(rest)) or \
        org_like(current) and org_like(rest) and (
            has_org_keyword(current.split()[-1]) and not _field_end(current) or
            starts_with_place(piece)) or \
        _second_head(current, rest) or \
        _ends_in_country(current) and (org_like(rest) or _nation_named(piece)) or \
        _body_of_body(current, piece) or _place_before_body(current, rest) or \
        _lone_nation(current, piece) or org_like(current) and _brand(piece) or \
        _bare_before_company(current, piece, rest) or _country_opens_body(current, piece, rest) or \
        _known_firm_pair(current, rest) or firm_pair(current, rest) or second_and(current, piece) or \
        name_after_head(current, piece) or \
        states_governed(current) == 1 and piece[:1].isupper() and not states_governed(f"{current} and {rest}")


_FIELDS = lexicon.words("portfolio_words")


def _place_before_body(current: str, rest: str) -> bool:
    """'X Centre, Delhi and Centre for Y Studies': a country, or one word naming a place, before
    'and' is where the body before it stands, and the body after 'and' is another ('the Lima and
    Callao Chamber', a place on both sides, is one body named after two)."""
    return (is_country_name(current) or " " not in current and is_place(current) and
            not starts_with_place(rest)) and org_like(rest)


def _known_firm_pair(current: str, rest: str) -> bool:
    """'Huawei and Telkom', 'Chinese Huawei and X University': a well-known firm is a whole name, so an
    'and' with a known firm or another body on its other side joins two names, not two words of
    one ('Procter and Gamble', neither side known, stays one), unless the whole is a known firm's
    full name ('Kenya Power and Lighting Company')."""
    if known_firm(f"{current} and {rest}") is not None:
        return False
    first = known_firm(current) is not None or firm_after_lead(current.split(" "))
    second = known_firm(rest) is not None or firm_after_lead(rest.split(" "))
    return first and (second or org_like(rest)) or second and org_like(current)


def _bare_before_company(current: str, piece: str, rest: str) -> bool:
    """'Hydrocon and Nile Road and Bridge Corporation': one bare word before an 'and' whose rest
    is a company name that itself joins two fields with 'and' is a name of its own — a name holds
    one such 'and' ('Road and Bridge'), not two; a field word ('Science and Technology and
    Innovation Agency') or a nation stays inside."""
    return " " not in current and current[:1].isupper() and piece[:1].isupper() and \
        " and " in rest and current.lower() not in _FIELDS and not has_org_keyword(current) and \
        not _nation(current) and classify(rest) == "Company"


def _country_opens_body(current: str, piece: str, rest: str) -> bool:
    """'between Savanna Capital and Kenya Ports Authority': after a name of two or more words, a
    country's name opening a typed body's name starts that body ('Trinidad and Tobago ...', a
    country's own name, and 'of Kenya and Uganda ...', a complement, do not)."""
    words, first = current.split(), piece.split()
    return len(words) >= 2 and len(first) >= 2 and all(w[:1].isupper() for w in words) and \
        not _nation(words[-1]) and is_country_name(first[0]) and \
        has_org_keyword(rest) and classify(rest) != "Organization"


def _nation_named(piece: str) -> bool:
    """'the Ministry of Industry of Belarus and Uzbek Leasing International': after a body closed by
    'of <country>', a people's adjective opening capitalised words opens another name."""
    words = piece.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and _nation(words[0]) and \
        not is_country_name(words[0])


def _nation(word: str) -> bool:
    from coopkg.reference import gazetteer

    return is_country_name(word) or gazetteer().country_of_demonym(word) is not None


_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")


def _brand(piece: str) -> bool:
    """'the Ministry of Health and UNICEF', 'the Ministry of Agriculture and KazAgro': a known
    multilateral body or outlet, or a camel-cased brand, is a name, never a field of a body's
    complement."""
    words = piece.split()
    return len(words) == 1 and (piece.lower() in KNOWN_IGO or piece.lower() in KNOWN_MEDIA or
                                bool(_CAMEL.fullmatch(piece)))


def _lone_nation(current: str, piece: str) -> bool:
    """'the Ministry of Trade and Ugandan officials', 'the Ministry of Energy and Kenya signed':
    a lone country or demonym after a body's 'and' opens the next phrase — unless it closes a
    country's own name ('... of Trinidad and Tobago') or a list of languages ('School of
    English and French')."""
    words = current.split()
    return org_like(current) and _nation(piece) and not _nation(words[-1]) and \
        not any(is_country_name(" ".join([*words[i:], "and", piece])) for i in range(len(words)))


def _field_end(name: str) -> bool:
    """'Ministry of Petroleum' before 'and Mining': a type word that is also a field, inside the
    complement of a body's name, is the topic going on, not the end of a company's name."""
    words = name.split()
    return words[-1].lower() in _FIELDS and any(w in ("of", "for") for w in words[1:-1])


def _owned_by_place(current: str, piece: str) -> bool:
    """'Acme World and India's Jetline Group': a place's possessive opens a new name (unless the
    'and' is inside the country's own name, 'Trinidad and Tobago's ...')."""
    m = POSSESSOR.match(piece)
    return bool(m) and starts_with_place(m.group("owner")) and \
        (org_like(current) or org_like(piece[m.end():])) and \
        not is_country_name(f"{current.split()[-1]} and {m.group('owner')}")


def _ends_in_country(name: str) -> bool:
    """'Directorate of X of Kenya and Y Commission': a name closed by 'of <country>' is complete."""
    m = re.search(r"\sof\s+(?:the\s+)?([A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})$", name)
    return bool(m) and has_org_keyword(name) and is_country_name(m.group(1))


# Speed only: one-off tests compiled once as bound methods (no `re` cache lookup per call;
# bound methods, so cues.gate_modules leaves them ungated); the same patterns and flags
_COMPLEMENT_SPLIT = re.compile(r"\s(?:of|for|on|under)\s").split


def _second_head(current: str, rest: str) -> bool:
    """'X Institute of Peace and Conflict Studies and Y Institute of Law': after the 'and', a
    new head with its own type word ('Y Institute') starts a second name."""
    head = _COMPLEMENT_SPLIT(rest, maxsplit=1)[0]
    return " and " not in head and len(head.split()) > 1 and has_org_keyword(head) and \
        any(w.lower() in BODY_WORDS for w in head.split()) and \
        has_org_keyword(_COMPLEMENT_SPLIT(current, maxsplit=1)[0]) and \
        " of " in f" {current} "


_BODY_OF = re.compile(r"^(?:[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2}['’]s\s)?(?P<body>[A-Z]\w+)\s"
                      r"(?:of|de|do|da|di|del|des|du)\s+[A-Z]")


def _body_of_body(current: str, piece: str) -> bool:
    """'University of Lagos and Universidade de Lisboa', 'Ministry of Health and Ministry of
    Trade': after a name of the form '<Body> of X', a second '<Body> of Y' is a second name."""
    first, second = _BODY_OF.match(current), _BODY_OF.match(piece)
    return bool(first and second) and all(
        m.group("body").lower() in BODY_WORDS and has_org_keyword(m.group("body")) for m in (first, second))


def _head_ends(name: str) -> bool:
    """A name that ends in its type word or is an acronym is complete: an 'and' after it starts
    the next name ('the X Institute and Y Museums', 'KBC and Uganda TV')."""
    words = name.split()
    in_complement = any(w in ("of", "for", "on") for w in words[:-1])  # 'Agency for Research'
    return bool(words) and (len(words) > 1 and has_org_keyword(words[-1]) and
                            classify(words[-1]) != "Organization" and not in_complement or
                            len(words) == 1 and words[0].isupper() and len(words[0]) > 1)



POSSESSOR = re.compile(r"^(?P<owner>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})(?<!People)"  # "People's Bank"
                        r"(?:['’]s|(?<=s)['’])\s+(?=[A-Z])")


_STATE_EPITHETS = lexicon.words("state_epithets")
_ORG_POSSESSOR = re.compile(r"^(?P<owner>[A-Z][\w\-'’]*(?:\s(?:of\s)?[A-Z][\w\-'’]*){0,5})['’]s\s+(?=[A-Z])")


@by_text
def drop_possessor(piece: str, listed: bool = False) -> str:
    """"South Korea's Hyundai Engineering Co., Ltd." names the company; the country is context.
    In a list of organisations ('X Company and South Korea's EcoPro BM') no type word is needed.
    "The Kingdom's Ministry of Energy": a state's epithet is context as its name is."""
    m = POSSESSOR.match(piece)
    if m and (starts_with_place(m.group("owner")) or m.group("owner").lower() in _STATE_EPITHETS) and \
            (listed or org_like(piece[m.end():])):
        piece = piece[m.end():]  # and on: "Kenya's Ministry of Health's Department of X"
    owner = _ORG_POSSESSOR.match(piece)  # "X University's Office for Y": the office is named
    if owner and has_org_keyword(owner.group("owner")) and has_org_keyword(piece[owner.end():]):
        return piece[owner.end():]
    return piece


@by_text
def org_like(name: str) -> bool:
    return has_org_keyword(name) or known_igo(name) or name.lower() in KNOWN_MEDIA or \
        bool(IGO_NAME.search(name)) or pair_forum(name)


# words through which a name runs on past its type word ('Universidade de Lisboa')
_RUNS_ON = {"of", "for", "on", "under", "and", "&", "de", "do", "da", "di", "del", "des", "du", "das",
            "dos", "la", "et", "y", "e", "dan", "ve"}
_TYPE_WORD_HEADS = lexicon.words("type_word_heads")  # 'Police Force': the force is the body
_HEAD_FIRST = lexicon.words("head_first_types") | PREFIX_FORMS  # 'Agência Brasileira ...', 'PT X'


@by_text
def cut_after_head(name: str) -> str:
    """'Kenyan Foreign Ministry Spokesperson Ada Okafor' → 'Kenyan Foreign Ministry': a name
    runs on past its last type word only through 'of', 'for', 'on' or a company suffix."""
    words = _without_trailing_nation(_without_trailing_title(_known_then_title(
        _without_trailing_acronym(without_members_portfolio(name).split()))))
    name = " ".join(words)
    last = max((i for i, w in enumerate(words) if has_org_keyword(w)), default=None)
    while last is not None and last < len(words) - 1 and plural_of_keyword(words[last + 1]):
        last += 1  # 'Union of Coastal News Agencies'
    if last is None or last == len(words) - 1 or _in_complement(words, last) and \
            words[last + 1].lower() not in TITLE_LIKE or \
            country_after_head(tuple(words), has_org_keyword, _nation):
        return name  # 'Investment Board Malawi': the country closes the body's own name
    nxt = words[last + 1].lower()
    if nxt in _RUNS_ON or nxt in _TYPE_WORD_HEADS or words[last].lower() in _HEAD_FIRST or \
            has_org_keyword(" ".join(words[last:])) and suffix_only(words[last + 1:]) or \
            _outlet_called(words[: last + 1], words[last + 1:]):
        return name
    return " ".join(words[: last + 1])


_NOT_ORG_TAILS = lexicon.words("not_org_tails")  # 'Press Conference': an event named after a kind
_OPEN = {"of", "for", "on", "the", "and", "&", "under"}


def _without_trailing_acronym(words: list[str]) -> list[str]:
    """'Kenya Association of Boat Builders KABB' (a person's name follows): the acronym written
    after a body's name without brackets is the body's short form, not part of its name."""
    last = words[-1] if len(words) > 3 else ""
    if not (last.isupper() and last.isalpha() and len(last) >= 3) or \
            not has_org_keyword(" ".join(words[:-1])):
        return words
    initials = {w[0].upper() for w in words[-9:-1]}
    return words[:-1] if sum(c in initials for c in last) >= 0.75 * len(last) else words


_MEMBERS_PORTFOLIO = re.compile(r"^(?P<body>.+\sof\s+Ministers)\s+for\s+\S.*$")


def without_members_portfolio(name: str) -> str:
    """'Council of Ministers for Parliamentary Affairs': the council is of all ministers; the
    'for' after it is one member's portfolio ('Member of the Council of Ministers for X')."""
    m = _MEMBERS_PORTFOLIO.match(name)
    return m.group("body") if m else name


def _known_then_title(words: list[str]) -> list[str]:
    """'United Nations Under-Secretary-General for X Affairs': a multilateral body known without
    a type word, then an officer's title — the title and what follows are the person's."""
    for i in range(1, min(len(words), 6)):
        if words[i].lower() in TITLE_LIKE and " ".join(words[:i]).lower() in KNOWN_IGO:
            return words[:i]
    return words


def _without_trailing_title(words: list[str]) -> list[str]:
    """'Bank of Uganda Governor', 'Ministry of Health Spokesperson': a title written after the
    body's complement is the person's, not part of the name ('Office of the Vice President'
    keeps its title: there the title is the complement)."""
    cut = len(words)
    while cut > 2 and (words[cut - 1].lower() in TITLE_LIKE or
                       words[cut - 1] == "General" and words[cut - 2].lower() in TITLE_LIKE):
        cut -= 1  # 'Director General', 'Secretary General': 'General' alone is no title
    if cut == len(words) or words[cut - 1].lower() in _OPEN or \
            not has_org_keyword(" ".join(words[:cut])):
        return words
    return words[:cut]


def _without_trailing_nation(words: list[str]) -> list[str]:
    """'Ministry of Energy and Mines Uganda', 'Ministry of Industry and Trade Vietnam': a state
    body's name with a complement ends there; a country written after it without 'of' is the
    sentence's ('... Uganda signed') — a company's 'Bank Uganda' is a subsidiary's name; the
    last word of a country of two words ('South Sudan') is no country of its own."""
    if country_after_head(tuple(words), has_org_keyword, _nation):
        return words  # 'Chief Executive Officer of Investment Board Malawi': the body's own name
    for n in (2, 1):
        if n == 1 and len(words) > 2 and _nation(" ".join(words[-2:])):
            break  # 'Government of South Sudan': the last word ends a country of two words
        if len(words) > n + 2 and words[-n - 1].lower() not in _OPEN and \
                _nation(" ".join(words[-n:])) and any(w in ("of", "for") for w in words[1:-n]) and \
                classify(" ".join(words[:-n])) == "GovernmentBody":
            return words[:-n]
    return words


def _outlet_called(head: list[str], rest: list[str]) -> bool:
    """'the International News Agency Zvezda Segodnya': a news agency's own name may follow its
    kind — capitalised words that are neither a title nor a place."""
    return classify(" ".join(head)) == "MediaOutlet" and len(rest) <= 3 and \
        rest[-1].lower() not in _NOT_ORG_TAILS and \
        all(w[:1].isupper() and w.lower() not in TITLE_LIKE for w in rest) and \
        not is_place(" ".join(rest))


def _in_complement(words: list[str], at: int) -> bool:
    """'Council for Agricultural Research Policy': a type word inside the complement is part of
    the topic, so the name does not end there."""
    first = next((i for i, w in enumerate(words) if w in ("of", "for", "on")), None)
    return first is not None and 0 < first < at and has_org_keyword(" ".join(words[:first]))
