"""Speech inside speech: 'Ambassador X said that during the summit, President Y announced ten
actions ...' and '"... as President Y proposed the elevation of ties ...," the ministry said'
report what Y said as well as what X said (GOLD_FORMAT: a statement quoted inside another
speaker's words is also its own speaker's statement).  Only a named person other than the
outer speaker, right before a speech verb in its reporting frame, inside the outer statement's
words, speaks again; 'X said that Y met traders' has no speech verb and stays one statement, and 'X
said she hopes ...' names no one else (the pronoun is the speaker, whatever the people rules
linked it to)."""

from __future__ import annotations

import re

from coopkg.extract.facts import Statement
from coopkg.extract.quotes import Unit, clean, make_statement
from coopkg.extract.speechverbs import THAT, not_speech

# '"President Y invited me to visit"': an act done to the one quoted, which they recount; Y said
# nothing the quote reports
_TO_PERSON = re.compile(r"\s+(?:me|us|him|her|them)\b", re.I)
_GAP = re.compile(r"\s+(?:(?:had|has|have|also|then|later|recently)\s+){0,2}")


def nested_statements(unit: Unit, outer: Statement, verb_pattern: re.Pattern[str],
                      kind: dict[str, str]) -> list[Statement]:
    """The statements of other named people whose speech `outer`'s words report."""
    text = unit.text
    at = text.find(outer.text)
    if at < 0 or len(outer.text.split()) < 6:
        return []
    out = []
    for span in unit.sent.spans:
        if span.ref.kind != "person" or span.ref == outer.speaker or span.rule == "person.pronoun" or \
                not at <= span.start < span.end < at + len(outer.text):
            continue
        gap = _GAP.match(text, span.end)
        verb = verb_pattern.match(text, gap.end()) if gap else None
        if verb is None or not_speech(text, verb, []) or _TO_PERSON.match(text, verb.end()):
            continue
        end = min([at + len(outer.text), *(b for b in unit.breaks if b > span.start)])
        gist = _said(text[:end], verb, kind)
        if gist:
            out.append(make_statement(unit, span.ref, gist, "statement.nested", verb.span()))
    return out


_SAID_RE = re.compile(r"\s+that\s")


def _said(text: str, verb: re.Match[str], kind: dict[str, str]) -> str:
    """What the inner speaker said: the that-clause, or the verb with its object ('announced ten
    actions that ...': that 'that' is relative)."""
    rest = text[verb.end():]
    that = THAT.match(rest)
    if kind.get(verb.group(0).lower()) == "object" and not _SAID_RE.match(rest):
        return clean(text[verb.start():])
    return clean(rest[that.end():], least=2) if that else clean(rest)
