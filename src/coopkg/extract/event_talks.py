"""Meetings and press briefings stated by a verb of conversation or of speaking to the press,
with no meeting noun: 'A and B discussed trade', 'A and her counterpart B reviewed
cooperation', 'A exchanged views with B', 'A spoke by phone with B', 'A will meet B in Z on 12
June'; 'A and B addressed the media', 'A briefed reporters'.  News reports a meeting this way as
often as by 'held talks'; the verbs are lexicon rows (event_words: talk-verb, phone-verb,
press-verb, press-audience).  A conversation needs two people, one on each side (the pair before
the verb, or a subject and the person after 'with'); a briefing needs its speakers and an audience
of the press.  'Agreed' is such a verb only for a pair with a day ('A and B on Monday agreed to
X': the leaders' talks of that day); undated, it restates a meeting told elsewhere or plans one."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.event_clauses import Mention, event_words, location, place_after, when
from coopkg.extract.event_subjects import TITLES
from coopkg.extract.event_subjects import subject as subject_of
from coopkg.extract.facts import Event, Ref
from coopkg.extract.lexicon import alternation
from coopkg.extract.match_starts import first_words, matches
from coopkg.extract.sentence_gates import needs

_TALK = re.compile(rf"\b(?P<verb>{alternation(event_words('talk-verb'))})\b")
_PHONE = re.compile(rf"\s+(?:{alternation(event_words('phone-verb'))})\b")
_PLANNED = re.compile(r"\b(?:will|to)\s+(?:also\s+)?(?:meet|hold\s+talks)\b")
# and a participle opening the sentence ('Briefing reporters after the talks, X said')
_PRESS_VERBS = event_words("press-verb") | {w.capitalize() for w in event_words("press-verb")
                                            if w.split()[0].endswith("ing")}
_PRESS = re.compile(rf"\b(?:{alternation(_PRESS_VERBS)})"
                    r"\s+(?:the\s+|a\s+group\s+of\s+)?"
                    rf"(?:{alternation(event_words('press-audience'))})\b")
# a press briefing named by its noun ('a joint press conference'; 'daily briefing': one of a series)
PRESS_NOUN = re.compile(r"\b(?:(?:regular|joint)\s+)?(?:news|press|media)\s+(?:briefing|conference)s?\b|"
                        r"\bjoint\s+briefings?\b|\b(?:daily|weekly|regular|routine)\s+briefing\b", re.I)
_GAP_WORDS = frozenset({"the", "his", "her", "their", "its", "counterpart", "and", "of", "to", "in", "for"})
_BETWEEN = re.compile(r"\s+(?:(?:also|have|had|has|then|later|jointly|together|on\s+\w+|"
                      r"earlier|briefly)\s+)*$")
_WITH = re.compile(r"\bwith\s+")
_DAY_BEFORE = re.compile(r"\b(?:on\s+[A-Z]\w+|yesterday|today)\s+$")
_PASSIVE = re.compile(r"\b(?:was|were|be|been|being|is|are|issues|matters|topics)\s+(?:[a-z]+ly\s+)?$")


@needs("_TALK", "_PLANNED", "_PRESS", "_CALLED", "_BODY_MET", "_BODY_NOUN")
def talks(ctx: Doc, view: Sent) -> list[Mention]:
    if not any(s.ref.kind == "person" for s in view.spans):
        # speed only: a conversation needs a person on one side (the pair, or the partner after
        # 'with'), a planned meeting the person met, a call the person called; without a person
        # span those three find nothing, and most sentences their verbs pass hold none
        return _briefings(ctx, view) + _bodies_met(view)
    return _conversations(ctx, view) + _planned(ctx, view) + _briefings(ctx, view) + _calls(ctx, view) \
        + _bodies_met(view)


_CALLED = re.compile(rf"\b(?:{alternation(event_words('call-verb'))})\s+"
                     r"(?!(?:on|upon|for|it|him|her|them)\b)")


_AFTER_CALLED = re.compile(r"\s*(?:[,.;)]|$|(?:on|in|at|last|this|yesterday|today|earlier|to|and|after|"
                           r"before|following|during|from|over|via|by|late|early|amid|ahead)\b)")


def _calls(ctx: Doc, view: Sent) -> list[Mention]:
    """'A phoned B', 'A called President B on Monday': a call is a meeting of the two (a video
    or phone call, GOLD_FORMAT); the person called is named right after the verb, past titles."""
    out = []
    for m in _CALLED.finditer(view.text):
        called = next((s for s in view.spans if s.start >= m.end() and s.ref.kind != "place"), None)
        if called is None or called.ref.kind != "person" or not _titled_gap(view.text[m.end():called.start]) \
                or not _AFTER_CALLED.match(view.text, called.end):
            continue  # 'called B a friend' names B, it is no call
        _name, who = subject_of(ctx, view, m.start())
        if not who or called.ref in who:
            continue
        out.append(Mention(Event("Meeting", f"phone call of {who[0].key} and {called.ref.key}",
                                 when(view, m.start()), [who[0], called.ref], None, view.text,
                                 rule="event.talks")))
    return out


def _titled_gap(text: str) -> bool:
    """Only titles, determiners and capitalised words: 'and her Peruvian counterpart'."""
    return all(w.lower() in _GAP_WORDS or w.lower() in TITLES or w[:1].isupper()
               for w in text.replace(",", " ").split())


def _pair(view: Sent, pos: int) -> list[Span]:
    """'A and B discussed', 'A and her counterpart B reviewed', 'Presidents A and B addressed':
    the two people joined by 'and' right before the verb at `pos`."""
    before = [s for s in view.spans if s.ref.kind == "person" and s.end <= pos]
    if len(before) < 2 or not _BETWEEN.fullmatch(view.text[before[-1].end:pos]):
        return []
    gap = view.text[before[-2].end:before[-1].start]
    if " and " not in f" {gap} " or not _titled_gap(gap):
        return []
    return before[-2:] if before[-2].ref != before[-1].ref else []


def _partner(view: Sent, start: int, end: int) -> Span | None:
    """The person after 'with' in the verb's clause: 'discussed trade with President B'."""
    for m in _WITH.finditer(view.text, start, end):
        person = next((s for s in view.spans if s.start >= m.end() and s.ref.kind == "person"), None)
        if person is not None and person.start < end and _titled_gap(view.text[m.end():person.start]):
            return person
    return None


def _clause_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(";", pos), text.find(". ", pos)) if i >= 0]
    return min(ends) if ends else len(text)


_CONVERSATIONS_RE = re.compile(r"\s+with\s")
_ABOUT = re.compile(r"\s+about\s")


def _conversations(ctx: Doc, view: Sent) -> list[Mention]:
    out = []
    for m in matches(_TALK, _FIRST_WORDS["_TALK"], view.text):  # = _TALK.finditer
        if _PASSIVE.search(view.text, 0, m.start()):
            continue  # 'the plan was discussed with B': the thing talked about, no one's talks
        phone = _PHONE.match(view.text, m.end())
        pair = _pair(view, m.start())
        if m.group("verb") in ("spoke", "talked") and phone is None and \
                not _CONVERSATIONS_RE.match(view.text[m.end():]) and \
                not (pair and _ABOUT.match(view.text, m.end())):
            continue  # 'spoke at the forum' is a speech, not a conversation; 'A and B talked about X' is one
        end = _clause_end(view.text, m.end())
        if m.group("verb") == "agreed" and (not pair or not _DAY_BEFORE.search(view.text, 0, m.start())):
            continue  # only 'A and B on Monday agreed ...': two leaders' accord of a day is their talks
        if pair:
            sides = [pair[0].ref, pair[1].ref]
        else:
            partner = _partner(view, m.end(), end)
            if partner is None:  # no one talked with: the subject is not looked for
                continue
            _name, who = subject_of(ctx, view, m.start())
            if not who or partner.ref in who:
                continue
            sides = [who[0], partner.ref]
        label = f"{'phone call' if phone else 'talks'} of {sides[0].key} and {sides[1].key}"
        out.append(Mention(Event("Meeting", label, when(view, m.start()), sides,
                                 location(view, m.end()) or place_after(view, m.end()),
                                 view.text, rule="event.talks")))
    return out


def _planned(ctx: Doc, view: Sent) -> list[Mention]:
    """'A will meet B in Z on 12 June': a planned meeting with its time stated is an event
    (GOLD_FORMAT)."""
    out = []
    for m in _PLANNED.finditer(view.text):
        date = when(view, m.start())
        end = _clause_end(view.text, m.end())
        met = next((s for s in view.spans if m.end() <= s.start < end and s.ref.kind == "person"),
                   None)
        if date is None or met is None or not _titled_gap(view.text[m.end():met.start]
                                                           .replace(" with ", " ")):
            continue
        _name, who = subject_of(ctx, view, m.start())
        if not who or met.ref in who:
            continue
        out.append(Mention(Event("Meeting", f"meeting of {who[0].key} and {met.ref.key}", date,
                                 [who[0], met.ref], place_after(view, met.end), view.text,
                                 rule="event.talks")))
    return out


def _briefings(ctx: Doc, view: Sent) -> list[Mention]:
    """'A and B addressed the media', 'A briefed reporters in Z': a press briefing of the
    speakers."""
    out = []
    for m in matches(_PRESS, _FIRST_WORDS["_PRESS"], view.text):  # = _PRESS.finditer
        pair = _pair(view, m.start())
        who: list[Ref] = [s.ref for s in pair] or _fronted_speaker(view, m) or \
            subject_of(ctx, view, m.start())[1]
        if not who or PRESS_NOUN.search(view.text):  # 'speaking to reporters at a press conference': one
            continue
        out.append(Mention(Event("PressBriefing", f"press briefing of {' and '.join(r.key for r in who)}",
                                 when(view, m.start()), who, place_after(view, m.end()), view.text,
                                 rule="event.press")))
    return out


def _fronted_speaker(view: Sent, m: re.Match[str]) -> list[Ref]:
    """'Briefing journalists after the meeting, X said': a participle opening the sentence is
    the act of the main clause's subject, the first person after the comma that closes it."""
    if view.text[:m.start()].strip() or not m.group().split()[0].endswith("ing"):
        return []
    comma = view.text.find(",", m.end())
    after = [s for s in view.spans if comma > 0 and s.start > comma and s.ref.kind == "person"]
    return [after[0].ref] if after and after[0].start - comma < 40 else []


_ADVERBS = r"(?:(?:also|have|had|last|previously|first|earlier|later|again|recently)\s+)*"
# 'met', 'convened', 'commenced its work' (the opening of a body's session)
_BODY_MET = re.compile(rf"\s+{_ADVERBS}(?:met|meets|convened|"
                       r"(?:commenced|began|started)\s+its\s+(?:work|session))\s+(?=(?:in|at|on|last|this|for|earlier|again|yesterday|today|twice|(?:19|20)\d\d)\b|[,.;]|$)")
_BODY_NOUN = re.compile(rf"\b(?:the\s+)?(?:joint|bilateral|intergovernmental|binational|bi-national)\s+"
                        rf"(?:{alternation(event_words('body-noun'))})"
                        r"(?:\s+between\s+[A-Z][\w\-]*(?:\s+and\s+[A-Z][\w\-]*)?)?"  # 'between A and B'
                        rf"(?={_BODY_MET.pattern})", re.I)
_MEETING_NAME = re.compile(rf"\b(?i:{alternation(event_words('noun'))})$")


_BODIES_MET_RE = re.compile(r"^the\s+", re.I)


def _bodies_met(view: Sent) -> list[Mention]:
    """'The X Joint Committee met in Z on Monday', 'the joint commission last met in 2019': a
    meeting of the body that is the subject, with no one met after the verb.  A body named as a
    meeting ('the Binational Cabinet met') is the meeting rule's."""
    out = []
    for span in view.spans:
        met = _BODY_MET.match(view.text, span.end) if span.ref.kind == "org" else None
        if met is not None and not _MEETING_NAME.search(span.name):
            out.append(Mention(Event("Meeting", f"meeting of {span.name}", when(view, met.end()),
                                     [span.ref], location(view, met.end()), view.text, rule="event.met")))
    for m in matches(_BODY_NOUN, _FIRST_WORDS["_BODY_NOUN"], view.text):  # = _BODY_NOUN.finditer
        name = _BODIES_MET_RE.sub("", m.group())
        if not any(s.start <= m.end() - len(name) < s.end for s in view.spans):
            out.append(Mention(Event("Meeting", f"meeting of the {name}", when(view, m.end()), [],
                                     location(view, m.end()), view.text, rule="event.met")))
    return out

# the words each pattern's matches begin with: it is matched only where one is (match_starts.py)
_FIRST_WORDS = {name: first_words(globals()[name]) for name in ("_TALK", "_PRESS", "_BODY_NOUN")}


_WITH_PRESS = re.compile(r"\s+with\s+(?:the\s+|a\s+group\s+of\s+|(?:local|foreign|visiting)\s+)?"
                         rf"(?:{alternation(event_words('press-audience'))})\b")


def press_typed(type_name: str, text: str, noun_end: int) -> str:
    """'disclosed this at a roundtable with journalists', 'a meeting with reporters': a meeting
    noun whose company is the press is a press briefing, not a meeting of parties."""
    return "PressBriefing" if type_name == "Meeting" and _WITH_PRESS.match(text, noun_end) else type_name
