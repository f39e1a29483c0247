"""Where a name stands in its clause, which decides whether it can be the subject of a speech
verb: inside an opening phrase ('Talking to a delegation led by X, the prime minister said'),
as a pronoun that opens what was said ('said he hopes'), or inside a relative clause a comma
closes before the verb.  Apart from `statement_subjects`, which asks them of each name."""

from __future__ import annotations

import re

from coopkg.extract.doc import Span

_OPENER = re.compile(r"\W*(?:[A-Z][a-z]+ing|In|At|During|After|Following|On|With|Upon|Before|While|"
                     r"When|Unlike|Like)\b[^,]*$")


def opened_by(text: str, span: Span, verb: re.Match[str]) -> bool:
    """'Talking to a delegation led by X, the prime minister said': a name inside the opening
    phrase is no subject; what follows its comma without another comma is."""
    return "," not in text[span.end + 1:verb.start()] and _OPENER.match(text[: span.start]) is not None


def clause_pronoun(text: str, span: Span) -> bool:
    """'..., said he hopes to ...': a pronoun after the verb that a verb follows is the subject of
    what was said; only a pronoun ending the tag ('"...," said he.') is the speaker."""
    return span.rule == "person.pronoun" and re.match(r"\s+(?:also\s+)?[a-z]", text[span.end:]) is not None


_OPEN_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;“”\"]*$")


def in_closed_relative(text: str, span: Span, verb: re.Match[str]) -> bool:
    """'X, who was accompanied by Y, Z's ambassador, said': a name inside a relative clause that
    a comma closes before the verb belongs to that clause (its object or its agent), never
    the main clause's subject."""
    return span.end <= verb.start() and "," in text[span.end:verb.start()] and \
        _OPEN_RELATIVE.search(text, 0, span.start) is not None


__all__ = ["clause_pronoun", "in_closed_relative", "opened_by"]
