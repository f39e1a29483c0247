"""Signings that are no document of their own: a verb that concludes talks ('the two sides
concluded talks on an X Agreement': the talks end, the document is not yet signed), plural
documents told only by their value ('agreements were reached on projects worth EUR 2 billion':
GOLD_FORMAT counts a priced package as figures, not agreements), and the parties an opening
dateline seems to offer ('CITY, Country, May 2 (Agency) With the signing of ...': the place and
outlet that filed the story sign nothing)."""

from __future__ import annotations

import re
from dataclasses import replace

from coopkg.extract import lexicon
from coopkg.extract.doc import Sent
from coopkg.extract.facts import When
from coopkg.extract.storydate import dateline_date

_TALKS = re.compile(rf"\s+(?:the\s+|their\s+|its\s+)?(?:\w+\s+)?{lexicon.word_pattern('process_nouns')}\b",
                    re.I)


_AMOUNT = re.compile(r"\s+(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+|"
                     r"around\s+|roughly\s+)?(?:(?:[$€£¥]|[A-Z]{2,3}\$?\s?)\d|"
                     r"\d[\d.,]*\s*(?:million|billion|trillion|bn|mln|%|percent|per\s+cent)\b)", re.I)
_REACH_END = re.compile(r"reach(?:ed|es)?$", re.I)


def ends_talks(text: str, verb_end: int) -> bool:
    """Whether the signing verb ending at `verb_end` takes talks for its object ('concluding
    (the) talks', 'concluded bilateral negotiations'), or is 'reach' with an amount ('the
    agreements have reached $2 billion': a total, no consensus reached), not a document."""
    return _TALKS.match(text, verb_end) is not None or (
        _AMOUNT.match(text, verb_end) is not None and _REACH_END.search(text, 0, verb_end) is not None)


_VALUE = re.compile(r"\b(?:worth|valued\s+at|(?:a\s+|with\s+a\s+)?(?:total\s+)?value\s+of|totall?ing|"
                    r"amounting\s+to)\s+(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|"
                    r"around\s+|up\s+to\s+)?(?:[$€£¥]|[A-Z]{3}\s?)?\d", re.I)


def priced_package(text: str, noun_end: int) -> bool:
    """Whether plural documents are told by the value of what they cover ('agreements were
    reached on projects with a total value of more than $2 billion'): a package, its value a
    figure, no document described one by one."""
    return _VALUE.search(text, noun_end) is not None


# 'all (the) agreements', 'all of the documents': every document of a kind, none described
_ALL = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|their\s+|these\s+)?(?:[\w\-]+\s+){0,2}$", re.I)


def universal(text: str, kind_start: int) -> bool:
    """'the implementation of all agreements reached at the highest level': 'all' before plural
    documents speaks of every document of a kind, an aggregate that describes none (GOLD_FORMAT),
    never the consensus of one meeting that 'reached agreements on X' tells."""
    return _ALL.search(text, max(0, kind_start - 40), kind_start) is not None


_DATELINE = re.compile(r"^[A-Z][A-Z .'’\-]{2,40},\s*(?:[A-Z][\w .'’\-]{1,30},\s*)?$")
_OUTLET = re.compile(r"\s*\([^)]{1,40}\)\s*[-–—:]?|\s*[-–—:]")


def without_dateline(view: Sent) -> Sent:
    """The sentence without the names of an opening dateline ('CITY, Country, Dec 17 (Agency)',
    'CITY, May 2 —', or the day alone after 'CITY.'): the place in capitals and the outlet after
    it; its day, the day the story was filed, dates no signing (GOLD_FORMAT), so only its month
    stays, as an inherited date a day stated later for the same document replaces."""
    first = view.dates[0] if view.dates else None
    if first is None or first.start > 60:
        return view
    if not _DATELINE.match(view.text[:first.start]) and not (first.start == 0 and dateline_date(view)):
        return view  # 'MOSCOW. May 2 (Agency) - ...': the place's full stop left the day opening the sentence
    tail = _OUTLET.match(view.text, first.end)
    if tail is None:
        return view
    spans = [s for s in view.spans if s.start >= tail.end()]
    filed = replace(first, when=When(first.when.value[:7], inherited=True))  # its month, as inherited
    return Sent(view.sentence, spans, [filed, *view.dates[1:]], view.person_candidates)


# 'in the fields of', 'in areas such as', or a run 'in trade, energy, transport and ...'
_FIELDS = re.compile(r"\s+(?:in|on|covering)\s+(?:the\s+)?(?:(?:fields?|areas?|spheres?|sectors?|domains?)\s+"
                     r"(?:of|such\s+as|including)\b|(?:[\w\-]+\s+){0,3}?[\w\-]+,\s+(?:[\w\-]+\s+){0,3}?"
                     r"[\w\-]+,\s)", re.I)


def field_list(text: str, noun_end: int) -> bool:
    """Whether plural documents are told only by the fields they span ('reached agreements in
    the fields of trade, energy and transport', 'in trade, investment, tourism and ...'):
    GOLD_FORMAT's aggregate without individual description ('agreements in health, energy …'),
    where 'reached agreements on establishing X' is one consensus on one thing."""
    return _FIELDS.match(text, noun_end) is not None


def no_consensus(text: str, kind_start: int, kind_end: int) -> bool:
    """Whether 'reached agreements' is told as a package rather than one consensus: by the value
    it covers, as every document of a kind, or by the fields it spans (each above)."""
    return priced_package(text, kind_end) or universal(text, kind_start) or field_list(text, kind_end)


# 'since the signing of the first treaty', 'since the signature of the agreement': a past
# document as the start of a time, told without its year
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:signing|signature|conclusion|entry\s+into\s+force)\s+of\s+"
                    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,3}$", re.I)
_YEAR_NEAR = re.compile(r"\b(?:19|20)\d\d\b")


def since_undated(text: str, kind_start: int, kind_end: int) -> bool:
    """Whether the document only starts a span of time ('since the signing of the first treaty,
    trade has tripled'), with no year: an earlier agreement counts only with its date (GOLD_FORMAT)."""
    return _SINCE.search(text, max(0, kind_start - 70), kind_start) is not None and \
        _YEAR_NEAR.search(text, max(0, kind_start - 70), min(len(text), kind_end + 25)) is None
