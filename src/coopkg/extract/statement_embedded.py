"""A speech verb inside what another speech verb reports: 'X said he hopes to ...', 'X noted
that she expects ...'.  The pronoun is the subject of the reported clause, and it stands for the
matrix verb's subject; when that subject was not found ('Bayinchaolu, who ..., said he also
hopes'), the inner verb must not start a statement of its own with the pronoun read as whoever
the passage was last about."""

from __future__ import annotations

import re

from coopkg.extract import lexicon

_SAID_PRONOUN = re.compile(rf"\b{lexicon.word_pattern('speech_verbs')}\s+(?:that\s+)?(?:he|she)\s+"
                           r"(?:also\s+|still\s+|now\s+)?$", re.I)


def embedded_verb(text: str, verb: re.Match[str]) -> bool:
    """Whether the verb's subject is a pronoun right after another speech verb."""
    return _SAID_PRONOUN.search(text, max(0, verb.start() - 80), verb.start()) is not None
