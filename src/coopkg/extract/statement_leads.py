"""Delayed identification: a news lead that reports speech by a role alone ('..., an official
said Tuesday', "..., Ruritania's envoy to Borovia said late Monday") and names the speaker in
the next sentence ('..., said Ana Vell, a trade ministry official', 'Ana Vell said: "..."').
Wire copy holds back a name the reader does not know until the second sentence; the speaker
named there, when the article gives them no title of their own (the lead's role is their
description), is the one the lead quotes, so the lead is that person's statement too.  A role
the article gives someone else, a lead further down, or a next sentence naming a titled person
or no speaker leaves the lead without a speaker, as an unnamed official is."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Ref
from coopkg.extract.quotes import Unit
from coopkg.extract.statement_subjects import VERB, Subject

_LEAD = 2  # the first two sentences of the body: the lead, or a headline-like line and the lead
_ROLES = lexicon.alternation(frozenset(w for w in lexicon.words("titles", "title") |
                                       lexicon.words("role_generics") if " " not in w))
# 'an official', 'a senior ministry official', "Ruritania's ambassador to Borovia", "the country's
# foreign minister", set off by a comma from what was said and right before the speech verb
_ROLE_TAG = re.compile(r",\s+(?:an?|the\s+(?:country|nation)[’']s|[A-Z][\w\-]*[’']s)\s+"
                       rf"(?:[\w\-]+\s+){{0,3}}?(?i:{_ROLES})"
                       r"(?:\s+(?:to|of|in|at)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})?"
                       r"\s+$")
# the same role heading the lead, before its speech verb: "Ghana's foreign minister said on
# Wednesday that ...", 'ACCRA, May 9 (Reuters) - A senior official told reporters ...'
_ROLE_HEAD = re.compile(r"(?:^|(?<=\s[-–—]\s))(?:[Aa]n?|[A-Z][\w\-]*[’']s)\s+"
                        rf"(?:[\w\-]+\s+){{0,3}}?(?i:{_ROLES})"
                        r"(?:\s+(?:to|of|in|at)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})?"
                        r"\s+$")
_ADVERB = lexicon.word_pattern("speech_adverbs")  # 'Ana Vell also said'


def delayed_speaker(doc: Doc, unit: Unit, verb: re.Match[str]) -> Subject | None:
    """The person the sentence after a lead names as a speaker, when the lead's speech verb has
    only an unnamed role for its subject (the role phrase is the subject's place)."""
    head = unit.text[: verb.start()]
    role = (_ROLE_TAG.search(head) or _ROLE_HEAD.search(head)) if len(unit.before) < _LEAD else None
    if role is None:
        return None
    following = next((s for s in doc.sents if s.sentence.index == unit.last + 1), None)
    ref = _named_speaker(doc, following) if following is not None else None
    start = role.start() + (head[role.start()] == ",")  # the tag's comma is no part of it
    return Subject(ref, start, verb.start(), "role") if ref else None


_NAMED_SPEAKER_RE = re.compile(r"\s*")


def _named_speaker(doc: Doc, sent: Sent) -> Ref | None:
    """The untitled person right before or right after a speech verb of `sent`."""
    text = sent.text
    for m in VERB.finditer(text):
        for span in sent.spans:
            person = doc.people.get(span.ref.key) if span.ref.kind == "person" else None
            if person is None or person.role:
                continue
            if re.fullmatch(rf"\s*(?:{_ADVERB}\s+)?", text[span.end:m.start()]) or \
                    _NAMED_SPEAKER_RE.fullmatch(text[m.end():span.start]):
                return span.ref
    return None
