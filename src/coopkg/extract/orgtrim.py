"""Where an organisation's name starts and ends inside the capitalised run that holds it: the
words that open the phrase rather than the name (an article, a sentence adverb, a glued
dateline, 'Lagos-based'), and those that close the sentence's grammar rather than the name (a
weekday, a trailing honorific, a possessive, a topic after 'on')."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.knownfirms import firm_after_lead
from coopkg.extract.memo import by_text
from coopkg.extract.orgfilters import is_country_name, is_place, starts_with_place
from coopkg.extract.orgtypes import KNOWN_IGO, classify, has_org_keyword

_LEADING = lexicon.words("not_org_starts")
_TRAILING = {"of", "and", "for", "on", "the", "de", "du", "des", "&", "es", "da", "do", "dos", "das",
             "del", "di", "la", "le", "les", "pour", "para", "für", "et", "y", "e", "dan", "ve"}
# a weekday or a month closing a run is the date after a name ('X News Agency August 22, 2006')
_WEEKDAYS = lexicon.CALENDAR_WORDS
_HONORIFIC_ENDS = lexicon.words("trailing_honorifics")  # '... Faculty of Engineering Dr. X'
_GLUED_ADVERBS = lexicon.words("sentence_adverbs", "glued")
# 'On Tuesday the Ministry of X', 'In March Y University', 'Last Friday the Z Bank', 'Tuesday the
# Z Bank': a weekday or month name after a time preposition, or before 'the', opens the sentence's
# time, never a body's name ('The March Eighth Textile Company' keeps its month)
_CALENDAR = lexicon.alternation(lexicon.CALENDAR_WORDS)
_TIME_WORDS = lexicon.alternation(lexicon.words("calendar_relatives"))
_DATED_LEAD = re.compile(rf"^(?:(?i:{_TIME_WORDS})\s+)?(?i:{_CALENDAR})\s+(?=[Tt]he\s)"
                         rf"|^(?i:{_TIME_WORDS})\s+(?i:{_CALENDAR})\s+(?=[A-Z])")
# 'State-owned X', 'Government-run X' opening a sentence: who owns the body, no word of its name
_OWNER_ADJECTIVE = re.compile(rf"[A-Z][a-z]+-(?:{lexicon.alternation(lexicon.words('hyphen_adjectives'))})")

_GLUED_DATELINE = re.compile(r"^[A-Z]{3,}[\-–—]+(?=[A-Z])")
_BASED_IN = re.compile(r"^[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?-based\s(?=[A-Z])")
_COUNTRY_THEN_TOPIC = re.compile(r"\sof\s+(?:the\s+)?(?P<c>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2}?)"
                                 r"\s+(?:on|about|regarding)\s")
# 'the X Coast Guard on Maritime Cooperation': 'on' after a type word that takes no subject
_ON_HEADS = lexicon.words("topic_on_heads")
_PROGRAMMES = lexicon.words("programme_nouns")  # 'X Commission on Training Programme for Y'
_HEAD_ON = re.compile(r"(?<=[a-z])\s+on\s+(?=[A-Z])")
_QUOTED_SUBJECT = re.compile(r"\s(?:on|about|regarding)\s+[\"“]")
# 'in Lima for the X Commission': a place the run opens with, then the purpose of being there
_PLACE_FOR = re.compile(r"^(?P<p>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})\sfor\s(?=the\s[A-Z])")


_POSSESSIVE_END = re.compile(r"['’]s?$")
_ABBREVIATED_END = re.compile(r"\b(?:Co|Ltd|Inc|Corp|[A-Z])\.$")


def trim_span(span: str, start: int, before: str = "") -> tuple[str, int]:
    """The name a capitalised run holds and where it starts; `before`, the sentence's text before
    it, tells whether the run opens a clause ('HANOI — New agreements')."""
    name, cut = _trimmed(span, start == 0 or _CLAUSE_END.search(before) is not None)
    return name, start + cut


_CLAUSE_END = re.compile(r"(?:[—–:;\"“(]|\s-)\s*$")


# 'New agreements', 'Bilateral trade': adjectives capitalised only because they open the sentence;
# inside a sentence a capitalised one opens the name ('the New Cities Authority')
_OPENING_ADJECTIVES = frozenset(w for w, why in lexicon.rows("not_org_starts")
                                if why.startswith("adjective opening a sentence"))


@by_text
def _trimmed(span: str, opens: bool = True) -> tuple[str, int]:
    """`trim_span` of a run at offset 0: the same run text recurs through an article.  `opens`:
    the run opens its sentence, where a capitalised adjective may be the sentence's own."""
    start = 0
    # 'CITY-The Ministry', 'Lagos-based X', 'On Tuesday the Ministry'
    glued = _glued_lead(span)
    if glued:
        span, start = span[glued.end():], start + glued.end()
    purpose = _PLACE_FOR.match(span) if "for" in span else None  # speed only: every match holds 'for'
    if purpose and is_place(purpose.group("p")):  # a place is no body, so neither its purpose
        span, start = span[purpose.end():], start + purpose.end()
    quoted = _quoted_subject(span)  # 'X Commission on "Mutual Recognition of Degrees"'
    if quoted:
        span = span[:quoted.start()]
    closed = _country_then_topic(span)  # 'X Commission of Kenya on Exchange of Y': the topic is no part of it
    if closed:
        span = span[:closed.end("c")]
    span = _before_topic(span)
    words = span.split(" ")
    while words and _leading(words) and \
            not (words[0].lower() in _OPENING_ADJECTIVES and (start > 0 or not opens)):
        start += len(words[0]) + 1
        words = words[1:]
    while words and (words[-1].lower() in _TRAILING or words[-1].lower() in _WEEKDAYS or
                     words[-1].lower().rstrip(".") in _HONORIFIC_ENDS):
        words = words[:-1]  # 'the ministers of A and Chile Tuesday signed': a date, no name
    name = " ".join(words)
    name = _POSSESSIVE_END.sub("", name)
    if name.endswith(".") and not _ABBREVIATED_END.search(name):
        name = name[:-1]
    bare = name.strip("\"“”")
    return (name if sum(map(bare.count, "\"“”")) % 2 else bare), start  # '"Silk Road" Fund'


def _glued_lead(span: str) -> re.Match[str] | None:
    """Speed only: `_GLUED_DATELINE`, `_BASED_IN` then `_DATED_LEAD` matched at the start of
    `span`, the first two only where it holds the dash or the '-based' every match of theirs
    holds: the same first match."""
    return (_GLUED_DATELINE.match(span) if "-" in span or "–" in span or "—" in span else None) or \
        (_BASED_IN.match(span) if "-based" in span else None) or _DATED_LEAD.match(span)


def _quoted_subject(span: str) -> re.Match[str] | None:
    """Speed only: `_QUOTED_SUBJECT.search(span)`, skipped where the span holds no opening quote,
    which every match ends with."""
    return _QUOTED_SUBJECT.search(span) if '"' in span or "“" in span else None


def _country_then_topic(span: str) -> re.Match[str] | None:
    """The first 'of <country> on/about/regarding' of `span`.  Speed only: a span without 'of',
    which every match of `_COUNTRY_THEN_TOPIC` holds, is not scanned."""
    if "of" not in span:
        return None
    return next((m for m in _COUNTRY_THEN_TOPIC.finditer(span) if is_country_name(m.group("c"))), None)


def _before_topic(span: str) -> str:
    """'the A Coast Guard on Maritime Cooperation' → 'the A Coast Guard': a body whose type word
    takes no subject ends before 'on'; the words after are what its agreement or talks are on
    ('the Commission on Human Rights' keeps its subject: lexicon/topic_on_heads.tsv). Only a
    tail naming no body is cut: another body after it ('A Bank on X and B University') is kept
    for the 'and' split. A programme after 'on' is a document's topic after any type word."""
    if "on" not in span:
        return span  # speed only: every match of `_HEAD_ON` holds 'on'
    for m in _HEAD_ON.finditer(span):
        words = span[:m.start()].split(" ")
        programme = any(w.lower() in _PROGRAMMES for w in span[m.end():].split())
        if (words[-1].lower() not in _ON_HEADS or programme) and has_org_keyword(" ".join(words[-2:])) and \
                not has_org_keyword(span[m.end():]) and \
                (has_org_keyword(words[-1]) or len(words) > 1 and not has_org_keyword(words[-2])):
            return span[:m.start()]
    return span


_ROMAN = re.compile(r"[IVX]{2,5}")
# 'The Times', 'New Telegraph', 'New Times': newspapers' names open with these words, which
# otherwise open a phrase ('New agreements'); kept only before a newspaper's type word
_MEDIA_OPENERS = frozenset({"The", "New"})


def _leading(words: list[str]) -> bool:
    """A first word that opens the phrase, not the name: an article or preposition, a session
    numeral ('the II Binational Cabinet', 'the XV Joint Commission') or a sentence adverb."""
    if len(words) > 1 and (_ROMAN.fullmatch(words[0]) or words[0].lower() in _GLUED_ADVERBS or
                           firm_after_lead(words) or _OWNER_ADJECTIVE.fullmatch(words[0])):
        return True  # 'Earlier Government of Kenya signed': an adverb with its comma left out
    return words[0].lower().strip("\"“”") in _LEADING and \
        not (words[0] in _MEDIA_OPENERS and len(words) > 1 and _is_media_like(words)) and \
        not _opens_place(words) and not _opens_known(" ".join(words).lower())


def _opens_known(run: str) -> bool:
    """'the New Development Bank': a well-known body whose name opens with such a word.

    Speed only: a known name k opens `run` (`run == k or run.startswith(k + " ")`) exactly
    where k is `run` itself or `run` cut before one of its spaces, so those few prefixes are
    looked up in the set instead of testing every known name (tests/test_span_shortcuts.py)."""
    if run in KNOWN_IGO:
        return True
    at = run.find(" ")
    while at >= 0:
        if run[:at] in KNOWN_IGO:
            return True
        at = run.find(" ", at + 1)
    return False


def _opens_place(words: list[str]) -> bool:
    """'New Zealand Dairy Council', 'South Sudan Ports Authority': a word that opens
    phrases ('New agreements', 'South of the river') also opens place names."""
    return len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper() and \
        words[0] not in ("The", "THE") and \
        starts_with_place(" ".join(words[:2]).removesuffix("'s").removesuffix("’s"))


def _is_media_like(words: list[str]) -> bool:
    """'The Times', 'The Harbour Times': a newspaper's 'The' is part of its name; a news agency's
    is not ('The Kenya News Agency reported' names the Kenya News Agency)."""
    return classify(" ".join(words[1:])) == "MediaOutlet" and words[-1].lower() != "agency"
