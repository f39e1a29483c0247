"""'Today', 'yesterday', 'tomorrow' inside a quotation are the speaker's words: they count from
the day the words were spoken, not from the day the paper came out.  A story filed a day late
('X announced in Nairobi on Thursday ... "We had very good talks today," he said' in Friday's
paper) gives that day: a day-precise date stated right after a speech verb outside any quotation
('said on Thursday', 'told reporters on Tuesday'), in the quote's own sentence or, failing that,
the latest one an earlier sentence states.  Without such a day the quote is read against the
publication date as before."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from coopkg.extract import lexicon
from coopkg.extract.dates import DateMention
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import When
from coopkg.extract.quotes import quoted_spans

_DAY_WORD = re.compile(r"\b(?:today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)
_SPOKE = re.compile(rf"\b{lexicon.word_pattern('speech_verbs')}\b(?:\s+[\w’'\-,]+){{0,4}}?\s*$", re.I)
_WITHIN = 7  # days: a speaking day further back is another occasion's, not this quote's
_NEAR = 3  # sentences: a speaking day told further up belongs to another speech


def _quotes(text: str) -> list[tuple[int, int]]:
    """The quoted stretches as the quotes module reads them, a quote still open running to the end."""
    spans, still_open = quoted_spans(text)
    return spans + [(max(text.rfind("“"), text.rfind('"')) + 1, len(text))] if still_open else spans


def _spoken_on(sent: Sent, quotes: list[tuple[int, int]]) -> str | None:
    """The day a speech verb of the sentence's narration states ('said on Thursday')."""
    for d in sent.dates:
        if len(d.when.value) == 10 and not any(a <= d.start < b for a, b in quotes) and \
                _SPOKE.search(sent.text[max(0, d.start - 60):d.start]):
            return d.when.value
    return None


def reanchor(doc: Doc) -> None:
    """Shift each quoted day word of `doc.sents` by the days between the speaking day the text
    gives and the publication date (see the module's docstring)."""
    published = doc.article.published
    earliest = (published - timedelta(days=_WITHIN)).isoformat()
    spoken: str | None = None
    age = 0  # sentences since the speaking day was stated
    for sent in doc.sents:
        age += bool(sent.text.strip())
        if not sent.dates:
            continue
        quotes = _quotes(sent.text) if '"' in sent.text or "“" in sent.text else []
        own = _spoken_on(sent, quotes)
        if own is not None and earliest <= own < published.isoformat():
            spoken, age = own, 0
        if not quotes or spoken is None or age > _NEAR:
            continue
        shift = (date.fromisoformat(spoken) - published).days
        sent.dates = [_shifted(d, shift) if _quoted_day(sent.text, d, quotes) else d for d in sent.dates]


def _quoted_day(text: str, d: DateMention, quotes: list[tuple[int, int]]) -> bool:
    return len(d.when.value) == 10 and any(a <= d.start < b for a, b in quotes) and \
        bool(_DAY_WORD.fullmatch(text[d.start:d.end].strip()) or _DAY_WORD.search(text, d.start, d.end))


def _shifted(d: DateMention, shift: int) -> DateMention:
    day = date.fromisoformat(d.when.value) + timedelta(days=shift)
    return replace(d, when=When(day.isoformat()))
