"""A body's document speaking again: after 'A Ministry of X statement reads that ...' (or 'the
ministry said in a statement ...'), '"...," the document also mentioned' and 'the statement
added that ...' are the same body's words, and so is a tag whose subject is 'it' ('"...," it
said').  News copy names the body once and then lets its release speak; a document named with
no body before it (or with a person speaking last) has no speaker here, and a signed document
('The memorandum, signed by ..., states') never does."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.facts import Ref
from coopkg.extract.quotes import Unit
from coopkg.extract.speakers import Discourse

_CARRIERS = lexicon.words("speech_channels") | {"document", "text", "note"}
_DOCUMENT_BEFORE = re.compile(rf"(?:^|(?<=[\s,”\"]))(?:[Tt]he|[Tt]his|[Ii]ts)\s+"
                              rf"(?:{lexicon.alternation(_CARRIERS)})\s+(?:also\s+|further\s+)?$")
_REACH = 4  # sentences: a release is quoted over a few paragraphs, not the whole story
# '..., it said' / '"...," it added': a tag whose subject is 'it' continues the body that spoke
_IT_TAG = re.compile(r"(?<=[,”\"])\s*(?P<it>it)\s+(?:also\s+|further\s+)?$")


def document_voice(unit: Unit, verb: re.Match[str], discourse: Discourse) -> tuple[Ref, int, int] | None:
    """The body whose release spoke last, and where its document is named, for 'the
    document/statement (also) <verb>'."""
    m = _DOCUMENT_BEFORE.search(unit.text, 0, verb.start()) or _IT_TAG.search(unit.text, 0, verb.start())
    index = unit.sent.sentence.index
    if m is None or discourse.body is None or index - discourse.body_at > _REACH:
        return None
    return discourse.body, m.start(), m.end()


# 'The memorandum, signed by A and B, says ...': the subject is the document
SIGNED_DOCUMENT = re.compile(rf"(?:^|[.;]\s+)\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Ee]ach)\s+(?:[\w\-]+\s+){{0,3}}?"
                             rf"(?i:{lexicon.word_pattern('document_subjects')}),\s+(?:[a-z]+ed|signed)\s+"
                             r"(?:by|between|with)\s[^,;]*$")
# '..., Giorgia Meloni, the statement added': the document says it, no person apposed before it
_DOCUMENT_TAG = re.compile(rf",\s*(?:the|a|an|its|their)\s+(?:[\w\-]+\s+)?"
                           rf"(?i:{lexicon.alternation(_CARRIERS)}),?\s*$")


def document_tag(text: str, start: int, end: int) -> bool:
    """Whether the stretch between a name and a speech verb closes with a document ('X, the
    statement added'): the name is the last words of what the document says, not its speaker."""
    return _DOCUMENT_TAG.search(text, start, end) is not None
