"""Two written forms of one body that `linking.one_entity_per_key` should make one organisation:
news copy names a body in full once ('the Ministry of Fisheries and Marine Affairs', 'the
Parliament of Kenya', 'Acme Power Limited') and then by its head-last short form ('the
Fisheries Ministry', 'the Kenyan Parliament') or without its legal form ('Acme Power').  The
short form is an alias of the full name (GOLD_FORMAT: shorter forms used in the text are
aliases), not a second body.  Only a single candidate of a compatible country is taken: 'the
Ugandan Foreign Ministry' is not Kenya's 'Ministry of Foreign Affairs'.  A country written after
the name ('X University Japan') is the name's owner, not part of it."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc
from coopkg.extract.facts import Org
from coopkg.extract.lexicon import word_pattern
from coopkg.extract.orgfilters import LEGAL_FORMS
from coopkg.extract.orgtypes import has_org_keyword

_HEAD_OF = re.compile(r"^(?:the\s+)?(?P<head>[A-Z][\w\-]+)\s+of\s+(?:the\s+)?(?P<rest>.+)$")
_LEGAL_TAIL = re.compile(rf"^,?\s+{LEGAL_FORMS}\.?$")
_MINOR = frozenset({"and", "&", "of", "for", "the"})


def full_form(doc: Doc, org: Org) -> Org | None:
    """The one body whose full name `org.name` shortens: head-last ('Fisheries Ministry' of
    'Ministry of Fisheries and Marine Affairs') or without its legal form ('Acme' of 'Acme
    Limited')."""
    return _inverted_owner(doc, org) or _legal_owner(doc, org) or _country_after(doc, org) or \
        _ampersand_owner(doc, org) or _without_closing_country(doc, org) or \
        _preposition_variant(doc, org) or _kind_tail_owner(doc, org) or _country_spelling(doc, org)


# 'news agency', 'News Agency', 'company', 'Group': a noun of the body's kind closing its name
_KIND_TAIL = re.compile(rf"(?i:{word_pattern('org_descriptors')})")


def _kind_tail_owner(doc: Doc, org: Org) -> Org | None:
    """'Kilima' beside 'Kilima news agency', 'Ravena' beside 'Ravena News Agency': the name alone is
    the body its longer form only adds a noun of its kind to."""
    found = [o for o in doc.orgs.values() if o is not org and o.name.startswith(org.name + " ") and
             _KIND_TAIL.fullmatch(o.name, len(org.name) + 1)]
    return found[0] if len(found) == 1 and _same_country(org, found[0]) else None


def _country_spelling(doc: Doc, org: Org) -> Org | None:
    """'the U.S. Department of Agriculture' after 'the United States Department of Agriculture':
    one body whose country is written in another form (a short form, an adjective); the form
    written first is the name."""
    split = _country_split(doc, org.name)
    if split is None:
        return None
    names = list(doc.orgs)
    found = [o for o in doc.orgs.values() if o is not org and _country_split(doc, o.name) == split and
             names.index(o.name) < names.index(org.name)]
    return found[0] if len(found) == 1 else None


def _country_split(doc: Doc, name: str) -> tuple[str, str] | None:
    """(country, rest) of a name that opens with a country's name or adjective and goes on with
    a body's name ('U.S. Department of Agriculture' → ('US', 'Department of Agriculture'))."""
    words = name.removeprefix("the ").split()
    for n in (3, 2, 1):
        rest = words[n:]
        if len(rest) >= 2 and has_org_keyword(" ".join(rest)) and (code := _whose(doc, " ".join(words[:n]))):
            return code, " ".join(rest)
    return None

def _without_closing_country(doc: Doc, org: Org) -> Org | None:
    """'Niigata University Japan' beside 'Niigata University': a country written after a body's
    name says whose it is; the name without it is the body (and its country is that one)."""
    words = org.name.split()
    for n in (1, 2):
        if len(words) <= n + 1 or not has_org_keyword(words[-n - 1]):
            continue
        country = _country_of(doc, " ".join(words[-n:]))
        short = doc.orgs.get(" ".join(words[:-n]))
        if country and short is not None and short is not org:
            short.country = country
            return short
    return None


def _ampersand_owner(doc: Doc, org: Org) -> Org | None:
    """'the X Chamber of Commerce & Industry' beside 'the X Chamber of Commerce and Industry':
    one name with its 'and' written as an ampersand; the spelled-out form is the name."""
    if " & " not in org.name:
        return None
    name = org.name.replace(" & ", " and ")
    full = next((o for o in doc.orgs.values() if o.name == name and o is not org), None)
    return full if full is not None and _same_country(org, full) else None


_FOR_OF = re.compile(r"(?<=[a-z]) (for|of) (?=[A-Z])")


def _preposition_variant(doc: Doc, org: Org) -> Org | None:
    """'the Ministry for X' beside 'the Ministry of X' named before it: one body whose head
    takes either preposition; the form written first is the name."""
    m = _FOR_OF.search(org.name)
    if m is None:
        return None
    other = org.name[:m.start()] + (" of " if m.group(1) == "for" else " for ") + org.name[m.end():]
    names = list(doc.orgs)
    full = doc.orgs.get(other)
    if full is None or full is org or names.index(other) > names.index(org.name):
        return None
    return full if _same_country(org, full) else None


def _inverted_owner(doc: Doc, org: Org) -> Org | None:
    """'the Fisheries Ministry', 'the Kenyan Parliament': a head word written last, after words
    that are either in the full name's complement ('of Fisheries and Marine Affairs') or say
    whose body it is (a demonym or country matching the full name's country)."""
    words = org.name.removeprefix("the ").split()
    if len(words) < 2 or not has_org_keyword(words[-1]) or not words[-1][:1].isupper():
        return None
    found = [o for o in doc.orgs.values() if o is not org and _inverts(doc, words, o)]
    return found[0] if len(found) == 1 and _same_country(org, found[0]) else None


def _inverts(doc: Doc, words: list[str], full: Org) -> bool:
    m = _HEAD_OF.match(full.name)
    if m is None or m.group("head") != words[-1]:
        return False
    rest = m.group("rest")
    rest_words = {w.lower().strip(",") for w in rest.split()}
    owner = full.country or _country_of(doc, rest)
    fields = [w for w in words[:-1] if w.lower() not in _MINOR]
    return bool(fields) and all(w.lower() in rest_words or _whose(doc, w) not in (None, "") and
                                _whose(doc, w) == owner for w in fields)


_WHOSE_RE = re.compile(r"['’]s$")


def _whose(doc: Doc, word: str) -> str | None:
    """The country a demonym or a country name stands for, None when it names none."""
    bare = _WHOSE_RE.sub("", word)
    code = doc.gaz.country_of_demonym(bare)
    if code:
        return code
    return _country_of(doc, bare)


def _country_of(doc: Doc, text: str) -> str | None:
    places = [p for p in doc.gaz.lookup(text) if p.kind == "country"]
    return places[0].country if places else None


def _legal_owner(doc: Doc, org: Org) -> Org | None:
    """'Acme Power' beside 'Acme Power Limited': the same company named without its legal form."""
    found = [o for o in doc.orgs.values() if o is not org and o.name.startswith(org.name) and
             _LEGAL_TAIL.match(o.name[len(org.name):])]
    return found[0] if len(found) == 1 and _same_country(org, found[0]) else None


_OF_COUNTRY = re.compile(r"^(?:the\s+)?(?P<body>.+?)\s+of\s+(?:the\s+)?"
                         r"(?P<c>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2})$")


def _country_after(doc: Doc, org: Org) -> Org | None:
    """'the Russian Defense Ministry' beside 'the Defense Ministry of Russia': the same words
    with the country written before as a demonym or after as 'of <country>'."""
    words = org.name.removeprefix("the ").split()
    owner = _whose(doc, words[0]) if len(words) > 2 and has_org_keyword(" ".join(words[1:])) else None
    if not owner:
        return None
    body = " ".join(words[1:])
    found = [o for o in doc.orgs.values() if o is not org and (m := _OF_COUNTRY.match(o.name)) and
             m.group("body") == body and _country_of(doc, m.group("c")) == owner]
    return found[0] if len(found) == 1 and _same_country(org, found[0]) else None


def _same_country(short: Org, full: Org) -> bool:
    return short.country is None or full.country is None or short.country == full.country


__all__ = ["full_form"]
