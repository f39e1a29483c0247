"""A minister's portfolio written as a list of fields, and a body word that opens a title: the
words name the office, no organisation and no person.  'Minister of Foreign Affairs, African
Union and Cooperation Jane Otieno' — the run after the comma continues the list of fields;
'Mining, Trade and Industry Cabinet Secretary John Kamau' — the type word ends in a title
('Cabinet Secretary', body_titles.tsv), so the run before it is the portfolio.  `orgs` and
`people` ask these before they keep a run (the list regex of `orgclasses.portfolios` reads the
list only when no body word is in it; here the run's place decides)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.orgtypes import has_org_keyword

_CAP = r"[A-Z][\w\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w\-]*)*"
_HOLDERS = lexicon.alternation(lexicon.words("portfolio_titles", "holder"))
_LIST_BEFORE = re.compile(rf"\b(?i:{_HOLDERS})\s+(?:of\s+State\s+|Delegate\s+)?(?:of|for)\s+(?:the\s+)?"
                          rf"{_CAP}(?:,\s+{_CAP})*,\s+(?:and\s+)?$")
# '..., Agriculture and National ' before 'Food Security': the list's last item already begun
# by a word no name opens with, the run after it finishes that item
_ITEM_BEFORE = re.compile(rf"\b(?i:{_HOLDERS})\s+(?:of\s+State\s+|Delegate\s+)?(?:of|for)\s+(?:the\s+)?"
                          rf"{_CAP}(?:,\s+{_CAP})*\s+(?:and|&)\s+[A-Z][\w\-]*\s+$")
_BODY_TITLES = lexicon.words("body_titles")
_FIELDS = lexicon.words("title_fields")
_NEXT_WORD = re.compile(r"\s+([A-Z][\w\-]*)")


def continues_field_list(before: str, begun: bool = False) -> bool:
    """The text before a run ends in a portfolio title's list of fields and a comma ('Minister
    for Housing, '), so the run is one more field; with `begun`, also in a last item already
    opened ('Minister of Trade and French ' before 'Nationals Abroad')."""
    return bool(_LIST_BEFORE.search(before[-200:]) or begun and _ITEM_BEFORE.search(before[-200:]))


def field_in_list(sentence: str, offset: int, piece: str) -> bool:
    """'…, African Union and Cooperation' after 'Minister of Foreign Affairs': a run continuing a
    title's field list that ends in no type word (a body listed after a title ends in one:
    '…, the Kenya Ports Authority'), nor in a type word before its 'of' ('Minister of State,
    Ministry of Health, Dr. X': a body named head first after the title, not a field)."""
    last = piece.split()[-1] if piece.split() else ""
    head = piece.split(" of ", 1)[0]
    return continues_field_list(sentence[:offset]) and not has_org_keyword(last) and \
        not (head != piece and has_org_keyword(head))


def joined_first_field(items: str) -> bool:
    """A first field of two joined by 'and' ('Blue and Green Economy, Agriculture and Food
    Security') is read as a list of fields only when every item ends in a field noun: 'Trade and
    Industry, Acme and Zenith' lists a ministry and two firms."""
    first = items.split(",", 1)[0]
    if " and " not in first and " & " not in first:
        return True
    *pieces, last = re.split(r",\s*(?:and\s+)?", items)
    pieces += re.split(r"\s+and\s+", last)
    return all(piece.split()[-1].lower() in _FIELDS for piece in pieces if piece)


def opens_body_title(sentence: str, end: int, piece: str) -> bool:
    """'Trade and Cooperative Cabinet' before 'Secretary': the run's last word and the next one
    make a title, so the run is the title's portfolio."""
    m = _NEXT_WORD.match(sentence, end)
    words = piece.split()
    return m is not None and bool(words) and f"{words[-1]} {m.group(1)}".lower() in _BODY_TITLES


__all__ = ["continues_field_list", "field_in_list", "joined_first_field", "opens_body_title"]
