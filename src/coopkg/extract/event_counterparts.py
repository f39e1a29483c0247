"""Talks with a counterpart the text does not name: 'A and her Peruvian counterpart on Tuesday
discussed X', 'A and his Kenyan counterpart held talks in Z', 'A spoke by phone with her Chilean
counterpart'.  News names the minister of its own country and leaves the other one's name out as
often as not; the meeting still took place, between A and the counterpart's country, which the
demonym gives (GOLD_FORMAT: participants are people plus countries said to take part).  A
counterpart with a name ('her Peruvian counterpart Marco Salas') is a pair of people, event_talks';
so is an unnamed one the article has named before ('A met her Peruvian counterpart Marco Salas
on Monday. ... A held talks with her Peruvian counterpart'): news names the counterpart once and
then calls them by the office alone (GOLD_FORMAT: participants are named people)."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.event_clauses import Mention, event_words, location, place_after, when
from coopkg.extract.event_subjects import subject
from coopkg.extract.facts import Event, Ref
from coopkg.extract.lexicon import alternation
from coopkg.extract.sentence_gates import needs

_COUNTERPART = re.compile(r"\bcounterparts?\b")
_AND_POSSESSIVE = re.compile(r",?\s+and\s+(?:his|her|their)\s+$")
# what may stand between the counterpart and the verb: 'here', 'on Tuesday', 'also', ','
_GAP = r"(?:,?\s+(?:here|there|also|then|later|earlier|jointly|today|yesterday|on\s+[A-Z]\w+))*,?\s+"
_TALK_VERBS = sorted(event_words("talk-verb") - {"agreed", "spoke", "talked"})
_PHONE = alternation(event_words("phone-verb"))
# 'held talks' after the pair is the meeting noun's (event_meetings); `with_counterpart` adds the side
_VERB = re.compile(rf"\s+counterparts?{_GAP}(?P<verb>{alternation(_TALK_VERBS)}|met|"
                   rf"(?:spoke|talked)\s+(?:{_PHONE}))\b")
_WITH = re.compile(r"\b(?:with|and)\s+(?:his|her|their)\s+$")
_NAMED_AFTER = re.compile(r"^\s+counterparts?,?\s+(?:[A-Z][\w.\-’']*\s*)+")


def _side(ctx: Doc, dem: Span) -> tuple[Ref, str]:
    """The counterpart a demonym's 'counterpart' stands for and how a label names it: the one
    person of the article introduced as that country's counterpart, else the country."""
    named = [key for key, p in ctx.people.items() if (p.role or "").lower() == "counterpart"
             and p.country and ctx.country_iri(p.country) == dem.ref.key]
    if len(named) == 1:
        return Ref("person", named[0]), named[0]
    return dem.ref, ""


def _label(who: str, side: str, named: str) -> str:
    return f"talks between {who} and {named}" if named else f"talks of {who} and {side} counterpart"


def _demonyms(view: Sent) -> list[Span]:
    return [s for s in view.spans if s.rule == "place.demonym" and "/country/" in s.ref.key]


@needs("_COUNTERPART")
def counterpart_talks(ctx: Doc, view: Sent) -> list[Mention]:
    return _pair_talks(ctx, view) + _talked_with(ctx, view)


# a verb of talking before 'with her <demonym> counterpart': 'discussed trade with', 'spoke by
# phone with'; 'held talks with' and 'met with' are meeting nouns and verbs read elsewhere
_TALKED = re.compile(rf"\b(?:{alternation(_TALK_VERBS)}|(?:spoke|talked)\s+(?:{_PHONE}))\b")


_TALKED_WITH_RE = re.compile(r"[;.]")


def _talked_with(ctx: Doc, view: Sent) -> list[Mention]:
    """'A discussed X with her Peruvian counterpart', 'A spoke by phone with his Kenyan
    counterpart': the talks of A (the verb's subject) and the counterpart's country."""
    out = []
    for dem in _unnamed_with(view):
        if not view.text[:dem.start].rstrip().endswith(("with his", "with her", "with their")):
            continue
        verbs = [m for m in _TALKED.finditer(view.text, 0, dem.start)
                 if not _TALKED_WITH_RE.search(view.text[m.end():dem.start])]
        if not verbs:
            continue
        _name, who = subject(ctx, view, verbs[-1].start())
        if who and who[0].kind == "person":
            ref, named = _side(ctx, dem)
            out.append(Mention(Event("Meeting", _label(who[0].key, view.text[dem.start:dem.end], named),
                                     when(view, verbs[-1].start()), [who[0], ref],
                                     location(view, dem.end) or place_after(view, dem.end), view.text,
                                     rule="event.talks")))
    return out


_UNNAMED_WITH_RE = re.compile(r"\s+counterparts?\b")


def _unnamed_with(view: Sent) -> list[Span]:
    """The demonyms of 'with (or and) his/her <demonym> counterpart' with no name after it."""
    return [d for d in _demonyms(view) if _WITH.search(view.text, max(0, d.start - 20), d.start)
            and _UNNAMED_WITH_RE.match(view.text[d.end:])
            and not _NAMED_AFTER.match(view.text[d.end:])]


def _pair_talks(ctx: Doc, view: Sent) -> list[Mention]:
    """'A and her <demonym> counterpart (here, on Tuesday) discussed/met/held talks': a meeting
    of A and the counterpart's country."""
    out = []
    people = [s for s in view.spans if s.ref.kind == "person"]
    for dem in _demonyms(view):
        verb = _VERB.match(view.text, dem.end)
        person = next((p for p in reversed(people) if p.end <= dem.start), None)
        if verb is None or person is None or not _AND_POSSESSIVE.fullmatch(view.text, person.end, dem.start):
            continue
        if any(verb.start() < p.start < verb.start("verb") for p in people):
            continue  # 'her Peruvian counterpart, Marco Salas, discussed': a named pair
        end = verb.end()
        ref, named = _side(ctx, dem)
        out.append(Mention(Event("Meeting", _label(person.ref.key, view.text[dem.start:dem.end], named),
                                 when(view, verb.start("verb")), [person.ref, ref],
                                 location(view, end) or place_after(view, end), view.text,
                                 rule="event.talks")))
    return out


def with_counterpart(ctx: Doc, view: Sent, mentions: list[Mention]) -> list[Mention]:
    """'A held talks with her Peruvian counterpart': a meeting of one person and no country took
    place with the counterpart's country; a named counterpart is the meeting's own person."""
    if not _COUNTERPART.search(view.text):
        return mentions
    sides = [_side(ctx, d)[0] for d in _unnamed_with(view)]
    if len(sides) != 1:
        return mentions
    for mention in mentions:
        event = mention.event
        people = [r for r in event.participants if r.kind == "person"]
        if event.type == "Meeting" and len(people) == 1 and \
                not any(isinstance(r, Ref) and "/country/" in r.key for r in event.participants):
            event.participants.append(sides[0])
    return mentions
