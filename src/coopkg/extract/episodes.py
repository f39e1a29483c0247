"""Episode time: when an undated sentence happened.  A visit story dates its lead once ('The
president on Wednesday landed in X') and then narrates the day without dates ('Upon his arrival
he inspected a guard of honour.  The reception was followed by a banquet.  The two leaders then
held talks.').  Such a sentence continues the time of the sentence before it when a sequence or
anaphora cue links them (lexicon/episode_cues.tsv: 'then', 'was followed by', 'on the occasion',
a definite 'the talks'); failing that, an undated past-tense sentence of the lead reports the
story's own episode and takes the story date (storydate.story_date).  A background sentence
('previously', 'since ...') or a plan ('will ...') has no episode time, and a sentence with a date
of its own is left to the rules that read its dates.  Events, agreements and count figures all
ask this module, so the three agree on the time of one episode."""

from __future__ import annotations

import re
from datetime import timedelta

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import When
from coopkg.extract.match_starts import first_match, first_words, matches
from coopkg.extract.memo import by_text
from coopkg.extract.occasion_refs import Told, referent, told_in
from coopkg.extract.storydate import RECENT_DAYS, SOURCE_ON, dateline_date, inherited, recent_day, story_date


def _cue(kind: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('episode_cues', kind))})\b", re.I)


_SEQUENCE = _cue("sequence")
# the occasions a definite description names again: the cue nouns and every meeting noun
_OCCASIONS = lexicon.words("episode_cues", "definite") | lexicon.words("event_words", "noun")
_DEFINITE = re.compile(rf"\b(?:the|this|that|his|her|their|its)\s+(?:[\w\-]+\s+){{0,3}}?(?:"
                       rf"{lexicon.alternation(_OCCASIONS)})\b", re.I)
# the bare definite occasion as subject, its verb next ('The talks focused on'); a modified or
# complemented one ('The 5th session of the X Commission was held ...') names an occasion anew
_RETOLD = re.compile(rf"(?:The|This|That)\s+(?:{lexicon.alternation(_OCCASIONS)})\s+(?!of\b)[a-z]")
_BACKGROUND = _cue("background")
_FUTURE = _cue("future")
_ONGOING = _cue("ongoing")
_APART = re.compile(rf"(?:{lexicon.alternation(lexicon.words('episode_cues', 'apart'))})\b", re.I)
_PAST = _cue("past")
_NOT_PAST = lexicon.words("episode_cues", "not-past")
_ED = re.compile(r"\b[a-z]{2,}ed\b")
_RELATIVE = re.compile(r"\b(?:that|which|who)\s+$", re.I)
# the words each cue list's matches begin with: the lists are matched only where those are
# (match_starts.py), as most of their words are in few sentences
_FUTURE_WORDS, _BACKGROUND_WORDS, _SEQUENCE_WORDS, _PAST_WORDS = (
    first_words(p) for p in (_FUTURE, _BACKGROUND, _SEQUENCE, _PAST))
LEAD_SENTENCES = 6

# one article's times and the episode times carried into each sentence, asked for by each component
_last: tuple[Doc, list[When | None], list[When | None]] | None = None


def episode_times(doc: Doc) -> list[When | None]:
    """Per sentence of `doc.sents`, the inherited episode time of an undated sentence, else None
    (a dated sentence, a background or future one, one outside any episode)."""
    return _episodes(doc)[1]


def _episodes(doc: Doc) -> tuple[Doc, list[When | None], list[When | None]]:
    global _last
    if _last is not None and _last[0] is doc:
        return _last
    story = story_date(doc) or recent_day(doc)
    times: list[When | None] = []
    carried: list[When | None] = []
    current: When | None = None  # the time of the episode being told
    lead = 0  # sentences with text seen so far
    told: list[Told] = []  # the occasions told so far, with their dates
    published = doc.article.published.isoformat()
    for sent in doc.sents:
        text = sent.text
        carried.append(current)
        if not text.strip():
            times.append(None)
            continue
        lead += 1
        time, current = _time(sent, current, story if lead <= LEAD_SENTENCES else None, published, told)
        times.append(time)
        told += told_in(sent, time, published, dateline_date(sent))
    _last = (doc, times, carried)
    return _last


def time_of(doc: Doc, sent: Sent) -> When | None:
    """The episode time of one sentence of `doc` (None for a sentence not in it)."""
    index = next((i for i, s in enumerate(doc.sents) if s is sent), None)
    return episode_times(doc)[index] if index is not None else None


def running_day(doc: Doc, sent: Sent) -> When | None:
    """The day of the recent episode being told when `sent` comes, whether or not `sent` goes on
    with it: an undated amount or count the episode agreed or planned ('Tokyo promised $5m on
    Thursday. ... Japan will also provide $1m for X') is stated as of that day, which is sharper
    than the paper's month.  Inherited; None for an episode told at a coarser time or more than
    RECENT_DAYS before publication, or after an opening that tells another matter ('Separately,
    ...')."""
    index = next((i for i, s in enumerate(doc.sents) if s is sent), None)
    if _APART.match(sent.text.lstrip()):
        return None
    running = _episodes(doc)[2][index] if index is not None else None
    if running is None or len(running.value) < 10:
        return None
    earliest = doc.article.published - timedelta(days=RECENT_DAYS)
    return inherited(running) if running.value >= earliest.isoformat() else None


def _time(sent: Sent, current: When | None, story: When | None, published: str,
          told: list[Told]) -> tuple[When | None, When | None]:
    """(this sentence's episode time, the episode time carried on to the next sentence).  A
    dated sentence starts a new episode at its first date of at least a month, unless it tells a
    plan ('will build an action plan for 2030'); a bare year is background ('trade was $3bn in
    2002', 'cancelled in 1995'): what comes next still continues the episode before it."""
    text = sent.text
    if sent.dates and not _all_quoted(sent) and _all_relative(sent):
        return (inherited(current) if current is not None else None), current
    if sent.dates and not _all_quoted(sent):
        if current is not None and _retold(sent):
            return None, current
        filed = dateline_date(sent)  # the day the story was filed, not one of the episode's
        held = [d.when for d in sent.dates if d is not filed or len(sent.dates) == 1
                if len(d.when.value) >= 7 and d.when.value <= published[:len(d.when.value)] and
                not reacted_to(text, d.start) and not SOURCE_ON.search(text, 0, d.start)]
        if held or sent.dates[0] is filed:
            return None, held[0] if held and not is_future(text) else current
        if _background(text):
            return None, current  # 'trade was $3bn in 2002': background, the episode goes on after it
        # only years or days ahead ('trade last year was $9bn,' he said during the talks): they
        # date what was said, so the sentence's narration is read as an undated one's
    if _background(text):
        return None, None
    if _narrated_future(text):
        return None, current
    again = referent(text, told)  # 'On X's visit, ...' after a background paragraph: the visit's
    if again is not None:
        return inherited(again), again
    if _now_after(text, current, story):
        return story, story
    if current is not None and linked(text):
        return inherited(current), current
    if story is not None and (past(text) or _ONGOING.search(text)):
        return story, story
    return None, current


# 'X welcomed Chile's ratification of the FTA in February': the date is the ratification's
_REACTIONS = lexicon.alternation(lexicon.words("episode_cues", "reaction"))
_NOMINALS = lexicon.alternation(lexicon.words("episode_cues", "nominal"))
_REACTED_TO = re.compile(rf"\b(?:{_REACTIONS})\s+(?:[\w’'\-]+\s+){{0,3}}?(?:{_NOMINALS})\b[^,;.]*$", re.I)


def reacted_to(text: str, date_start: int) -> bool:
    """A date told after a verb of reacting and the noun of the occasion reacted to, in one
    clause, dates that occasion: the sentence's own time is the episode's."""
    return _REACTED_TO.search(text, 0, date_start) is not None


_QUOTE = re.compile(r"[\"“][^\"”]{8,}(?:[\"”]|$)")


def _all_quoted(sent: Sent) -> bool:
    """'Speaking at a ceremony, X said: "Trade grew from $2m in 2011 to $3m in 2016."': dates
    inside the quoted words are the speaker's matter; the narration around them is undated."""
    if '"' not in sent.text and "“" not in sent.text:
        return False
    spans = [m.span() for m in _QUOTE.finditer(sent.text)]
    return all(any(a <= d.start < b for a, b in spans) for d in sent.dates)


# ', which came into force in July 2024': a clause that tells of another thing's history
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|whose)\s[^,;]*$")


def _all_relative(sent: Sent) -> bool:
    """'Speaking after the talks, A and B backed the pact, which came into force in July 2024':
    a date inside a relative clause dates the thing the clause is about, not the narration."""
    if ", which" not in sent.text and ", whose" not in sent.text:
        return False
    return all(_RELATIVE_CLAUSE.search(sent.text, 0, d.start) for d in sent.dates)


def _now_after(text: str, current: When | None, story: When | None) -> bool:
    """'X, who is also defence minister, is on a one-day visit to Y, during which he met Z' after
    a paragraph on April's elections: a journey still under way is told in the present of the
    story, so it cannot go on with an episode from a month before the story's."""
    if story is None or current is None or not _ONGOING.search(text):
        return False
    return current.value < story.value[:len(current.value)]


def _retold(sent: Sent) -> bool:
    """'The meeting focused on trade, the agreements reached during the summit in May, ...': a
    sentence whose bare subject is the occasion being told ('The meeting', 'The talks') and whose
    dates all come after its first clause goes on telling that occasion; its dates belong to
    the things it talks about, and the episode keeps its time."""
    opening = _RETOLD.match(sent.text)
    comma = sent.text.find(",")
    return opening is not None and 0 <= comma < sent.dates[0].start


# 'He expressed his gratitude ...': a sentence whose subject is a person named before goes on
# with that person's scene
_PERSON_PRONOUN = re.compile(r"(?:He|She)\s")


@by_text  # a sentence's tense and cues are asked again by each component and article
def linked(text: str) -> bool:
    """A sequence cue ('then', 'upon his arrival') or a definite reference to an occasion already
    told ('the ceremony', 'the two leaders', 'during his three-day visit') ties the sentence to
    the one before."""
    return bool(first_match(_SEQUENCE, _SEQUENCE_WORDS, text) or _DEFINITE.search(text) or
                _PERSON_PRONOUN.match(text))


# 'The committee will speed up X, said the minister, following talks with Y': a future before a
# speech tag is what was said; the narration is the tag's past
_SAID_PAST = [w for w in lexicon.words("speech_verbs")
              if " " not in w and (w.endswith("ed") or w in ("said", "told"))]
_TAGGED_AFTER = re.compile(rf",\s+(?:[\w\-.’']+\s+){{0,10}}?(?:{lexicon.alternation(_SAID_PAST)})\b")


@by_text
def is_future(text: str) -> bool:
    """A plan in the main clause ('will attend', 'is scheduled to'); a future inside a relative
    clause ('a visit that will see him ...') leaves the main clause's time alone."""
    return any(not _RELATIVE.search(text[:m.start()]) for m in matches(_FUTURE, _FUTURE_WORDS, text))


@by_text
def _background(text: str) -> bool:
    """A background cue ('previously', 'since ...'); kept by the text, as `_narrated_future`."""
    return first_match(_BACKGROUND, _BACKGROUND_WORDS, text) is not None


@by_text  # speed only: asked of each sentence of each article, and most sentences recur in a corpus
def _narrated_future(text: str) -> bool:
    """A plan the narration itself tells; one before a speech tag ('X will Y, said Z, following
    talks with W') was said, and the narration around it is past (a plan announced that way is
    still a plan for `plan_times`)."""
    return any(not _RELATIVE.search(text[:m.start()]) and not _TAGGED_AFTER.search(text, m.end())
               for m in matches(_FUTURE, _FUTURE_WORDS, text))


@by_text
def past(text: str) -> bool:
    """A past-tense verb: an irregular one from the lexicon or a lowercase -ed form."""
    return bool(first_match(_PAST, _PAST_WORDS, text)) or \
        any(m.group() not in _NOT_PAST for m in _ED.finditer(text))


def plan_times(doc: Doc, stated: list[tuple[int, When | None]]) -> list[When | None]:
    """Per sentence, the time of the plan an undated sentence about the future goes on telling.
    An announcement dates its visit once ('X will pay a state visit to Y from 12 to 14 June')
    and then lists what is planned without dates ('During the visit, X will hold talks with Z.
    The two leaders will hold a joint press conference.'): those events happen within the
    visit, not at publication.  `stated` holds (sentence, own date) of the article's events; an
    event dated ahead of publication in a sentence about the future starts a plan, and the rest
    of that sentence and each later future sentence take the plan's time."""
    published = doc.article.published.isoformat()
    starts: dict[int, When] = {}
    for index, when in stated:
        if when is not None and _ahead(when, published) and is_future(doc.sents[index].text):
            starts.setdefault(index, when)
    times: list[When | None] = []
    plan: When | None = None
    for index, sent in enumerate(doc.sents):
        plan = starts.get(index, plan)
        times.append(inherited(plan) if plan is not None and is_future(sent.text) else None)
    return times


def _ahead(when: When, published: str) -> bool:
    """A stated time still to come: a later day, or this month or a later one ('later this
    month'); the day of publication ('this afternoon') is news of the day, no plan."""
    if when.inherited or len(when.value) < 7:
        return False
    if len(when.value) == 10:
        return when.value > published
    return when.value >= published[:len(when.value)]


def recent_episode(doc: Doc, sent: Sent) -> When | None:
    """The time of the episode an undated sentence continues, when it lies in the fortnight
    before publication: the occasion the sentences before told, whose remarks the sentence goes
    on reporting; an older one is background the speech need not belong to."""
    episode = time_of(doc, sent)
    earliest = (doc.article.published - timedelta(days=RECENT_DAYS)).isoformat()
    return episode if episode is not None and episode.value >= earliest[:len(episode.value)] else None
