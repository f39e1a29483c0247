"""Well-known companies, state banks and sovereign funds written without a type word ('Gazprom',
'POSCO', 'Petronas signed ...'): a generic gazetteer (lexicon/known_firms.tsv), like the one of
outlets and multilateral bodies in orgtypes.  News names such a firm bare, so no type word marks it
as a body; and it rarely says whose firm it is, which everyone reading the news knows.

A row gives the short form news writes, its class, its home country and the other forms of the
same firm (its legal name, its acronym).  A form written in capitals in the list is matched only
as written ('KT', 'SK'), the others in any case; each is one dict lookup on a candidate run."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopkg.extract import lexicon
from coopkg.reference import gazetteer


@dataclass(frozen=True)
class Firm:
    name: str  # the row's short form: every form of the firm shares it, so linking can join them
    kind: str  # the coop class: "Company", or "Organization" for a fund (GOLD_FORMAT's Other)
    countries: tuple[str, ...]  # usually one; several when firms of different countries share a name


def _table() -> tuple[dict[str, Firm], dict[str, Firm]]:
    """(forms matched in any case, by their lowercase; forms matched only as written)."""
    folded: dict[str, Firm] = {}
    exact: dict[str, Firm] = {}
    for row in lexicon.rows("known_firms"):
        name, kind, countries = row[0], row[1], row[2]
        firm = Firm(name.lower(), "Organization" if kind == "Other" else kind,
                    tuple(c for c in countries.split("|") if c))
        for form in (name, *(row[3].split("|") if len(row) > 3 else ())):
            if form:
                (exact if form.isupper() else folded)[form if form.isupper() else form.lower()] = firm
    return folded, exact


_FOLDED, _EXACT = _table()
# every form, for the speed gate of orgcues: the capitals-only ones lowered like any run's words
FIRM_FORMS = frozenset(_FOLDED) | {f.lower() for f in _EXACT}


def known_firm(name: str) -> Firm | None:
    """The firm `name` is one form of, or None."""
    return _FOLDED.get(name.lower()) or _EXACT.get(name)


# legal forms and company words news adds to a firm's short form ('Lotte Corporation', 'SCG PCL')
_LEGAL_TAIL = re.compile(r"(?:,?\s(?:Co\.?|Corp\.?|Corporation|Company|Ltd\.?|Limited|Group|Holdings?|"
                         r"Inc\.?|LLC|PLC|PCL|JSC|PJSC|AG|SA|S\.A\.|GmbH|Bhd|Berhad|Tbk))+$")


def firm_of(name: str) -> Firm | None:
    """The known firm a name is a form of, also with a legal form or company word after it
    ('Lotte Corporation' is Lotte): the word adds nothing to which firm, or whose, it is."""
    firm = known_firm(name)
    if firm is None and (" " in name or "," in name):
        tail = _LEGAL_TAIL.search(name)
        firm = known_firm(name[:tail.start()]) if tail and tail.start() > 0 else None
    return firm


def firm_country(name: str, named: set[str] | frozenset[str]) -> str | None:
    """The home country of a known firm — only one the article names (GOLD_FORMAT: 'only if
    that country is also in the article's countries'); of a name several countries' firms use
    ('Telkom'), the one country among them the article names."""
    firm = firm_of(name)
    if firm is None:
        return None
    found = [c for c in firm.countries if c in named]
    return found[0] if len(found) == 1 else None


_DESCRIPTORS = lexicon.words("org_descriptors")


def firm_after_lead(words: list[str]) -> bool:
    """'Steelmaker POSCO will ...', 'Malaysian Petronas': a word opening a run before a known firm
    — a kind of firm capitalised at the start of a sentence, or a demonym — says what or whose the
    firm is and is no part of its name; a known longer name ('Saudi Aramco', 'Korean Air') stays."""
    if len(words) < 2 or known_firm(" ".join(words[1:])) is None or known_firm(" ".join(words)):
        return False
    first = words[0].lower()
    return first in _DESCRIPTORS or first.endswith("maker") or \
        gazetteer().country_of_demonym(words[0]) is not None


def without_firm_lead(piece: str) -> str:
    """`piece` without a word `firm_after_lead` finds before a known firm ('Chinese Huawei', as one
    of the names an 'and' joins)."""
    words = piece.split(" ")
    return " ".join(words[1:]) if firm_after_lead(words) else piece


def named_after_place(name: str) -> bool:
    """'Toyota', 'Hitachi': a one-word known firm is named after a place, not seated in it, so the
    place is not one the article names (a longer name, 'Dubai Holding', still places the firm)."""
    return " " not in name and known_firm(name) is not None
