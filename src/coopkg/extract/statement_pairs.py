"""A pair of speakers named by a plural pronoun: 'A met B on Tuesday.  Both noted that ...',
'They discussed X.  They also reaffirmed the importance of Y'.  After a sentence that names two
people and no one else (a meeting, a call), news goes on with 'Both' or 'They' for the two of
them; what they say is each one's statement (GOLD_FORMAT: one entry per reported-speech clause
of a named person).  The pair is looked for in the sentence before, or further back across
sentences that themselves continue with 'They' (the same two still speaking); a sentence naming
one person, three, or none that does not continue the pronoun ends the search, so 'they' for a
group or for two countries gives no speaker."""

from __future__ import annotations

import re

from coopkg.extract.doc import Sent
from coopkg.extract.facts import Ref
from coopkg.extract.quotes import Unit

# the whole clause before the speech verb: 'Both', 'They', 'They also', 'Both sides' is not here
_PLURAL = re.compile(r"\s*(?:Both|They)\s+(?:(?:also|further|then|later|again|jointly|too)\s+)?$")
_CONTINUES = re.compile(r"\s*They\s")
_BACK = 3  # sentences looked back over


def pair_speakers(unit: Unit, before: str) -> tuple[Ref, list[Ref]] | None:
    """The first of the two people 'Both'/'They' in `before` (the text before the verb) stands
    for, and the other as a joint speaker; None when no sentence before names just two."""
    if not _PLURAL.fullmatch(before):
        return None
    for sent in reversed(unit.before[-_BACK:]):
        people = _people(sent)
        if len(people) == 2:
            return people[0], people[1:]
        if people or not _CONTINUES.match(sent.text):
            return None
    return None


def _people(sent: Sent) -> list[Ref]:
    """The distinct people a sentence names, in order."""
    out: list[Ref] = []
    for span in sent.spans:
        if span.ref.kind == "person" and span.ref not in out:
            out.append(span.ref)
    return out
