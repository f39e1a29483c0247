"""The extractor's speed-ups change no output: a pattern behind its cue words, an alternation
grouped by first letter, the repeated-name scanner and the date cues answer exactly what the
plain patterns answer — including on the few characters where lower() and IGNORECASE disagree."""

from __future__ import annotations

import re
from datetime import date

import pytest

from coopkg.extract import lexicon
from coopkg.extract.cues import folded
from coopkg.extract.dates import _PATTERNS, _possible_kinds, find_dates
from coopkg.extract.linking import _whole_word_hits

TEXTS = [
    "",
    "The two ministers signed a memorandum on solar power in Lagos on Monday.",
    "Officials SIGNED the Accord; the signing ceremony followed the talks.",
    "A delegation visited Tashkent, and the Minister met with the Mayor.",
    "She said the co-signed plan was a 'first step', adding that more would follow.",
    "Inauguration of the Lakeside Institute took place during the state visit to Accra.",
    "The Northwind Group, a shipping company, and Redhill Bank held discussions.",
    "In March 2021 and on 5 June 2019, then on 2020-07-14 and last week, they met yesterday.",
    "Between the embassy of Ruritania in Osh and the consulate-general, no mission opened.",
    "The viſit ended; a \u212aELVIN-class ſigning; İNAUGURATION ıs near; Meetıng held.",
    "Mid-January, midJanuary and Sept. 3 are dates; so is Friday, but not Fridays.",
]


def _spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


def test_folding_traps_send_the_text_to_the_pattern():
    # IGNORECASE matches 'ſ' to 's' and the Kelvin sign to 'k'; lower() does not
    assert re.search("visit", "viſit", re.I) and "visit" not in "viſit".lower()
    assert folded("viſit") is None and folded("a \u212aelvin") is None
    assert folded("The Visit") == "the visit"


WORDS = ["sign", "signed", "Signing", "signature", "put pen to paper", "MoU", "MOU", "mou",
         "seal", "sealed", "US$", "$", "a", "ab", "agreement", "Agreement", "accord"]


@pytest.mark.parametrize("flags", [0, re.I])
def test_grouped_alternation_finds_what_the_plain_one_finds(flags):
    plain = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(WORDS, key=len, reverse=True))
    grouped = lexicon.alternation(WORDS)
    assert grouped != plain
    texts = [*TEXTS, "They put  pen to\npaper: a MoU, a mou and US$ 5 or $ 6; ab, Abc, seals."]
    for wrap in (r"\b(?:{})\b", r"(?:{})", r"(?P<w>{})\s+\w+"):
        ours = re.compile(wrap.format(grouped), flags)
        theirs = re.compile(wrap.format(plain), flags)
        for text in texts:
            assert _spans(ours.finditer(text)) == _spans(theirs.finditer(text)), (wrap, text)


def test_repeated_names_found_as_the_pattern_finds_them():
    names = ["Ada Okafor", "Okafor", "Ada", "Lakeside University", "Lakeside University of Accra",
             "LU", "Ada Okafor-Mensah"]
    ordered = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ordered)) + r")(?![\w-])")
    texts = ["Ada Okafor met Okafor-Mensah; Ada Okafor-Mensah and Ada, of LU, LUX and Lakeside "
             "University of Accra (LU) at Lakeside University.", "Okafor", "xOkafor Okafor_",
             "Ada Ada Okafor", ""]
    for text in texts:
        expected = [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]
        assert _whole_word_hits(text, ordered) == expected, text


def test_every_date_pattern_that_matches_is_among_the_possible_kinds():
    texts = [*TEXTS, "On Tuesday, 12-14 March 2022", "in the year 2019 (1998)", "this weekend",
             "Today and yesterday", "the 3rd of Feb, 2024", "Dec 25", "since early 2001",
             "next month", "Wednesday", "2019-02-30 and 2021-13-01"]
    for text in texts:
        kinds = _possible_kinds(text)
        for kind, pattern in _PATTERNS:
            if pattern.search(text):
                assert kind in kinds, (kind, text)
    found = find_dates("In March 2021 and on 5 June 2019 they met yesterday.", date(2022, 4, 1))
    assert [d.when.value for d in found] == ["2021-03", "2019-06-05", "2022-03-31"]


def test_a_sentence_without_a_number_has_no_count_or_quantity():
    from coopkg.extract import figure_counts
    from coopkg.extract.cues import words

    assert words("Twenty-five MoUs, a dozen deals") == frozenset(
        {"twenty", "five", "mous", "a", "dozen", "deals"})
    assert words("a viſit") is None
    texts = [*TEXTS, "They built twenty-five schools and 3 plants.", "A dozen universities joined.",
             "Some ten thousand students and someone's tenth attempt.", "Done: often ones."]
    texts += _article_sentences()
    numbered = 0
    for text in texts:
        found = figure_counts.COUNT.search(text) or figure_counts.QUANTITY.search(text)
        assert figure_counts._has_number(text) or not found, text
        numbered += bool(found)
    assert numbered >= 5
    assert not figure_counts._has_number("Done: often ones, someone said.")


def test_a_definition_is_looked_for_only_where_a_defining_verb_is():
    from coopkg.extract import events
    from coopkg.extract.cues import words

    texts = [*TEXTS, "Joint commissions constitute a mechanism for dialogue.",
             "Trade fairs\tserve  as a showcase.", "Summits are the highest level of contact."]
    texts += _article_sentences()
    defined = 0
    for text in texts:
        found = words(text)
        gate = found is None or not events._DEFINING_WORDS.isdisjoint(found)
        assert gate or not events._DEFINITION.search(text), text
        defined += bool(events._DEFINITION.search(text))
    assert defined >= 3


def _article_sentences() -> list[str]:
    from pathlib import Path

    from coopkg.extract import sentences

    return [s.text for path in sorted((Path(__file__).parent / "articles").glob("*.txt"))
            for s in sentences.split_sentences(path.read_text(encoding="utf-8"))]
