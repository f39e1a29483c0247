"""Figures: amounts of money with a currency symbol, code or word before or after the number,
percentages (a share, or the change of an amount), and 'X-fold' growth, each with the indicator
it measures, the period, the change and the countries.  Counts of things ('14 colleges') and
physical quantities are in figure_counts.py; what both need from the sentence is in
figure_context.py.

A bracketed or 'or'-joined conversion right after an amount ('20 million yuan ($3 million)') is
the same figure written twice, and a range ('$2-3 billion', 'between $2bn and $3bn') gives no
single value: neither makes a figure."""

from __future__ import annotations

import re
from decimal import Decimal
from re import _parser

from coopkg.extract import lexicon
from coopkg.extract.cues import words
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.episodes import running_day, time_of
from coopkg.extract.facts import Figure, When
from coopkg.extract.figure_changes import change_alone, fold_changes
from coopkg.extract.figure_commas import thousandfold
from coopkg.extract.figure_context import (
    CarriedPeriods,
    countries,
    cue_pattern,
    indicator,
    paper_month,
    paragraph_date,
    period,
)
from coopkg.extract.figure_counts import SIGN_VERB, find_counts, has_digit
from coopkg.extract.figure_dollars import BARE, local_dollar
from coopkg.extract.figure_folds import FOLD_VERBS, find_folds, nearest
from coopkg.extract.figure_guards import glued_name, old_value, priced, progress, rate_note
from coopkg.extract.figure_increments import as_increment, increment_at
from coopkg.extract.figure_measures import between_pair, measured
from coopkg.extract.figure_numbers import DIGITS, NUMBER_WORD, PART_OF, SPELLED, number_value, part_of_one
from coopkg.extract.figure_once import Conversion, once
from coopkg.extract.figure_parts import find_parts
from coopkg.extract.figure_purposes import with_purpose
from coopkg.extract.figure_splits import find_splits
from coopkg.extract.figure_units import as_written

_WRITTEN = {form: tuple(codes.split()) for form, codes in lexicon.mapping("currencies").items()}
_PREFIXES = {form: tuple(codes.split()) for form, codes in lexicon.mapping("currency_prefixes").items()}
# prefixes that are also abbreviations of their own ('N 245', 'R2'): currencies only before a scale
_SCALED = frozenset(r[0].lower() for r in lexicon.rows("currency_prefixes") if r[2:3] == ("scaled",))
CODES = sorted({c for codes in _WRITTEN.values() for c in codes})
CURRENCIES = {**{p.lower(): codes for p, codes in _PREFIXES.items()}, **{c.lower(): (c,) for c in CODES},
              **_WRITTEN}
_AREAS = {code: set(members.split()) for code, members in lexicon.mapping("currency_areas").items()}
SCALES = {word: int(value) for word, value in lexicon.mapping("scales").items()}
_SYMBOLS = [c for c in CURRENCIES if not c[:1].isalpha() or "$" in c]
# before a number: symbols, a currency code in capitals ('JPY 30 billion') or an abbreviation as
# written ('Rs 50 crore', 'Sh180 billion')
_UPPER = sorted({c.upper() for c in [*CODES, *_WRITTEN] if len(c) == 3 and c.isalpha()} | set(_PREFIXES))
_CUR_BEFORE = rf"(?P<cur1>{lexicon.alternation(_SYMBOLS)}|(?-i:\b(?:{lexicon.alternation(_UPPER)})))"
_WORDS_AFTER = [c for c in {**{c.lower(): c for c in CODES}, **_WRITTEN} if c[:1].isalpha()]
# '5 billion yuan', 'a 50-million-dollar grant' (the adjective form hyphenates the currency too);
# '120,000,000 the Kenyan shillings': translated copy may keep an article before a demonym's currency
_CUR_AFTER = rf"(?:(?:\s*|-)(?:(?-i:the\s+(?=[A-Z][a-z]+\s+[a-z])))?" \
             rf"(?P<cur2>{lexicon.alternation(_WORDS_AFTER)})(?![\w$]))?"
# '5 billion', '$5-billion', 'Rs 1.2 lakh crore' (a larger scale after a smaller one multiplies),
# '63 million 546 thousand' (a number and a smaller scale after it adds)
_SCALE = rf"(?:(?:\s?|-)(?P<scale>{lexicon.alternation(list(SCALES))})\b" \
         rf"(?:\s(?P<times>{lexicon.alternation([w for w in SCALES if len(w) > 2])})\b)?" \
         rf"(?:\s+(?P<num2>\d{{1,3}}|{SPELLED})\s?(?P<scale2>{lexicon.alternation(list(SCALES))})\b)?)?"
# the far end of a range carries a symbol only when the near end does: in 'from 2020 to $3bn' the
# year is no amount and '$3bn' is one
_HI = rf"(?P<hi>\s*(?:-|–|—|to)\s*(?(cur1)(?:{lexicon.alternation(_SYMBOLS)})?|)\s?(?:{DIGITS})(?![\d,]))?"
# 'two billion dollars', 'half a billion euros': a number in words before a large scale word
_LARGE = r"(?:million|billion|trillion|mln|bln|bn|mn|tn)"
_WORDED = rf"(?:{PART_OF}|{SPELLED}|half(?:\s+an?)?|an?)(?=\s+{_LARGE}\s)"
# '1,5 billion': a decimal comma, as translated copy writes it, before a scale word
_DECIMAL_COMMA = rf"\d{{1,3}},\d{{1,2}}(?=\s?-?{_LARGE}\b)"
# a year before 'to' opens no range ('rose from 1.2 billion dollars in 2020 to 3.4 billion dollars')
# and a bare number right after a number and a space is the rest of a spaced group ('100 000')
_NOT_YEAR_TO = r"(?(cur1)|(?<!\d\s)(?!(?:19|20)\d\d\s+to\s))"
# '100 000 euros': thousands grouped by spaces, as French, Russian and Central Asian copy writes them
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])"
MONEY = re.compile(rf"(?<![\w.,])(?:{_CUR_BEFORE}\s?)?{_NOT_YEAR_TO}"
                   rf"(?P<num>{_DECIMAL_COMMA}|{_SPACED}|{DIGITS}|{_WORDED}){_HI}{_SCALE}{_CUR_AFTER}", re.I)
_HAS_NUMBER = re.compile(rf"\d|\b{_LARGE}\b", re.I)
_LARGE_WORDS = frozenset(_LARGE[3:-1].split("|"))
# how far before its number an amount begins (a currency; `_amounts` scans from there)
_LEAD = _parser.parse(rf"(?<![\w.,])(?:{_CUR_BEFORE}\s?)?{_NOT_YEAR_TO}", re.I).getwidth()[1]
_A_DIGIT = re.compile(r"\d")
_THE_BEFORE = re.compile(r"\b[Tt]he\s$").search  # a bound method: a one-off test, ungated


def _has_large(text: str) -> bool:
    """Whether `_HAS_NUMBER` finds a scale word in a text without digits: it needs one as a
    whole word, so the scan runs only where the text's word set has one."""
    found = words(text)
    return (found is None or not _LARGE_WORDS.isdisjoint(found)) and bool(_HAS_NUMBER.search(text))
_FRACTIONS = {"a": 1, "an": 1, "half": 0.5, "half a": 0.5, "half an": 0.5}
# '12%', '12.5 percent', '16,6%' (a European decimal comma: one or two digits after it and no
# further group), and a number word before the word 'percent' ('seven per cent'; never before '%');
# as a modifier the number is hyphenated to the word ('a 20-percent increase', 'a five-per-cent rise')
PERCENT = re.compile(rf"(?<![\w.,])(?:(?P<num>\d{{1,3}},\d{{1,2}}(?![\d,])|{DIGITS})"
                     rf"(?P<hi>\s*(?:-|–|to)\s*(?:{DIGITS}))?(?:\s|-(?=per))?(?:%|percent\b|per[\s-]+cent\b)|"
                     rf"(?P<word>(?<![\w-])(?:{NUMBER_WORD}))[\s-](?:percent\b|per[\s-]+cent\b))", re.I)
_APPROX = cue_pattern("approx")
# '$NZD10 million ($FJD13.7m)': a symbol may stand glued before the code of the second form;
# '52 billion Japanese yen (JPY) (about $350 million)': the code in brackets after a currency
# word only spells it, and the conversion follows it; a country's letters may stand apart before the
# symbol of the second form ('50 million euros (US $61.7 million)')
_CODE_BRACKET = r"(?-i:\s*[(\[]\s*[A-Z]{3}\s*[)\]])?"
_UNDER = re.compile(rf"\s*{cue_pattern('under')}\s*,", re.I)
_CONVERSION = re.compile(rf"^{_CODE_BRACKET}[^\d;()]{{0,40}}?(?:[(\[]|,?\s*{cue_pattern('or')})\s*"
                         rf"(?:{_APPROX}\s*)?(?-i:[A-Z]{{1,3}}\s)?[$€£¥]?$", re.I)  # '(US $61.7 million)'
_SHARE_STOP = re.compile(r"^(?:is|are|was|were|has|have|had|will|would|by|while|which|that|since|"
                         r"during|in|on)$", re.I)
_SHARE_OF = re.compile(r"^\s*(?:[—–]|\s-)?\s*of\s+(?:the\s+)?(?P<what>[^,;:()—–]+)")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
# 'between 3 and 5 million dollars': the far end of a range whose near end has no currency
_BETWEEN_LOW = re.compile(rf"\bbetween\s+(?:(?:{lexicon.alternation(list(SCALES))})\s+)?(?:{DIGITS})"
                          rf"(?:\s?(?:{lexicon.alternation(list(SCALES))}))?\s+and\s+$", re.I)
_UP, _DOWN = cue_pattern("up"), cue_pattern("down")
# 'up 12%', 'a rise of 12%', 'growth amounting to 12%'
# 'rose last year 35.7% to $951m', 'grew in 2024 12%': the time of the change between verb and number
_LAPSE = rf"(?:{cue_pattern('lapse')}|in\s+(?:19|20)\d\d)\s+"
_CHANGE_BEFORE = re.compile(rf"(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:{_LAPSE})?"
                            rf"(?:(?:of|by|at|amounting\s+to)\s+)?(?:(?:a|an)\s+)?(?:{_APPROX}\s+)?$", re.I)
# 'increased (the) bilateral trade by 18 percent': the verb, its object, then 'by'
_CHANGED_BY = re.compile(rf"(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:[\w’'\-]+\s+){{1,4}}?by\s+"
                         rf"(?:{_APPROX}\s+)?$", re.I)
_COMPOSITION = re.compile(rf"{cue_pattern('composition')}\s+(?:{_APPROX}\s+)?$", re.I)
_DEMOGRAPHY = re.compile(rf"^share of (?:the\s+)?(?:[\w’'-]+\s+)?{cue_pattern('demography')}", re.I)
_OWNED_AFTER = re.compile(rf"\s*(?:[\w-]+\s+)?{cue_pattern('ownership')}", re.I)
_OWNED_BEFORE = re.compile(rf"{cue_pattern('ownership')}\s+of\s+(?:{_APPROX}\s+)?$", re.I)
_CHANGE_AFTER = re.compile(rf"^\s*(?:{cue_pattern('rate')}\s+)?(?:(?P<up>{_UP})|(?P<down>{_DOWN}))", re.I)
def find_figures(ctx: Doc) -> list[Figure]:
    """Each amount, count or change the sentences state, counted once."""
    out: list[Figure] = []
    previous: Sent | None = None
    carried = CarriedPeriods(ctx)
    converted: list[Conversion] = []  # each amount written twice, with its second form
    restated: list[Figure] = []  # amounts after 'the' ('The $4m is part of ...'): one told before
    before: list[Figure] = []  # the amounts of the sentence before, in the same paragraph
    for view in ctx.sents:
        if previous is not None and previous.sentence.paragraph != view.sentence.paragraph:
            before = []  # a change in a new paragraph names no amount of the last one
        digits = has_digit(view.text)  # no amount or percentage without one
        money = _money(ctx, view, carried, converted, restated) if digits or _has_large(view.text) else []
        out.extend(f for _, f in money)
        if not money and (view.dates or digits):  # 'During the 2016-2021 period' is no date
            carried.may_state(view)
        out.extend([*find_counts(ctx, view, previous), *find_parts(ctx, view, out)])
        out.extend(find_splits(ctx, view, out))
        low = view.text.lower()
        worded = not digits and ("percent" in low or "per cent" in low)  # 'seven per cent'
        out.extend(_percents(ctx, view, money, before) if digits or worded else [])
        if "fold" in low or " times" in low or any(map(low.__contains__, FOLD_VERBS)):  # speed only: map
            out.extend(find_folds(ctx, view, money))
        before = [f for _, f in money] if money else before
        previous = view
    return as_written(ctx, fold_changes(once(out, converted, restated)))


def currency(written: str, named: list[str]) -> str:
    """The ISO code a currency word means: 'pesos' in an article naming the Philippines is PHP
    (a code's first two letters are its country's), 'CFA francs' in one naming Cameroon XAF (a
    monetary union's members, currency_areas.tsv); of several such, that of the country the
    article names most ('Rs' in a Nepal story that also names India: NPR; `named` is by mention
    count); else the word's most common sense."""
    codes = CURRENCIES[written]
    return next((c for n in named for c in codes if c[:2] == n or n in _AREAS.get(c, set())), codes[0])


_PLAIN_WORDS = [w for w in _WRITTEN if w.isalpha() and w.islower()]
_CURRENCY_WORD = re.compile(rf"\b(?:{lexicon.alternation(_PLAIN_WORDS)})\b", re.I)


def _sentence_currency(written: str, text: str) -> str | None:
    """A symbol shared by several currencies ('¥') is the one its sentence names in words
    ('¥120 billion in yen loans')."""
    codes = CURRENCIES[written]
    if len(codes) < 2 or written[:1].isalpha():
        return None
    named = {_WRITTEN[w][0] for w in (m.group(0).lower() for m in _CURRENCY_WORD.finditer(text))
             if len(_WRITTEN[w]) == 1}
    return next((c for c in codes if c in named), None)


_IS_SECOND_FORM_RE = re.compile(r"\s+and\s+")


def _is_second_form(text: str, m: re.Match[str], previous: re.Match[str] | None) -> bool:
    """A conversion right after an amount, or the far end of a 'between A and B' range."""
    if previous is None:
        return False
    gap = text[previous.end():m.start()]
    return bool(_CONVERSION.match(gap)) or (
        _IS_SECOND_FORM_RE.fullmatch(gap) is not None and
        _BETWEEN.search(text[:previous.start()]) is not None)


_NUMBER_RE = re.compile(r"\d{1,3},\d{1,2}")
_NUMBER_RE2 = re.compile(r"[,\s]")


def _number(raw: str) -> Decimal:
    """'1,250.5', 'twenty-five', 'half a': the number an amount is written with."""
    if _NUMBER_RE.fullmatch(raw):
        return Decimal(raw.replace(",", "."))
    if raw[:1].isdigit():
        return Decimal(_NUMBER_RE2.sub("", raw))
    low = " ".join(raw.lower().split())
    part = part_of_one(low)
    if part is not None:
        return part
    return Decimal(str(_FRACTIONS[low] if low in _FRACTIONS else number_value(low) or 0))



_TO = re.compile(r"\s*(?:to|-|–|—)\s*")
_FROM = re.compile(rf"\bfrom\s+(?:{_APPROX}\s+)?$", re.I)


def _is_range(text: str, m: re.Match[str], previous: re.Match[str] | None) -> bool:
    """Two amounts joined by 'to' or a dash are the ends of a range, unless 'from' opens the
    first ('rose from $2bn to $3bn' states two values)."""
    return previous is not None and _TO.fullmatch(text, previous.end(), m.start()) is not None and \
        _FROM.search(text, max(0, previous.start() - 30), previous.start()) is None


def _amount(m: re.Match[str]) -> Decimal:
    """The number with its scale; a larger scale right after ('1.2 lakh crore', Indian usage)
    multiplies, and a compound of scales ('63 million 546 thousand', as numbers are read out in
    many languages) adds its smaller part."""
    scale = SCALES.get((m.group("scale") or "").lower(), 1)
    times = SCALES.get((m.group("times") or "").lower(), 1)
    value = _number(m.group("num")) * scale * (times if times > scale else 1)
    if m.group("num2"):
        small = SCALES[m.group("scale2").lower()]
        value += _number(m.group("num2")) * small if small < scale else 0
    return value


Period = tuple[When | None, When | None]


def _amounts(text: str) -> list[re.Match[str]]:
    """`list(MONEY.finditer(text))`, skipping the text `_LEAD` characters before the first digit
    where no scale word makes a number word an amount ('two billion')."""
    found = words(text)
    if found is None or not _LARGE_WORDS.isdisjoint(found):
        return list(MONEY.finditer(text))
    digit = _A_DIGIT.search(text)
    return list(MONEY.finditer(text, max(0, digit.start() - _LEAD))) if digit else []


def _money(ctx: Doc, view: Sent, carried: CarriedPeriods, converted: list[Conversion],
           restated: list[Figure]) -> list[tuple[int, Figure]]:
    """Amounts with a currency, each with its position so a change can find its amount.
    `carried` holds, per paragraph, the period of its last dated flow: a paragraph of figures
    states the period once ('In seven months, exports were $1bn. At the same time, imports
    reached $2bn.')."""
    out = []
    paragraph = view.sentence.paragraph
    previous: re.Match[str] | None = None
    found = _amounts(view.text)
    amounts = tuple(m.span() for m in found if m.group("cur1") or m.group("cur2"))
    for m in found:
        cur = " ".join((m.group("cur1") or m.group("cur2") or "").lower().split())
        if not cur:
            continue
        second = _is_second_form(view.text, m, previous)
        if _is_range(view.text, m, previous):  # '$2 billion to $3 billion' gives no single value
            out = [(at, f) for at, f in out if at != previous.start()]
            continue
        if second and out and previous is not None and out[-1][0] == previous.start():
            converted.append((out[-1][1], float(_amount(m)),
                              _sentence_currency(cur, view.text) or currency(cur, ctx.countries)))
        previous = m
        if second or m.group("hi") or _BETWEEN.search(view.text[:m.start()]) or priced(view.text, m) \
                or _BETWEEN_LOW.search(view.text, max(0, m.start() - 60), m.start()) or \
                (m.group("cur1") and cur in _SCALED and not m.group("scale")) or glued_name(view.text, m) \
                or rate_note(view.text, m):
            continue
        value = _amount(m) / (1000 if thousandfold(ctx.article.text, m) else 1)  # '$525,737 million'
        name, kind = indicator(view.text, m.start())
        name = with_purpose(view.text, m.end(), measured(view, m.start(), m.end(), name), len(amounts))
        start, end = period(ctx, view, m.span(), flow=kind == "flow", others=amounts)
        if start is not None and kind == "flow" and not start.inherited:
            carried[paragraph] = (start, end)
        elif start is None:
            start, end = (kind == "flow" and carried.get(paragraph, view)) or (_undated(ctx, view, kind),) * 2
        concerned = countries(ctx, view)
        unit = _sentence_currency(cur, view.text) or currency(cur, ctx.countries)
        unit = (cur in BARE and local_dollar(ctx)) or unit  # '$' in a Fijian story (figure_dollars)
        figure = Figure(between_pair(ctx, name, concerned), float(value), unit,
                        concerned, start, end, None, view.text, rule="figure.money")
        if _THE_BEFORE(view.text, max(0, m.start() - 4), m.start()):
            restated.append(figure)
        out.append((m.start(), figure))
    return out


def _undated(ctx: Doc, view: Sent, kind: str) -> When | None:
    """The time of an amount its sentence does not date: that of the episode the sentence
    narrates ('A $1bn deal was closed' in a visit story); else, for the value of one thing (a
    deal, a loan) or in a sentence about signing ('signed deals worth $2bn'), the publication
    month, as of which the paper states it — unless the sentence is about signing and its
    paragraph gave a past date ('visited Lima in 2019. ... signed deals worth $2bn').  A flow
    stated without a time has none."""
    episode = time_of(ctx, view)
    if episode is not None:
        return episode
    if _UNDER.match(view.text):  # 'Under the agreement, X will lend $50m': dated as its signing
        told = paragraph_date(ctx, view, same_paragraph=False)
        if told is not None:
            return told
    signing = SIGN_VERB.search(view.text) is not None
    told = paragraph_date(ctx, view) if signing else None
    if told or not (kind == "value" or signing):
        return told
    return running_day(ctx, view) or paper_month(ctx.article.published)



def _change(text: str, m: re.Match[str]) -> float | None:
    """The signed change a percentage states ('up 12%', 'a 5% decline', 'growth of 3%')."""
    num = percent_value(m)
    if _COMPOSITION.search(text[max(0, m.start() - 40):m.start()]):
        return None  # 'make up 70%', 'accounts for 12%': a share
    for found in (_CHANGE_BEFORE.search(text[max(0, m.start() - 40):m.start()]),
                  _CHANGE_AFTER.match(text[m.end():m.end() + 25]),
                  _CHANGED_BY.search(text[max(0, m.start() - 60):m.start()])):
        if found:
            return -num if found.group("down") else num
    return None


def percent_value(m: re.Match[str]) -> float:
    """The number of a percentage: '16,6' is 16.6 (a decimal comma), '1,250' is 1250, 'seven'
    is 7."""
    if m.group("word"):
        return number_value(m.group("word")) or 0.0
    return float(_number(m.group("num")))


def _percents(ctx: Doc, view: Sent, money: list[tuple[int, Figure]], before: list[Figure]) -> list[Figure]:
    """Shares ('12% of X's trade') are figures; a change ('up 12%') is the change of the amount
    it follows in its sentence, else of the amount the sentence before stated ('Trade reached
    $3bn in 2023. This was 12% more than in 2022.'), and no figure of its own: a growth rate
    alone (of an economy, of prices) is not a fact of cooperation."""
    out = []
    for m in PERCENT.finditer(view.text):
        if m.group("hi") or _OWNED_AFTER.match(view.text, m.end()) or old_value(view.text, m.start()) or \
                _OWNED_BEFORE.search(view.text, max(0, m.start() - 40), m.start()) or \
                progress(view.text, m.end()):
            continue  # '$3bn, up 4%-6%' gives no single change; 'a 51% stake' is no figure
        change = _change(view.text, m)
        name, kind = indicator(view.text, m.start())
        if change is not None:
            sum_at = increment_at(view.text, m.end(), money)  # '20%, or $300m' (figure_increments)
            target = nearest([(at, f) for at, f in money if at != sum_at], m.start()) or \
                _told_before(before, name)
            for f in (f for at, f in money if at == sum_at):
                as_increment(f, change, target)
            if target is not None:
                target.change_percent = change
            alone = None if target or sum_at is not None else change_alone(ctx, view, m, change, name)
            out.extend([alone] if alone is not None else [])
            continue
        label = _share(view.text, m, name)
        if _DEMOGRAPHY.match(label) or label == "value share":
            continue  # '70% of the population of X'; '3.4 percent' of nothing named
        start, end = period(ctx, view, m.span(), flow=kind == "flow")
        if start is None:  # '$9bn, or 5 percent of the total': the share is of the amount, then
            start, end = next(((f.period_start, f.period_end) for at, f in reversed(money) if at < m.start()
                               and f.period_start is not None and not f.period_start.inherited), (None, None))
        out.append(Figure(label, percent_value(m), "percent",
                          countries(ctx, view), start, end, None, view.text, rule="figure.percent"))
    return out


def _told_before(before: list[Figure], name: str) -> Figure | None:
    """The amount of the sentence before that a change names by its indicator, or that a change
    naming none ('This was 12% more') refers to: the last one without a change."""
    free = [f for f in before if f.change_percent is None]
    if name == "value":
        return free[-1] if free else None
    words = {w for w in name.lower().split() if len(w) > 3}
    return next((f for f in reversed(free) if words & set(f.indicator.lower().split())), None)


def _share(text: str, m: re.Match[str], name: str) -> str:
    """'12% of Kenya's total trade' is a share of what follows 'of'; else of the indicator."""
    of = _SHARE_OF.match(text[m.end():])
    if of is None:
        return name if name.endswith(("share", "rate")) else f"{name} share"
    words: list[str] = []
    what = of.group("what").split()[:12]
    for i, word in enumerate(what):
        place = word.lower() in ("in", "on") and i + 1 < len(what) and what[i + 1].lower() in ("the", "a")
        if _SHARE_STOP.match(word) and not place:  # 'of X made in the previous round' goes on
            break
        words.append(word)
    return "share of " + " ".join(words).rstrip(".")
