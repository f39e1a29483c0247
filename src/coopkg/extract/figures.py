"""Figures: amounts of money in their common written forms, percentages and counts of signed
documents, with the indicator they measure, the period, the change and the countries."""

from __future__ import annotations

import re
from decimal import Decimal

from coopkg.extract import lexicon
from coopkg.extract.dates import find_period
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Figure, When

CURRENCIES = lexicon.mapping("currencies")
SCALES = {word: int(value) for word, value in lexicon.mapping("scales").items()}
_SYMBOLS = [c for c in CURRENCIES if not c[:1].isalpha() or "$" in c]
_CODES = [c for c in CURRENCIES if len(c) == 3 and c.isalpha()]
_CUR_BEFORE = (rf"(?P<cur1>{lexicon.alternation(_SYMBOLS)}|\b(?:{lexicon.alternation(_CODES)})"
               r"(?=\s?\d))\s?")
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = rf"(?:\s?(?P<scale>{lexicon.alternation(list(SCALES))})\b)?"
_CUR_AFTER = (rf"(?:\s*(?P<cur2>{lexicon.alternation([c for c in CURRENCIES if c[:1].isalpha()])})"
              r"(?![\w$]))?")
MONEY = re.compile(rf"(?:{_CUR_BEFORE})?{_NUM}{_SCALE}{_CUR_AFTER}", re.I)
PERCENT = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)")
_CHANGE = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s?(?:%|percent|per\s+cent)\s+(?P<dir>more|less|"
                     r"higher|lower|up|down|increase|decrease|growth|rise|drop)|"
                     r"(?P<dir2>up|down|increase[ds]?|decrease[ds]?|gr[eo]w|rose|fell|rise|"
                     r"growth|jump(?:ed)?)\s+(?:of|by)?\s*(?P<num2>\d+(?:\.\d+)?)\s?"
                     r"(?:%|percent|per\s+cent)", re.I)
_COUNT = re.compile(r"\b(?P<num>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"dozens?)\s+(?:\w+\s+){0,2}?(?P<what>documents|agreements|memorand\w+|"
                    r"contracts|deals|projects)\b", re.I)
_INDICATOR = re.compile(r"\b(?P<ind>(?:bilateral\s+|mutual\s+|foreign\s+|two-way\s+|direct\s+)?"
                        r"(?:trade\s+turnover|trade\s+volume|balance\s+of\s+trade|trade|turnover|"
                        r"investments?|invested|exports?|exported|imports?|imported|loans?|aid|"
                        r"grants?|revenue|gdp|output|contract|deal|agreements?|projects?))\b", re.I)
_VERB_NOUN = {"invested": "investment", "exported": "exports", "imported": "imports",
              "contract": "contract value", "deal": "deal value", "agreement": "agreement value",
              "agreements": "agreements value", "project": "project value",
              "projects": "projects value"}
_WORDS = lexicon.NUMBER_WORDS


def find_figures(ctx: Doc) -> list[Figure]:
    out: list[Figure] = []
    previous: Sent | None = None
    for view in ctx.sents:
        out.extend(_money(ctx, view))
        out.extend(_counts(ctx, view, previous))
        out.extend(_percents(ctx, view, out))
        previous = view
    return out


def _countries(ctx: Doc, view: Sent) -> list[str]:
    """Countries named in the sentence, and those of the organisations in it."""
    codes = []
    for m in view.spans:
        code = None
        if m.ref.kind == "place" and "/country/" in m.ref.key:
            code = m.ref.key.rsplit("/", 1)[-1]
        elif m.ref.kind == "org" and m.ref.key in ctx.orgs:
            code = ctx.orgs[m.ref.key].country
        if code and code not in codes:
            codes.append(code)
    if len(codes) < 2 and re.search(r"\b(?:bilateral|two\s+countries|both\s+countries|"
                                    r"between\s+our|two\s+sides|mutual)\b", view.text, re.I):
        codes += [c for c in ctx.pair() if c not in codes]
    return codes or ctx.pair()


_NOW = re.compile(r"\b(?:currently|now|at present|presently|so far|to date|this year)\b", re.I)


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The ';'-separated part of the sentence a number sits in."""
    start = text.rfind(";", 0, pos) + 1
    end = text.find(";", pos)
    return start, (end if end >= 0 else len(text))


def _period(ctx: Doc, view: Sent, pos: int) -> tuple[When | None, When | None]:
    start, end = _clause(view.text, pos)
    clause = view.text[start:end]
    period = find_period(clause, ctx.article.published)
    if period:
        return period
    local = [d for d in view.dates if start <= d.start < end]
    after = [d for d in local if d.start >= pos] or local
    if after:
        if re.search(r"\bsince\s+$", view.text[max(0, after[0].start - 8):after[0].start]):
            return after[0].when, None  # 'since 2015': open-ended
        return after[0].when, after[0].when
    if _NOW.search(clause):
        year = When(str(ctx.article.published.year), inherited=True)
        return year, year
    return None, None


def _indicator(text: str, pos: int) -> str:
    found = list(_INDICATOR.finditer(text))
    if not found:
        return "value"
    before = [m for m in found if m.start() < pos]
    m = before[-1] if before else found[0]
    indicator = " ".join(m.group("ind").lower().split())
    return _VERB_NOUN.get(indicator, indicator)


def _change(text: str) -> float | None:
    m = _CHANGE.search(text)
    if not m:
        return None
    num = float(m.group("num") or m.group("num2"))
    direction = (m.group("dir") or m.group("dir2")).lower()
    return -num if direction in {"less", "lower", "down", "decrease", "decreased", "decreases",
                                 "drop", "fell"} else num


def _money(ctx: Doc, view: Sent) -> list[Figure]:
    out = []
    for m in MONEY.finditer(view.text):
        cur = " ".join((m.group("cur1") or m.group("cur2") or "").lower().split())
        if not cur:
            continue
        scale = SCALES.get((m.group("scale") or "").lower(), 1)
        value = Decimal(m.group("num").replace(",", "")) * scale
        start, end = _period(ctx, view, m.end())
        out.append(Figure(_indicator(view.text, m.start()), float(value), CURRENCIES[cur],
                          _countries(ctx, view), start, end, _change(view.text), view.text,
                          rule="figure.money"))
    return out


def _counts(ctx: Doc, view: Sent, previous: Sent | None) -> list[Figure]:
    out = []
    for m in _COUNT.finditer(view.text):
        raw = m.group("num").lower()
        if raw.startswith("dozen"):
            continue
        if not re.search(r"\bsign", view.text, re.I):
            continue
        value = int(raw) if raw.isdigit() else _WORDS[raw]
        date = view.dates[0].when if view.dates else None
        if date is None and previous is not None and previous.dates and \
                previous.sentence.paragraph == view.sentence.paragraph:
            date = previous.dates[-1].when
        out.append(Figure(f"number of {m.group('what').lower()} signed", float(value),
                          m.group("what").lower(), _countries(ctx, view), date, date, None,
                          view.text, rule="figure.count"))
    return out


def _percents(ctx: Doc, view: Sent, money: list[Figure]) -> list[Figure]:
    if any(f.evidence == view.text and f.change_percent is not None for f in money):
        return []
    out = []
    for m in PERCENT.finditer(view.text):
        if _CHANGE.search(view.text[m.start():m.end() + 20]):
            continue
        start, end = _period(ctx, view, m.end())
        out.append(Figure(_indicator(view.text, m.start()) + " share", float(m.group("num")),
                          "percent", _countries(ctx, view), start, end, None, view.text,
                          rule="figure.percent"))
    return out
