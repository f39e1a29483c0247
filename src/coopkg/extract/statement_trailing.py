"""The sentence a speaker's closing tag sets off ('..., X said.', '..., X said in a statement
on Tuesday.', '..., said X'): what comes before the tag, with the speaker's title set off by
commas taken away ('Also speaking, the Minister of Energy, Mrs X, said')."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.speechverbs import THAT
from coopkg.extract.statement_intros import LONG_TITLE, opens_intro
from coopkg.extract.statement_subjects import Subject
from coopkg.extract.statement_tags import APPOSED_TITLE, POSSESSED_TITLE, least_lead, without_credit
from coopkg.extract.titles import TITLE_WORDS

_SOURCE_TAIL = re.compile(r"\s*(?:[.;,]|$|(?:in|at|on|during|via|after|before|while|when|from|following|upon|"
                          r"here|there|today|yesterday|tonight|earlier|later|afterwards)\b)")
# Speed only: the two patterns compiled once here instead of by re's cache at each call
# (same pattern text and flags, so the same matches)
_TITLE_BEFORE = re.compile(rf",\s*(?:the\s+)?(?:(?:[\w’'\-]+\s+){{0,4}}|{LONG_TITLE})$")
_COMMA_END = re.compile(r",[”\"’']?\s*$")
_SUBORDINATE = re.compile(rf"\s*{lexicon.word_pattern('subordinators')}\s", re.I)


def trailing(text: str, verb: re.Match[str], subject: Subject) -> str | None:
    """The sentence a speaker tags at its end ('..., X said.', '..., X said in a statement on
    Tuesday.', '..., said X'), or None when the speaker comes first and says something."""
    if subject.start >= verb.end():
        return text[: verb.start()]
    clause = text.rfind(",", 0, subject.start) + 1
    if _SUBORDINATE.match(text, subject.start) or _SUBORDINATE.match(text, clause):
        return None  # '..., where the premier underlined A': a clause of its own, no tag
    tail = without_credit(text[verb.end():])  # '..., BelTA has learned.' credits the outlet
    if THAT.match(tail):
        return None
    if tail.startswith(",") and len(tail.split()) >= 8 and titled(text[: subject.start]) and \
            not _PARTICIPLE.match(tail.lstrip(" ,")):
        return None  # 'the Ambassador of X, Y, said, A will go to B': the speaker comes first
    lead = _TITLE_BEFORE.sub(",", text[: subject.start])
    lead = APPOSED_TITLE.sub(",", lead)  # 'Also speaking, the Minister of Energy, Mrs X, said'
    lead = POSSESSED_TITLE.sub(",", lead)  # "The Acme Board's deputy secretary for exports, X, says"
    if _COMMA_END.search(lead) and len(lead.split()) >= least_lead(lead, tail) and \
            not opens_intro(lead) and (len(tail.split()) < 8 or _SOURCE_TAIL.match(tail)):
        return lead
    return None


_PARTICIPLE = re.compile(r"[a-z]+ing\b")  # '..., X said, adding that ...': the tag goes on


def titled(lead: str) -> bool:
    """Whether the last comma-set phrase before a name holds a title word: the name's apposed
    title ('During the ceremony, the Ambassador of X accredited to Y, Name, said, ...')."""
    phrase = lead.rstrip(" ,").rsplit(",", 1)[-1]
    return any(w.lower() in TITLE_WORDS for w in phrase.split())
