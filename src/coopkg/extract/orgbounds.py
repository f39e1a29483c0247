"""Where one organisation's name ends, in constructions of English news that the 'and'
splitting of `orgsplit` and the title cut of `orgs` read wrongly: a country written right after
a body's type word ('Investment Board Malawi' is that body's name, as 'Bank Uganda' is; the
name may follow a title's 'of'), a world area after 'and' ('the African Union and East Africa':
an area is never a body), and a title word that is an adjective before a type word ('the
Executive Board of X': the body's organ, no person's title)."""

from __future__ import annotations

import re
from collections.abc import Callable

from coopkg.extract import lexicon
from coopkg.extract.memo import by_text
from coopkg.extract.orgtypes import KNOWN_MEDIA, has_org_keyword, known_igo

WORLD_AREAS = lexicon.words("world_areas")
_TITLE_ADJECTIVES = lexicon.words("title_adjectives")


@by_text
def country_after_head(words: tuple[str, ...], typed: Callable[[str], bool],
                       country: Callable[[str], bool]) -> bool:
    """'Investment Board Malawi', 'Tourism Authority Peru': a country written right after a
    body's type word, closing a name with no complement, is part of that name (a national body
    named in that order, as a firm's 'Bank Uganda')."""
    opens = [i for i, w in enumerate(words) if w in ("of", "for", "on")]
    words = words[opens[-1] + 1:] if opens else words  # 'Chief Executive Officer of X Board Malawi'
    if len(words) < 3 or any(w in ("and", "&") for w in words):
        return False
    return any(len(words) > n + 1 and typed(words[-n - 1]) and country(" ".join(words[-n:]))
               for n in (1, 2))


def opens_world_area(current: str, piece: str) -> bool:
    """'the African Union and East Africa': an area after 'and' is a second thing, never part of
    a body's name — unless the 'and' is inside the body's complement ('Commission for Europe and
    Central Asia'), where the areas are its field."""
    return piece.lower() in WORLD_AREAS and \
        not any(w in ("of", "for", "on", "in") for w in current.split()[1:])


def title_is_adjective(prefix_words: list[str]) -> bool:
    """'Executive Board of X': a title word that is an adjective names a body's organ when a
    type word follows it; a person's title needs its noun ('Executive Director')."""
    return bool(prefix_words) and prefix_words[-1].lower() in _TITLE_ADJECTIVES


def name_after_head(current: str, piece: str) -> bool:
    """'the X Trade & Expo Centre and BMCA', '... Centre and Tassin Foods': after a name closed
    by its type word (no complement whose fields an 'and' could go on), a lone acronym or a
    name of two capitalised words is a second body's name, never a field (fields follow 'of' or
    'for': 'Centre for Science and Technology')."""
    words, second = current.split(), piece.split()
    named = len(second) >= 2 and all(w[:1].isupper() for w in second[:2]) or \
        len(second) == 1 and piece.isupper() and len(piece) > 1
    return len(words) > 1 and named and has_org_keyword(words[-1]) and \
        not any(w in ("of", "for", "on") for w in words[:-1])


_TITLE_TAIL = lexicon.words("titles", "title") | lexicon.words("titles", "modifier") | \
    lexicon.words("titles", "honorific")
_KNOWN_MEDIA = tuple(name.lower() for name in KNOWN_MEDIA)
_BOUND_WORDS = frozenset({"of", "the", "for", "and", "to", "in"})


def title_before_person(piece: str) -> int:
    """'the Academy of X Professor <name>', 'State House Press Secretary <name>': the title run
    closing a name that a person's name follows is that person's title, not the body's; its
    length (with the space before it) is cut, unless the title is the name's own complement
    ('Office of the President <name>': the office is named after the title).  A title of two
    words or more ('Press Secretary') is cut even where what is left has no type word."""
    words = piece.split(" ")
    i = len(words)
    while i > 1 and words[i - 1][:1].isupper() and words[i - 1].lower() in _TITLE_TAIL:
        i -= 1
    if i == len(words) or words[i - 1].lower() in _BOUND_WORDS:
        return 0
    while i < len(words) and any(" ".join(words[:k]).lower().endswith(_KNOWN_MEDIA)
                                 for k in range(i + 1, len(words) + 1)):
        i += 1  # 'Associated Press Correspondent <name>': the outlet's own word is no title
    if i == len(words) or not has_org_keyword(" ".join(words[:i])) and len(words) - i < 2:
        return 0  # 'X Professor <name>' of no type word: nothing here says a body ends
    return len(" ".join(words[i:])) + 1


_PAIR = re.compile(r"(?P<a>[^\-–]+?)\s?[\-–]\s?(?P<b>[^\-–]+)")


def igo_pair(name: str, country: Callable[[str], bool]) -> list[str]:
    """'the World Bank-International Monetary Fund Annual Meeting': two multilateral bodies joined
    by a dash are two bodies, no joint one; 'the Kenya-European Union Economic Partnership
    Agreement': a country joined to a multilateral body names the body, the country is a side."""
    m = _PAIR.fullmatch(name)
    if m is None:
        return [name]
    a, b = m.group("a"), m.group("b")
    if known_igo(a) and known_igo(b):
        return [a, b]
    if country(a) and known_igo(b):
        return [b]
    return [a] if known_igo(a) and country(b) else [name]


_PREMISES = {"hq", "headquarters", "building", "compound", "hall"}


def leading_igo(name: str) -> str | None:
    """'the UNESCO World Heritage Site', 'ASEAN Day', 'the ECOWAS Trade Fair': a multilateral
    body named first in a run whose other words name no body (a site, a day, a fair) is the
    body the run mentions; 'the ASEAN Secretariat' (a type word) is an organ, named whole."""
    first = name.split(" and ", 1)[0]  # 'the 31st ASEAN Summit and Related Summits'
    words = first.split()
    if known_igo(first) or words[-1].lower() in _PREMISES:
        return None  # 'the United Nations General Assembly': an organ; 'the UN HQ': a building
    for n in range(len(words) - 1, 0, -1):
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        if known_igo(head):
            return None if has_org_keyword(rest) else head
    return None


def second_and(current: str, piece: str) -> bool:
    """'the Chamber of Commerce and Industry and Business France': a body's name joins its fields
    with one 'and' or '&' after its 'of'; a second 'and' before a capitalised word opens the next
    (a complement opened after the first takes its own: 'for Import and Export of Machinery and
    Electronic Products')."""
    fields = current.split(" of ", 1)
    last = _COMPLEMENT.split(current)[-1]  # 'for Import and Export of Machinery': a new complement
    return len(fields) == 2 and (" and " in last or " & " in last) and \
        has_org_keyword(fields[0]) and piece[:1].isupper()


_COMPLEMENT = re.compile(r" (?:of|for) ")
