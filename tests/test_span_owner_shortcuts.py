"""The tests read from the end of the text before an organisation's name (`orgattrs`
`_may_end_owned`, `_may_close_pair`) say no only where the owner patterns they stand before
cannot match: checked on every prefix of invented sentences, with long and odd whitespace, so a
later change to a pattern that breaks a test's reading fails here."""

from __future__ import annotations

import re

from coopkg.extract import orgattrs
from coopkg.extract.pipeline import run  # noqa: F401 — loading the pipeline installs the cue gates

SENTENCES = [
    "Ruritania's state-owned Acme Mining and Borduria's Velta Power signed a deal.",
    "Kenya's Lakeside University and University of Tarn and  the Harbour Institute met.",
    "The Ruritanians' national airline Skyfleet and the Borduria’s mining company Orex agreed.",
    "Ada Obi said Velta’s news agency  Velta Wire and the\tTarn Institute (TI) and the Ost Fund.",
    "Borduria's government-run broadcaster BTV, the Tarn think-tank X and Y's start-up Zed.",
    "Kenya's Moi University and Egerton University and the band the Sands and theirs and.",
    "Ruritania’s Ministry of Trade and the Acme Group of the Ost and   the the Tarn Office.",
]


def _prefixes() -> list[str]:
    out = []
    for sentence in SENTENCES:
        out += [sentence[:m.start()] for m in re.finditer(r"\S", sentence)]
        out += [sentence[:m.end()] for m in re.finditer(r"\S+", sentence)]
    return out + ["", " ", "and ", " and ", "and the ", " and the\n", "Acme's\n", "Acme s' "]


def test_owner_test_says_no_only_where_the_pattern_cannot_match():
    prefixes = _prefixes()
    wrong = [b for b in prefixes if orgattrs._OWNER.search(b) and not orgattrs._may_end_owned(b)]
    assert wrong == []
    assert sum(bool(orgattrs._OWNER.search(b)) for b in prefixes) >= 8  # the check is worth something


def test_pair_test_says_no_only_where_the_pattern_cannot_match():
    prefixes = _prefixes()
    wrong = [b for b in prefixes
             if orgattrs._OWNER_OF_PAIR.search(b) and not orgattrs._may_close_pair(b)]
    assert wrong == []
    assert sum(bool(orgattrs._OWNER_OF_PAIR.search(b)) for b in prefixes) >= 4
