"""Earlier agreements an article dates by an anniversary: 'this year marks the 30th anniversary of
the signing of the treaty on X' is a treaty signed 30 years before the year the sentence speaks of
(its own year, 'that year' of the sentence before, else the year of publication)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_documents import KIND_RE, is_plural, kind_of
from coopkg.extract.agreement_links import Found
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.cues import words
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, When
from coopkg.extract.parties import between_in, pair_refs
from coopkg.extract.sentence_gates import needs

# 'of the signing of a navigation and fisheries treaty': an article, then up to three words
_ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?"
                          r"(?:signing\s+of\s+(?:the\s+|an?\s+)?)?(?P<doc>(?:[\w\-]+\s+){0,3}?)"
                          rf"(?={KIND_RE.pattern})", re.I)


@needs("_ANNIVERSARY")
def anniversary(ctx: Doc, view: Sent, previous: Sent | None) -> list[Found]:
    """The document whose anniversary the sentence marks, dated by subtraction."""
    m = _ANNIVERSARY.search(view.text)
    found = kind_of(view.text[m.end():]) if m else None
    year = (_year_named_before(view.text, m.start()) or _year_spoken_of(ctx, view, previous)) \
        if found else None
    if found is None or year is None or is_plural(found[1]) or _relation_only(m, found[1]):
        return []
    kind, noun = found
    after = m.end() + noun.end()
    parties = between_in(ctx, view, after, len(view.text)) or pair_refs(ctx)
    if len(parties) < 2:
        return []
    when = When(str(year - int(m.group("n"))))
    return [Found(Agreement(parties[:2], when, kind, document_topic(view.text, after), view.text,
                            rule="agreement.anniversary"), False)]


def _relation_only(m: re.Match[str], noun: re.Match[str]) -> bool:
    """'the 5th anniversary of the strategic partnership' dates a relation, not a paper: a
    partnership counts as a document only where its signing is what the anniversary marks."""
    return "partnership" in noun.group().lower() and "signing" not in m.group().lower()


_YEARS_AFTER = re.compile(rf"\b(?P<n>\d{{1,3}}|{'|'.join(lexicon.NUMBER_WORDS)})\s+years\s+(?:after|since)\s+"
                          r"(?:the\s+)?(?:signing\s+of\s+(?:the\s+)?)?(?=" + KIND_RE.pattern + ")", re.I)


def may_count_years(text: str) -> bool:
    """Whether `_YEARS_AFTER` may match: it needs the whole words 'years' and 'after' or
    'since', which most sentences with 'years' lack (its own cue is 'years' alone)."""
    found = words(text)
    return found is None or "years" in found and not found.isdisjoint(("after", "since"))


@needs("_YEARS_AFTER")
def years_after(ctx: Doc, view: Sent, previous: Sent | None) -> list[Found]:
    """'Five years after the Treaty of X, A and B signed ...': a document named as the start of
    a span of years ending at the time the sentence tells of, dated by subtraction."""
    m = _YEARS_AFTER.search(view.text) if may_count_years(view.text) else None
    found = kind_of(view.text[m.end():]) if m else None
    year = _year_spoken_of(ctx, view, previous) if found else None
    n = m.group("n") if m else ""
    if found is None or year is None or is_plural(found[1]) or found[1].start() != 0:
        return []
    after = m.end() + found[1].end()
    parties = between_in(ctx, view, after, len(view.text)) or pair_refs(ctx)
    if len(parties) < 2:
        return []
    span = lexicon.count_value(n)
    return [Found(Agreement(parties[:2], When(str(year - span)), found[0],
                            document_topic(view.text, after), view.text,
                            rule="agreement.years-after"), False)]


_YEAR_NAMED_BEFORE_RE = re.compile(r"(?<![\w$€£-])((?:19|20)\d\d)(?![\w%-])")


def _year_named_before(text: str, end: int) -> int | None:
    """'celebrate 2025 as Friendship Year, marking the 45th anniversary of the treaty': the year
    the clause names as the anniversary's, though no date mention was made of a bare year."""
    years = _YEAR_NAMED_BEFORE_RE.findall(text[:end])
    return int(years[-1]) if years else None


_YEAR_SPOKEN_OF_RE = re.compile(r"\bthat\s+year\b", re.I)


def _year_spoken_of(ctx: Doc, view: Sent, previous: Sent | None) -> int | None:
    if view.dates:
        return int(view.dates[0].when.value[:4])
    if _YEAR_SPOKEN_OF_RE.search(view.text):
        return int(previous.dates[-1].when.value[:4]) if previous and previous.dates else None
    return ctx.article.published.year


def dated_again(agreements: list[Agreement]) -> list[Agreement]:
    """'the 30th anniversary of the signing of the treaty ... The treaty was signed on 29 May
    1994': a document an anniversary dates to a year is the one the article dates to a day of
    that year (same kind and parties); the dated mention stands, taking any topic the
    anniversary gave."""
    kept = []
    for agreement in agreements:
        if agreement.rule == "agreement.anniversary" and agreement.date is not None:
            same = next((a for a in agreements if a is not agreement and a.kind == agreement.kind
                         and set(a.parties) == set(agreement.parties) and a.date is not None
                         and a.date.value.startswith(agreement.date.value)), None)
            if same is not None:
                same.topic = same.topic or agreement.topic
                continue
        kept.append(agreement)
    return kept
