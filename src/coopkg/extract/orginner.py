"""Organisation names the capitalised-run scanner cuts in two because of what sits inside them:

- a short form bracketed inside the name, not after it: 'the Export-Import (Exim) Bank of
  Kenya', 'the National Institute of Science (NIS) Mombasa'. Writers define the short form of
  the words before the bracket and go on with the rest of the name: the head word ('Bank') or
  the campus's place ('Mombasa'). The whole is one body; the short form with what follows
  ('Exim Bank', 'NIS Mombasa') is how the article names it again (GOLD_FORMAT: longest name as
  written, shorter forms are aliases). The scanner would see 'Bank of Kenya' (another body) or
  'National Institute of Science' (the parent system, not the campus).
- two countries joined before one research or training centre's head: 'the Kenya and Norway
  Centre for Marine Science'. 'the' before the pair says that one body is named; the scanner
  splits at 'and' and keeps only the second country's half. Without 'the' ('between Kenya and
  Norway Centre for ...', 'Kenya and China Council for ...') the 'and' may join two parties, so
  those stay split.

Both produce `OrgMention`s that `orgcompounds.org_mentions` keeps whole."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.orgfilters import is_country_name, is_place
from coopkg.extract.orgs import OrgMention
from coopkg.extract.orgtypes import KNOWN_IGO, KNOWN_MEDIA, has_org_keyword

_CAPW = r"[A-Z][\w'’\-&]*"
# the capitalised name before the bracket, with its inner 'of', 'for', 'and'
_BEFORE = rf"{_CAPW}(?:\s(?:(?:of|for|and)\s(?:the\s)?)?{_CAPW}){{0,6}}"
_INNER = re.compile(rf"(?P<name>{_BEFORE})\s\((?P<short>[A-Z][A-Za-z\-]{{1,9}})\)\s"
                    rf"(?P<tail>{_CAPW}(?:\s{_CAPW})?)(?P<of>\sof\s(?:the\s)?{_CAPW}(?:\s{_CAPW})?)?"
                    r"(?![\w\-])")
_HEADS = lexicon.words("inner_bracket_heads")
_LEADING = lexicon.words("not_org_starts")
_TITLES = lexicon.words("titles", "title")


def _trimmed(sentence: str, start: int, end: int) -> int:
    """Where the name starts once opening words that are no part of it ('The', 'Also') go."""
    words = sentence[start:end].split(" ")
    while len(words) > 1 and words[0].lower() in _LEADING | {"the"}:
        start += len(words[0]) + 1
        words = words[1:]
    return start


def _initials_fit(short: str, words: str) -> bool:
    """'Exim' of 'Export-Import', 'NIS' of 'National Institute of Science': the short form starts
    with the first letter of the words it stands for."""
    return short[:1].upper() == words[:1].upper()


def _campus_tail(m: re.Match[str]) -> bool:
    """'... of Technology (IIT) Mombasa': a place after a whole body's name is its campus."""
    return not m.group("of") and has_org_keyword(m.group("name")) and is_place(m.group("tail")) \
        and not is_country_name(m.group("tail"))


def _head_tail(m: re.Match[str]) -> bool:
    """'Export-Import (Exim) Bank of Kenya': the bracket stands for a modifier of the head after it,
    so the words before it hold no type word of their own."""
    words = m.group("tail").split(" ")
    of = m.group("of")
    return words[-1].lower() in _HEADS and not has_org_keyword(m.group("name")) and \
        (not of or is_country_name(of.split(" ", 2)[-1].removeprefix("the ")))


def inner_bracket_names(sentence: str) -> list[OrgMention]:
    """Names with their short form bracketed inside them (see the module doc)."""
    if "(" not in sentence:
        return []  # speed only
    out = []
    for m in _INNER.finditer(sentence):
        start = _trimmed(sentence, m.start("name"), m.end("name"))
        if not _initials_fit(m.group("short"), sentence[start:]) or \
                sentence[start:m.end("name")].lower() in _TITLES:
            continue  # 'Vice-Chancellor (VC) X University': the bracket shortens a title
        if _campus_tail(m) or _head_tail(m):
            short = f"{m.group('short')} {m.group('tail')}"
            out.append(OrgMention(start, m.end(), sentence[start:m.end()], short))
    return out


_PAIR_HEADS = lexicon.alternation([w.capitalize() for w in lexicon.words("pair_centre_heads")])
_PAIR = re.compile(rf"\b[Tt]he\s(?P<a>{_CAPW}(?:\s{_CAPW})?)\sand\s(?P<b>{_CAPW}(?:\s{_CAPW})?)\s"
                   rf"(?P<head>{_PAIR_HEADS})\b"
                   rf"(?P<topic>\s(?:for|of|on)\s(?:the\s)?{_CAPW}(?:\s(?:and\s)?{_CAPW}){{0,5}})?")


def country_pair_centres(sentence: str) -> list[OrgMention]:
    """'the Kenya and Norway Centre for Marine Science': one binational centre (see the module
    doc); the name runs from the first country to the end of its capitalised topic."""
    if " and " not in sentence:
        return []  # speed only
    out = []
    for m in _PAIR.finditer(sentence):
        if not (is_country_name(m.group("a")) and is_country_name(m.group("b"))):
            continue
        start = m.start("a")
        out.append(OrgMention(start, m.end(), sentence[start:m.end()]))
    return out


# a short form of capitals, a one-word place, then no further capitalised word
_CAMPUS = re.compile(r"(?<![\w(\-])(?P<short>[A-Z]{2,6})\s(?P<place>[A-Z][a-z]+)\b(?![\-’']|\s[A-Z(])")


def _short_form_names_body(short: str) -> bool:
    """A short form that is no country's ('US', 'UAE') and no multilateral body's or outlet's
    ('NATO Brussels summit': the place says where the body meets, not which campus it is)."""
    low = short.lower()
    return not is_country_name(short) and low not in KNOWN_IGO and low not in KNOWN_MEDIA


def acronym_campuses(sentence: str) -> list[OrgMention]:
    """'IIT Mombasa', 'NIS Nakuru': a national system of institutes names each campus by the
    system's short form and the campus's city, with no type word; a city (no country: 'JICA
    Kenya' is the agency's office, which `orgoffices` reads with its head word) right after a short
    form of capitals names that campus."""
    out = []
    for m in _CAMPUS.finditer(sentence):
        place = m.group("place")
        if _short_form_names_body(m.group("short")) and is_place(place) and not is_country_name(place):
            out.append(OrgMention(m.start(), m.end(), m.group()))
    return out
