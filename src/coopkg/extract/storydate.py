"""When something was said, if the sentence does not say: news reports speech from the story's
event, so an undated statement takes the date of the occasion its speech clause names ('said at
the signing ceremony' → the day the signing is reported), else the story date — the dated
dateline ('CITY, Month D —'), else the latest day-precise date of the lead (the event the lead
reports, 'signed on Tuesday', 'visited X on December 2', after the arrival the day before).
Dates so found are inherited."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from coopkg.extract import lexicon
from coopkg.extract.dates import DateMention
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_futures import told_ahead
from coopkg.extract.facts import When
from coopkg.extract.occasion_refs import RELATIVE_TO, referent, told_in

_OCCASIONS = {row[0]: row[1].split("|") for row in lexicon.rows("speech_occasions")}
_OCCASION = re.compile(r"\b(?:at|during|after|addressing|on\s+the\s+sidelines\s+of)\s+(?:the|a|an|"
                       r"this|that)\s+(?P<np>(?:[\w\-]+\s+){0,4}?(?:" +
                       lexicon.alternation(frozenset(_OCCASIONS)) + r"))\b", re.I)
# 'NAIROBI, May 2', 'Lima, Peru, May 2', 'New Delhi [India], May 2', 'Geneva (UN), May 2.',
# 'CAIRO – 2 May 2024:': the place, with its country or the agency after a comma or in brackets,
# then the date, as agencies write it
_DATELINE = re.compile(r"^[A-Z][\w .'’\-]{1,40}?(?:\s*(?:\[[A-Z][\w .'’\-]{1,30}\]|"
                       r"\([A-Z][\w .'’\-]{0,30}\)))?(?:,\s*[A-Z][\w .'’\-]{1,30}?)?(?:[,.]|\s+[–—])?\s*$")
# after the date: the agency in brackets or slashes ('(Xinhua) --', '(EFE).-', '. /TASS/.'), then a
# dash, a colon or the line's end; or the bracketed agency and the lead at once ('(ACN) Officials')
_AGENCY = r"(?:\([^)]*\)|\.?\s*/[A-Z][\w\-]{1,20}/)"
_AFTER_DATELINE = re.compile(rf"^\s*(?:{_AGENCY})?\.?\s*(?:[-–—:]|$)|"
                             r"^\s*\([A-Z][\w .\-]{0,30}\)\s+(?=[A-Z])")
_LONE_DATELINE = re.compile(rf"\s*(?:{_AGENCY})?\s*[-–—:.]*\s*")
_ENDS_DATELINE = re.compile(r",\s*$")  # 'Lusaka (ZNA), May 2.': closed by a period after a comma
_PLACE_AFTER = re.compile(r"\s*[-–—]\s*[A-Z][\w .'’\-]{1,40}?(?:,\s*[A-Z][\w .'’\-]{1,30}?)?\s*[-–—:]")
_CREDIT_BEFORE = re.compile(r"^[A-Z][\w .'’\-]{1,40}?,?\s*\([^()]{2,80}?[-–—]\s*$")
_LEAD_SENTENCES = 4
# '..., the ministry said on Tuesday', '..., according to a media release on Saturday': the day of
# the report, not of what it reports
# 'According to the foreign ministry on Friday, X met Y': the day the source told it, not the
# episode's
SOURCE_ON = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?(?:[\w\-’']+\s+){1,5}?(?:on\s+)?$")
_REPORTED_ON = re.compile(rf"\b{lexicon.word_pattern('speech_verbs')}\s*$|"
                          rf"\b{lexicon.word_pattern('speech_channels')}"
                          r"s?\s+(?:(?:issued|released|published|posted|sent)\s+)?(?:on\s+)?$|"
                          rf"{SOURCE_ON.pattern}", re.I)
_OPENING_SENTENCES = 6
_LOOK_BACK = 8
_ANY_DAY = "9999"  # an occasion told with any date is one a later speech can be made at


def inherited(when: When | None) -> When | None:
    return replace(when, inherited=True) if when else None


def story_date(doc: Doc) -> When | None:
    """The dated dateline, else the lead's latest day-precise past date (not inside a quote): a
    lead narrates up to the story's day ('arrived on Thursday ... met on Friday')."""
    sents = [s for s in doc.sents if s.text.strip()]
    filed = dateline_date(sents[0]) if sents else None
    if filed is not None:
        # a dateline on a line of its own leaves the lead to the next sentence
        lead = sents[:1] + [s for s in sents[1:3] if not _CREDIT_LINE.fullmatch(s.text.strip())][:1] \
            if _LONE_DATELINE.fullmatch(sents[0].text[filed.end:]) else sents[:1]
        day = filed.when.value if len(filed.when.value) == 10 else doc.article.published.isoformat()
        own = [d for sent in lead for d in sent.dates if d is not filed and _lead_date(sent, d, day)]
        # 'CITY, May 2 - A and B on Monday agreed ...': the lead's own day is the event's
        return inherited(max(own, key=lambda d: d.when.value).when if own else filed.when)
    paragraphs = sorted({s.sentence.paragraph for s in sents})[:2]
    lead = [s for s in sents if s.sentence.paragraph in paragraphs][:_LEAD_SENTENCES]
    published = doc.article.published.isoformat()
    # a lead without a date (a byline, a one-line lead) leaves the story's day to the next
    # sentences: 'X disclosed this in a statement on Sunday'
    found = [(sent, d) for sent in lead + [s for s in sents[:_OPENING_SENTENCES] if s not in lead]
             for d in sent.dates if _lead_date(sent, d, published)]
    # '..., the ministry said on Tuesday': the day of the report, the event's own day if given
    events = [d for sent, d in found if not _REPORTED_ON.search(sent.text[: d.start])]
    first = max(events, key=lambda d: d.when.value) if events else found[0][1] if found else None
    return inherited(first.when) if first else None


RECENT_DAYS = 14
_STORY_DAYS = 60


def recent_day(doc: Doc) -> When | None:
    """With no story date, the latest day the article dates in the fortnight before it was
    published ('the two ministers met in Dakar on Thursday', "at Tuesday's talks" further
    down): speech reported
    without a date of its own is most likely from that day's occasion, and a day within the
    publication month is no worse than the month itself."""
    published = doc.article.published
    earliest = (published - timedelta(days=RECENT_DAYS)).isoformat()
    days = [d.when.value for sent in doc.sents for d in sent.dates
            if len(d.when.value) == 10 and earliest <= d.when.value <= published.isoformat()
            and not _quoted(sent.text[: d.start]) and "week" not in sent.text[d.start:d.end]
            and not (d.when.value < published.isoformat() and told_ahead(sent.text, d.start))]
    return When(max(days), inherited=True) if days else None


def dateline_date(sent: Sent) -> DateMention | None:
    """The date of a dateline opening `sent` ('NAIROBI, May 2 —'): the day the story is filed,
    not a date of what the sentence reports."""
    for d in sent.dates[:1]:
        before, after = sent.text[: d.start], sent.text[d.end:]
        if _placed_date(before, after) or _credited_date(before, after) or \
                not before.strip() and len(d.when.value) == 10 and (
                    _DASHED_LEAD.match(after) or _CREDITED_LEAD.match(after)):
            return d  # 'Wednesday, May 5, 2021 – Text': a dated lead with no place
    return None


_DASHED_LEAD = re.compile(r"\s*[-–—]+\s+(?=[A-Z])")
# 'Trend:', 'Andina --': an agency's credit on a line of its own between a dateline and the lead
_CREDIT_LINE = re.compile(r"[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2}\s*[:\-–—]*")
# 'MOSCOW. June 14 (Interfax) - Text': the place's full stop split it off; the agency credit and the
# dash still make the day a dateline
_CREDITED_LEAD = re.compile(rf"\s*(?:{_AGENCY})\.?\s*[-–—]+\s+(?=[A-Z])")


def _placed_date(before: str, after: str) -> bool:
    """'Place, May 2 —' / 'May 2, 2024 - Place, Country -': a place next to the date."""
    if not before.strip():
        return bool(_PLACE_AFTER.match(after))
    closed = after.strip() == "."  # 'May 2.' ends a dateline only after 'Place,'
    return bool(_DATELINE.match(before)) and (
        bool(_AFTER_DATELINE.match(after)) and not closed or closed and bool(_ENDS_DATELINE.search(before)))


def _credited_date(before: str, after: str) -> bool:
    """'PLACE, (AGENCY - Outlet - May 2, 2024) Text': the date closing the bracketed credit."""
    return bool(_CREDIT_BEFORE.match(before)) and after.lstrip().startswith(")")


def _quoted(before: str) -> bool:
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_LEAD_DATE_RE = re.compile(r"\bweek\b|['’]s$")


def _lead_date(sent: Sent, d: DateMention, published: str) -> bool:
    """A day of the lead that can be the story's: past, recent (a lead's 'established ties on
    May 4, 1992' is background), not quoted, not a week or a possessive ('Monday's talks')."""
    surface = sent.text[d.start:d.end]
    earliest = (date.fromisoformat(published) - timedelta(days=_STORY_DAYS)).isoformat()
    return len(d.when.value) == 10 and earliest <= d.when.value <= published and \
        not _quoted(sent.text[: d.start]) and \
        not _LEAD_DATE_RE.search(surface + sent.text[d.end:d.end + 2]) and \
        not (d.when.value < published and told_ahead(sent.text, d.start))


def occasion_date(frame: str, earlier: list[Sent]) -> When | None:
    """'said at the signing ceremony' → the date of the latest earlier sentence (of the last
    few) that reports that occasion ('signed the treaty on October 17')."""
    m = _OCCASION.search(frame)
    if not m:
        return None
    told = [t for sent in earlier for t in told_in(sent, None, _ANY_DAY, dateline_date(sent))]
    again = referent(frame, told)  # 'speaking during the visit' after a background visit of 2019
    if again is not None:
        return inherited(again)
    nouns = [w.lower() for w in m.group("np").split() if w.lower() in _OCCASIONS]
    cues = {cue for noun in nouns for cue in _OCCASIONS[noun]}
    pattern = _cue_pattern(tuple(sorted(cues)))
    for sent in reversed(earlier[-_LOOK_BACK:]):
        hits = [c.start() for c in pattern.finditer(sent.text)
                if not RELATIVE_TO.search(sent.text, max(0, c.start() - 40), c.start())]
        dated = [d for d in sent.dates if len(d.when.value) >= 7]
        if hits and dated:
            nearest = min(dated, key=lambda d: min(abs(d.start - h) for h in hits))
            return inherited(nearest.when)
    return None


@lru_cache(maxsize=256)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """Speed only: the occasion's cue words as one pattern, compiled once per set of cues."""
    return re.compile(rf"\b(?:{'|'.join(cues)})", re.I)
