"""Opinions told in the passive: '12 agreements, which were considered by President X as concrete
steps towards integration', 'the port, described by Minister Y as a gateway for the region'.  The
agent after 'by' holds the opinion, and what follows 'as' is what was said of the thing; the
verbs are judging or naming verbs (`lexicon/opinion_passives.tsv`), never a verb of doing ('signed
by X as part of the visit' says nothing).  Asked by `statements` only when no speech verb reported
the sentence."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc
from coopkg.extract.quotes import Found, Unit, clean, inside, make_statement
from coopkg.extract.sentence_gates import needs

_BY = re.compile(rf"\b{lexicon.word_pattern('opinion_passives')}\s+by\s+", re.I)
# between 'by' and the agent's name: an article and title words ('by President', 'by the
# Tanzanian Transport Minister'); then ' as ' and what was said, to the clause's end
_TITLE_WORDS = re.compile(r"(?:(?:the|[A-Z][\w’'\-.]*|of|for|and)\s+){0,6}")
_AS = re.compile(r"\s*,?\s+as\s+(?P<gist>[^,;.:()\"“”]{3,200})")


@needs("_BY")
def passive_opinions(doc: Doc, unit: Unit, quoted: list[tuple[int, int]]) -> list[Found]:
    """'<thing> considered by X as Y': X's statement Y (dated as speech is, by `make_statement`)."""
    text = unit.text
    for by in _BY.finditer(text):
        if inside(quoted, by.start()):
            continue
        agent = next((s for s in unit.sent.spans if s.start >= by.end() and s.ref.kind in ("person", "org")
                      and _TITLE_WORDS.fullmatch(text[by.end():s.start])), None)
        said = _AS.match(text, agent.end) if agent is not None else None
        gist = clean(said.group("gist")) if said else ""
        if agent is None or not gist:
            continue
        statement = make_statement(unit, agent.ref, gist, "statement.passive", by.span())
        return [Found(statement, text[: by.start()])]
    return []
