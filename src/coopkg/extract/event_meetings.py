"""Meetings, summits, briefings and ceremonies named by a noun ('the 6th meeting of the Joint
Group', 'a regular press briefing', 'the signing ceremony'), and meetings stated by a verb: 'X
met with Y', 'X held meetings with A, B and C' (one Meeting per person met, GOLD_FORMAT), 'X
called on President Y', 'a discussion held between A and B', 'the heads of the two countries
met' (the pair).  A meeting noun that names no one occasion is no event: after a vague quantifier
('numerous meetings', 'ongoing negotiations') or inside a speaker's quote; a meeting of the
presidents of several countries is a summit."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_activities import activities
from coopkg.extract.event_bodies import body_participants, listed_countries
from coopkg.extract.event_clauses import (
    Mention,
    event_mapping,
    event_words,
    in_quote,
    in_reported,
    location,
    of_the_pair,
    people_between,
    placed_one,
    refs_in,
    when,
)
from coopkg.extract.event_holders import holders_of
from coopkg.extract.event_mass import mass_use

# _MET, _CALLED_ON, _PAIR_WILL: patterns the gate of `typed` reads
from coopkg.extract.event_met import _CALLED_ON, _MET, _PAIR_WILL, first_is_right_after, verb_meetings  # noqa: F401
from coopkg.extract.event_subjects import subject as subject_of
from coopkg.extract.event_talks import PRESS_NOUN, press_typed
from coopkg.extract.event_wishes import called_off_after, foreseen, not_held, wished
from coopkg.extract.facts import Event, Ref, When
from coopkg.extract.lexicon import alternation as _alt
from coopkg.extract.match_starts import first_words, matches
from coopkg.extract.memo import by_text
from coopkg.extract.sentence_gates import needs

_NOUNS = event_mapping("noun")
_SUMMITS = _alt([n for n, t in _NOUNS.items() if t == "Summit"])
_MEETINGS = _alt([n for n, t in _NOUNS.items() if t == "Meeting"])
_MODIFIERS = _alt(event_words("meeting-modifier"))
_OF_NOUNS = rf"(?:{_alt(event_words('of-noun'))})(?=\s+of\s)"  # 'sitting of X', not 'sitting president'
_PREFIX = r"(?:(?:[A-Z][\w\-–]*(?:['’](?=\s))?|\d+(?:st|nd|rd|th)|\([A-Z][\w\-]*\)|of|the)\s+){0,6}"
_TYPES: list[tuple[str, re.Pattern[str] | None]] = [
    ("PressBriefing", PRESS_NOUN),
    ("Summit", None),  # nouns found by _NOUN_ONLY, their names read backwards (_phrases)
    ("Meeting", None),
    ("Event", re.compile(rf"(?P<label>(?:(?:{_alt(event_words('ceremony'))})\s+)ceremony|"
                         r"inauguration)\b", re.I)),
]
_NOUN_ONLY = {"Summit": re.compile(rf"\b(?i:{_SUMMITS})\b"),
              "Meeting": re.compile(rf"\b(?i:(?:(?:{_MODIFIERS})\s+)*(?:{_MEETINGS}|{_OF_NOUNS})\b|(?:"
                                    rf"{_alt(event_words('held-noun'))})(?=\s+(?:was\s+|will\s+be\s+|is\s+to\s+be\s+)?(?:held|"
                                    rf"convened)\s+(?:in|on|at|last|earlier)\b))")}
_PREFIX_END = re.compile(rf"{_PREFIX}$")
_COMPLEMENT = re.compile(rf"^\s+of\s+(?:the\s+)?((?:[\w\-]+\s+){{0,5}}?(?i:"
                         rf"{_MEETINGS}))\b|^\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){{0,5}}?(?i:"  # 'the meeting of
                         rf"{_alt(event_words('held-noun'))})\b")  # the commission': one meeting, its noun's
_SKIP_LEADING = re.compile(r"^(?:the|this|that|these|a|an|on|at|in|during|of|after|before|via|his|her|their|"
                           r"while|whilst|when|"  # 'While meeting X, ...': the gerund's subordinator
                           r"following|ahead|prior|since|throughout|amid|upon|within|as|by|"
                           rf"at|from|to|for|with|{_alt(lexicon.words('document_heads'))})\s+", re.I)
_GENERIC = {"talks", "meeting", "meetings", "conference", "conferences", "session", "sessions",
            "negotiations", "forum", "forums", "dialogue", "consultations", "discussion",
            "discussions", "summits"}
# 'the meetings of the visit', 'talks during the trip': the visit's meetings already reported
_OF_VISIT = re.compile(r"\s+(?:of|during)\s+(?:the|this|that|his|her|their)\s+(?:[\w\-]+\s+)?"
                       r"(?:visit|trip|tour)\b", re.I)
_SUMMIT_MEETING = re.compile(r"\bsummit\s+$", re.I)
_ANAPHORIC = re.compile(r"\b(?:the|this|that|these)\s+$", re.I)
_VAGUE_LEAD = re.compile(rf"^(?:{_alt(event_words('vague'))})\s+", re.I)
_WITH_BODY = re.compile(r"\s+with\s+(?:the\s+)?")
_SPECIFIC = re.compile(r"\s+(?:of|between|with)\s(?!(?:our|your|their|its|his|her)\b)", re.I)
_SUMMIT_OF = re.compile(r"^(?P<of>\s+of\s+(?:the\s+)?(?:presidents|heads\s+of\s+state(?:\s+and\s+"
                        r"government)?|leaders|heads)\s+of\s+(?!(?:the\s+)?(?:two|both)\b)"
                        r"(?:the\s+)?[^,;.]{3,60}?(?:countries|nations|states|members))\b")
# structures (infrastructure.tsv) and the roads and stations that also take a place's name, and
# the nouns an event noun only modifies ('Dialogue Relations', 'summit secretariat')
_PLACE_NOUNS = event_words("place-noun") | lexicon.words("infrastructure") | event_words("compound-head")
_PLACE_NAME_GOES_ON = re.compile(rf"(?:-[A-Z][\w’']*)*\s+(?i:{_alt(_PLACE_NOUNS)})\b"
                                 r"|-[A-Z]")
_ORDINAL_BEFORE = re.compile(rf"\b(?:the|this|that)\s+(?P<ord>\d+(?:st|nd|rd|th)|"
                             rf"{_alt(event_words('ordinal'))})\s+$", re.I)
_VAGUE = re.compile(rf"\b(?:{_alt(event_words('vague'))})\s+(?:[\w\-]+\s+){{0,2}}$", re.I)
_GENERIC_EVENT = re.compile(r"\b(?:at|during|addressing|attended|opened|after|following|to|on)\s+"
                            r"(?:(?:the|this)\s+"
                            r"(?P<noun>event|occasion|ceremony)|an?\s+(?P<noun2>ceremony))\b"
                            r"|^(?:the|this)\s+(?P<noun3>ceremony)(?=\s+(?:took\s+place|was\s+held)\b)"
                            r"|\b(?:among\s+those|also)\s+(?P<noun4>present)\s+(?:were|was|included)\b", re.I)
_DISCUSSION = re.compile(r"\b(?:(?:held|had|hold|holds|have|has|conducted|conducts|conduct)\s+(?:an?\s+)?"
                         r"(?:[\w\-]+\s+)?(?:discussions?|exchanges?\s+of\s+views)"
                         r"|discussions?\s+(?P<held>held\s+)?(?:between|with))\b")
_SERIES = re.compile(r"\b(?:held|holds|hold|had|conducted)\s+a\s+series\s+of\s+$")
_HELD = re.compile(r"\s+(?:was\s+|were\s+)?(?:held|took\s+place|convened)\b"  # 'a meeting held ...'
                   r"|,\s+(?:held|convened)\s+(?=in|on|at)\b"  # 'The talks, held in Lima on May 13,'
                   r"|\s+(?:opened|began|kicked\s+off|got\s+under\s*way|commenced|started)"
                   r"(?=\s+(?:in|at|on|yesterday|today|last|this|here)\b)")  # 'the forum opened in Y'
# 'the second round of negotiations ... and the meeting of X took place in Y': coordinated nouns
_HELD_LATER = re.compile(r"[^,;.]{0,100}?\s+(?:was\s+|were\s+)?(?:held|took\s+place|convened)\b")
_PLANNED = re.compile(r"\s+(?:will|would|shall|(?:is|are)\s+(?:scheduled\s+|expected\s+|due\s+|set\s+)?to)\s+"
                      r"(?:be\s+held|take\s+place|be\s+convened)\b")  # 'the forum will be held in May'
# 'to strengthen the Ghanaian–Togolese dialogue': the noun names a relation a purpose verb acts on
_PURPOSE = re.compile(rf"\b(?i:{_alt(event_words('purpose-verb'))})\s+(?:(?:the|their|its|our|this|"
                      r"a|an|bilateral)\s+)?(?:(?!(?:at|in|on|during|with|for|and|to|of)\b)[\w’'\-–]+"
                      r"\s*){0,3}$")


@needs("_MET", "_CALLED_ON", "_PAIR_WILL", "activities", "_TYPES", "_NOUN_ONLY", "_DISCUSSION",
       "_GENERIC_EVENT")
def typed(ctx: Doc, view: Sent) -> list[Mention]:
    out, taken = verb_meetings(ctx, view)
    done, used = activities(ctx, view)
    out, taken = out + done, taken + used
    for type_name, pattern in _TYPES:
        for start, end, phrase in _phrases(type_name, pattern, view.text):
            if any(s <= start < e or s < end <= e for s, e in taken):
                continue
            taken.append((start, end))
            mention = _noun_event(ctx, view, type_name, (start, end, phrase), taken)
            if mention is not None:
                out.append(mention)
    if not any(m.event.type == "Meeting" and not _proper(m.event.label) for m in out):
        out += _discussions(view)  # 'met B and held discussions': one meeting; a named forum
        # ('spoke at the X Forum and held a discussion with B') is another occasion
    return out + _generic_events(view)


@by_text  # the text alone decides: a recurring sentence is scanned once
def _phrases(type_name: str, pattern: re.Pattern[str] | None, text: str
             ) -> tuple[tuple[int, int, str], ...]:
    """(start, end, phrase) of each event noun phrase.  Meeting and summit nouns are found first
    and their capitalised name read backwards from them: one pattern over the whole sentence
    would try the name prefix at every position."""
    if pattern is not None:
        return tuple((m.start(), m.end(), m.group("label") if "label" in pattern.groupindex else m.group())
                     for m in pattern.finditer(text))
    out = []
    for m in _NOUN_ONLY[type_name].finditer(text):
        if _PLACE_NAME_GOES_ON.match(text, m.end()) or (
                type_name == "Summit" and _PLURAL_HEAD.match(text, m.end())):
            continue  # 'the Kipi Summit highway': a place's name; 'summit meetings': a kind, no occasion
        if type_name == "Meeting" and _SUMMIT_MEETING.search(text, max(0, m.start() - 8), m.start()):
            continue  # 'a summit meeting between A and B': one occasion, the summit's
        prefix = _PREFIX_END.search(text, max(0, m.start() - 120), m.start())
        start = prefix.start() if prefix else m.start()
        out.append((start, m.end(), text[start:m.end()]))
    return tuple(out)


def _noun_event(ctx: Doc, view: Sent, type_name: str, found: tuple[int, int, str],
                taken: list[tuple[int, int]]) -> Mention | None:
    start, end, phrase = found
    label = _label(phrase)
    if not label:
        return None
    before = view.text[:end - len(label)] if phrase.endswith(label) else ""
    noun_end = end
    specific = bool(_SPECIFIC.match(view.text[end:]))
    type_name, label, end, place_from = _complements(view, type_name, label, end, taken)
    noun = _base_noun(_VAGUE_LEAD.sub("", label))
    vague = (_VAGUE.search(before) or _VAGUE_LEAD.match(label)) and noun.endswith("s")
    plan = _PLAN_HOLD.search(before, max(0, len(before) - 60))
    agreed = _AGREED_TO.search(before, max(0, plan.start() - 60), plan.start() + 3) if plan else None
    if _PURPOSE.search(before, max(0, len(before) - 80)) or _HABIT.match(view.text, end) or (
            plan and (when(view, start) if agreed is None else _told_after(view, plan.start())) is None) \
            or wished(before, view.text[end:], any(d.start >= end for d in view.dates)) \
            or foreseen(view.text[end:], bool(view.dates)) or called_off_after(view.text[noun_end:]) \
            or mass_use(before, view.text[len(before):noun_end]) or \
            not_held(before, when(view, start) is not None):
        return None  # 'to strengthen the A-B dialogue', 'is held every year', 'agreed to hold the
        # next session' with no time, 'the importance of a meeting', 'through dialogue': a
        # relation, a habit, a plan, an idea, a practice, no one occasion (GOLD_FORMAT)
    if noun in _GENERIC and (vague or (
            (in_quote(view.text, start) or in_reported(view.text, start) and _ANAPHORIC.search(before))
            and not specific and when(view, start) is None)):
        return None  # 'numerous bilateral meetings', a speaker's "the talks" (quoted or reported:
        # 'said that the talks would go on'): no one occasion; 'said they held a forum' reports one
    participants = view.refs("person")[:3]
    for ref in refs_in(view, start, end):
        if ref.kind == "org" and ref not in participants:
            participants.append(ref)
    met = _WITH_BODY.match(view.text, noun_end)  # "A's meeting with the X Corporation": the body met
    participants += [s.ref for s in view.spans if met and s.start == met.end() and s.ref.kind == "org"
                     and s.ref not in participants]
    if of_the_pair(view.text[noun_end:]) and len(ctx.pair()) == 2:
        participants += [Ref("place", ctx.country_iri(c)) for c in ctx.pair()]
    generic = label.lower() in _GENERIC
    own_date = when(view, start) if agreed is None else _told_after(view, plan.start())
    bare_summit = type_name == "Summit" and _NOUNS.get(label.lower()) == "Summit"  # 'at the summit'
    # 'the meeting', also with its modifiers ('the bilateral meeting'): the meeting named before
    anaphoric = (noun in _GENERIC or bare_summit or type_name in ("Event", "PressBriefing")) \
        and own_date is None \
        and not specific and bool(_ANAPHORIC.search(before)) or (
            noun in _GENERIC and own_date is None and bool(_OF_VISIT.match(view.text, end))) or \
        _quoted_meeting(view.text, start, label)
    holders = _HOLDERS.search(before)
    if holders and not participants:  # 'A and B held their second investment forum'
        participants = holders_of(ctx, view, holders.start(), before)
    host = _host(view, holders)
    if host is not None and host not in participants:  # 'Chile will host the summit'
        participants = [*participants, host]
    if type_name == "Meeting" and _SUMMIT_NAME.search(label):
        type_name = "Summit"  # 'the Commonwealth Heads of Government Meeting'
    elif type_name == "Summit" and (_FIRM_SUMMIT.search(label) or _FIRM_SUMMIT.search(before + label)):
        type_name = "Meeting"  # 'a business summit': firms meet, not heads of state
    series = _SERIES.search(before)
    if series:
        label = f"series of {label}"
        participants = participants or subject_of(ctx, view, series.start())[1]
    if not participants and noun in _GENERIC:  # 'a meeting of customs officials of both countries'
        participants, place_from = body_participants(ctx, view, noun_end, place_from)
        participants = participants or listed_countries(view, noun_end)  # 'a summit of A, B and C'
    held_later = _HELD_LATER.match(view.text, end) if not anaphoric else None
    if not participants and generic and not anaphoric and not _HELD.match(view.text[end:]) and \
            not (own_date is not None and (_PLANNED.match(view.text[end:]) or held_later)) and \
            not placed_one(view, noun_end - len(noun), noun_end):
        return None  # 'international conferences will be held': no one, nowhere, nothing to record
    ordinal = _ORDINAL_BEFORE.search(before) if own_date is None and not specific else None
    if ordinal and label.lower() in _NOUNS:
        label, anaphoric = f"{ordinal.group('ord')} {label}", True
    held = _HELD.match(view.text, end)  # 'The talks, held in Lima, ...'
    place = location(view, place_from) or (host.key if host is not None else None) or (
        location(view, held_later.end()) if held_later else None) or (
        location(view, held.end()) if held else None)
    return Mention(Event(press_typed(type_name, view.text, noun_end), label, own_date, participants, place,
                         view.text, rule="event.typed"), anaphoric=anaphoric, ordinal=bool(ordinal))


def _complements(view: Sent, type_name: str, label: str, end: int, taken: list[tuple[int, int]]
                 ) -> tuple[str, str, int, int]:
    """(type, label, end, where its place may follow) after the 'of' complements of the noun:
    'the session of the Joint Commission', 'a meeting of the presidents of the Central Asian
    countries' (a summit), 'the meeting of the X Council ... in Y' (Y follows the body's name)."""
    noun_end = end
    complement = _COMPLEMENT.match(view.text[end:])
    if complement and complement.group(1) is None:  # a body's noun: taken, the label is the meeting's
        taken.append((noun_end, end + complement.end()))
    elif complement:
        label = f"{label} of {complement.group(1)}"
        end += complement.end()
        taken.append((noun_end, end))
    summit = _SUMMIT_OF.match(view.text[end:]) if type_name == "Meeting" else None
    if summit:
        type_name, label = "Summit", f"{label} {summit.group('of').strip()}"
    of_org = _OF_BODY.match(view.text, end)  # 'Conference on the Forum on X': the forum's
    org = next((x for x in view.spans if x.ref.kind == "org" and x.start == of_org.end() and
                (of_org.group().split()[0] == "of" or _PHRASE_END.match(view.text, x.end))),
               None) if of_org else None
    if org is not None:
        taken.append((end, org.end))  # 'the session of the X Commission was held': one meeting
        return type_name, f"{label} of {org.name}", end, org.end
    return type_name, label, end, end


_HOLDERS = re.compile(r"\b(?P<verb>held|holds?|host(?:s|ed|ing)?|convened|co-(?:chaired|hosted)|"
                      r"organi[sz]ed)\s+(?:(?:their|its|the|a|an)\s+)?(?:[\w\-]+\s+rounds?\s+of\s+)?(?:[\w\-]+\s+){0,3}$")

_OF_BODY = re.compile(r"\s+(?:of|on)\s+(?:the\s+)?")
# the body after 'on the' closes the phrase: 'on the Forum on X (FX) held in Y', not 'on the EU-X deal'
_PHRASE_END = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:[,.;]|\s(?:held|in|at|and)\b|$)")
_HABIT = re.compile(r"\s+(?:is|are)\s+(?:usually\s+|normally\s+)?(?:held|organi[sz]ed|convened)\s+"
                    r"(?:every|each|annually|biennially|twice|once|regularly|alternately)\b")
_PLAN_HOLD = re.compile(rf"\b(?:to|will|would|shall)\s+(?:{_alt(event_words('hold-verb'))})\s+"
                        r"(?:the|a|an|its|their)\s+(?:[\w\-–—]+\s+){0,4}$")  # 'the renamed A – B forum'
# 'agreed on Monday to hold a meeting': Monday is when they agreed, not when they will meet
_AGREED_TO = re.compile(rf"\b(?:{_alt(event_words('plan-verb'))})\b"
                        r"[^,;:]{0,40}\bto\s")


def _told_after(view: Sent, plan: int) -> When | None:
    """The first date after a plan phrase ('agreed on Monday to hold a meeting in June'): the
    meeting's own time; a date before it belongs to the agreeing."""
    later = [d for d in view.dates if d.start > plan]
    return later[0].when if later else None


_PLURAL_HEAD = re.compile(r"\s+meetings\b")
_FIRM_SUMMIT = re.compile(rf"\b(?:{_alt(event_words('firm-summit'))})['’]?\s+summits?$", re.I)
_SUMMIT_NAME = re.compile(rf"\b(?:{_alt(event_words('summit-mark'))})\s+(?:{_MEETINGS})$", re.I)


def _host(view: Sent, holders: re.Match[str] | None) -> Ref | None:
    """'Chile will host': the one place that is the subject of 'host' joins the meeting as its place."""
    if holders is None or not holders.group("verb").startswith("host"):
        return None
    verb = holders.start()
    clause = max(view.text.rfind(",", 0, verb), view.text.rfind(";", 0, verb)) + 1
    that = view.text.rfind(" that ", clause, verb)  # 'the ministry said that A and B held ...'
    clause = that + 6 if that >= 0 else clause
    found = [s for s in view.spans if clause <= s.start < verb]
    if len(found) != 1 or found[0].ref.kind != "place" or \
            not re.fullmatch(r"\s+(?:(?:will|would|is|was|to|also|again|successfully)\s+)*",
                             view.text[found[0].end:verb]):
        return None
    return found[0].ref


def _proper(label: str) -> bool:
    """A meeting with a name of its own ('Lake Victoria Economic Forum'), not a noun phrase
    naming whoever met ('talks', 'A meeting with B', 'A call on B')."""
    return label[:1].isupper() and " with " not in label and " call on " not in label and \
        not label.lower().startswith(("meeting", "talks", "discussion"))


def _quoted_meeting(text: str, start: int, label: str) -> bool:
    """'"Productive meeting with the Secretary-General today," X wrote on X': a meeting inside
    a quotation (a post, a speaker's words) is one the narrative reports, not another one."""
    return label.split()[-1].lower() in _GENERIC and in_quote(text, start)


def _base_noun(label: str) -> str:
    """'bilateral meetings' → 'meetings': the meeting noun without its modifiers."""
    return _MODIFIERS_LEAD.sub("", label.lower())


_MODIFIERS_LEAD = re.compile(rf"^(?:(?:{_MODIFIERS})\s+)+")


def _label(phrase: str) -> str:
    """From the first capitalised word when there is one ('20th National Congress'), else the
    bare noun phrase without its determiner ('video meeting')."""
    words = phrase.split()
    first = next((i for i, w in enumerate(words) if w[:1].isupper() or w[:1].isdigit()), None)
    if first is not None and first < len(words) - 1:
        words = words[first:]
    while words and _SKIP_LEADING.match(words[0] + " "):
        words = words[1:]
    return " ".join(words)


def _generic_events(view: Sent) -> list[Mention]:
    """'Addressing the event', 'Speaking at the occasion', 'The ceremony took place during ...': an
    event the article already named, or the signing it reports (resolved by events.find_events);
    'exchanged at a ceremony in Accra on Thursday' keeps its own place and date, so it stands as
    a ceremony of its own when no signing is reported.  'Present on the occasion were A and B',
    'Among those present were A and B': the people present at the occasion just told."""
    return [Mention(Event("Event", (m.group("noun") or m.group("noun2") or m.group("noun3")
                                    or "occasion").lower(),
                          when(view, m.start()) if m.group("noun2") else None,
                          view.refs("person")[:3], location(view, m.end()) if m.group("noun2") else None,
                          view.text, rule="event.typed"), anaphoric=True)
            for m in matches(_GENERIC_EVENT, _GENERIC_WORDS, view.text)  # = _GENERIC_EVENT.finditer
            if not re.match(r"\s*(?:of|ceremony)\b", view.text[m.end():])]


def _discussions(view: Sent) -> list[Mention]:
    """'a discussion held between A and B', 'A and B had a warm discussion'."""
    out = []
    for m in _DISCUSSION.finditer(view.text):
        people = view.refs("person")
        after = people_between(view, m.end(), len(view.text))[:1]
        gap = len(view.text[m.end():]) - len(view.text[m.end():].lstrip())
        named = bool(after) and first_is_right_after(view, m.end() + gap, after[0])
        if not (m.group("held") or (named if m.group().endswith(("between", "with")) else people)):
            continue  # 'rounds of discussion with the government': no one met
        names = " and ".join(r.key for r in people[:3])
        met = next((s.end for s in view.spans if after and s.ref == after[0]
                    and m.end() <= s.start < m.end() + 60), None)
        place = location(view, m.end()) or (location(view, met) if met else None)  # 'with B in X'
        out.append(Mention(Event("Meeting", f"discussion of {names}" if names else "discussion",
                                 when(view, m.start()), people[:3], place,
                                 view.text, rule="event.typed")))
    return out


_GENERIC_WORDS = first_words(_GENERIC_EVENT)  # its matches are tried only where these begin (match_starts.py)
