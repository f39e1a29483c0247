"""Where an event's date, place and participants sit in its sentence: the clause around the event
word, the 'in/at <place>' after it, the spans inside a stretch of text.  Shared by the event rules
(event_visits, event_meetings, event_foundings) so each rule says only what makes its event."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopkg.extract import lexicon
from coopkg.extract.doc import Sent
from coopkg.extract.event_clause_dates import clause_dates, past_list, possessive_date
from coopkg.extract.event_venues import edition_year, place_relation, venue_adverbial
from coopkg.extract.facts import Event, Ref, When
from coopkg.extract.name_patterns import PARTICLES


def event_words(kind: str) -> frozenset[str]:
    return lexicon.words("event_words", kind)


def event_mapping(kind: str) -> dict[str, str]:
    return {r[0]: r[2] for r in lexicon.rows("event_words") if r[1] == kind}


@dataclass
class Mention:
    """An event as one sentence states it, before the identity of events across sentences is
    decided (events.find_events): `anaphoric` marks a definite generic mention ('the meeting',
    'the ceremony') with no name or date of its own, which refers back to a known event;
    `signing` marks an event at which a document was signed, so an undated one takes the
    signing's date; `ordinal` marks a numbered bare noun ('the ninth summit') that names again
    the meeting of the sentence before; `witnessed` marks a signing someone witnessed, an event
    only outside any other (event_witnessed)."""

    event: Event
    anaphoric: bool = False
    signing: bool = False
    sent: int = 0
    ordinal: bool = False
    witnessed: bool = False


def before_dated_aside(view: Sent, comma: int) -> int:
    """'X arrives today, November 27, for a one-day visit': a date set off by commas is an aside
    inside the clause, which starts at the comma before it."""
    opening = view.text.rfind(",", 0, comma) if comma > 0 else -1
    if opening < 0:
        return comma
    aside = view.text[opening + 1:comma].strip()
    dated = any(view.text[d.start:d.end].strip() == aside for d in view.dates)
    return view.text.rfind(",", 0, opening) if dated else comma


def _aside_end(text: str, pos: int) -> int:
    """'X, signed in August – funding fell – complements the summit held Sunday': the second
    spaced dash of an aside closes a clause as a comma does, so the aside's date is not the
    event's."""
    if " – " not in text and " — " not in text:
        return 0
    dashes = [m.end() for m in _SPACED_DASH.finditer(text, 0, pos)]
    return dashes[-1] if len(dashes) >= 2 else 0  # one dash alone may close a dateline


_SPACED_DASH = re.compile(r" [–—] ")


def when(view: Sent, pos: int | None = None) -> When | None:
    """The date in the event's own clause (between commas), or in a short clause right after it
    ('the visit of X to Y, last year,'), or in a relative clause after it that says when it
    took place ('the Forum, which opened in London on Sunday'), or, for an event a journey is
    made 'to attend', in the journey's clause before it, or in the sentence's leading
    adverbial ('From 9-11 November, the President made an official visit'); a date elsewhere
    belongs to something else."""
    if pos is None or not view.dates:
        return view.dates[0].when if view.dates else None
    text = view.text
    owned = possessive_date(view, pos)
    if owned is not None:
        return owned
    start = max(before_dated_aside(view, text.rfind(",", 0, pos)) + 1, _aside_end(text, pos))
    end = past_list(text, text.find(",", pos))
    end = _reported_from(text, start, pos, end)
    start = _reported_start(text, start, pos)
    opening = _opening_end(text)
    local = clause_dates(view, pos, start, end, opening)
    if local and not edition_year(text, local[0].start, local[0].end):
        return local[0].when
    follow = _after_appositions(view, end)
    if follow is not None:
        return follow
    if local:  # only the edition year of a name: still the clause's year
        return local[0].when
    if _TO_ATTEND.match(text, start):  # 'will travel to X from 8 to 9 May, to attend the summit'
        before = [d for d in view.dates if d.start < start]
        if before:
            return before[-1].when
    relative = _HELD_CLAUSE.match(text, end + 1) if end < len(text) and not _nearer_occasion(text, pos, end) \
        else None
    if relative is not None:  # 'the X Forum, which opened in London on Sunday and runs ...'
        stop = text.find(",", relative.end())
        if stop >= 0 and _COUNTRY_APPOSED.match(text, stop):  # 'held in Lima, Peru, on May 13'
            stop = text.find(",", stop + 1)
        held = [d for d in view.dates if relative.end() <= d.start < (stop if stop >= 0 else len(text))]
        if held:
            return held[0].when
    said = _fronted_participle_day(view, start, end)
    if said is not None:
        return said
    opening, first = _leading_adverbial(view, opening)
    lead = [d for d in view.dates if opening <= d.start < first < pos]
    if lead and _QUOTE_END.search(text, first, pos):
        return None  # '"Trade last year was a record," he said during the talks': the speaker's time
    if lead and _SEQUENCE.match(text, opening):
        return None  # 'Following talks in X yesterday, Y arrived in Z': the talks' day, not Z's
    return lead[0].when if lead else None


_FRONTED_PARTICIPLE = re.compile(r"\W*[A-Z][a-z]+ing\b")
_SAID_ON = re.compile(r"\b(?:said|told|noted|added|stressed|announced)\s+(?:on\s+)?$")


def _fronted_participle_day(view: Sent, start: int, end: int) -> When | None:
    """'Speaking to reporters at a press briefing in Hanoi, X said Tuesday that ...': an
    occasion in a participle clause opening the sentence is the main clause's, dated by the day
    told right after its speech verb."""
    if view.text[:start].strip() or not _FRONTED_PARTICIPLE.match(view.text):
        return None
    return next((d.when for d in view.dates if d.start >= end and len(d.when.value) == 10 and
                 _SAID_ON.search(view.text, 0, d.start)), None)


# the occasions a relative clause can tell the time of ('..., which took place on May 3')
_OCCASION_WORDS = event_words("noun") | {"visit", "visits", "trip", "tour"}
_OCCASION = re.compile(rf"\b(?:{lexicon.alternation(_OCCASION_WORDS)})\b", re.I)


_NEARER_OCCASION_RE = re.compile(r"\s*[\w\-]*")


def _nearer_occasion(text: str, pos: int, end: int) -> bool:
    """Whether another occasion is named between the event's word at `pos` and its clause's
    comma ('witnessed the signing during his trip to attend the G7 summit, which took place on
    May 19'): a relative clause after the comma tells the time of the nearest occasion, not the
    event's."""
    word = _NEARER_OCCASION_RE.match(text[pos:])
    found = [m for m in _OCCASION.finditer(text, pos + (word.end() if word else 0), end)
             if not _OF_NAME.search(text, max(0, m.start() - 8), m.start())]
    if found and _OWN_NOUN.fullmatch(text, pos, found[0].start()):
        found = found[1:]  # 'the Pacific Rim summit': the event's own noun
    return bool(found)


# the words of a name before its noun: no preposition or verb between ('Kenya-Peru Business ')
_OWN_NOUN = re.compile(r"(?:(?!(?:to|for|at|in|during|with|by|on|was|were|is|are)\b)[\w\-’'.]+\s+){0,5}")


# 'the Second Ministerial Conference of the Trade Forum': an occasion noun after 'of' is part of
# the event's own name (the body that meets), not another occasion
_OF_NAME = re.compile(r"\bof\s+(?:the\s+)?$")


def _leading_adverbial(view: Sent, opening: int) -> tuple[int, int]:
    """Where the sentence's leading adverbial starts and its comma: after any dateline and after
    a one-word sentence adverb that stands before it ('Meanwhile, on 4 May, X met Y'), since such
    a word only ties the sentence to the story and the time that follows is the clause's own."""
    first = view.text.find(",", opening)
    if first > opening and _SENTENCE_ADVERB.fullmatch(view.text, opening, first) and \
            not any(opening <= d.start < first for d in view.dates):
        told = _TIME_PREPOSITION.match(view.text, first + 1)
        if any(d.start in (told.start(1), told.end()) for d in view.dates):
            return first + 1, view.text.find(",", first + 1)
    return opening, first


_QUOTE_END = re.compile(r"[,.!?]\s*[\"”]")
_SENTENCE_ADVERB = re.compile(
    rf"\s*(?:(?i:{lexicon.alternation(lexicon.words('sentence_adverbs') | lexicon.words('connectives'))})"
    r"|[A-Z][a-z]+ly)\s*")
_TIME_PREPOSITION = re.compile(r"\s*()(?:(?:on|in|from|between|since|during|until|by|at)\s+)?")


# a fronted 'Following/After/Before <occasion> <time>,' names another occasion than the main
# clause's; a gerund after it ('After arriving on Monday, X met Y') keeps the clause's own actor
_SEQUENCE = re.compile(rf"\s*(?i:{lexicon.alternation(event_words('sequence-preposition'))})\s+(?!\w+ing\b)")


# a dateline with no date, its place and the outlet in brackets: 'Tashkent, Uzbekistan (UzDaily.com) --'
_PLACE_WORDS = r"[A-Z][\w.'’\-]+(?:\s[A-Z][\w.'’\-]+){0,2}"
_CREDIT_OPENING = re.compile(rf"^{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS})?\s*\([^()]{{2,40}}\)\s*[-–—:]+\s*")
# an opening dateline: 'HAVANA, Cuba, Dec 17 (ACN) ', 'TASHKENT, August 17 - ', 'LIMA [Peru], May 2:'
_OPENING = re.compile(r"^[A-Z][A-Z .'’\-]{2,40}(?:\s*\[[A-Z][\w .'’\-]{1,30}\])?,"
                      r"\s*(?:[A-Z][\w .'’\-]{1,30},\s*)?"
                      r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^)]{1,30}\)\s*)?(?:[-–—:]+\s*|(?=[A-Z]))")


def _opening_end(text: str) -> int:
    """Where an opening dateline ends (0 without one): its day is the one the story was filed,
    and GOLD_FORMAT has a dateline alone date nothing the sentence reports."""
    m = _OPENING.match(text) or _CREDIT_OPENING.match(text)
    return m.end() if m else 0


_NAME = r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}"
_COUNTRY_APPOSED = re.compile(r",\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}\s*,")


_SPEECH_VERB = re.compile(rf"\b{lexicon.word_pattern('speech_verbs')}\b", re.I)
_THAT_CLAUSE = re.compile(r"\s+that\s+")


def _reported_from(text: str, start: int, pos: int, end: int) -> int:
    """Where the event's clause ends before what a speaker said at it: 'X said during the
    meeting that the bridge would open in August' — August is the bridge's, not the meeting's."""
    if not _SPEECH_VERB.search(text, start, pos):
        return end
    that = _THAT_CLAUSE.search(text, pos, end)
    return that.start() if that else end


def _reported_start(text: str, start: int, pos: int) -> int:
    """Where the clause of an event a speaker mentions begins: after the 'that' of the speech
    verb ('told a briefing on Tuesday that the talks would continue': Tuesday is the briefing's)."""
    that = text.rfind(" that ", start, pos)
    return that + 6 if that >= 0 and _SPEECH_VERB.search(text, start, that) else start


def in_reported(text: str, pos: int) -> bool:
    """Whether `pos` lies in a clause a speech verb reports ('told a briefing that the talks
    would continue'): what a speaker says of 'the talks' recalls an occasion, it reports none."""
    that = text.rfind(" that ", 0, pos)
    return that >= 0 and _SPEECH_VERB.search(text, 0, that) is not None


def _after_appositions(view: Sent, end: int) -> When | None:
    """The date of a short clause right after the event's ('talks with X, last year,'), past
    an apposition or two ('a meeting with the Speaker, Ana Ruiz, on Monday')."""
    text = view.text
    for _hop in range(3):
        nxt = text.find(",", end + 1)
        nxt = nxt if nxt >= 0 else len(text)
        follow = [d for d in view.dates if end < d.start < nxt]
        if follow and not text[end + 1:follow[0].start].strip() and text.startswith("on ", follow[0].start):
            return follow[0].when  # 'held in Arusha, Tanzania, on Tuesday with ...': the clause opens with it
        before = text[end + 1:follow[0].start] if follow else ""
        if before.strip() and (_apposition(before) or venue_adverbial(before) or place_relation(before)):
            return follow[0].when  # '..., Ana Ruiz, in Lima on Tuesday to discuss trade': place, then day
        segment = text[end + 1:nxt]
        if len(segment.split()) > 3 and not _apposition(segment) and not venue_adverbial(segment):
            return None  # a clause of its own: its day is another fact's
        if follow:
            return follow[0].when
        end = nxt
    return None


_APPOSITION_WORDS = frozenset({"the", "of", "and", "for", "to", "his", "her", "their", "its", "a", "an",
                               "in", "on"}) | lexicon.words("titles") | \
    {w for row in lexicon.words("org_descriptors") for w in row.split()} | \
    event_words("group")  # 'head of X news agency', 'X, Y, and his delegation on Tuesday'


_APPOSITION_RE = re.compile(r"[\w\-’']+")


def _apposition(segment: str) -> bool:
    """A noun phrase of titles and names set off by commas ('Joseph Mrema, Tanzania's Minister of
    Foreign Affairs and East African Cooperation, in Dodoma on Tuesday'), whatever its length: no
    verb, so the date after it is still the event's."""
    words = _APPOSITION_RE.findall(segment)
    return len(words) <= 12 and all(w[:1].isupper() or w.lower() in _APPOSITION_WORDS or w in PARTICLES
                                    for w in words)  # 'Sheikh Tamim bin Hamad', 'Ana de Souza'


_TO_ATTEND = re.compile(rf"\s*(?:in\s+order\s+)?to\s+(?:{lexicon.alternation(event_words('attend-verb'))})\b")
# '..., to be held on May 3', '..., which opened on Sunday', '..., held in Lima on Monday', '..., held
# Wednesday and Thursday' (American copy drops 'on' before a day)
_HELD_CLAUSE = re.compile(r"\s*(?:(?:(?:scheduled|due|set|expected)\s+)?to\s+be\s+"
                          r"(?:held|convened|hosted|staged|opened)|"
                          r"(?:which|that)\s+(?:(?:was|were|is|will\s+be)\s+)?(?:opened|opens|began|"
                          r"begins|started|starts|kicked\s+off|kicks\s+off|commences|commenced|took\s+place|takes\s+place|held|"
                          r"convened|open|begin|start|take\s+place)|(?:(?:first|last|also|previously)\s+)?"
                          r"(?:held|convened|organi[sz]ed|hosted|staged|scheduled|slated)(?=\s+(?:in|on|at|last|this|"
                          rf"earlier|from|between|during|by|under|for|{lexicon.WEEKDAY_NAMES}|{lexicon.MONTH_NAMES})\b))\b")


def refs_in(view: Sent, start: int, end: int) -> list[Ref]:
    return [m.ref for m in view.spans if start <= m.start < end]


def label_of(view: Sent, ref: Ref) -> str:
    return next((m.name for m in view.spans if m.ref == ref), ref.key)


_OF_LIST = re.compile(rf"\s+of\s+(?:the\s+)?(?:{_NAME},\s+)+{_NAME},?\s+and\s+(?:the\s+)?{_NAME}(?=\s)")


# Speed only: one-off tests compiled once as bound methods (no `re` cache lookup per call;
# bound methods, so cues.gate_modules leaves them ungated); the same patterns and flags
_HELD_IN = re.compile(r"\s*(?:held\s+)?(?:[\w\-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+)?").match


def location(view: Sent, end: int) -> str | None:
    """The place in an 'in/at <place>' right after the event word ('talks in Astana')."""
    after = view.text[end:]
    listed = _OF_LIST.match(after)  # 'a summit of Kenya, Uganda and Tanzania in Arusha': past the list
    if listed:
        after, end = after[listed.end():], end + listed.end()
    m = _HELD_IN(after)
    if not m:
        return None
    refs = [r for r in refs_in(view, end + m.end(), end + m.end() + 30) if r.kind == "place"]
    return refs[0].key if refs else None


_ONE_IN = re.compile(r"\b(?:an?|one)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_RIGHT_IN = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+)?")


def placed_one(view: Sent, start: int, end: int) -> bool:
    """'signed at an investment forum in Prague': one occasion the text places — a singular
    event noun after 'a/an' with 'in/at <place>' right after it is an event even when no one is
    named taking part, unlike 'forums will be held' (no one, nowhere)."""
    right = _RIGHT_IN.match(view.text, end)
    return bool(right and _ONE_IN.search(view.text, max(0, start - 60), start) and any(
        s.start == right.end() and s.ref.kind == "place" for s in view.spans))


_IN_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+)?$")


def place_after(view: Sent, pos: int) -> str | None:
    """The first place named with 'in/at' after `pos` in the sentence ('was signed at the
    university's headquarters in Cairo' → Cairo)."""
    for span in view.spans:
        if span.start >= pos and span.ref.kind == "place" and _IN_AT.search(view.text[:span.start]):
            return span.ref.key
    return None


def people_between(view: Sent, start: int, end: int) -> list[Ref]:
    return [m.ref for m in view.spans if m.ref.kind == "person" and start <= m.start < end]


def in_quote(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened earlier in the sentence: a speaker's words
    about 'the meetings and negotiations' recall occasions, they do not report one."""
    before = text[:pos]
    if before.count('"') % 2:
        return True
    return before.rfind("“") > before.rfind("”")


_PAIR_AFTER = re.compile(rf"^\s+(?:of|between)\s+(?:the\s+)?(?:two|both)\s+"
                         rf"(?:{lexicon.alternation(event_words('pair-noun'))})\b", re.I)


def of_the_pair(text: str) -> bool:
    """'(a joint session) of the two governments', '(talks) between both sides': the event's
    parties are the article's pair of countries."""
    return bool(_PAIR_AFTER.match(text))
