"""Which dates of a sentence about the future lie ahead.  A sentence that says 'will' somewhere
may also tell what already happened: in 'X met Y on Monday and will meet him again next month'
Monday is past; in 'Peru prepares to host the summit on Monday, where leaders are expected to
sign' it is ahead.  A date is ahead when the nearest verb before it is a future cue, or, with no
verb before it in its clause, when the first verb after it is; a past verb ('met', 'said',
'arrived') nearer to the date keeps it in the past."""

from __future__ import annotations

import re

from coopkg.extract.lexicon import alternation, words

_IRREGULAR = alternation(words("event_words", "past-verb"))
# a finite past verb: '-ed' or irregular, not a participle after 'be'/'been'/'is'/'are'/'will be'
# ('will be held on Friday') or an adjective after a determiner ('the planned summit'); not
# '-eed' ('need', 'indeed', 'exceed') or 'hundred'
_PAST = re.compile(rf"(?<![A-Za-z])(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bthe\s)"
                   rf"(?<!\ba\s)(?<!\ban\s)(?:[a-z]{{3,}}(?<!e)(?<!hundr)ed|{_IRREGULAR})\b")


def ahead(text: str, start: int, future: re.Pattern[str]) -> bool:
    """Whether the date at `start` of a sentence that `future` matches is told as ahead."""
    cues = [(m.start(), m.end(), True) for m in future.finditer(text)]
    pasts = [(m.start(), m.end(), False) for m in _PAST.finditer(text)
             if not any(c0 <= m.start() < c1 for c0, c1, _ in cues)]
    marks = sorted(cues + pasts)
    before = [m for m in marks if m[0] < start]  # a cue may hold the date ('leaves on Saturday')
    if before:
        return before[-1][2]
    after = [m for m in marks if m[0] >= start]
    return bool(after) and after[0][2]
