"""Plural document nouns whose complement describes each document on its own: 'signed agreements
on the construction of the X railway as well as the upgrade of the Y port', 'agreements on trade
and on culture were signed'. The gold counts these one entry each, while a bare list of fields
('agreements in health, energy and transport') stays an aggregate unless a count matches it
(counted_items): the split needs a repeated preposition, or 'as well as' (or 'and a ...', a new
indefinite noun phrase: 'memoranda on the construction of X and a project to build Y') between
phrases of several words each."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_documents import KIND_RE, is_plural, kind_of
from coopkg.extract.agreement_topics import topic as document_topic

_PREP = r"(?:on|for|regarding|concerning)"
_PREP_RE = re.compile(_PREP, re.I)  # Speed only: compiled once, same pattern and flags
_COMPLEMENT = re.compile(r"(?:\s*\([^)]{1,20}\))?"  # 'memorandums of understanding (MOU) on X'
                         rf"\s+(?:(?:were|have\s+been)\s+(?:also\s+)?(?:signed|inked|concluded)\s+)?"
                         r"(?:between\s+the\s+(?:two\s+)?(?:governments|countries|states|sides)\s+)?"
                         rf"(?P<prep>{_PREP})\s+")
_REPEATED = re.compile(rf"\s*,?\s+(?:and|as\s+well\s+as)\s+(?P<prep>{_PREP})\s+|"
                       rf"\s*[,;]\s+(?:and\s+)?(?P<p2>{_PREP})\s+", re.I)
_AND_OTHERS = re.compile(r",?\s+and\s+(?:others|other\s+[a-z]+|so\s+on)\s*$", re.I)
_AS_WELL_AS = re.compile(r"\s*,?\s+as\s+well\s+as\s+|"
                         r"\s+and\s+(?=an?\s+(?!number\b|range\b|host\b))", re.I)
_END = re.compile(rf"\.|;(?!\s*(?:and\s+)?{_PREP}\s)|"  # '; on Y' goes on with the list
                  r"\s+(?:were|was|have\s+been|has\s+been)\s+(?:also\s+)?(?:signed|inked|concluded)\b")


def described_items(text: str, kind_end: int) -> list[str]:
    """The topics of the documents a plural noun's complement describes one by one, or [] when
    it names no more than one, or only fields ('on health, energy and transport')."""
    m = _COMPLEMENT.match(text, kind_end)
    if m is None:
        return []
    stop = _END.search(text, m.end())
    rest = _AND_OTHERS.sub("", text[m.end():stop.start() if stop else len(text)])
    pieces = _REPEATED.split(rest)
    pieces = [p for p in pieces if p and not _PREP_RE.fullmatch(p)]
    if len(pieces) < 2:
        pieces = _AS_WELL_AS.split(rest)
        if len(pieces) < 2 or any(len(p.split()) < 3 or "," in p for p in pieces):
            return []
    topics = [t for t in (document_topic(f" on {p}", 0) for p in pieces) if t]
    return topics if len(topics) >= 2 else []


_COUNTED = re.compile(r"\b(?P<n>\d|" + lexicon.alternation(list(lexicon.NUMBER_WORDS))
                      + r")\s+(?:[\w\-]+\s+){0,2}$", re.I)
_FIELD_NOUN = r"(?:fields?|areas?|spheres?|sectors?)"
# 'on X', 'covering X', 'in the fields of X' ('in' alone may be a place or a time)
_OWN = re.compile(r"(?:\s*\([^)]{1,20}\))?"
                  rf"(?:\s+on\s+(?:{lexicon.WEEKDAY_NAMES})\b)?,?\s+(?:(?:on|for|covering)\s+|"
                  rf"in\s+(?=(?:the\s+)?{_FIELD_NOUN}\s+of\s))(?:(?:the\s+)?{_FIELD_NOUN}\s+of\s+)?")
# 'on cooperation in the fields of A and B; C; and D': the shared lead before the first subject
_FIELDS_LEAD = re.compile(rf"(?:cooperation\s+)?(?:in|on)\s+(?:the\s+)?{_FIELD_NOUN}\s+of\s+", re.I)
_SEMICOLON = re.compile(r"\s*;\s*(?:and\s+)?")
# a piece opening like a clause ('; the ministers also ...', '; they ...') is no document's subject
_CLAUSE_START = re.compile(r"(?:the|they|he|she|it|we|both|this|these|those|their|its)\b", re.I)
# where the list of subjects ends: a clause, a date, or a new noun phrase ('and the Action Plan')
_OWN_END = re.compile(r"[.;:()]|,?\s+(?:on|in|last|this|at|during)\s+(?:[A-Z]\w*|\d)|"
                      r",\s+(?:which|who|the|an?|said|as|while|according|including)\b|"
                      r"\s+and\s+(?:the|an?)\s|(?<!\band)\s+(?:in|during|at|with|between|by|which|that|"
                      r"were|was|worth)\s")
_REPEATED_ON = re.compile(r"(?:,|\band)\s+on\s", re.I)
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?(?:on\s+)?|\s+and\s+(?:on\s+)?", re.I)


def counted_items(text: str, kind_start: int, kind_end: int) -> list[str]:
    """'signed two agreements on visa exemption and cultural exchange', 'five MoUs on defence,
    fisheries and culture', 'three memoranda in the fields of sports, education and health': a
    count followed by exactly as many subjects describes each document (GOLD_FORMAT: one entry
    each; the count stays a figure).  A count the subjects do not match ('five agreements on
    trade and energy') stays an aggregate: the writer did not list the documents."""
    count = _COUNTED.search(text, 0, kind_start)
    own = _OWN.match(text, kind_end) if count else None
    if own is None:
        return []
    n = lexicon.count_value(count.group("n"))
    by_semicolons = semicolon_items(text, own.end())
    if by_semicolons:
        return by_semicolons if len(by_semicolons) == n else []
    pair = _two_topics(text, own.end()) if n == 2 else []
    if pair:
        return pair
    stop = _OWN_END.search(text, own.end())
    rest = text[own.end():stop.start() if stop else len(text)]
    pieces = [p for p in _ITEM_SPLIT.split(rest) if p]
    if len(pieces) != n or n < 2 or any(len(p.split()) > 5 for p in pieces):
        return []  # one-word subjects joined by bare 'and' are fields ('on trade, health and energy')
    return [" ".join(p.split()) for p in pieces]


_TWO_END = re.compile(r"[.;,:(]|\s+in\s+(?=[A-Z])|"  # a place, a time or a clause ends the second subject
                      r"\s+(?:during|at|on|in\s+the\s+presence|which|who)\s+(?!the\s+field)")
# '... and the establishment of X': a second subject that is an action noun of its own
_AND_ACTION = re.compile(r"\s+and\s+(?=(?:the|an?)\s+[a-z]+(?:ment|tion|sion|ance|ence|ing)\s+of\s)")


def _two_topics(text: str, start: int) -> list[str]:
    """'two MoUs for cooperation in the field of culture and the establishment of a joint
    committee': two subjects of several words each, the second an action noun ('the
    establishment/creation/development of ...') after 'and the'."""
    stop = _TWO_END.search(text, start)
    pieces = _AND_ACTION.split(text[start:stop.start() if stop else len(text)])
    if len(pieces) != 2 or any(not 2 <= len(p.split()) <= 12 for p in pieces):
        return []
    return [" ".join(p.split()) for p in pieces]


_AND_THE = re.compile(r"\s+and\s+the\s+(?=(?:[A-Z][\w\-]*\s+){0,3}[A-Z])")


_AFTER_ITEMS_RE = re.compile(r"[.;]")
_AFTER_ITEMS_RE2 = re.compile(r"[^.;,()]*")


def after_items(text: str, kind_match: re.Match[str]) -> list[tuple[str, str]]:
    """'two agreements on X and Y and the Action Plan for Z': a titled document of another noun
    after the described items is one more document, of its own kind and topic."""
    for m in _AND_THE.finditer(text, kind_match.end()):
        found = kind_of(text[m.end():])
        if found is None or is_plural(found[1]) or found[1].start() > 40 or \
                _AFTER_ITEMS_RE.search(text[m.end():m.end() + found[1].start()]):
            continue
        noun = KIND_RE.match(text, m.end() + found[1].start())
        if noun is None or not noun.group()[:1].isupper():
            continue
        title = _AFTER_ITEMS_RE2.match(text[m.end():]).group().strip()  # 'Action Plan for the X'
        return [(found[0], document_topic(text, noun.end(), noun.start()) or " ".join(title.split()[:14]))]
    return []



def by_repeated_head(items: list[str]) -> list[str]:
    """'..., Cooperation in the Field of Gender, Equality, and Women Empowerment, Cooperation in the
    Field of Youth Affairs and Cooperation in the Field of Arts': where two or more items restate
    one head of three or more words, the head marks where an item begins — a comma fragment
    between two headed items belongs to the one before it, and 'X and <head> Y' is two items."""
    head = _shared_head(items)
    if not head:
        return items
    pieces = [p for item in items for p in re.split(rf"\s+and\s+(?={re.escape(head)})", item, flags=re.I)]
    headed = [p.lower().startswith(head) for p in pieces]
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if out and not headed[i] and out[-1].lower().startswith(head) and any(headed[i + 1:]):
            out[-1] = f"{out[-1]}, {piece}"
        else:
            out.append(piece)
    return out


def _shared_head(items: list[str]) -> str:
    """The longest opening of three or more words (lowercased) that two or more items share."""
    best = ""
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            words = []
            for x, y in zip(a.lower().split(), b.lower().split(), strict=False):
                if x != y:
                    break
                words.append(x)
            shared = " ".join(words[:-1]) if len(words) == len(a.split()) else " ".join(words)
            if len(shared.split()) >= 3 and len(shared) > len(best):
                best = shared
    return best


def semicolon_items(text: str, start: int) -> list[str]:
    """'three memoranda on cooperation in the fields of A and B; C; and D': subjects parted by
    semicolons describe one document each (a semicolon parts items that hold commas or 'and' of
    their own), the shared lead ('cooperation in the fields of') set aside; [] when the sentence
    has no such run."""
    end = text.find(".", start)
    rest = text[start:end if end >= 0 else len(text)]
    if ";" not in rest:
        return []
    lead = _FIELDS_LEAD.match(rest)
    pieces = [p.strip(" ,") for p in _SEMICOLON.split(rest[lead.end():] if lead else rest)]
    longest = 8 if lead else 4  # without the lead, a longer piece may be a clause of its own
    if len(pieces) < 2 or any(not p or len(p.split()) > longest or _CLAUSE_START.match(p) for p in pieces):
        return []
    return pieces
