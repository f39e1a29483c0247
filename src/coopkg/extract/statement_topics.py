"""Dates of the topic a speaker was asked about, not of the answer: 'Asked about the deal
unveiled last week, X said ...' reports speech of today about an act of last week.  A question
intro ('Asked ...', 'Questioned ...') names its topic after a preposition or a wh-word; a date
inside that topic dates the thing asked about, so it cannot date what the speaker said (a date
before the topic, 'Asked by reporters on Monday about the deal', is the speech's own)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon

# 'Asked by a legislator about ...', 'When asked whether ...': the intro's verb and where its
# topic begins (lexicon/question_intros.tsv: the verbs, and the words that open a topic)
_VERBS = lexicon.alternation(lexicon.words("question_intros", "verb"))
_TOPIC = lexicon.alternation(lexicon.words("question_intros", "topic"))
_ASKED = re.compile(rf"^\W*(?:[Ww]hen\s+)?(?i:{_VERBS})\b[^,]*?\b(?i:{_TOPIC})\b")


def in_asked_topic(text: str, start: int, verb: int) -> bool:
    """Whether the date at `start` lies in the topic of a question intro that the speech verb at
    `verb` answers: after the topic's first word and before the comma that closes the intro."""
    m = _ASKED.match(text)
    if m is None or start < m.end():
        return False
    comma = text.find(",", m.end())
    return 0 <= comma < verb and start < comma
