"""The words around a speech verb that frame the speech rather than say it: the speaker's
title set off by commas before the name ('The director of the institute, X, said ...'), how
short a sentence its speaker's closing tag can stand after ('Trade will grow, X said.'), a day
written right after the verb ('X said Tuesday the deal ...', American wire style), which dates
the speech and is no part of what was said, and the occasion's phrase before a quoted sentence
('said in a statement on Tuesday: "The ..."'), which leaves the quotation the whole statement."""

from __future__ import annotations

import re

from coopkg.extract import lexicon

# the speaker's own title set off by commas before the name: an apposition, not a sentence the
# speaker tags ('The director of the institute, X, said', 'A spokesman for the ministry, X,
# said': the body after the title may be a lower-case noun, the last word before the comma)
APPOSED_TITLE = re.compile(rf"(?:^|,)\s*(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w’'\-]*\s+){{0,3}}"
                           rf"(?i:{lexicon.word_pattern('titles')})(?:\s+(?:of|for|to|and|the|"
                           r"[A-Z][\w’'\-]*)){0,6}(?:\s+[a-z][\w’'\-]*)?,$")
# the speaker's title under a body's possessive, set off by commas before the name ("The Acme
# Board's deputy secretary for exports, X, says ..."): an apposition too, whatever its case
POSSESSED_TITLE = re.compile(r"(?:^|,)\s*(?:[Tt]he\s+)?(?:[\w\-]+\s+){0,5}?[\w\-]+[’']s\s+(?:[\w\-]+\s+)?"
                             rf"(?i:{lexicon.word_pattern('titles')})(?:\s+[\w’'\-]+){{0,6}},$")

# an outlet's credit closing a sentence ('..., BelTA has learned.', '..., Vesti reports.')
OUTLET_CREDIT = r",\s*(?:[A-Z][\w’'\-]*\s+){1,3}(?:has\s+learned|has\s+learnt|reports|reported)"

_CREDIT_END = re.compile(rf"{OUTLET_CREDIT}[.;]?\s*$")


def without_credit(text: str) -> str:
    """What follows a speech verb with an outlet's closing credit cut to a full stop ('told the
    media on Monday, BelTA has learned.' → 'told the media on Monday.')."""
    return _CREDIT_END.sub(".", text)


# what may follow a tag's verb when the tag closes the sentence: 'said.', 'said on Friday.',
# 'told reporters.', 'told Reuters.', 'said in a statement.' — an audience and when or where it
# was said, never an object ('expressed pride in the partnership' says something itself); an
# outlet's credit may close the sentence after it ('told the media on Monday, BelTA has learned.')
_CLOSING_TAIL = re.compile(r"\s*(?:(?:reporters|journalists|the\s+(?:press|media)|[A-Z][\w’'\-]*)\s*)?"
                           r"(?:(?:on|in|at|during|via|late|early|yesterday|today|last|this)\b[^,;.]*)?"
                           rf"(?:{OUTLET_CREDIT})?[.;]?\s*$")


def least_lead(lead: str, tail: str) -> int:
    """How many words the tagged sentence needs: five in general (fewer are mostly an opening
    phrase, 'In Nairobi, X said the deal ...'), three when the tag closes the sentence and the
    lead is one clause ('Trade will grow, X said.'): nothing after the tag is what was said,
    so the words before it are."""
    return 3 if _CLOSING_TAIL.fullmatch(tail) and lead.count(",") == 1 else 5


# the speaker's words between the lead's comma and the verb ('..., the Kenyan minister wrote'):
# a few words with no comma, so the verb closes a tag rather than a clause of the lead
_TAG_SUBJECT = re.compile(r",\s*(?:[\w’'\-.]+\s+){0,8}$")


def closes_tag(before: str, rest: str) -> bool:
    """Whether a verb stands in a closing speaker tag ('Trade rose, X wrote on X.', '..., X
    concluded.'): the lead before the comma is what was said, so a verb that reports speech only
    with a that-clause or a quotation ('wrote', 'concluded') has its content there."""
    return _CLOSING_TAIL.fullmatch(rest) is not None and _TAG_SUBJECT.search(before) is not None


# 'said Tuesday the deal ...', 'said late on Monday the ...', 'told reporters yesterday it ...':
# a day right after the verb (or its audience), before the clause's subject (a determiner, a
# pronoun or a name), with no comma and no 'that' before it; 'said today marks ...' keeps
# 'today', the clause's own subject
_SAID_WHEN = re.compile(rf"^\s*(?:(?:late|early)\s+)?(?:on\s+)?(?:{lexicon.WEEKDAY_NAMES}|yesterday|"
                        r"today)(?:\s+(?:morning|afternoon|evening|night))?\s+(?:that\s+)?"
                        r"(?=(?:the|a|an|it|he|she|they|we|his|her|its|their|this|these)\b|[A-Z])")


def without_day(rest: str) -> str:
    """What follows a speech verb without a day that opens it and dates the speech."""
    return _SAID_WHEN.sub("", rest)


# 'said in a speech at the forum: "The ...', 'said in an interview with Xinhua, "We ...': the
# occasion's phrase closes on a colon or comma and a quoted sentence opens
_QUOTE_OPENER = re.compile(r"\s*[:,]\s*[“\"]?$")


def opens_quote(text: str, verb_end: int, quote_start: int) -> bool:
    """Whether the words between a speech verb and a quotation only say where or how it was
    said ('in a speech at the forum:'), so the quotation is the whole of what was said; in
    'said the visit was part of an effort to "open ..."' the words are a clause, the quotation
    its end.  The quotation must open with a capital, as a quoted sentence does."""
    between = text[verb_end:quote_start]  # the span starts inside the quotation marks
    return _QUOTE_OPENER.search(between) is not None and \
        text[quote_start:quote_start + 1].isupper() and _FINITE_WORD.search(between) is None


# a finite verb between the speech verb and the quotation: a reported clause of its own
_FINITE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|did)\b", re.I)


# 'As X noted (at the meeting), A': a sentence opened by 'As' and its speech clause; what was
# said is the main clause after the comma, whatever the verb takes as its object elsewhere
_AS_OPENED = re.compile(r"\W*As\s[^,;:\"“”]*$")
_AS_FRAME = re.compile(r"[^,;:\"“”]{0,80}?,\s+(?=\w)")


def as_clause(text: str, verb_start: int, verb_end: int) -> str | None:
    """The main clause after an 'As X said,' opener, or None when the sentence has none."""
    if not _AS_OPENED.match(text, 0, verb_start):
        return None
    frame = _AS_FRAME.match(text, verb_end)
    return text[frame.end():] if frame else None
