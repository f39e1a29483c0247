"""Figures that count rather than cost: signed documents ('inked 11 new cooperation deals'),
things cooperation produces or involves ('14 colleges', 'over 21,000 students', 'eight major
companies') and physical quantities of a flow ('a capacity of 4 million tonnes a year'); ranks
('among the top 10') are read in figure_ranks.py.  Count nouns and units are lexicon rows
(count_nouns.tsv, measure_units.tsv); time units and ranks are not counts."""

from __future__ import annotations

import re
from functools import lru_cache

from coopkg.extract import lexicon
from coopkg.extract.agreement_documents import one_and_another
from coopkg.extract.agreement_pairs import described_pairs
from coopkg.extract.cues import words
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.episodes import reacted_to, running_day, time_of
from coopkg.extract.facts import Figure, When
from coopkg.extract.figure_compared import beside, beside_figures
from coopkg.extract.figure_context import clause, countries, cue_pattern, indicator, paragraph_date, period
from coopkg.extract.figure_coordinated import coordinated, has_coordinated
from coopkg.extract.figure_delegations import find_delegations
from coopkg.extract.figure_given import find_given
from coopkg.extract.figure_guards import own_goal, range_end
from coopkg.extract.figure_labels import document_label, done_by, predicate, substance
from coopkg.extract.figure_lengths import find_lengths
from coopkg.extract.figure_nationals import find_nationals
from coopkg.extract.figure_numbers import DIGITS, NUMBER_WORD, NUMBER_WORDS, number_value
from coopkg.extract.figure_partners import find_allies, find_allies_count, find_partners
from coopkg.extract.figure_parts import among_participants
from coopkg.extract.figure_ranks import find_ranks
from coopkg.extract.figure_splits import split_part
from coopkg.extract.figure_standing import standing_now
from coopkg.extract.figure_terms import find_terms
from coopkg.extract.figure_totals import find_totals
from coopkg.extract.memo import by_text
from coopkg.extract.sentence_gates import needs
from coopkg.extract.storydate import dateline_date

_NOUNS = {r[0].lower(): (r[1], r[2]) for r in lexicon.rows("count_nouns")}
_UNITS = {r[0].lower(): r[1] for r in lexicon.rows("measure_units")}
_POWER = frozenset(r[0].lower() for r in lexicon.rows("measure_units") if r[2:] == ("power",))
_SCALES = {word: int(value) for word, value in lexicon.mapping("scales").items() if len(word) > 2}
# 'half a million tourists': a half only before a scale word
_HALF = r"half\s+an?(?=\s+(?:million|billion|thousand|dozen)\b)"
_NUMBER = rf"(?<![\w$€£¥₹.,%-])(?<![$€£¥₹]\s)(?P<num>{DIGITS}|{_HALF}|{NUMBER_WORD})(?![\d,]|[-–]\d)" \
          rf"(?:\s+(?P<scale>{lexicon.alternation(list(_SCALES))}))?"
# the rate may follow what is measured: '40,000 barrels of crude per day', 'tonnes of grain a month'
QUANTITY = re.compile(rf"{_NUMBER}(?:\s*|-)(?P<unit>{lexicon.alternation(list(_UNITS))})(?![\w-])"
                      r"(?:(?:\s+of\s+[a-z]+(?:\s+[a-z]+){0,2}?)?\s+(?:per|a|an)\s+"
                      r"(?P<per>year|annum|day|month)\b)?", re.I)
# a determiner before the number means the things were named or counted already ('the two
# universities'), 'between two universities' names the two parties of a relation; 'top'/'No.'
# make it a rank; a time unit or currency among the modifiers makes
# it no count of those nouns ('5 years of projects', '3 billion dollar projects')
_DETERMINED = re.compile(r"\b(?:the|these|those|both|its|their|our|his|her|all|first|last|top|between|"
                         r"no\.)\s+$", re.I)
# a preposition ends the modifiers: '5 billion in contracts', '100 million to projects' are sums
# spent on the things, not counts of them; a number is no modifier either but a count of its own
# ('the two sides signed five agreements': 'two' counts the sides, 'five' the agreements)
_NOT_MODIFIER = (r"(?:of|the|a|an|than|in|for|to|from|on|into|through|via|by|with|under|at|over|across|"
                 r"years?|months?|days?|weeks?|hours?|times?|per|percent|"
                 r"\d[\d,.]*|" + lexicon.alternation(list(_SCALES)) + "|" +
                 lexicon.alternation([w for w in NUMBER_WORDS if w not in _SCALES]) + "|" +
                 lexicon.alternation([c for c in lexicon.mapping("currencies") if c[:1].isalpha()])
                 + ")")
# a modifier may stand in quotes ('five “landmark” agreements'): the writer's or a speaker's word
COUNT = re.compile(rf"{_NUMBER}\s+(?P<mods>(?:(?!{_NOT_MODIFIER}\s)[\w’'‘“”\"/-]+\s+){{0,3}}?)"
                   rf"(?P<noun>{lexicon.alternation(list(_NOUNS))})(?![\w-])", re.I)
SIGN_VERB = re.compile(rf"\b(?:{lexicon.alternation(list(lexicon.words('signing_verbs')))})\b", re.I)
_TAIL_STOP = re.compile(rf"[,;:.()—–]|\s-\s|\s(?:and|but|while|which|whereas|as well as|since|"
                        rf"during|last|this|next|worth|valued|totalling|totaling|amounting|costing)\s|\s\d|"
                        rf"\s{cue_pattern('approx')}", re.I)


# 'SR 10 billion for projects', 'USD 5 million in loans': the number is an amount of money
_PRICED = re.compile(r"(?-i:\b(?:" + lexicon.alternation(
    [*lexicon.mapping("currency_prefixes"), *(c.upper() for c in lexicon.mapping("currencies")
                                              if len(c) == 3 and c.isalpha())]) + r"))\.?\s$")
_PART = re.compile(r"\b(?:including|includ(?:es|ed)|among\s+(?:them|which|those)|of\s+which|such\s+as|"
                   r"namely)\b", re.I)
_UNIT_HEADS = frozenset(w.split()[-1] for w in _UNITS)
_HEADS = frozenset(w.split()[-1] for w in _NOUNS) | _UNIT_HEADS
_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*")


def find_counts(ctx: Doc, view: Sent, previous: Sent | None) -> list[Figure]:
    """Only sentences with a number and a count noun or unit are searched (most have none: this
    keeps the component fast)."""
    heads = _count_heads(view.text)
    out = _counts(ctx, view, previous) if heads else []
    if heads and "number of" in view.text.lower():
        out += [*_numbered(ctx, view), *find_totals(ctx, view)]
    if heads & _UNIT_HEADS:
        out += _quantities(ctx, view)
    numbered = [*find_nationals(ctx, view), *find_lengths(ctx, view)] if has_digit(view.text) else []
    out = [*out, *_cued(ctx, view), *numbered]
    return out + find_allies_count(ctx, view, out)


@by_text
def _count_heads(text: str) -> frozenset[str]:
    """The last words of count nouns and units that `text` holds as words, where it may hold a
    number.  Speed only: read off the text alone, asked of every sentence of every article."""
    return _HEADS.intersection(_TOKEN.findall(text.lower())) if _has_number(text) else frozenset()


@needs("find_given", "find_ranks", "find_terms", "find_delegations", "find_partners", "find_allies")
def _cued(ctx: Doc, view: Sent) -> list[Figure]:
    """Speed only: the six finders gated as one (each answers [] without one of its patterns'
    cues, so a sentence without any of their cues skips all six calls at once); same answers in
    the same order as the six calls.  `find_nationals` and `find_lengths`, whose patterns have
    no cues, are asked only of a sentence with a digit: both answer [] without one."""
    return [*find_given(ctx, view), *find_ranks(ctx, view), *find_terms(ctx, view),
            *find_delegations(ctx, view), *find_partners(ctx, view), *find_allies(ctx, view)]


_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = frozenset(NUMBER_WORDS)
_WHOLE_WORDS = all(re.fullmatch("[a-z]+", w) for w in _NUMBER_WORDS)


@lru_cache(maxsize=4096)
def has_digit(text: str) -> bool:
    """Whether `text` holds a digit (re's `\\d`): amounts and counts both ask it of each sentence,
    and a scan of a long sentence without one costs far more than a lookup."""
    return _DIGIT.search(text) is not None


def _has_number(text: str) -> bool:
    """Whether COUNT or QUANTITY could match: both begin with a number, digits or a number word
    (number_words.tsv) that stands as a word of its own ('twenty-five' is two), so a sentence
    with neither is not scanned."""
    if has_digit(text) or not _WHOLE_WORDS:
        return True
    found = words(text)
    return found is None or not _NUMBER_WORDS.isdisjoint(found)


def _in_date(view: Sent, start: int, end: int) -> bool:
    return any(d.start < end and start < d.end for d in view.dates)


def _value(m: re.Match[str]) -> float | None:
    value = 0.5 if m.group("num").lower().startswith("half") else number_value(m.group("num"))
    if value is None:
        return None
    return value * _SCALES.get((m.group("scale") or "").lower(), 1)


def _counts(ctx: Doc, view: Sent, previous: Sent | None) -> list[Figure]:
    out = []
    counted = -1  # the end of the last count of documents in the sentence
    found = list(COUNT.finditer(view.text))
    for i, m in enumerate(found):
        value = _value(m)
        unit, kind = _NOUNS[" ".join(m.group("noun").lower().split())]
        if value is None or _not_counted(view, m, value, kind):
            continue
        near = beside(view, m.span(), found[i + 1].start() if i + 1 < len(found) else len(view.text))
        others = (m.span(), *(at for at, _, _ in near)) if near else ()
        if kind == "document":
            if not (SIGN_VERB.search(view.text) or _DOCUMENTED.search(view.text)) or \
                    (counted >= 0 and _PART.search(view.text, counted, m.start()) and
                     not has_coordinated(view.text, m)):
                continue  # 'five agreements, including three memoranda': the three are of the five,
                # but a breakdown by kind ('including two A, 15 B and 18 C agreements') counts each
            if value in (described_pairs(view.text, m.end("noun")), len(one_and_another(view.text))):
                continue  # 'two agreements: one between A and B, another ...': each told as its own signing
            counted = m.end()
            start, end = _signing_period(ctx, view, m.span(), previous, others)
            figure = Figure(document_label(view, m), value, unit, countries(ctx, view), start, end, None,
                            view.text, rule="figure.count")
        else:
            start, end = period(ctx, view, m.span(), others=others)
            if start is None:  # 'The leaders then inaugurated 14 projects': the episode's time
                start = end = time_of(ctx, view)
            if start is None:  # '800 firms operate in Peru': the standing on the paper's day
                start, end = standing_now(ctx, view.text, m.end()) or (None, None)
            figure = Figure(_what(view, m), value, unit, countries(ctx, view), start, end,
                            None, view.text, rule="figure.count")
        out += [figure, *beside_figures(ctx, view, figure, m.span(), near),
                *coordinated(view.text, m, figure)]
    return out


_HARM = re.compile(cue_pattern("harm"), re.I)
_DOCUMENTED = re.compile(cue_pattern("documented"), re.I)


def _not_counted(view: Sent, m: re.Match[str], value: float, kind: str) -> bool:
    """No count: one thing, or two ('two companies won the tender': the parties of a relation,
    not a measure of it); things already named ('the 200 students'); a number in a date or
    after a currency code; people or things harmed ('20 workers were killed', '12 schools
    destroyed'), which news reports as casualties, not as cooperation."""
    text = view.text
    if kind == "finance" and m.group("scale"):
        return True  # '(100 million soft loans and 40 million grant)': a sum in the amount's currency
    if value < 2 or (value < 3 and kind == "thing") or _DETERMINED.search(text[:m.start()]) or \
            _in_date(view, m.start(), m.end("num")) or _PRICED.search(text, max(0, m.start() - 6), m.start()):
        return True
    if range_end(text, m.start()) or among_participants(text, m.start()) or split_part(text, m.start()):
        return True  # 'between 200 and 300 students'; '40 rectors are among the participants' (figure_parts)
    start, end = clause(text, m.start())
    return kind != "document" and _HARM.search(text, start, end) is not None


# 'the number of Chinese tourists', 'the number of joint ventures': up to three modifiers
_NUMBER_OF = re.compile(rf"\bnumber\s+of\s+(?:(?!{_NOT_MODIFIER}\s)[\w’'-]+\s+){{0,3}}?"
                        rf"(?P<noun>{lexicon.alternation(list(_NOUNS))})(?![\w-])", re.I)
# the value the number is said to have; 'by' gives the change ('increased by 300'), no count
_BARE = re.compile(rf"\b(?:from|to|at|reach(?:ed|es)?|of|is|was|are|were|now|totall?(?:ed|s)?|hit|hits|"
                   rf"reaching|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|top(?:ped|s|ping)?)\s+(?:{cue_pattern('approx')}\s+)?"
                   rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\w%-]|[.,]\d|\s*(?:per\s*cent|percent))")


def _numbered(ctx: Doc, view: Sent) -> list[Figure]:
    """'double the number of workers from 19,500 to 38,000', 'the number of students reached
    5,000': bare numbers the clause gives 'the number of <things>' are counts of those things."""
    out = []
    for m in _NUMBER_OF.finditer(view.text):
        kind_unit = _NOUNS[" ".join(m.group("noun").lower().split())]
        _start, end = clause(view.text, m.start())
        label = view.text[m.start():m.end()] + " " + " ".join(_tail(view.text, m.end()))
        numbers = [n for n in _BARE.finditer(view.text, m.end(), end) if kind_unit[1] != "document"
                   and not _in_date(view, n.start("num"), n.end("num"))]
        for n in numbers:  # 'rose to 3,000 this year, up from 900 in 2019': each its own time
            start, stop = period(ctx, view, n.span("num"), others=tuple(o.span("num") for o in numbers))
            out.append(Figure(label.strip(), float(n.group("num").replace(",", "")), kind_unit[0],
                              countries(ctx, view), start, stop, None, view.text, rule="figure.count"))
    return out


def _tail(text: str, end: int) -> list[str]:
    """The words after a counted noun up to the end of its phrase."""
    rest = text[end:end + 120]
    stop = _TAIL_STOP.search(rest)
    words = (rest[:stop.start()] if stop else rest).split()[:10]
    while words and words[-1].lower() in ("with", "of", "for", "to", "in", "at", "by", "from"):
        words.pop()
    return words


def _signing_period(ctx: Doc, view: Sent, span: tuple[int, int], previous: Sent | None,
                    others: tuple[tuple[int, int], ...] = ()) -> tuple[When | None, When | None]:
    """A count of signed documents is dated by its sentence ('since 2019' runs to now), else by
    the sentence before it in the same paragraph (the signing ceremony's date is often given
    once), else by the episode its sentence narrates ('The leaders then witnessed the signing of
    three agreements' after a dated lead: episodes.py), else by the last date its paragraph gave
    ('visited Lima in 2019. He met ... They signed 10 agreements'), else, like the documents it
    counts, by the publication month."""
    if _own_dates(view):  # a dateline's filing day dates no signing
        return period(ctx, view, span, others=others)
    told = _told_before(ctx, previous) if previous is not None and \
        previous.sentence.paragraph == view.sentence.paragraph else []
    if told:
        return told[-1].when, told[-1].when
    episode = time_of(ctx, view) or paragraph_date(ctx, view) or running_day(ctx, view) or \
        When(ctx.article.published.strftime("%Y-%m"), inherited=True)
    return episode, episode


def _told_before(ctx: Doc, previous: Sent) -> list:
    """The dates of the sentence before that may date a signing after it: not one still to come
    ('will enter into force on 3 May'), nor that of an occasion reacted to ('welcomed X's
    ratification in February')."""
    published = ctx.article.published.isoformat()
    return [d for d in _own_dates(previous) if d.when.value <= published[:len(d.when.value)] and
            not reacted_to(previous.text, d.start)]


def _own_dates(view: Sent) -> list:
    head = dateline_date(view)
    return [d for d in view.dates if d is not head]


def _what(view: Sent, m: re.Match[str]) -> str:
    """What is counted, as written: the modifiers, the noun and what follows it up to the end of
    the phrase ('Egyptian colleges offering language programmes')."""
    text = view.text
    tail_words = _tail(text, m.end())
    done = predicate(text, m.end())  # '14 projects (with X) are being built under Y'
    by = done_by(view, m.start())  # 'A and B have assumed 60 commitments'
    return " ".join([*m.group("mods").split(), m.group("noun"), *by.split(), *(done.split() or tail_words)])


# a flow's year told apart from its unit: 'an annual capacity of 9,000 tonnes', '900 tonnes of
# rice a year', 'from 300 tonnes to 500 tonnes a year' (the rate after a range holds for both)
_ANNUAL_BEFORE = re.compile(r"\b(?:annual|yearly)\b[^,;:.()]{0,50}$", re.I)
_ANNUAL_AFTER = re.compile(r"(?:\s+to\s+[\d.,]+(?:\s+(?:million|billion|thousand))?\s+[a-z]+(?:\s+[a-z]+)?)?"
                           r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+){0,2}?)?,?\s+(?:annually|yearly|a\s+year|per\s+year|each\s+year|every\s+year|"
                           r"per\s+annum)\b", re.I)


def _yearly(text: str, start: int, end: int) -> str:
    """'year' where the quantity at [start, end) is a yearly rate though no 'per year' follows its
    unit: the rate is an adjective of its indicator ('annual output of') or an adverb after the
    quantity or the range it opens ('500 tonnes annually')."""
    if _ANNUAL_BEFORE.search(text, max(0, start - 60), start) or _ANNUAL_AFTER.match(text, end):
        return "year"
    return ""


def _rating(text: str, m: re.Match[str]) -> str:
    """'the 600 MW X hydropower project': a unit of power rates what it stands before (or what
    the clause is about), a capacity wherever it stands; '' for other units."""
    if m.group("unit").lower() not in _POWER:
        return ""
    rated = _tail(text, m.end("unit"))
    return f"capacity of {' '.join(rated)}" if rated and rated[0][:1].isupper() else "capacity"


_CONVERTED = re.compile(r"\s*(?:[(\[]|,?\s+or\s)[^()\d]{0,20}$")


def _quantities(ctx: Doc, view: Sent) -> list[Figure]:
    out = []
    last = -1
    for m in QUANTITY.finditer(view.text):
        if last >= 0 and _CONVERTED.match(view.text, last, m.start()):
            continue  # '10 million cubic metres (353 million cubic feet)': one quantity written twice
        last = m.end()
        value = _value(m)
        name, kind = indicator(view.text, m.start())
        if kind not in ("flow", "stock"):  # '13 tonnes of medicines': the quantity of a thing
            name = substance(view, m.start(), m.end("unit")) or _rating(view.text, m)
        if value is None or not name or _in_date(view, m.start(), m.end("num")) or \
                own_goal(view.text, m.start()):
            continue
        unit = _UNITS[" ".join(m.group("unit").lower().split())]
        per = (m.group("per") or "").lower() or _yearly(view.text, m.start(), m.end())
        unit += f" per {'year' if per == 'annum' else per}" if per else ""
        start, end = period(ctx, view, m.span(), flow=True)
        out.append(Figure(name, value, unit, countries(ctx, view), start, end, None, view.text,
                          rule="figure.quantity"))
    return out

