"""What every figure needs besides its number: the period it covers, the countries it concerns
and the indicator it measures.  Shared by the money/percent rules (figures.py) and the count
rules (figure_counts.py), so both read a sentence the same way."""

from __future__ import annotations

import re
from datetime import date

from coopkg.extract import lexicon
from coopkg.extract.dates import DateMention, sharper
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import When
from coopkg.extract.figure_periods import SINCE_OCCASION, compares_earlier, months_at, stated_span, year_back
from coopkg.extract.figure_years import own_year
from coopkg.extract.storydate import dateline_date


def cues(kind: str) -> list[str]:
    return [r[0] for r in lexicon.rows("figure_cues") if r[1] == kind]


def cue_pattern(kind: str) -> str:
    """`(?:w1|w2|...)` over the cue words of one kind, each bounded as a whole word."""
    return rf"(?<![\w-])(?:{lexicon.alternation(cues(kind))})(?![\w-])"


_DIGIT = re.compile(r"\d+")
_CURRENCY_NAME = re.compile(r"\s?(?:\$|dollars?\b)", re.I)
_NOW = re.compile(cue_pattern("now"), re.I)
_APPROX = re.compile(cue_pattern("approx"), re.I)
_SINCE = re.compile(cue_pattern("since") + r"\s+$", re.I)
_INDICATORS = {r[0]: (r[1], r[2]) for r in lexicon.rows("indicators")}
_INDICATOR = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(list(_INDICATORS))})(?![\w-])", re.I)
# 'stand', 'amount', 'total' are verbs only without a determiner or preposition before them:
# 'the total value', 'of total trade', 'the amount of aid' name no present-tense flow
_PRESENT = re.compile(r"\b(?:is|are|stands|amounts|totals|exceeds?|reaches)\b|(?<!\bthe\s)(?<!\bof\s)"
                      r"(?<!\ba\s)(?<!\bits\s)(?<!\bin\s)(?<!\ban\s)\b(?:stand|amount|total)\b", re.I)
_MODIFIER = re.compile(r"^(?:bilateral|mutual|foreign|direct|two-way|total|annual|overall|official|"
                       r"development|economic|trade|technical|financial|[A-Z][\w’'-]*)$")
_CHANGE_WORD = re.compile(rf"{cue_pattern('up')}|{cue_pattern('down')}", re.I)
_STOP_RIGHT = re.compile(r"^(?:is|are|was|were|has|have|had|will|would|reached|amounted|amounting|"
                         r"stood|totalled|totaled|hit|worth|of|at|to|by|in|on|and|but|which|that|"
                         r"exceeded|grew|rose|increased|"
                         # the present-tense verbs of a measure: 'investment in B exceeds $X'
                         r"exceeds?|tops|topped|totals?|totall?ing|stands|reaches|amounts|hits|surpass(?:es|ed)?|"
                         r"grows|rises|increases|climbed|climbs|jumped|jumps|doubled|fell|falls|"
                         r"dropped)$", re.I)


def clause(text: str, pos: int) -> tuple[int, int]:
    """The ';'-separated part of the sentence a number sits in."""
    start = text.rfind(";", 0, pos) + 1
    end = text.find(";", pos)
    return start, (end if end >= 0 else len(text))


def paper_month(published: date) -> When:
    """The publication month: the time of an undated deal's value or of a signing's amounts,
    as the agreements signed undated take it (agreement_links.date_near)."""
    return When(published.isoformat()[:7], inherited=True)


def now(published: date) -> When:
    """The publication day: the period of a figure said to hold 'currently', 'now' or 'to date'
    (a standing as the paper went out), taken from the paper's date rather than stated."""
    return When(published.isoformat(), inherited=True)


def period(ctx: Doc, view: Sent, span: tuple[int, int], flow: bool = False,
           others: tuple[tuple[int, int], ...] = ()) -> tuple[When | None, When | None]:
    """The period a figure at `span` covers: a stated period or date in its clause; 'since X'
    runs from X to the publication month; 'currently'/'at present' (and a present-tense flow such
    as 'trade is estimated at') is the publication month.  With `others` (the spans of the
    clause's other amounts) each amount takes the time of its own part of the clause first —
    a comparison ('against $4bn a year earlier') a year before the amount before it, a stated
    period, a date — then the period of the lead before the first amount, which times them all."""
    tied = own_year(view.text, span, ctx.article.published)  # 'to $15bn by 2028' (figure_years)
    if tied:
        return tied
    start, end = clause(view.text, span[0])
    others = tuple(o for o in others if not _bracketed(view.text, o))
    parts = _parts(view.text, span, start, end, others) if others else [(start, end)]
    own = parts[0] if len(parts) > 1 else None
    earlier = _compared(ctx, view, span, flow, others, own) if own else None
    stated = earlier or _stated_in(ctx, view.text, parts[:1])
    if stated:
        return stated
    date = _date_of(view, span, *own) if own else None
    stated = None if date else _stated_in(ctx, view.text, parts[1:])
    if stated:
        return stated
    cut = _compared_from(view.text, span, end, others)
    date = date or _date_of(view, span, *parts[0]) or _date_of(view, span, start, cut)
    if date is not None:
        if _SINCE.search(view.text[max(0, date.start - 14):date.start]) or \
                SINCE_OCCASION.search(view.text, max(0, date.start - 130), date.start):
            return date.when, now(ctx.article.published)
        return months_at(view.text, date.start, ctx.article.published) or (date.when, date.when)
    then = _since_then(ctx, view, start, end)
    if then is not None:
        return then
    if _NOW.search(view.text, start, end) or (flow and _PRESENT.search(view.text, start, end)):
        month = now(ctx.article.published)
        return month, month
    return None, None


_OPEN = re.compile(r"\(\s*(?:[A-Za-z~≈]+\s+){0,2}(?:US|[A-Z]{1,3})?$")


def _bracketed(text: str, span: tuple[int, int]) -> bool:
    """An amount in brackets ('40 million euros (44 million dollars) in grants to X in 2015-2018')
    is the amount before it in another currency, no part of the clause of its own: the time after
    the bracket is the first amount's, so the bracket does not end that amount's part."""
    return _OPEN.search(text, max(0, span[0] - 30), span[0]) is not None and \
        text.find(")", span[1], span[1] + 40) >= 0


_VERSUS = re.compile(r"\b(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?|"
                     r"(?:up|down|rising|falling)\s+from|from)\s+(?:\S+\s+){0,2}$", re.I)


def _compared_from(text: str, span: tuple[int, int], end: int, others: tuple[tuple[int, int], ...]) -> int:
    """Where the part comparing a later amount with this one begins ('$5bn, compared with $4bn
    last year'): the time told there is the later amount's, not this one's."""
    for low, _high in sorted(o for o in others if o[0] >= span[1] and o[0] < end):
        cue = _VERSUS.search(text, max(span[1], low - 40), low)
        if cue is not None:
            return cue.start()
    return end


def _compared(ctx: Doc, view: Sent, span: tuple[int, int], flow: bool,
              others: tuple[tuple[int, int], ...], own: tuple[int, int]) -> tuple[When, When] | None:
    """A year before the period of the amount this one is compared with ('$5bn in 2023,
    compared with $4bn a year earlier'): the nearest amount before it in its clause."""
    if not compares_earlier(view.text[span[0]:own[1]]):  # '$4bn a year earlier', not one
        return None  # before it ('$2bn, up 6% from a year earlier, and exports $1bn')
    low = clause(view.text, span[0])[0]
    before = [o for o in others if low <= o[0] and o[1] <= span[0]]
    if not before:
        return None
    start, end = period(ctx, view, before[-1], flow, others)
    return year_back((start, end or start)) if start is not None else None


def paragraph_date(ctx: Doc, view: Sent, same_paragraph: bool = True) -> When | None:
    """The date the story last gave before `view`: the last date of the nearest dated sentence
    before it (in its paragraph, or anywhere before it), if that date had come by publication.
    A paragraph narrating a past occasion states its time once ('The president visited Lima in
    2019. He met ... The two sides signed 10 agreements.')."""
    index = next((i for i, s in enumerate(ctx.sents) if s is view), 0)
    for earlier in reversed(ctx.sents[:index]):
        if same_paragraph and earlier.sentence.paragraph != view.sentence.paragraph:
            return None
        if earlier.dates:
            when = earlier.dates[-1].when
            published = ctx.article.published.isoformat()
            return when if when.value <= published[:len(when.value)] else None
    return None


_SINCE_THEN = re.compile(r"\b(?:ever\s+)?since\s+then\b", re.I)


def _since_then(ctx: Doc, view: Sent, start: int, end: int) -> tuple[When, When] | None:
    """'Since then, trade has grown to $5bn': from the date the story gave last to now."""
    if not _SINCE_THEN.search(view.text, start, end):
        return None
    when = paragraph_date(ctx, view, same_paragraph=False)
    return (when, now(ctx.article.published)) if when is not None else None


def _stated_in(ctx: Doc, text: str, windows: list[tuple[int, int]]) -> tuple[When, When] | None:
    published = ctx.article.published
    for low, high in windows:
        found = stated_span(text[low:high], published)
        if found:
            return found
    return None


_JOINT = re.compile(r"\s(?:to|and|against|versus|from)\s")


def _parts(text: str, span: tuple[int, int], start: int, end: int,
           others: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The figure's own part of its clause — from the comma that ends the amount before it to
    the comma before the amount after it ('In 2021 trade was $1bn, and in the first seven months
    of this year $0.8bn') — and the clause's lead before its first amount."""
    near = [o for o in others if start <= o[0] < end and o != span]
    if not near:
        return [(start, end)]
    before = [o for o in near if o[1] <= span[0]]
    after = [o for o in near if o[0] >= span[1]]
    low, high = start, end
    if before:
        comma = text.find(", ", before[-1][1], span[0])
        joint = [j.start() for j in _JOINT.finditer(text, before[-1][1], span[0])]
        # 'from $1bn in 2019-20 to $3bn in 2023-24', '$3bn in 2023-24 from $1bn in 2019-20':
        # without a comma the time before 'to' or 'from' is the amount before's
        low = comma + 1 if comma >= 0 else joint[-1] if joint else before[-1][1]
    if after:
        comma = text.find(", ", span[1], after[0][0])
        high = comma if comma >= 0 else after[0][0]
    first = min(o[0] for o in [*near, span])
    return [(low, high), (start, first)]


_RIGHT_AFTER = re.compile(r"\s*(?:(?:in|during|for|of)\s+)?(?:the\s+(?:year\s+)?)?")


def stated_period(ctx: Doc, view: Sent) -> tuple[When, When] | None:
    """The period a sentence without an amount states ('Data for the first seven months of 2022
    came out on Monday.', 'In 2022, ties deepened.'): a span, or its only date if that is a year.
    The amount the next sentence gives without a time is most likely of it."""
    stated = stated_span(view.text, ctx.article.published)
    if stated:
        return stated
    years = [d.when for d in view.dates if len(d.when.value) == 4]
    return (years[0], years[0]) if len(years) == 1 == len(view.dates) else None


_PAST_FLOW = re.compile(r"(?<!\bhas\s)(?<!\bhave\s)\b(?:exported|imported|shipped|stood\s+at|amounted\s+to|"
                        r"totall?ed|reached)\b")  # the simple past: 'has reached' tells a standing now


class CarriedPeriods:
    """Per paragraph, the period an amount that states none takes: that of the paragraph's last
    dated flow, or else of its last sentence without an amount that states one (stated_period).
    Such a sentence's period is read only when a later amount of the paragraph asks: most
    sentences are followed by no such amount, and the read costs more than the rest of their
    figure rules (speed only: the answers are those of reading every sentence at once)."""

    def __init__(self, ctx: Doc):
        self.ctx = ctx
        self.known: dict[int, tuple[When, When]] = {}
        self.pending: dict[int, list[Sent]] = {}  # unread sentences since the last known period

    def may_state(self, view: Sent) -> None:
        self.pending.setdefault(view.sentence.paragraph, []).append(view)

    def __setitem__(self, paragraph: int, period: tuple[When, When]) -> None:
        self.known[paragraph] = period
        self.pending.pop(paragraph, None)

    def get(self, paragraph: int, view: Sent | None = None) -> tuple[When, When] | None:
        """The paragraph's period: the latest unread sentence's that states one, else the last
        known; for a paragraph that opens with a flow told in the past and knows none, the
        paragraph before's ('Trade grew to $2bn in 2021.' / 'X exported $1bn and imported
        $1bn.': news sets each sentence apart, the breakdown keeps the total's year)."""
        for pending in reversed(self.pending.pop(paragraph, [])):
            told = stated_period(self.ctx, pending)
            if told is not None:
                self.known[paragraph] = told
                break
        known = self.known.get(paragraph)
        if known is None and view is not None and view.sentence.paragraph == paragraph and \
                _PAST_FLOW.search(view.text) and self._opens(view):
            return self.known.get(paragraph - 1)
        return known

    def _opens(self, view: Sent) -> bool:
        """Whether `view` is its paragraph's first sentence."""
        before = [s for s in self.ctx.sents if s.sentence.paragraph == view.sentence.paragraph]
        return bool(before) and before[0].sentence is view.sentence


def _date_of(view: Sent, span: tuple[int, int], start: int, end: int) -> DateMention | None:
    """The date of the number at `span`: one right after it ('rose to $5bn in 2023 from $4bn in
    2022'), else the first in its own comma-separated piece, else the first after it before the
    next number in its clause, else the last before it after the previous number ('in 2019 trade
    was $4bn, while in 2020 it fell to $3bn'), else the first in its clause; never a dateline's."""
    head = dateline_date(view)  # 'NEW DELHI, June 12 --': the filing day dates no figure
    local = [d for d in view.dates if start <= d.start < end and d is not head]
    text = view.text
    piece = (max(text.rfind(", ", start, span[0]) + 1, start),
             text.find(", ", span[1], end) % (end + 1) or end)
    digits = [m.start() for m in _DIGIT.finditer(text, start, end)
              if not any(d.start <= m.start() < d.end for d in local)
              and not span[0] <= m.start() < span[1]]
    following = min((i for i in digits if i >= span[1]), default=end)
    preceding = max((i for i in digits if i < span[0]), default=start)
    own = [d for d in local if piece[0] <= d.start < piece[1]]
    right_after = [d for d in own if span[1] <= d.start and _RIGHT_AFTER.fullmatch(text, span[1], d.start)]
    for candidates in (right_after, own,
                       [d for d in local if span[1] <= d.start < following],
                       [d for d in local if preceding <= d.start < span[0]][::-1],
                       [d for d in local if d.start >= span[1]], local):
        if candidates:  # "this year's summit ... on May 31": the fuller date (figure_years)
            return sharper(text, local, candidates[0])
    return None


def countries(ctx: Doc, view: Sent) -> list[str]:
    """Countries named in the sentence and those of the organisations in it (when the article
    names that country: GOLD_FORMAT keeps an organisation's other countries null); a sentence naming
    fewer than two, in an article about two countries, concerns that pair too (the other side
    is 'the government', 'the two countries', 'bilateral')."""
    codes: list[str] = []
    for m in view.spans:
        code = None
        if _CURRENCY_NAME.match(view.text, m.end):
            continue  # 'US$', 'US dollars': a currency, not a country the figure concerns
        if m.ref.kind == "place" and "/country/" in m.ref.key:
            code = m.ref.key.rsplit("/", 1)[-1]
        elif m.ref.kind == "org" and m.ref.key in ctx.orgs and ctx.orgs[m.ref.key].country in ctx.countries:
            code = ctx.orgs[m.ref.key].country  # an org's country the article never names is a guess
        if code and code not in codes:
            codes.append(code)
    if not codes or (len(codes) == 1 and codes[0] in ctx.pair()):
        codes += [c for c in ctx.pair() if c not in codes]
    return codes


def is_indicator(words: str) -> bool:
    """'loan', 'trade turnover': the words are an indicator term."""
    return " ".join(words.lower().strip(",.").split()) in _INDICATORS


def indicator_of(words: str) -> str | None:
    """The indicator a term names ('exported' → 'exports'), None if it is no term."""
    found = _INDICATORS.get(" ".join(words.lower().strip(",.").split()))
    return found[0] if found else None


def has_indicator(text: str) -> bool:
    return _INDICATOR.search(text) is not None


def term_before(text: str, pos: int) -> bool:
    """An indicator term precedes `pos` in its clause ('trade reached $5bn')."""
    start, _end = clause(text, pos)
    return _INDICATOR.search(text, start, pos) is not None


def indicator(text: str, pos: int) -> tuple[str, str]:
    """(indicator, kind) of the amount at `pos`: the indicator term nearest before it in its
    clause (else in its sentence, else the first after), with the modifiers before it and a short
    'of/for/to …' complement after ('Japanese financing for new railway projects').  A term
    inside an earlier term's complement belongs to that term ('financing for … projects')."""
    start, end = clause(text, pos)
    found = list(_INDICATOR.finditer(text, start, end)) or list(_INDICATOR.finditer(text, 0, pos))
    if not found:
        return "value", "value"
    before = [m for m in found if m.start() < pos] or found[:1]
    phrases = [(m, _phrase(text, m, end)) for m in before]
    m, (left, right) = phrases[-1]
    for earlier, (e_left, e_right) in reversed(phrases[:-1]):
        if not e_right or earlier.end() + len(" ".join(e_right)) + 1 < m.start():
            break
        m, left, right = earlier, e_left, e_right
    name, kind = _INDICATORS[" ".join(m.group().lower().split())]
    written = " ".join(m.group().split())
    return " ".join([*left, written if written.lower() == name.lower() else name, *right]).rstrip("."), kind


_HEADS = lexicon.alternation(lexicon.words("indicator_heads"))
_HEAD = re.compile(rf"\s+(?P<head>{_HEADS})\b", re.I)


def _phrase(text: str, m: re.Match[str], end: int) -> tuple[list[str], list[str]]:
    """The words around an indicator term that belong to its noun phrase: modifiers before it
    ('bilateral trade', 'loan and grant'), a noun it modifies ('grant commitments', from
    indicator_heads.tsv) and a short complement after ('to the Philippines')."""
    start = text.rfind(";", 0, m.start()) + 1
    head = _HEAD.match(text, m.end(), end)
    after = head.end() if head else m.end()
    return _left(text[start:m.start()]), [*([head.group("head")] if head else []), *_right(text[after:end])]


def _left(text: str) -> list[str]:
    words = text.split()
    out: list[str] = []
    for i in range(len(words) - 1, max(-1, len(words) - 4), -1):
        word = words[i]
        if word == "and" and i and _INDICATOR.fullmatch(words[i - 1]) and not out:
            out = [words[i - 1], word]  # 'loan and grant': two terms share the noun
            break
        if not (_MODIFIER.match(word) or _INDICATOR.fullmatch(word)) or \
                word.lower() in ("the", "a", "an", "this", "its"):  # 'investment agreements': a compound
            break
        out.insert(0, word)
    return out


def _right(text: str) -> list[str]:
    m = re.match(r"\s+(?P<prep>for|to|from|between|with|in)\s+(?P<rest>[^,;:()]*)", text)
    if not m or _APPROX.match(text.lstrip()):
        return []  # 'a credit line to the tune of $5m' has no complement
    out = [m.group("prep")]
    for word in _APPROX.split(m.group("rest"))[0].split()[:6]:  # '... to the tune of $5m'

        joins = word == "and" and out[0] == "between" and "and" not in out
        if not joins and (_STOP_RIGHT.match(word) or _APPROX.match(word) or _CHANGE_WORD.match(word) or
                          re.match(r"[\d$€£¥]", word)):
            break
        out.append(word)
    return out if len(out) > 1 else []
