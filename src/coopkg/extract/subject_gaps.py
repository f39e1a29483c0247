"""What may stand between a speaker and the speech verb without ending the subject: a time
adverbial ('X on Friday said') and a participle clause of time ('X while addressing the forum
lauded ...', 'The ambassador, after meeting Y, said').  News English puts there the act the
speech came with; the clause's own words (its object, 'shared values') are neither the subject
nor the verb."""

from __future__ import annotations

import re

from coopkg.extract.doc import Sent, Span

# a participle clause of time right before the verb
_PARTICIPLE_ASIDE = re.compile(r",?\s+(?:while|whilst|when|after|before|upon)\s+[a-z]+ing\b"
                               r"[^\"“”;]{0,200}?,?\s*(?:also\s+)?")
_PARTICIPLE_END = re.compile(r"(?<=\w),?\s+(?:while|whilst|when|after|before|upon)\s+[a-z]+ing\b"
                             r"[^\"“”;]{0,200}?,?\s*(?:also\s+)?$")
_WHEN = re.compile(r"(?:\s+(?:on|in|this|last|early|late))?\s*$")
_PART_OF_DAY = re.compile(r"^(?:\s+(?:morning|afternoon|evening|night))?")


def undated(text: str, sent: Sent) -> str:
    """The text with each time adverbial blanked out ('X on Friday afternoon said'): a subject
    and its verb may have the time of the act between them."""
    for d in sent.dates:
        start = _WHEN.search(text, 0, d.start).start()
        end = d.end + _PART_OF_DAY.match(text[d.end:]).end()
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def aside_subject(text: str, spans: list[Span], verb_start: int) -> Span | None:
    """The first person whose verb follows a participle clause of time ('Ambassador X while
    addressing the participants lauded'); a name inside the clause is its object."""
    return next((s for s in spans if s.ref.kind == "person" and s.end <= verb_start and
                 _PARTICIPLE_ASIDE.fullmatch(text, s.end, verb_start)), None)


def before_aside(text: str, verb_start: int) -> str | None:
    """The text before the verb without the participle clause of time that ends it ('The
    ambassador while addressing the participants| lauded'), or None without one."""
    aside = _PARTICIPLE_END.search(text, 0, verb_start)
    return text[: aside.start()] + " " if aside else None
