"""Outlets and agencies a sentence names only as its source, which sign nothing.

News English credits a report at the sentence's end ('…, Azernews reports.', '…, the X Agency
said.', '…, Y News wrote') or with 'according to Z'. The name so set off is the teller of the
sentence, never a side of what it tells: read as a party of 'signed between A and B, X reports'
it adds a third signatory."""

from __future__ import annotations

import re

from coopkg.extract.cues import any_word
from coopkg.extract.doc import Sent, Span

# ', X reports.' / ', X said on Monday.': a reporting verb after the name that closes the sentence
_TAG_AFTER = re.compile(r"\s+(?:reports?|reported|reporting|writes|wrote|says|said|informs|informed|"
                        r"notes|noted|cites|cited|quotes|quoted|has\s+learned|learned|announced|"
                        r"stated|states)\b(?:\s+(?:on\s+)?\w+)?\s*[.!\"”']*\s*$")
_TAG_BEFORE = re.compile(r"(?:,\s*|^)$")
_ACCORDING = re.compile(r"\b(?:according\s+to|reported\s+by|cited\s+by|quoted\s+by)\s+(?:the\s+)?$", re.I)


# Speed only: each of _ACCORDING's phrases holds one of these words (same case folding)
_ACCORDING_WORDS = re.compile(r"according|reported|cited|quoted", re.I)
# Speed only: _ACCORDING_WORDS as substrings of the lowered text (cues.any_word), which holds one
# exactly where the case-insensitive search finds one (a text with a folding trap: assumed to)
_ACCORDING_LOW = ("according", "reported", "cited", "quoted")


def source_tag(text: str, span: Span, cited: bool = True) -> bool:
    """True when `span` names the sentence's source: set off by a comma before a closing
    reporting verb (', X reports.') or after 'according to'.  `cited` False says the text holds
    none of _ACCORDING_WORDS (speed only: then _ACCORDING cannot match)."""
    if cited and _ACCORDING.search(text, 0, span.start):
        return True
    return bool(_TAG_AFTER.match(text, span.end) and _TAG_BEFORE.search(text, 0, span.start))


# 'NAIROBI, Kenya and ...', 'LIMA — ...': a place in capitals opening the text is the dateline
_DATELINE_END = re.compile(r"\s*(?:,|:|[-–—]+\s)")


def dateline_place(text: str, span: Span) -> bool:
    """A city or region in capitals that opens the sentence before a comma or dash is where the
    story was filed (a dateline), never a side of what it tells.  A country is left alone: 'UAE,
    Egypt and Jordan signed' writes a state in capitals."""
    return span.ref.kind == "place" and "/country/" not in span.ref.key and \
        not text[:span.start].strip() and text[span.start:span.end].isupper() and \
        bool(_DATELINE_END.match(text, span.end))


def untagged(view: Sent) -> list[Span]:
    """The sentence's entity spans without those it names only as its source or its dateline."""
    cited = any_word(view.text, _ACCORDING_LOW)
    return [m for m in view.spans if m.ref.kind == "person" or
            not source_tag(view.text, m, cited) and not dateline_place(view.text, m)]
