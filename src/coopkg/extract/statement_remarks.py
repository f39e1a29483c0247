"""When a speaker's words were said, told apart from when they were published: 'X made the
remarks after talks with Y on Tuesday (25 November)' dates what X said in the article, though a
statement 'released on Thursday' or the story's date came first.  A release, publication or post
day is when the words reached the public, not when they were said."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Ref, Statement, When

_REMARKS = re.compile(r"\b(?:made|delivered|gave)\s+(?:the|these|those|his|her|their|such)\s+"
                      r"(?:remarks|comments|statements?|speech)\b", re.I)
_RELEASED = re.compile(r"\b(?:released|issued|published|posted|circulated)\s+(?:on|late\s+on)\b", re.I)


def redate_by_remarks(doc: Doc, statements: list[Statement]) -> None:
    """Each speaker's statements take the day of the sentence saying when they made their
    remarks, unless a statement's own sentence dates it other than by a release.  Only sentences
    holding a cue word are read: most articles have none, and pay one scan per sentence."""
    for index, sent in enumerate(doc.sents):
        m = _REMARKS.search(sent.text) if _CUES.search(sent.text) else None
        if m is None:
            continue
        day = next((d.when for d in sent.dates if d.start > m.end() and len(d.when.value) == 10), None)
        speaker = _speaker(sent, m.start(), doc.sents[:index], statements) if day else None
        for statement in statements if speaker is not None else []:
            if statement.speaker == speaker and _said_undated(statement):
                statement.date = When(day.value, inherited=True)


_CUES = re.compile(r"remarks|comments|statement|speech")
# 'She made the remarks ...' / 'The Peruvian minister made the remarks ...': the speaker told
# of just before, by pronoun or by a short description of their office
_PRONOUN_OR_ROLE = re.compile(r"\s*(?:(?:He|She)\b|The\s+(?:[A-Za-z\-]+\s+){1,4}$)")


def _speaker(sent: Sent, start: int, earlier: list[Sent], statements: list[Statement]) -> Ref | None:
    """The person named before 'made the remarks', or, after a pronoun or a description ('the
    minister'), the speaker of the last statement told in an earlier sentence."""
    people = [s.ref for s in sent.spans if s.ref.kind == "person" and s.end <= start]
    if people:
        return people[-1]
    if not _PRONOUN_OR_ROLE.match(sent.text[:start]):
        return None
    texts = [e.text for e in earlier]
    return next((st.speaker for st in reversed(statements) if any(t in st.evidence for t in texts)), None)


def _said_undated(statement: Statement) -> bool:
    """A date the statement only inherited, or one its sentence gives to a release."""
    return statement.date is None or statement.date.inherited or bool(_RELEASED.search(statement.evidence))
