"""EndAnchored (end_anchored.py) skips an end-anchored scan only where it cannot match: the
wrapped patterns answer every text as the plain patterns do."""

import itertools
import random

import pytest

from coopkg.extract import people, titles
from coopkg.extract.end_anchored import EndAnchored

WRAPPED = [people._CUED, people._ACRONYM_END, people._POSSESSED, titles._AND_END, titles._DASH_END]
PIECES = ["led by", "signed by", "and", "&", "Ana", "Obi", "Vega", "Tarn's", "Tarn’s", "Tarn'",
          "(ZA)", "(Z)", ")", "(", "-", "–", "—", "x", "by", "s", "'", "’", " ", "  ", "\n", "\u00a0",
          ",", "Band", "hand", "1"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 7))) for _ in range(n)]


def _cued_texts() -> list[str]:
    """'led by Ana Obi and ': the optional run of names closed by 'and' is rarely drawn at random."""
    return [f"{cue} {' '.join(['Ana'] * k)}{' and' if k else ''}{space}" for cue in ("led by", "signed by")
            for k in range(8) for space in (" ", "  ", "\n", "")]


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groups() == b.groups())


@pytest.mark.parametrize("wrapped", WRAPPED, ids=lambda w: w.pattern.pattern[:30])
def test_search_and_sub_agree_with_the_plain_pattern(wrapped: EndAnchored):
    texts = _texts(4000, 11) + ["".join(p) for p in itertools.product(PIECES[:12] + [" "], repeat=2)] + \
        _cued_texts()
    for text in texts:
        for end in {len(text), max(0, len(text) - 1), len(text) // 2}:
            assert _same(wrapped.search(text, 0, end), wrapped.pattern.search(text, 0, end)), (text, end)
        assert _same(wrapped.search(text), wrapped.pattern.search(text)), text
        assert wrapped.sub(" ", text) == wrapped.pattern.sub(" ", text), text


def test_the_samples_match_where_they_should():
    assert people._CUED.search("The talks were led by Ana Obi and ", 0, 34)
    assert people._POSSESSED.search("Kenya's  ")["owner"] == "Kenya"
    assert people._ACRONYM_END.sub(" ", "Head of the Zones Authority (ZA) ") == "Head of the Zones Authority "
    assert titles._AND_END.search("Ambassador Tarn and") and not titles._AND_END.search("Ambassador Band")
    assert titles._DASH_END.search("the President -") and not titles._DASH_END.search("the President-")
    assert people._POSSESSED.search("Kenya said ") is None
