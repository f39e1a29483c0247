"""Speed-only gates of the organisation and people scans answer as the scans they guard: a test of
the text's end (or of one character) before a pattern is searched over the whole text before a
name or through a sentence.  Each gate is checked against the full search on every prefix of
invented sentences, so a later change to a pattern that breaks a gate's assumption fails here."""

from __future__ import annotations

import re

from coopkg.extract import orgattrs, orgcompounds, orgfilters, people, titles

SENTENCES = [
    "The company's chief executive Lena Park said the Norland-Zembla Forum met in Ardville.",
    "His Zemblan counterpart Ivo Berg and the deputy minister  Ana Ruiz signed, said the minister\t",
    "Minister of Economy, Trade and Industry Ken Sato & Minister of Fish and  Ada Obi met.",
    "The Ruritanian state-owned firm “Acme Holdings” and the national carrier Skyways said on Monday.",
    "Director of the Marine Studies Programme of NORCO Tom Hale, the ASEAN-led and EU-Zembla talks.",
    "Prof. Ivo Berg-Faculty of Law-College of Arts – NU and the senior adviser Mia Chen arrived.",
    "Norland's Harbour Authority, the Ardville-based utility, and Zembla’s mining company Orex.",
    "the vice-president Luis Vega and chief   executive\nJon Roe",
]


def _prefixes() -> list[str]:
    out = []
    for sentence in SENTENCES:
        out += [sentence[:i] for i in range(len(sentence) + 1)]
    return out + ["", " ", "\n", "minister ", "Minister ", "the minister\n", "and ", "x & "]


_LOWER_RUN = re.compile(r"(?:(?P<adj>[A-Z][\w\-]*)\s+)?(?P<run>(?:[a-z][\w\-]*\s+){1,4})$")


def _full_lower_title(before: str) -> bool:
    """Whether `_lower_title_before`'s full search finds a run that ends in a title."""
    m = _LOWER_RUN.search(before)
    if not m:
        return False
    words = m.group("run").split()
    while words and words[0].lower() not in titles._TITLES_OR_MODIFIERS:
        words = words[1:]
    return bool(words) and words[-1].lower() in titles.NON_HONORIFIC_TITLES


def test_lower_title_gate_answers_as_the_full_search():
    prefixes = _prefixes()
    assert [b for b in prefixes if titles._ends_in_lower_title(b) != _full_lower_title(b)] == []
    assert sum(map(_full_lower_title, prefixes)) >= 4  # the check holds titles to find


def test_title_complement_needs_a_closing_and():
    prefixes = _prefixes()
    found = [b for b in prefixes if people._IN_TITLE_COMPLEMENT.search(b)]
    assert len(found) >= 2
    assert [b for b in found if not b.rstrip().endswith(("and", "&"))] == []


def test_dash_gates_skip_only_sentences_without_a_dash():
    for sentence in SENTENCES:
        plain = re.sub(r"[-–]", " ", sentence)
        assert list(orgcompounds._IGO_PART.finditer(plain)) == []
        assert list(orgfilters._GLUED_UNIT.finditer(plain)) == []
        assert orgcompounds.igo_in_compounds(sentence) == [
            m for m in orgcompounds.igo_in_compounds(sentence + " -")]
    assert orgcompounds.igo_in_compounds(SENTENCES[4]) != []
    assert orgfilters.glued_unit_cuts(SENTENCES[5]) != []


def test_described_country_gate_answers_as_the_full_search():
    prefixes = _prefixes()
    found = [b for b in prefixes if orgattrs._DEMONYM_KIND.search(b)]
    assert len(found) >= 2
    assert [b for b in prefixes if orgattrs._may_end_in_kind(b) is False and
            orgattrs._DEMONYM_KIND.search(b)] == []
