"""The speech verbs of a sentence that may report what was said: each verb of the lexicon's list
(statement_subjects.VERB) that is not inside a quotation, not passive ('was said'), not negated
('never said'), not followed by 'by', not framing the next verb ('X, who stated this in Y, said
Z'), not used in another sense (speechverbs.not_speech) and not a pronoun's after another speech
verb.  These tests read the sentence and its quotations alone, so a sentence's verbs are kept by
both (speed only: sentences recur across a corpus, and each recurrence tested every verb again;
`statements._speech` asks who speaks for each verb kept, which depends on the article)."""

from __future__ import annotations

import re

from coopkg.extract import cues, lexicon
from coopkg.extract.end_windows import space_runs, window
from coopkg.extract.memo import by_text
from coopkg.extract.quotes import WHO_SAID_THIS, inside
from coopkg.extract.speechverbs import not_speech
from coopkg.extract.statement_embedded import embedded_verb
from coopkg.extract.statement_subjects import has_verb, verbs_in

_BY = re.compile(r"\s+by\b")
_NEGATED = re.compile(r"\b(?:never|not|n[’']t|no\s+longer)\s+(?:\w+\s+)?$", re.I)  # 'X never said'
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
# the text before each speech verb is scanned for them from a few words back (end_windows.py)
_NEGATED_RUNS, _PASSIVE_RUNS = space_runs(_NEGATED), space_runs(_PASSIVE)
# (a stance's adjective, not its copula: 'is' in 'is confident' would open the gate everywhere)
VERB_WORDS = frozenset(row[0].split()[1 if row[0].startswith(("is ", "was ")) else 0].lower()
                       for row in lexicon.rows("speech_verbs"))
_WORD = re.compile(r"[a-z]+")
# 'exchanged a set of Notes', 'the remarks': a verb's form right after a determiner or 'of' is a noun
_DETERMINED = re.compile(r"\b(?:a|an|the|of|these|those|such)\s+$", re.I)


@by_text
def speech_verbs(text: str, quoted: tuple[tuple[int, int], ...]) -> tuple[re.Match[str], ...]:
    """The verbs of `text` (with its quotations `quoted`) that may report speech, in order."""
    words = cues.words(text)  # the sentence's word set, shared with the rules' cue tests
    if words is None:
        words = set(_WORD.findall(text.lower()))
    if words.isdisjoint(VERB_WORDS):  # most sentences report no speech
        return ()
    return tuple(verb for verb in verbs_in(text) if not _rejected(text, verb, quoted))


def _rejected(text: str, verb: re.Match[str], quoted: tuple[tuple[int, int], ...]) -> bool:
    """Whether the verb's frame reports no speech (the module docstring's tests, in order)."""
    before = text[: verb.start()]
    return inside(quoted, verb.start()) or \
        _PASSIVE.search(before, window(before, _PASSIVE_RUNS)) is not None or \
        _frames_the_next(text, verb) or \
        _NEGATED.search(before, window(before, _NEGATED_RUNS)) is not None or \
        _BY.match(text[verb.end():]) is not None or not_speech(text, verb, list(quoted)) or \
        embedded_verb(text, verb) or _DETERMINED.search(before, max(0, len(before) - 12)) is not None


def _frames_the_next(text: str, verb: re.Match[str]) -> bool:
    """'X, who stated this in Abuja, said Y': the relative clause frames the speech the next
    verb reports; its 'this' is Y, not the sentence before."""
    who = text.rfind(", who", 0, verb.start())
    comma = text.find(",", verb.end())
    return who >= 0 and WHO_SAID_THIS.match(text, who) is not None and \
        WHO_SAID_THIS.match(text, who).end() > verb.start() and comma > 0 and \
        has_verb(text[comma:])
