"""Meetings stated by a verb: 'X met with Y', 'X held meetings with A, B and C' (one Meeting per
person met, GOLD_FORMAT), 'X held an audience with Y', 'X called on President Y', 'Y received a
courtesy call from X', 'the heads of the two countries met' (the
pair).  Split from event_meetings (meetings named by a noun), which calls verb_meetings first so
the noun rules skip the verbs' spans."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.event_call_lists import called_list
from coopkg.extract.event_clauses import Mention, event_words, location, people_between, when
from coopkg.extract.event_clauses import _apposition as apposition
from coopkg.extract.event_pair_people import pair_people
from coopkg.extract.event_subjects import subject as subject_of
from coopkg.extract.facts import Event, Ref
from coopkg.extract.lexicon import MONTH_NAMES
from coopkg.extract.lexicon import alternation as _alt
from coopkg.extract.match_starts import first_words, matches

# 'held talks with A and B', 'held consultations with A, B and C': one Meeting per person named
# (event_words held-with rows)
_MET = re.compile(r"\b(?:(?:held|hold|holds|had|have|has|will\s+hold)\s+(?:a\s+)?(?:series\s+of\s+|"
                  rf"separate\s+|several\s+|bilateral\s+)?(?:{_alt(event_words('held-with'))}|an\s+audience)"
                  r"\s+(?P<prep>with|between)\b"
                  r"|\bmeetings\s+(?P<prep2>between|with)\b|\b(?:met|meets)\s+(?:with\s+)?)")
# 'X called on Y', 'X paid a courtesy call on Y', and the host's side: 'Y received a courtesy call
# from X' (the call is a meeting of the two whoever is the subject)
_CALLED_ON = re.compile(r"\b(?:(?P<bare>called|calls|call)|"
                        r"(?:paid|pay|pays|paying)\s+(?:a\s+courtesy\s+(?:call|visit)|courtesy\s+(?:calls|visits)))"
                        r"\s+on\s+|\b(?:paid|pay|pays|paying)\s+(?:a\s+courtesy\s+(?:call|visit)|(?:courtesy\s+)?"
                        r"(?:calls|visits))\s+to\s+(?=(?:the\s+)?[A-Z])"  # 'paid visits to A, B'
                        r"|\b(?P<host>received|receives|receive)\s+a\s+courtesy\s+(?:call|visit)\s+from\s+")
_RUN = re.compile(r"[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)*")
# titles and determiners before a name: 'the visiting Prime Minister X'
_TITLED_GAP = re.compile(r"(?:(?:the|his|her|visiting|[A-Z][\w.\-’']*)\s+)*")


def verb_meetings(ctx: Doc, view: Sent) -> tuple[list[Mention], list[tuple[int, int]]]:
    """One Meeting per person met: 'X held meetings with A, B and C' → three meetings."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in matches(_MET, _MET_WORDS, view.text):  # = _MET.finditer
        end = _met_end(view.text, m.end())
        met = people_between(view, m.end(), end)
        between = m.group("prep") == "between" or m.group("prep2") == "between"
        subject, who = _between_subject(view, m.end(), met) if between else \
            subject_of(ctx, view, m.start())
        met = [p for p in met if p not in who]
        if met and not _object_near(view, m.end(), met[0]):
            met = []
        unnamed = _unnamed_counterpart(view, m, subject, who) if not met else None
        if unnamed is not None:
            out.append(unnamed)
            taken.append(m.span())
            continue
        holders = _office_holders(view, m, subject, who)
        out += holders
        if holders and not met:
            taken.append(m.span())
            continue
        if not met:
            who, met = _pair_before(view, m.start())
            subject = who[0].key if who else subject
        if not met:
            out += _pair_met(ctx, view, m)
            continue
        taken.append(m.span())
        for person in met:
            label = f"{subject} meeting with {person.key}".strip()
            out.append(Mention(Event("Meeting", label, when(view, m.start()), [*who, person],
                                     _met_where(view, m.end(), person), view.text, rule="event.met")))
    for m in _CALLED_ON.finditer(view.text):
        met = people_between(view, m.end(), m.end() + 60)[:1]
        subject, who = subject_of(ctx, view, m.start())
        if not met or not _called_gap(view, m.end(), met[0]):
            continue
        person_end = next(s.end for s in view.spans if s.ref == met[0] and s.start >= m.end())
        if m.group("bare") and _APPEAL.match(view.text, person_end):
            continue  # 'called on X to reopen the border': an appeal, no call paid
        for person in called_list(view, person_end, met[0]):  # one call per person called on
            label = f"{person.key} courtesy call on {subject}" if m.group("host") else \
                f"{subject} call on {person.key}"
            out.append(Mention(Event("Meeting", label.strip(),
                                     when(view, m.start()), [*who, person],
                                     _called_where(view, person_end), view.text, rule="event.met")))
    return out + _planned_pair(ctx, view), taken


# where the list of people met ends: 'met A and B in the presence of C and D' — the people
# present attend the meeting as witnesses or aides, they are not the ones met; 'met A, after a
# visit to Y by minister Z' — a trailing adverbial of another occasion (event_words
# sequence-preposition rows) names who made that one, not who was met
_MET_END = re.compile(r";|\s+where\s|,?\s+in\s+the\s+presence\s+of\s"
                      rf"|,\s+(?i:{_alt(event_words('sequence-preposition'))})\s")


def _met_end(text: str, pos: int) -> int:
    """Where the people met after position `pos` stop: a clause break, or the people only present."""
    end = _MET_END.search(text, pos)
    return end.start() if end else len(text)


_COUNTERPART = re.compile(r"(?:(?:his|her|their)\s+)(?:(?P<dem>[A-Z][\w\-]+)\s+)?counterparts?\b"
                          r"(?!\s*,?\s+(?:[A-Z]|the\b))")


def _unnamed_counterpart(view: Sent, m: re.Match[str], subject: str, who: list[Ref]) -> Mention | None:
    """'X met her Canadian counterpart in Ottawa on Monday': a meeting with a counterpart the
    text does not name, whose country the demonym gives."""
    found = _COUNTERPART.match(view.text, m.end())
    if found is None or not who:
        return None
    side = [s.ref for s in view.spans if s.ref.kind == "place" and found.group("dem")
            and s.start == found.start("dem")]
    return Mention(Event("Meeting", f"{subject} meeting with {found.group('dem') or ''} counterpart",
                         when(view, m.start()), [*who, *side], location(view, found.end()),
                         view.text, rule="event.met"))


# 'held talks with the foreign ministers of A, B and C': office holders the text names only by
# their countries
_HOLDERS_OF = re.compile(r"\s*(?:the\s+)?(?:[a-z]+\s+){0,2}(?:ministers|presidents|leaders|ambassadors|"
                         r"heads\s+of\s+(?:state|government|delegation)s?|delegations)\s+of\s+(?:the\s+)?")
_LIST_GAP = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _office_holders(view: Sent, m: re.Match[str], subject: str, who: list[Ref]) -> list[Mention]:
    """One Meeting per country whose office holder was met, when the text lists two or more
    countries after the holders' plural title (GOLD_FORMAT: one Meeting per party met)."""
    found = _HOLDERS_OF.match(view.text, m.end())
    if found is None or not who:
        return []
    sides: dict[Ref, Span] = {}
    pos = found.end()
    for span in sorted((x for x in view.spans if x.start >= pos), key=lambda x: x.start):
        if span.start != pos and not _LIST_GAP.fullmatch(view.text, pos, span.start) or \
                span.ref.kind != "place":
            break
        sides.setdefault(span.ref, span)
        pos = span.end
    if len(sides) < 2:
        return []
    return [Mention(Event("Meeting", f"{subject} meeting with {view.text[s.start:s.end]}",
                          when(view, m.start()), [*who, ref], None, view.text, rule="event.met"))
            for ref, s in sides.items() if ref not in who]


_TIME_WORD = re.compile(rf"(?:{MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# a lowercase office before the name is part of the gap: 'paid a courtesy call on head of state X'
_OFFICE_WORDS = _alt({w for t in event_words("head") for w in t.split()} | {"prime", "minister"})
_CALL_GAP = re.compile(rf"(?:(?:the|his|her|of|for|and|{_OFFICE_WORDS}|[a-z]+['’]s|[A-Z][\w.\-’']*|"
                       r"d['’][A-Z][\w\-]*),?\s+)*")  # "Cote d'Ivoire Foreign Minister X"
# 'called on X to <verb>' with a verb that is no act of a visit: an appeal to X
_APPEAL = re.compile(rf",?\s+to\s+(?!(?:{_alt(event_words('call-purpose'))})\b)[a-z]+\b")


def _called_gap(view: Sent, pos: int, ref: Ref) -> bool:
    """'called on the Foreign Minister of Nepal, H.E. X': the person called on follows the verb
    past titles, an 'of <country>' complement and honorifics."""
    first = next((s.start for s in view.spans if s.ref == ref and s.start >= pos), pos)
    return bool(_CALL_GAP.fullmatch(view.text[pos:first])) and not _TIME_WORD.match(view.text, pos)


_PAST_APPOSITION = re.compile(r",(?P<apposition>[^,;.]{3,90}),\s+(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+)?")


def _called_where(view: Sent, end: int) -> str | None:
    return location(view, end) or _place_right_after(view, end) or _place_past_apposition(view, end)


def _place_past_apposition(view: Sent, end: int) -> str | None:
    """'called on X, Minister of Foreign Affairs of Y, in Z': the place after the person's
    apposition of titles."""
    found = _PAST_APPOSITION.match(view.text, end)
    if found is None or not apposition(found.group("apposition")):
        return None
    place = next((s for s in view.spans if s.start == found.end()), None)
    return place.ref.key if place is not None and place.ref.kind == "place" else None


_PAIR_WILL = re.compile(r"\b(?:will|shall|are\s+(?:expected\s+|scheduled\s+|due\s+)?to|plan\s+to)\s+"
                        r"meet(?:\s+again)?\s+")


_PLANNED_PAIR_RE = re.compile(r"^the\s+", re.I)


def _planned_pair(ctx: Doc, view: Sent) -> list[Mention]:
    """'The two ministers will meet again in Hanoi in September': a planned meeting of the
    article's pair of countries counts only with its time stated (GOLD_FORMAT)."""
    out = []
    for m in _PAIR_WILL.finditer(view.text):
        pair = _PAIR_SUBJECT.search(view.text, 0, m.start())
        date = when(view, m.start())
        if pair is None or date is None or len(ctx.pair()) != 2 or not _NO_OBJECT.match(view.text, m.end()):
            continue
        who = _PLANNED_PAIR_RE.sub("", pair.group().strip())
        out.append(Mention(Event("Meeting", f"meeting of the {who}", date,
                                 [Ref("place", ctx.country_iri(c)) for c in ctx.pair()],
                                 location(view, m.end() - 1), view.text, rule="event.met")))
    return out


def _met_where(view: Sent, pos: int, person: Ref) -> str | None:
    """'met in Lima with X', or 'met <titles> X in Lima': the place right after the verb or
    right after the person met."""
    end = next((s.end for s in view.spans if s.ref == person and s.start >= pos), None)
    return location(view, pos) or (_place_right_after(view, end) if end is not None else None)


_PLACE_RIGHT_AFTER_RE = re.compile(r",?\s+(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+)?")


def _place_right_after(view: Sent, end: int) -> str | None:
    found = _PLACE_RIGHT_AFTER_RE.match(view.text[end:])
    place = next((s for s in view.spans if found and s.start == end + found.end()), None)
    return place.ref.key if place is not None and place.ref.kind == "place" else None


_LAST = r"(?:(?:also|have|had|last|previously|first|earlier|later)\s+)*"
_PAIR_SUBJECT = re.compile(
    rf"\b(?:the\s+)?(?:heads(?:\s+of\s+state)?|leaders|presidents|prime\s+ministers|foreign\s+"
    rf"ministers|ministers)\s+of\s+(?:the\s+)?(?:two|both)\s+(?:{_alt(event_words('pair-noun'))})"
    rf"\s+{_LAST}$|\b(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+"
    rf"ministers|heads\s+of\s+state|ministers)\s+{_LAST}$", re.I)


_NO_OBJECT = re.compile(r"(?:in|at|on|during|last|this|for|after|before|yesterday|today|again|"
                        r"twice|separately|briefly|privately|here|there)\b|[,.;]|$")


def _pair_met(ctx: Doc, view: Sent, m: re.Match[str]) -> list[Mention]:
    """'The heads of the two countries met in Z': a meeting of the article's pair of countries."""
    pair = _PAIR_SUBJECT.search(view.text, 0, m.start())
    if pair is None or not m.group().startswith("met") or len(ctx.pair()) != 2 \
            or not _NO_OBJECT.match(view.text, m.end()):
        return []  # 'the two ministers met investors' is a meeting with someone else
    who = re.sub(rf"^the\s+|\s+{_LAST}$", "", pair.group().strip() + " ", flags=re.I).strip()
    people = pair_people(ctx, view, pair.start(), who)
    return [Mention(Event("Meeting", f"meeting of the {who}", when(view, m.start()),
                          people or [Ref("place", ctx.country_iri(c)) for c in ctx.pair()],
                          location(view, m.end()), view.text, rule="event.met"))]


_ADVERBS = re.compile(r"\s+(?:(?:also|have|had|has|last|previously|first|earlier|later)\s+)*")


# 'A and B', 'A and Foreign Minister B', 'A and her Peruvian counterpart B', 'A and the Peruvian
# minister, B', 'A and Minister for Foreign Affairs of X B' (a title's 'of', 'for', 'the'): what may
# stand between the two names of a pair that meets
_PAIR_GAP = re.compile(r"\s+and\s+(?:(?:the|his|her|their)\s+(?:[A-Z][\w\-]*\s+)?"
                       rf"(?:{_alt(event_words('counterpart-noun'))}),?\s+)?"
                       r"(?:[A-Z][\w.\-’']*\s+(?:(?:of|for)\s+(?:the\s+)?)?)*")


def _pair_before(view: Sent, pos: int) -> tuple[list[Ref], list[Ref]]:
    """'A and B met in Beijing': the two people joined by 'and' right before the verb."""
    before = [s for s in view.spans if s.ref.kind == "person" and s.end <= pos]
    if len(before) >= 2 and _PAIR_GAP.fullmatch(view.text[before[-2].end:before[-1].start]) \
            and _ADVERBS.fullmatch(view.text[before[-1].end:pos].removeprefix(",")):  # 'B, met'
        return [before[-2].ref], [before[-1].ref]
    return [], []


_OBJECT_NEAR_RE = re.compile(r"[\"“”]")


def _object_near(view: Sent, pos: int, ref: Ref) -> bool:
    """The person met is named within a short noun phrase after the verb and on the same side of
    any quotation mark: in '"... a level that meets mutual interests," X said', X met no one."""
    first = next((s.start for s in view.spans if s.ref == ref and s.start >= pos), pos)
    gap = view.text[pos:first]
    words = len(gap.split()) - len(_WHERE_WHEN.match(gap).group().split())  # 'met in X on Monday 24 May with'
    return (words <= 12 or _TITLE_RUN.fullmatch(gap) is not None) and not _OBJECT_NEAR_RE.search(gap)


# the place and day a meeting is told with, between the verb and who was met
_WHERE_WHEN = re.compile(r"\s*(?:(?:in|at)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s+|"
                         r"on\s+(?:[A-Z][a-z]+|\d{1,2})(?:,?\s+(?:[A-Z][a-z]+|\d{1,4})){0,3}\s+)*")


# a long run of titles before a name met: 'the Deputy Prime Minister – Minister of Foreign Affairs of
# the Republic of X' is one noun phrase however many words it has
_TITLE_RUN = re.compile(r"(?:(?:the|of|for|and|[–—-]|[A-Z][\w.\-’']*),?\s+)*")


def first_is_right_after(view: Sent, pos: int, ref: Ref) -> bool:
    first = next((s.start for s in view.spans if s.ref == ref and s.start >= pos), pos)
    return bool(_TITLED_GAP.fullmatch(view.text[pos:first]))


def _between_subject(view: Sent, pos: int, met: list[Ref]) -> tuple[str, list[Ref]]:
    """'meetings between A and B, as well as with C': A is who met, whether or not A is a name
    the people component knew."""
    if met and first_is_right_after(view, pos, met[0]):
        return next((s.name for s in view.spans if s.ref == met[0]), met[0].key), met[:1]
    run = _RUN.match(view.text[pos:].lstrip())
    return (run.group(), []) if run else ("", [])


_MET_WORDS = first_words(_MET)  # its matches are tried only where these begin (match_starts.py)
