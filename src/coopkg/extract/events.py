"""Events: summits, state and official visits, meetings and talks, press briefings, ceremonies,
launches and foundings.  The rules of each sentence (event_visits, event_meetings,
event_activities, event_foundings; their subjects from event_subjects) state mentions; this
module decides which mentions are one event: one event per (type, label), one visit per visitor
and country visited, and a definite generic mention ('the meeting', 'the ceremony', 'addressing
the event', 'the launching ceremony' of a launch) is the event already named, not a new one.

Dates: an event's own date; else, for an event at which a document was signed, the signing's
date; else a referring mention takes the date of the event before it; else the time of the
episode its sentence narrates (episodes.py: 'Upon his arrival ...' after a dated lead); else the
publication month.  Every date not stated with the event is marked inherited."""

from __future__ import annotations

import re

from coopkg.extract import sentence_gates
from coopkg.extract.cues import _SENTENCES, words
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.episodes import episode_times, plan_times
from coopkg.extract.event_agent_launches import agent_launches
from coopkg.extract.event_ceremonies import ceremonies, merge_ceremonies
from coopkg.extract.event_clauses import Mention, event_mapping, event_words, place_after, when
from coopkg.extract.event_copulas import copular_mentions
from coopkg.extract.event_counterparts import counterpart_talks, with_counterpart
from coopkg.extract.event_dates import another_time, each_year, earlier_start, last_day, with_event_dates
from coopkg.extract.event_foundings import foundings, launches, passive_launches, ties_key
from coopkg.extract.event_futures import with_bare_months
from coopkg.extract.event_labels import is_bare, named_labels, same_numbered
from coopkg.extract.event_legislatures import without_legislatures
from coopkg.extract.event_meetings import typed
from coopkg.extract.event_merges import inherit as _inherit
from coopkg.extract.event_merges import merge as _merge
from coopkg.extract.event_merges import merge_bare_meetings, merge_same_meetings, other_people, told_apart
from coopkg.extract.event_name_pairs import pair_named
from coopkg.extract.event_numbered_bodies import numbered_sessions
from coopkg.extract.event_office_pairs import office_pair_meetings
from coopkg.extract.event_passing_visits import after_visiting
from coopkg.extract.event_people_places import placed_after_people, placed_by_purpose
from coopkg.extract.event_sidelines import on_sidelines
from coopkg.extract.event_signed_at import signed_at_visit_meeting
from coopkg.extract.event_signing_days import placed_signing
from coopkg.extract.event_summit_guests import attending_guests
from coopkg.extract.event_talks import talks
from coopkg.extract.event_visits import visits
from coopkg.extract.event_witnessed import held_within, talks_day
from coopkg.extract.facts import Event, When
from coopkg.extract.lexicon import alternation, confidence
from coopkg.extract.storydate import dateline_date

_SIGNING = re.compile(r"\b(?:signed|signs|sign|signing|inked|inks|ink|signature)\b", re.I)
_SIGNED = re.compile(r"\b(?:signed|signs|sign|inked|inks|ink|signing(?=\s+(?:on\s+\w+\s+)?of\s))\b", re.I)
_KIND_WORD = re.compile(r"\b(MoU|MOU|MoA|MOA|[Mm]emorand(?:um|a)|[Aa]greement|[Tt]reaty|[Cc]ontract|"
                        r"[Pp]rotocol|[Aa]ccord|[Dd]eclaration)s?\b")
_CEREMONY_LIKE = {"event", "occasion", "ceremony"}
_NOUNS = event_mapping("noun")


def find_events(ctx: Doc) -> list[Event]:
    """Each visit, meeting and other occasion, booked once however many sentences tell it."""
    book, previous = _Book(ctx), None
    for i, sent in enumerate(ctx.sents):
        if _defines(sent):
            continue
        view = with_event_dates(with_bare_months(_without_dateline(sent) if i == 0 else sent,
                                                  ctx.article.published), ctx.article.published, previous)
        previous = last_day(view, previous)
        found = _rule_mentions(ctx, view) + after_visiting(ctx, view) + ceremonies(ctx, view)
        found = copular_mentions(view, without_legislatures(view, found))
        if found:  # most sentences state no event: nothing to place, date or book
            _book_mentions(book, view, i, found)
    events = book.finish()
    return named_labels(events + placed_signing(ctx, events), ctx.gaz)


# the gated sentence rules in find_events' order; those marked True are asked of the sentence alone
_RULES = ((visits, False), (typed, False), (launches, False), (passive_launches, True),
          (agent_launches, True), (foundings, False), (talks, False), (counterpart_talks, False),
          (office_pair_meetings, False), (numbered_sessions, True))


def _rule_mentions(ctx: Doc, view: Sent) -> list[Mention]:
    """Speed only: the gated rules' mentions, as calling each: with the sentence's cues noted, a closed
    one-set gate (`quick`) answers [] uncalled, an open one runs unwrapped; others test themselves."""
    noted = None if sentence_gates.CHECK else _SENTENCES.get(view.text)
    found: list[Mention] = []
    for rule, alone in _RULES:
        quick = rule.gate.quick if noted is not None else None
        if quick is not None and quick.isdisjoint(noted):
            mentions: list[Mention] = []
        else:
            fn = rule if quick is None else rule.__wrapped__
            mentions = fn(view) if alone else fn(ctx, view)
        found += with_counterpart(ctx, view, pair_named(ctx, mentions)) if rule is typed else mentions
    return found


def _book_mentions(book: _Book, view: Sent, index: int, found: list[Mention]) -> None:
    """The sentence's mentions with their place and date read from it, in the book."""
    signing = bool(_SIGNING.search(view.text))
    for mention in each_year(view, _respectively(view, placed_by_purpose(view, placed_after_people(
            view, on_sidelines(view, found))))):
        mention.sent, mention.signing = index, mention.signing or signing
        book.add(mention)


def _without_dateline(sent: Sent) -> Sent:
    """'NAIROBI, May 2 — X arrived on Tuesday for a visit': the sentence's own date dates the
    event, not the day the story was filed."""
    filed = dateline_date(sent)
    if filed is None or len(sent.dates) < 2:
        return sent
    return Sent(sent.sentence, sent.spans, [d for d in sent.dates if d is not filed])


_RESPECTIVELY = re.compile(r",?\s+respectively\b", re.I)


def _respectively(view: Sent, mentions: list[Mention]) -> list[Mention]:
    """'A and B will be held on D1 and D2, respectively': the dates go to the events named
    before them, in order — the last as many events as there are dates."""
    if not _RESPECTIVELY.search(view.text) or len(view.dates) < 2:
        return mentions
    first_date = view.dates[0].start
    named = sorted(((view.text.find(m.event.label.split(" of ")[0]), m) for m in mentions
                    if not m.anaphoric),
                   key=lambda x: x[0])
    named = [(pos, m) for pos, m in named if 0 <= pos < first_date]
    for (_pos, mention), dated in zip(named[-len(view.dates):], view.dates, strict=False):
        if len(named) >= len(view.dates):
            mention.event.date = dated.when
    return mentions


_DEFINITION = re.compile(rf"\b[A-Za-z][\w\-]*[a-z]s\s+(?:{alternation(event_words('definition-verb'))})\b")
# _DEFINITION's tail from the subject's last letter: no match without one of these, and a scan
# for it runs from the literal 's' instead of trying every word as the subject
_DEFINING_TAIL = re.compile(rf"s\s+(?:{alternation(event_words('definition-verb'))})\b")


_DEFINING_WORDS = frozenset(v.split()[0].lower() for v in event_words("definition-verb"))


def _defines(sent: Sent) -> bool:
    """'Joint commissions constitute a mechanism for dialogue': an undated sentence whose plural
    subject is defined says what a kind of meeting is, and reports no occasion.  The pattern
    tries every word as the subject, so it runs only where a defining verb's first word is and
    its tail (`_DEFINING_TAIL`: "...s are a") is."""
    if sent.dates:
        return False
    found = words(sent.text)
    return (found is None or not _DEFINING_WORDS.isdisjoint(found)) and \
        _DEFINING_TAIL.search(sent.text) is not None and bool(_DEFINITION.search(sent.text))


_NUMBERING = re.compile(rf"^(?:[ivx]+|\d+(?:st|nd|rd|th)?|{alternation(event_words('ordinal'))})\s+(?=\S)")


_KEY_RE = re.compile(r"^(?:the\s+|meeting\s+of\s+(?:the\s+)?)+")  # 'meeting of the X' ~ 'X'


class _Book:
    """The article's events in the order first mentioned, keyed so repeated mentions merge."""

    def __init__(self, ctx: Doc):
        self.ctx = ctx
        self.events: dict[tuple[str, str, str], Event] = {}
        self.sent_of: dict[tuple[str, str, str], int] = {}  # where each event was first named
        self.witnessed: set[tuple[str, str, str]] = set()  # signings someone witnessed
        self.attributive: set[tuple[str, str, str]] = set()  # visits told only by 'visiting X'

    def add(self, mention: Mention) -> None:
        event = mention.event
        if mention.ordinal and self._renumbered(mention):
            return
        if mention.anaphoric:
            target = self._antecedent(event)
            if target is not None and told_apart(event.date, self._time(target)):
                self._keep(event, mention.sent, apart=True)  # 'during the meeting in X in May'
                return
            if target is not None:
                _merge(target, event)
                return
            if _is_ceremony(event):
                event = self._signing_ceremony(mention) or _placed(event)
                if event is None:
                    return
            elif not event.participants:
                return
        if signed_at_visit_meeting(mention, any(k[0] == "visit" for k in self.events)):
            return  # 'signed at the meeting with his counterpart' during a visit: the visit's
        if event.date is None and mention.signing:
            event.date = _inherit(self._signing_date(mention.sent))
        if event.date is None and mention.anaphoric:
            dated = [e for k, e in self.events.items()
                     if e.date is not None and self.sent_of[k] < mention.sent]
            event.date = _inherit(dated[-1].date) if dated else None
        self._keep(event, mention.sent)
        if mention.witnessed:
            self.witnessed.add(self._numbered_alike(self._key(event)) or self._key(event))

    def _time(self, event: Event) -> When | None:
        """The event's date, else the episode time of the sentence it was first named in."""
        sent = next((self.sent_of[k] for k, e in self.events.items() if e is event), None)
        return event.date or (episode_times(self.ctx)[sent] if sent is not None else None)

    def _keep(self, event: Event, sent: int, apart: bool = False) -> None:
        key = self._key(event)
        alike = self._numbered_alike(key)  # 'the 20th meeting of X in May 2023' is no
        if alike is not None and told_apart(event.date, self._time(self.events[alike])):  # 'meeting'
            alike = None  # of the day's episode
        key = (*key[:2], f"{key[2]} {event.date.value}") if apart and event.date else alike or key
        if key in self.events and is_bare(event.label) and other_people(self.events[key], event):
            key = (*key[:2], " ".join(sorted(r.key for r in event.participants if r.kind == "person")))
        published = self.ctx.article.published.isoformat()
        if another_time(self.events.get(key), event, published):  # 'will visit Y in June ... last
            year = (event.date.value if event.date else published)[:4]  # visited Y in 2019'
            key = (*key[:2], f"{key[2]} {year}")
        if event.rule == "event.visiting" and key not in self.events:
            self.attributive.add(key)
        elif event.rule != "event.visiting":
            self.attributive.discard(key)
        if key not in self.events:
            self.events[key] = event
            self.sent_of[key] = sent
            return
        kept = self.events[key]
        if kept.type == "Summit" and not kept.participants:  # 'X and Y will attend the summit'
            kept.participants = list(event.participants)
        if kept.date is None or (kept.date.inherited and event.date and not event.date.inherited) \
                or key[0] == "visit" and earlier_start(kept.date, event.date):
            kept.date = event.date or kept.date
        if event.type == "StateVisit":
            kept.type = "StateVisit"

    def _numbered_alike(self, key: tuple[str, str, str]) -> tuple[str, str, str] | None:
        """'the II Binational Cabinet' after 'the Binational Cabinet' (or before it): the same
        body's meeting, once with its number; two numbers are two meetings."""
        if key in self.events or key[0] not in ("Meeting", "Summit"):
            return None
        bare = _NUMBERING.sub("", key[1])
        alike = [k for k in self.events if k[0] == key[0] and _NUMBERING.sub("", k[1]) == bare
                 and (k[1] == bare or key[1] == bare)] or \
            [k for k in self.events if k[0] == key[0] and same_numbered(k[1], key[1])]
        return alike[0] if len(alike) == 1 else None

    def _key(self, event: Event) -> tuple[str, str, str]:
        ties = ties_key(event)
        if ties is not None:
            return ties
        if not event.rule.startswith("event.visit"):
            return (event.type, _KEY_RE.sub("", event.label.lower()), "")
        visitor = next((p.key for p in event.participants if p.kind == "person"), "")
        place = self.ctx.gaz.regions.get(event.location or "")
        country = place.country if place else (event.location or "").rsplit("/", 1)[-1]
        return ("visit", visitor, country)

    def _antecedent(self, event: Event) -> Event | None:
        """The most recent event a generic mention can refer to: a meeting for 'the meeting' or
        'the talks', a ceremony for 'the ceremony', any event for 'the event'."""
        label = event.label.lower()
        published = self.ctx.article.published.isoformat()
        for known in reversed(list(self.events.values())):
            if known.date is not None and known.date.value[:len(published)] > published[
                    :len(known.date.value)]:
                continue  # a planned event is not the one just held
            if label in ("event", "occasion"):
                return known
            if event.type == "Meeting" and known.type in ("Meeting", "Summit"):
                return known
            if event.type == known.type == "Event" and "ceremony" in known.label.lower() and (
                    label == "ceremony" or label == known.label.lower()):
                return known
            if event.type == known.type and known.type in ("Summit", "PressBriefing"):
                return known  # 'The press conference was after ...' is the briefing told
            if event.type == known.type == "Event" and _celebrates(label, known.label.lower()):
                return known
        return None

    def _renumbered(self, mention: Mention) -> bool:
        """'... to attend the D-9 meeting in Lima on May 3.  The ninth summit marks ...': a
        numbered bare noun right after a meeting is named is that meeting, of the more specific
        type (a summit), planned or held."""
        event = mention.event
        for key, known in reversed(list(self.events.items())):
            if mention.sent - 1 <= self.sent_of[key] <= mention.sent and \
                    known.type in ("Meeting", "Summit") and event.type in ("Meeting", "Summit"):
                _merge(known, event)
                if event.type == "Summit":
                    known.type = "Summit"
                if known.label.lower() in _NOUNS:  # 'the meeting' → 'ninth summit'
                    known.label = event.label
                return True
        return False

    def _signing_sentence(self, index: int) -> tuple[Sent, int] | None:
        """The sentence reporting a signing nearest before (else after) sentence `index`."""
        sents = self.ctx.sents
        for j in [*range(index - 1, -1, -1), *range(index, len(sents))]:
            m = _SIGNED.search(sents[j].text)
            if m and _KIND_WORD.search(sents[j].text):
                return sents[j], m.start()
        return None

    def _signing_date(self, index: int) -> When | None:
        """The date of the nearest signing stated with one, searching back from `index`."""
        for j in range(index, -1, -1):
            view = self.ctx.sents[j]
            m = _SIGNING.search(view.text)
            date = when(view, m.start()) if m else None
            if date is not None:
                return date
        return None

    def _signing_ceremony(self, mention: Mention) -> Event | None:
        """'Addressing the event' / 'during the signing ceremony' with no event named before: the
        ceremony of the signing the article reports, at its date and place."""
        found = self._signing_sentence(mention.sent)
        if found is None:
            return None
        view, verb = found
        event = mention.event
        label = event.label
        if label.lower() in ("event", "occasion", "ceremony"):
            kind = _KIND_WORD.search(view.text)
            label = f"{kind.group(1) if kind else ''} signing {label}".strip()
        people = [r for r in view.refs("person") if r not in event.participants]
        return Event("Event", label, _inherit(self._signing_date(mention.sent)),
                     [*event.participants, *people], place_after(view, verb), event.evidence,
                     rule="event.signing-ceremony")

    def finish(self) -> list[Event]:
        held = [s for k, s in self.sent_of.items() if k not in self.witnessed]
        for key in [k for k in self.witnessed if k in self.events]:
            if held_within(self.ctx, self.sent_of[key], held):
                del self.events[key], self.sent_of[key]
            elif self.events[key].date is None or self.events[key].date.inherited:
                self.events[key].date = talks_day(self.ctx, self.sent_of[key]) or self.events[key].date
        for key in attending_guests(self.events, self.attributive):
            del self.events[key], self.sent_of[key]
        _merge_anonymous_visits(self.events)
        merge_same_meetings(self.events, self._time)
        merge_bare_meetings(self.events, is_bare, self._time)
        merge_ceremonies(self.events)
        month = When(self.ctx.article.published.strftime("%Y-%m"), inherited=True)
        episodes = episode_times(self.ctx)
        plans = plan_times(self.ctx, [(self.sent_of[k], e.date) for k, e in self.events.items()])
        for key, event in self.events.items():
            if event.date is None and plans[self.sent_of[key]] is not None:
                event.date = plans[self.sent_of[key]]
                event.confidence = min(event.confidence, confidence("event.plan-time"))
            if event.date is None and episodes[self.sent_of[key]] is not None:
                event.date = episodes[self.sent_of[key]]
                event.confidence = min(event.confidence, confidence("event.episode-time"))
            if event.date is None:
                event.date = month
                event.confidence = min(event.confidence, confidence("event.undated"))
        return list(self.events.values())


_CELEBRATED = {k: v for k, v in event_mapping("ceremony").items() if v}


def _celebrates(label: str, known: str) -> bool:
    """'the launching ceremony' is the ceremony of the launch already reported ('X was
    launched on Monday'), not a second event."""
    act = _CELEBRATED.get(label.removesuffix(" ceremony").strip())
    return act is not None and label.endswith("ceremony") and known.startswith(f"{act} of ")


_IS_CEREMONY_RE = re.compile(r"sign")


def _is_ceremony(event: Event) -> bool:
    label = event.label.lower()
    return label in _CEREMONY_LIKE or (event.type == "Event" and label.endswith("ceremony")
                                       and bool(_IS_CEREMONY_RE.search(label)))


def _placed(event: Event) -> Event | None:
    """'The documents were exchanged at a ceremony in Accra on Thursday', no signing reported: a
    ceremony with its own place and date is an event (GOLD_FORMAT: ceremonies)."""
    return event if event.date is not None and event.location is not None else None


def _merge_anonymous_visits(events: dict[tuple[str, str, str], Event]) -> None:
    """'the visit to China' without a visitor is the visit to China by the one visitor named;
    'the official visit', with neither, is the article's one visit by a named visitor."""
    for key in [k for k in events if k[0] == "visit" and not k[1]]:
        named = [k for k in events if k[0] == "visit" and k[1] and k[2] == key[2]]
        if not key[2] and not named:  # 'the official visit', no place: the article's one visit
            named = [k for k in events if k[0] == "visit" and k[1]]
        if len(named) == 1:
            kept, dropped = events[named[0]], events.pop(key)
            if kept.date is None or (dropped.date and len(dropped.date.value) > len(kept.date.value)):
                kept.date = dropped.date or kept.date
            if dropped.type == "StateVisit":
                kept.type = "StateVisit"
