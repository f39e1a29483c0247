"""Launches and openings told in the passive with their maker: 'The new hospital was officially
opened on Friday by Health Minister X', 'the bridge was inaugurated by President X on Friday',
'the Y Initiative launched by President X in September 2021'.  News names the thing opened
first and the dignitary who opened it after 'by'; the opening is an Other event (GOLD_FORMAT:
launches, openings) made by that person, when the sentence states its time.  A subject that is
an organisation is passive_launches' (event_foundings)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Sent, Span
from coopkg.extract.event_clauses import Mention, event_mapping, location, when
from coopkg.extract.facts import Event, Ref
from coopkg.extract.sentence_gates import needs

_NOUN_OF_VERB = {**event_mapping("founding"), "commissioned": "commissioning"}
# the participles of an opening told with its maker after 'by' (lexicon/event_words.tsv, agent-opening)
_OPENED = lexicon.alternation({row[0] for row in lexicon.rows("event_words") if row[1] == "agent-opening"})
# '<the thing> (was) (officially) opened (on Friday) by <titles>': the text before the maker's name
_BY_AGENT = re.compile(
    r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[^,;.]{2,60}?)\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?"
    r"(?:(?:formally|officially|jointly|solemnly)\s+)?(?P<verb>"
    rf"{_OPENED})(?P<mid>\s+(?:on|in|last|this|yesterday|today)\b[^,;.]{{0,30}}?)?\s+by\s+"
    r"(?:the\s+)?(?:[A-Z][\w\-.’']*\s+){0,5}$")
_GATE = re.compile(rf"\b(?:{_OPENED})\s+(?:\S+\s+){{0,6}}?by\s")
_AND_NEXT = re.compile(r"^\s+and\s+(?:the\s+)?(?:[A-Z][\w\-.’']*\s+){0,5}$")


_AGENT_LAUNCHES_RE = re.compile(r"^(?:the|an?|its|their)\s+", re.I)


@needs("_GATE", at=0)
def agent_launches(view: Sent) -> list[Mention]:
    """One opening per '<the thing> was opened by <person>' with a time the sentence states."""
    out = []
    people = [s for s in view.spans if s.ref.kind == "person"]
    for i, span in enumerate(people):
        m = _BY_AGENT.search(view.text, max(0, span.start - 160), span.start)
        if m is None or any(s.ref.kind == "org" and m.start("np") <= s.start < m.start("verb")
                            for s in view.spans):
            continue  # an organisation opened is passive_launches'
        date = when(view, m.start("verb"))
        if date is None or date.inherited:
            continue  # 'the programme was launched by the ministry': no occasion told
        makers = [span.ref, *_joined(view, people[i + 1:], span)]
        what = _AGENT_LAUNCHES_RE.sub("", m.group("np"))
        out.append(Mention(Event("Event", f"{_NOUN_OF_VERB[m.group('verb')]} of {what}", date, makers,
                                 location(view, m.end("verb")) or location(view, span.end), view.text,
                                 rule="event.passive-launch")))
    return out


def _joined(view: Sent, rest: list[Span], first: Span) -> list[Ref]:
    """'by President X and Ambassador Y': the second maker joined by 'and'."""
    if rest and _AND_NEXT.match(view.text[first.end:rest[0].start]):
        return [rest[0].ref]
    return []
