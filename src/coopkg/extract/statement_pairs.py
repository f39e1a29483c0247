"""A pair of speakers named by a plural pronoun: 'A met B on Tuesday.  Both noted that ...',
'They discussed X.  They also reaffirmed the importance of Y'.  After a sentence that names two
people and no one else (a meeting, a call), news goes on with 'Both' or 'They' for the two of
them; what they say is each one's statement (GOLD_FORMAT: one entry per reported-speech clause
of a named person).  The pair is looked for in the sentence before, or further back across
sentences that themselves continue with 'They' (the same two still speaking); a sentence naming
one person, three, or none that does not continue the pronoun ends the search, so 'they' for a
group or for two countries gives no speaker.

'Both ministers' / 'The two officials' (a plural title or role noun) names the pair of the
latest sentence that named people, a few sentences back: news names the two at a meeting or a
signing ('A and his counterpart B signed ...'), tells what was signed or discussed without
naming anyone, then returns to them by their office.  That pair, not whoever else in the
article holds the title ('both ministers' after a prime minister is named later), is meant; and
the noun need not repeat their exact titles (two trade secretaries are 'both ministers')."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Sent
from coopkg.extract.facts import Ref
from coopkg.extract.quotes import Unit

# the whole clause before the speech verb: 'Both', 'They', 'They also', 'Both sides' is not here
_PLURAL = re.compile(r"\s*(?:Both|They)\s+(?:(?:also|further|then|later|again|jointly|too)\s+)?$")
_CONTINUES = re.compile(r"\s*They\s")
_BACK = 3  # sentences looked back over
# 'Both ministers', 'Both the leaders', 'The two officials', after an opening phrase ('During the
# meeting, both ministers ...')
_NOUN_PAIR = re.compile(r"(?:(?:In|During|At|After)\b[^,]*,\s*)?(?:[Bb]oth(?:\s+the)?|[Tt]he\s+two)\s+"
                        r"(?P<noun>[a-z]+)\s+(?:(?:also|further|then|later|again|jointly)\s+)?")
_NOUN_BACK = 5  # sentences a plural role noun looks back over (sentences naming no one between)


def _plural(word: str) -> str:
    return f"{word[:-1]}ies" if word.endswith("y") else f"{word}s"


# the plural of every one-word title and generic role noun ('ministers', 'secretaries', 'leaders',
# 'officials', 'diplomats'): nouns that stand for people, never for countries or sides
_ROLE_PLURALS = frozenset(_plural(w) for w in lexicon.words("titles", "title") |
                          lexicon.words("role_generics") if " " not in w)


def pair_speakers(unit: Unit, before: str) -> tuple[Ref, list[Ref]] | None:
    """The first of the two people 'Both'/'They' in `before` (the text before the verb) stands
    for, and the other as a joint speaker; None when no sentence before names just two."""
    noun = _NOUN_PAIR.fullmatch(before)
    if noun and noun.group("noun") in _ROLE_PLURALS:
        return _latest_pair(unit)
    if not _PLURAL.fullmatch(before):
        return None
    for back, sent in enumerate(reversed(unit.before[-_BACK:]), start=1):
        people = _people(sent)
        if len(people) == 2:
            return people[0], people[1:]
        if not people and _pair_subject(sent):  # '... the two ministers pledged X.  They also'
            return _latest_pair(Unit(sent, unit.last, unit.before[:-back]))
        if people or not _CONTINUES.match(sent.text):
            return None
    return None


# a sentence whose subject is the pair by a plural role noun ('During the talks, the two ministers
# pledged ...'): 'They' in the next sentence is the same two people, named further back
_NOUN_SUBJECT = re.compile(r"(?:^|,\s+)(?:[Bb]oth(?:\s+the)?|[Tt]he\s+two)\s+(?P<noun>[a-z]+)\b")


def _pair_subject(sent: Sent) -> bool:
    """Whether the sentence's subject is a pair named by a plural role noun (not 'the two sides'
    or 'both countries', which 'they' may go on with for the states)."""
    return any(m.group("noun") in _ROLE_PLURALS for m in _NOUN_SUBJECT.finditer(sent.text))


def _latest_pair(unit: Unit) -> tuple[Ref, list[Ref]] | None:
    """The two people of the latest sentence that names anyone, within `_NOUN_BACK` sentences;
    None when that sentence names three.  Sentences naming only one of an earlier pair are passed
    over ('A told reporters, alongside his counterpart B, ...  A said ...  Both ministers noted
    ...'): news goes on with one of the two before it returns to both."""
    alone: set[Ref] = set()
    for sent in reversed(unit.before[-_NOUN_BACK:]):
        people = _people(sent)
        if len(people) == 2 and alone <= set(people):
            return people[0], people[1:]
        if len(people) > 2 or len(alone | set(people)) > 1:
            return None
        alone |= set(people)
    return None


def _people(sent: Sent) -> list[Ref]:
    """The distinct people a sentence names, in order."""
    out: list[Ref] = []
    for span in sent.spans:
        if span.ref.kind == "person" and span.ref not in out:
            out.append(span.ref)
    return out
