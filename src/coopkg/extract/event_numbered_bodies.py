"""'During the 7th Kenya-Japan Joint Committee on Trade in Osaka', 'at the 12th Joint Permanent
Commission': an ordinal right before a joint body's name names one of the body's sessions, a
Meeting the body takes part in (GOLD_FORMAT: meetings; participants are named people and bodies),
though no meeting noun is written.  Without the ordinal the name is only the body's."""

from __future__ import annotations

import re

from coopkg.extract.doc import Sent
from coopkg.extract.event_clauses import Mention, event_mapping, event_words, location, when
from coopkg.extract.facts import Event, Ref
from coopkg.extract.lexicon import alternation
from coopkg.extract.sentence_gates import needs

_ORDINAL_NAME = re.compile(rf"\bthe\s+(?P<ord>\d+(?:st|nd|rd|th)|(?i:{alternation(event_words('ordinal'))}))"
                           r"\s+(?=[A-Z])")
_BODY_NOUN = re.compile(rf"\b(?i:{alternation(event_words('body-noun'))})\b")
_NEXT_WORD = re.compile(r"\s+([\w\-]+)")
_EVENT_NOUNS = frozenset(event_mapping("noun"))


@needs("_ORDINAL_NAME", at=0)
def numbered_sessions(view: Sent) -> list[Mention]:
    """One Meeting per '<the Nth> <joint body's name>' of the sentence, the body (an organisation
    span starting right after the ordinal, its name holding a body noun) among its participants."""
    out = []
    for m in _ORDINAL_NAME.finditer(view.text):
        body = next((s for s in view.spans if s.start == m.end() and s.ref.kind == "org"), None)
        after = _NEXT_WORD.match(view.text, body.end) if body is not None else None
        if body is None or not _BODY_NOUN.search(body.name) or (
                after is not None and after.group(1).lower() in _EVENT_NOUNS):
            continue  # 'the first A-B Council meeting': the meeting noun's phrase, read by `typed`
        participants: list[Ref] = [*view.refs("person")[:3], body.ref]
        out.append(Mention(Event("Meeting", f"{m.group('ord')} {body.name}", when(view, m.start()),
                                 participants, location(view, body.end), view.text,
                                 rule="event.numbered-session")))
    return out
