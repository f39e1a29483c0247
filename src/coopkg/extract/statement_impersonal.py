"""Speech tagged by an impersonal passive that names its channel and its body: '"...," it was
stated in a news release issued by the Acme Embassy', '..., it was said in a statement issued by
the ministry'.  English (and translated wire copy above all) lets a body's release speak through
'it was stated in <channel> <by/from> <body>'; the subject 'it' is no speaker and the passive
verb is skipped by the speech-verb rules, yet the body is named as the source of the words
(GOLD_FORMAT: a body's statement counts when quoted directly or with its content)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc
from coopkg.extract.quotes import MIN_QUOTE_WORDS, Found, Unit, clean, make_statement
from coopkg.extract.sentence_gates import needs
from coopkg.extract.statement_subjects import outlet

# 'reported' is left out: '<outlet> reported' is an attribution, not a statement (GOLD_FORMAT)
_TAG = re.compile(
    r"(?P<sep>[,\"”]\s*|^\W*)[Ii]t\s+(?:was|has\s+been|is)\s+(?:also\s+)?"
    r"(?P<v>stated|said|noted|announced|mentioned|emphasi[sz]ed|stressed)\s+in\s+(?:an?|the|its)\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?{lexicon.word_pattern('speech_channels')}\s+"
    r"(?:(?:issued|released|published|posted|sent|made)\s+)?(?:by|from|of)\s+(?:the\s+)?")


@needs("_TAG")
def impersonal_channel(doc: Doc, unit: Unit, quoted: list[tuple[int, int]]) -> list[Found]:
    """The body a release is said to be from speaks what comes before the tag: the quotation
    when the sentence opens with one, else the clause before the comma."""
    m = _TAG.search(unit.text)
    if m is None:
        return []
    body = next((s for s in unit.sent.spans if s.start == m.end() and s.ref.kind == "org"), None)
    if body is None or outlet(doc, body):
        return []
    said = [unit.text[s:e] for s, e in quoted if e <= m.start("sep") + 1]
    gist = clean(" ".join(said) if said else unit.text[: m.start()])
    if len(gist.split()) < MIN_QUOTE_WORDS:
        return []
    statement = make_statement(unit, body.ref, gist, "statement.impersonal", m.span("v"))
    return [Found(statement, unit.text[m.start():])]
