"""Where one organisation's name ends, in constructions of English news that the 'and'
splitting of `orgsplit` and the title cut of `orgs` read wrongly: a country written right after
a body's type word ('Investment Board Malawi' is that body's name, as 'Bank Uganda' is; the
name may follow a title's 'of'), a world area after 'and' ('the African Union and East Africa':
an area is never a body), and a title word that is an adjective before a type word ('the
Executive Board of X': the body's organ, no person's title)."""

from __future__ import annotations

from collections.abc import Callable

from coopkg.extract import lexicon
from coopkg.extract.memo import by_text
from coopkg.extract.orgtypes import has_org_keyword

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
