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
