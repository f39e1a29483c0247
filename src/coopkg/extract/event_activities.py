"""A visit's activities, as news reports list them: 'During the trip, X held talks with A, had
meetings with parliamentary leaders, attended a banquet hosted by B, met with representatives of
the community, visited the C, and met with D'; 'He also received leaders of E, F and G'.  One
event per activity: meetings with a group (no person named) and receptions are Meetings, one per
organisation received; an occasion attended (a banquet, a reception, an exhibition) and a named
occasion ('the Canton Fair', 'the IDEX defence show') are Other events.  Meetings with named
people and visits to places and bodies are the rules of event_meetings and event_visits; the
subject of every phrase of a list is the first phrase's (event_subjects.chain_head)."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_clauses import (
    Mention,
    event_words,
    location,
    people_between,
    place_after,
    when,
)
from coopkg.extract.event_journeys import group_visitor
from coopkg.extract.event_subjects import TITLES, subject
from coopkg.extract.facts import Event, Ref
from coopkg.extract.lexicon import alternation
from coopkg.extract.match_starts import first_words, matches
from coopkg.extract.sentence_gates import needs

_AUDIENCE = alternation(event_words("audience"))
_OCCASIONS = alternation(event_words("occasion"))
_CHAIN = alternation(event_words("chain-verb"))
_GROUP_MEETING = re.compile(
    rf"\b(?:(?:held|had|hold|holds|has|have)\s+(?:a\s+|separate\s+)?(?P<noun>meetings?|talks)\s+with\s+"
    rf"|met\s+(?:with\s+)?)(?=(?:the\s+|some\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{_AUDIENCE})\b)")
_ATTENDED = re.compile(rf"\b(?:{alternation(event_words('occasion-verb'))})\s+"
                       rf"(?=(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_OCCASIONS})\b)")
_NAMED_OCCASION = re.compile(rf"\b(?P<name>(?:[A-Z][\w\-]*\s+){{1,5}}(?:[a-z\-]+\s+)?"
                             rf"(?i:{_OCCASIONS}))\b(?!\s+[A-Z]|-)")
# 'received on Sunday X': the day may stand between the verb and the guest
_RECEIVED = re.compile(rf"\b(?:{alternation(event_words('reception-verb'))})\s+"
                       r"(?:(?:(?:on|last|this)\s+[A-Z][a-z]+day|yesterday|today),?\s+)?(?P<group>(?:a\s+|the\s+)?"
                       rf"(?:{_AUDIENCE}|delegations?)\s+(?:of|from)\s+|(?:a\s+|the\s+)?(?:[\w\-]+\s+){{0,3}}?"
                       r"delegations?\s+(?:led|headed)\s+by\s+)?")  # 'a delegation led by X': X is received
_NEXT_PHRASE = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?:also\s+|then\s+)?(?:{_CHAIN})\b|;")
# 'Ambassador to X', 'Minister for Y', 'Deputy Prime Minister – Minister of Z', 'the new President'
_TITLED_GAP = frozenset({"the", "his", "her", "their", "its", "of", "to", "in", "for", "and", "–", "—", "-",
                         *event_words("title-adjective")})
_DETERMINER = re.compile(r"^(?:a|an|the)\s+", re.I)
_LEADING = re.compile(r"^(?:(?:The|A|An|During|At|In|On|After|Before|Since|This|That|Its|Their|His|Her|"
                      r"For|From|With|By|As|To|Of)\s+)+")


@needs("_GROUP_MEETING", "_ATTENDED", "_RECEIVED", "_RECEIVED_BY", "_WITNESSED", "_WITNESSED_BY", "_PRESENCE",
       "_OFFICE_VERB", "_NAMED_OCCASION", empty=lambda: ([], []))
def activities(ctx: Doc, view: Sent) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The activity events of a sentence and the text spans they used (so that their meeting
    nouns are not read again as events of their own)."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for make in (_group_meetings, _attended, _receptions, _passive_receptions, _witnessed,
                 _in_presence, _office_meetings):
        for mention, span in make(ctx, view):
            out.append(mention)
            taken.append(span)
    for mention, span in _named_occasions(view):
        if not any(s <= span[0] < e for s, e in taken):
            out.append(mention)
            taken.append(span)
    return out, taken


def _phrase_end(text: str, pos: int) -> int:
    """Where the verb phrase starting at `pos` ends: at the next coordinated activity verb, a
    semicolon, or the sentence's end."""
    m = _NEXT_PHRASE.search(text, pos)
    return m.start() if m else len(text.rstrip(" ."))


def _clause_np(text: str, pos: int) -> str:
    end = min(_phrase_end(text, pos), *(i for i in (text.find(",", pos),) if i >= 0), len(text))
    return _DETERMINER.sub("", text[pos:end].strip().rstrip("."))


def _group_meetings(ctx: Doc, view: Sent) -> list[tuple[Mention, tuple[int, int]]]:
    """'had meetings with parliamentary leaders', 'met with representatives of the community':
    a meeting with a group, when no person is named in the phrase; it needs someone on one side,
    the subject or an organisation the group belongs to."""
    out = []
    for m in matches(_GROUP_MEETING, _FIRST_WORDS["_GROUP_MEETING"], view.text):  # = _GROUP_MEETING.finditer
        end = _phrase_end(view.text, m.end())
        if people_between(view, m.end(), end):
            continue
        name, who = subject(ctx, view, m.start())
        orgs = [s.ref for s in view.spans if s.ref.kind == "org" and m.end() <= s.start < end]
        if not (who or orgs):
            continue  # no one on either side
        label = f"{m.group('noun') or 'meeting'} with {_clause_np(view.text, m.end())}"
        who = [*who, *orgs, *_group_country(view, m.end(), end)]
        out.append((Mention(Event("Meeting", label, when(view, m.start()), who,
                                  _place_in(view, m.end(), end), view.text,
                                  rule="event.activity")), (m.start(), end)))
    return out


def _group_country(view: Sent, start: int, end: int) -> list[Ref]:
    """'met with top Peruvian legislators', 'a delegation of Ugandan lawmakers': the country the
    group met belongs to is on the other side of the meeting (GOLD_FORMAT: countries said to take
    part are participants)."""
    group_end = start + len(_OBJECT_END.split(view.text[start:end], maxsplit=1)[0])
    return [s.ref for s in view.spans
            if start <= s.start < group_end and s.ref.kind == "place" and "/country/" in s.ref.key][:1]


def _place_in(view: Sent, start: int, end: int) -> str | None:
    """The place named with 'in/at' inside the phrase ('met with investors in Lima')."""
    place = place_after(view, start)
    return place if place and any(s.ref.key == place and s.start < end for s in view.spans
                                  if s.start >= start) else None


def _attended(ctx: Doc, view: Sent) -> list[tuple[Mention, tuple[int, int]]]:
    """'attended a state banquet hosted by Y', 'the embassy held a reception' → the occasion,
    with the one who attended or gave it."""
    out = []
    for m in matches(_ATTENDED, _FIRST_WORDS["_ATTENDED"], view.text):  # = _ATTENDED.finditer
        name, who = subject(ctx, view, m.start())
        end = _phrase_end(view.text, m.end())
        hosts = [r for r in people_between(view, m.end(), end) if r not in who]
        out.append((Mention(Event("Event", _clause_np(view.text, m.end()), when(view, m.start()),
                                  [*who, *hosts], _place_in(view, m.end(), end), view.text,
                                  rule="event.activity")), (m.start(), end)))
    return out


def _receptions(ctx: Doc, view: Sent) -> list[tuple[Mention, tuple[int, int]]]:
    """'X received (hosted, welcomed) Y' → a meeting of X and Y; 'X received leaders of A, B
    and C' → one meeting per organisation whose leaders were received."""
    out = []
    for m in _RECEIVED.finditer(view.text):
        end = _phrase_end(view.text, m.end())
        guests = _guests(view, m, end)
        group = (m.group("group") or "").lower()
        if not guests and not ("delegation" in group and not group.rstrip().endswith(" by")):
            continue
        name, who = subject(ctx, view, m.start())
        if not who:
            continue
        if not guests:  # 'received a delegation of Kenyan investors': the host met a group
            out.append((Mention(Event("Meeting", f"{name} reception of a delegation", when(view, m.start()),
                                      who, _place_in(view, m.end(), end), view.text, rule="event.activity")),
                        (m.start(), end)))
        for ref in guests:
            guest = next(s for s in view.spans if s.ref == ref)
            place = _place_in(view, m.end(), end) or _welcomed_to(view, guest.end)
            out.append((Mention(Event("Meeting", f"{name} reception of {guest.name}",
                                      when(view, m.start()), [*who, ref], place,
                                      view.text, rule="event.activity")), (m.start(), end)))
    return out


_TO_PLACE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?"
                       r"(?:,\s+(?![^,;]*\b(?:who|which|that)\b)[^,;]{1,100}?,?\s+)?to\s+(?:the\s+(?:city\s+of\s+)?)?")


def _welcomed_to(view: Sent, guest_end: int) -> str | None:
    """'welcomed X to Lima', 'welcomed X, the minister of Y, to Lima': the place a guest is
    received to right after the guest (or the guest's apposition) is where the two met, as
    'received X in Lima' says."""
    to = _TO_PLACE.match(view.text, guest_end)
    if to is None:
        return None
    return next((s.ref.key for s in view.spans if s.start == to.end() and s.ref.kind == "place"), None)


_RECEIVED_BY = re.compile(r"\b(?:was|were|has\s+been|had\s+been|"
                          r"(?P<ahead>(?:is|are)\s+(?:due|scheduled|expected|set)\s+to\s+be|will\s+be))\s+"
                          r"(?:[a-z]+ly\s+)?"
                          r"(?:received|hosted|welcomed|greeted)(?:\s+in\s+(?:an\s+)?audience)?\s+by\s+")


def _passive_receptions(ctx: Doc, view: Sent) -> list[tuple[Mention, tuple[int, int]]]:
    """'The guest was warmly received by the Rector of the Institute, Professor Y': a meeting
    of the one received (the subject, often a definite description of the visitor) and the
    host named after 'by', whose titles may stand before the name in apposition."""
    out = []
    for m in _RECEIVED_BY.finditer(view.text):
        if m.group("ahead") and not view.dates:
            continue  # a reception still ahead is an event only with its time (GOLD_FORMAT)
        end = _phrase_end(view.text, m.end())
        host = next((s for s in view.spans if s.ref.kind == "person" and m.end() <= s.start < end),
                    None)
        if host is None or not all(w in _TITLED_GAP or w in TITLES or w[:1].isupper()
                                   for w in view.text[m.end():host.start].replace(",", " ").split()):
            continue
        name, who = subject(ctx, view, m.start())
        if not who:  # 'A Kenyan parliamentary delegation was received by X': the group's country
            name, who = group_visitor(view, m.start()) or (name, who)
        if not who or host.ref in who:
            continue
        out.append((Mention(Event("Meeting", f"{host.name} reception of {name}",
                                  when(view, m.start()), [*who, host.ref],
                                  _place_in(view, m.end(), end), view.text,
                                  rule="event.activity")), (m.start(), end)))
    return out


# a date written after a weekday: 'Thursday 10/3/2022', 'Thursday (March 10)', 'Thursday, 10 March 2022'
_DAY_DATE = (r"(?:,?\s+(?:\d{1,2}/\d{1,2}/\d{2,4}|\([^()]{1,20}\)|\d{1,2}\s+[A-Z][a-z]+(?:,?\s+\d{4})?|"
             r"[A-Z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?),?)?")
# 'witnessed on Wednesday the signing of', 'witnessed on Thursday 10/3/2022 the signing of',
# 'attended an event held for the signing of', 'presided over the signing of'
_WITNESSED = re.compile(r"\b(?:witness(?:ed|es)?|attended|attends|presided\s+over|oversaw)\s+"
                        rf"(?:(?:on|last|this)\s+[A-Z][a-z]+day{_DAY_DATE},?\s+"
                        r"|yesterday,?\s+|today,?\s+)?(?:(?:at|in)\s+[^,;]{3,80},\s+)?(?:an?\s+(?:event|ceremony|function)\s+(?:held\s+)?(?:for|"
                        r"to\s+mark)\s+)?(?:the\s+)?(?P<act>signing(?:\s+and\s+exchange)?|exchange)\s+of\s+")
# a plural subject whose members are apposed to their countries: 'The presidents of A, X, and B, Y,'
_APPOSED_HEADS = re.compile(r"(?:.*?(?:--|—|–)\s*)?[Tt]he\s+[a-z]+s\s+of\s+[A-Z][^,]*,\s+[^,]+,\s+"
                            r"and\s+[A-Z][^,]*,\s+[^,]+,\s+witness")
# 'The signing of the agreement was witnessed by President X': the passive names the witnesses after 'by'
_WITNESSED_BY = re.compile(r"\b(?P<act>[Ss]igning(?:\s+and\s+exchange)?|[Ee]xchange)\s+of\s+"
                           r"(?P<what>(?:[\w\-’']+\s+){1,8}?)(?:was|were)\s+(?:also\s+)?witnessed\s+by\s+")


def _witnessed(ctx: Doc, view: Sent) -> list[tuple[Mention, tuple[int, int]]]:
    """'They witnessed the signing of documents on X': leaders present at a signing make it a
    ceremony (GOLD_FORMAT: a signing with a ceremony is an event)."""
    out = []
    for m in _WITNESSED.finditer(view.text):
        stop = _phrase_end(view.text, m.end())
        what = _OBJECT_END.split(view.text[m.end():stop], maxsplit=1)[0]
        end = m.end() + len(what)
        clause = max(view.text.rfind(",", 0, m.start()), view.text.rfind(";", 0, m.start())) + 1
        if _APPOSED_HEADS.match(view.text):  # 'The presidents of A, X, and B, Y, witnessed'
            clause = 0
        who = people_between(view, clause, m.start()) or subject(ctx, view, m.start())[1]
        out.append((Mention(Event("Event", f"{m.group('act')} of {what.strip(' .')}",
                                  when(view, m.start()), who,
                                  location(view, end) or _place_in(view, end, stop), view.text,
                                  rule="event.activity"), signing=True, witnessed=True),
                    (m.start(), end)))
    return out + _witnessed_by(view)


def _witnessed_by(view: Sent) -> list[tuple[Mention, tuple[int, int]]]:
    """'The signing of the agreement was witnessed by President X': the passive of 'witnessed',
    the same ceremony with its witnesses named after 'by' (an event only outside any other,
    event_witnessed)."""
    out = []
    for m in _WITNESSED_BY.finditer(view.text):
        end = _phrase_end(view.text, m.end())
        who = people_between(view, m.end(), end)
        if not who:
            continue
        out.append((Mention(Event("Event", f"{m.group('act').lower()} of {m.group('what').strip()}",
                                  when(view, m.start()), who, location(view, m.end()), view.text,
                                  rule="event.activity"), signing=True, witnessed=True), (m.start(), end)))
    return out


_OBJECT_END = re.compile(r"\s+(?:on|in|for|between|at|following|after|during|before|with|that|which)\s+|,")
# 'signed in the presence of A and B'; 'signed with much fanfare, attended by A and B'
# (a gap that puts the signing inside an occasion, 'inked during the consultations in the presence of',
# leaves the people present to that occasion)
_PRESENCE = re.compile(r"\b(?:signed|inked|exchanged)\s+(?:(?!during\b|at\b)[\w\-]+,?\s+){0,9}?"
                       r"(?:in\s+the\s+presence\s+of|(?<=,\s)attended\s+by)\s+")


# 'in the presence of A and B during the first X Council meeting': the occasion the signing was
# held in, an event of its own (its noun is no part of the list of people present)
_WITHIN_AFTER = re.compile(r",?\s+(?:during|on\s+the\s+(?:sidelines|margins)\s+of)\s+"
                           r"(?:the|a|an|his|her|their)\s")


def _in_presence(ctx: Doc, view: Sent) -> list[tuple[Mention, tuple[int, int]]]:
    """'The deals were signed in the presence of A and B': the people present at a signing make
    it a ceremony, as when they witness it (an event only outside any other, event_witnessed)."""
    out = []
    for m in _PRESENCE.finditer(view.text):
        end = _phrase_end(view.text, m.end())
        inside = _WITHIN_AFTER.search(view.text, m.end(), end)
        end = inside.start() if inside else end  # '... in the presence of A and B during the X meeting'
        comma = view.text.find(",", m.end())
        who = people_between(view, m.end(), end)
        if not who:
            continue
        place_end = comma if 0 <= comma < end else end
        out.append((Mention(Event("Event", "signing ceremony", when(view, m.start()), who,
                                  location(view, m.start()) or _place_in(view, m.start(), place_end),
                                  view.text, rule="event.activity"), signing=True, witnessed=True),
                    (m.start(), end)))
    return out


_GUESTS_RE = re.compile(r"[’']s?\s")


def _guests(view: Sent, m: re.Match[str], end: int) -> list[Ref]:
    """The people right after 'received', or the organisations after 'leaders of'."""
    after = [s for s in view.spans if m.end() <= s.start < end]
    if m.group("group") and not m.group("group").rstrip().endswith(" by"):
        return list(dict.fromkeys(s.ref for s in after if s.ref.kind == "org"))
    first = next((s for s in after if s.ref.kind == "person"), None)
    if first is None or not all(w in _TITLED_GAP or w in TITLES or w[:1].isupper()
                                for w in view.text[m.end():first.start].split()):
        return []  # 'received an award from President X' received no one
    if _GUESTS_RE.match(view.text[first.end:]):
        return []  # 'welcomed X's second visit': the visit is welcomed, a visit (event_visits), no reception
    return list(dict.fromkeys(s.ref for s in after if s.ref.kind == "person"))


def _named_occasions(view: Sent) -> list[tuple[Mention, tuple[int, int]]]:
    """'during the IDEX defence show in the UAE' → the show, an Other event."""
    out = []
    for m in _NAMED_OCCASION.finditer(view.text):
        name = _LEADING.sub("", m.group("name"))
        if not name[:1].isupper() or any(x.start <= m.end() - 1 < x.end for x in view.spans
                                         if x.ref.kind == "org"):
            continue  # 'the Korea Fair Trade Commission' is a body, not a fair
        out.append((Mention(Event("Event", name, when(view, m.start()), view.refs("person")[:3],
                                  location(view, m.end()), view.text, rule="event.occasion")),
                    m.span()))
    return out


_OFFICE_VERB = re.compile(r"\b(?:met(?:\s+with)?|meets(?:\s+with)?|"
                          r"(?:held|had)\s+(?:a\s+)?(?:meeting|talks)\s+with|"
                          rf"(?:{alternation(event_words('reception-verb'))}))\s+(?=(?:the|a|an)\s)")
_OFFICES = event_words("office-title")
_OFFICE_END = re.compile(r"\s*[,;]|\.(?:\s|$)|\s+(?:on|in|at|last|this|yesterday|today|during|where|who|"
                         r"which|and|to\s+discuss|for\s+talks|earlier|after|before)\b")


def _office_object(text: str, pos: int) -> str | None:
    """'the Chinese Ambassador to Kenya', 'the Governor of the Central Bank': an office holder
    met or received without a name; the office word comes within the first four words, before
    any 'of'."""
    end = _OFFICE_END.search(text, pos)
    phrase = text[pos:end.start() if end else len(text)].strip()
    words = phrase.split()
    head = next((i for i, w in enumerate(words[1:5], 1) if w.lower() in _OFFICES), None)
    if head is None or any(w.lower() in ("of", "for", "from") for w in words[1:head]):
        return None
    return phrase


def _office_meetings(ctx: Doc, view: Sent) -> list[tuple[Mention, tuple[int, int]]]:
    """'X met the Chinese Ambassador to Kenya on Monday', 'X received the Governor of Y': a
    meeting with an office holder the text does not name, with the bodies and countries of the
    office's phrase."""
    out = []
    for m in matches(_OFFICE_VERB, _FIRST_WORDS["_OFFICE_VERB"], view.text):  # = _OFFICE_VERB.finditer
        end = _phrase_end(view.text, m.end())
        phrase = _office_object(view.text, m.end())
        if phrase is None or people_between(view, m.end(), end):
            continue  # a named person met is another rule's
        name, who = subject(ctx, view, m.start())
        if not who:
            continue
        refs = [s.ref for s in view.spans if m.end() <= s.start < m.end() + len(phrase) + 1
                and s.ref.kind in ("org", "place")]
        out.append((Mention(Event("Meeting", f"{name} meeting with {_DETERMINER.sub('', phrase)}",
                                  when(view, m.start()), [*who, *dict.fromkeys(refs)],
                                  _place_in(view, m.end(), end), view.text, rule="event.activity")),
                    (m.start(), end)))
    return out

# the words each pattern's matches begin with: it is matched only where one is (match_starts.py)
_FIRST_WORDS = {name: first_words(globals()[name])
                for name in ("_GROUP_MEETING", "_ATTENDED", "_OFFICE_VERB")}
