"""Speed-only shortcuts of round 9 (s33 helper s9) give the answers of the plain code they replace:
the run trimmer (orgtrim._trimmed) skips each of its patterns in a run lacking the literal every
match of that pattern holds ('for', 'of', 'on', a dash, '-based', an opening quote), and the
'Gulf of' test of place_uses looks at the end of the text before its scan, and the 'it' cue of
orgcontext's said-signed slot is led by its literal.  Invented text."""

from __future__ import annotations

import re

import pytest

from coopkg.extract import orgtrim, place_uses

RUNS = [
    "Tarnville for the Orla Development Commission",
    "The Vell Board on Maritime Cooperation",
    "Kestrel Commission of Kenya on Exchange of Students",
    "Sarn Council about Fisheries",
    "the Mira Coast Guard on Harbour Safety",
    "VELL-The Ministry of Roads",
    "VELL–The Ministry of Roads",
    "Orla-based Kestrel Holdings",
    "Tarn Valley-based Orla Mining Corporation",
    "On Tuesday the Ministry of Energy",
    'Mira Commission on "Mutual Recognition of Diplomas"',
    "Orla Commission on “Joint Harbour Works”",
    "Sarn Institute for Ocean Studies",
    "Kenya for the Peace Fund",
    "The Orla Times",
    "Mira University of Chile regarding Trade",
    "Kestrel Bank on X and Tarn University",
    "Ministry of Foreign Affairs",
    "Tarn Port Authority",
    "Vell",
]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


@pytest.mark.parametrize("run", RUNS)
def test_each_gate_agrees_with_its_pattern(run: str) -> None:
    plain = orgtrim._GLUED_DATELINE.match(run) or orgtrim._BASED_IN.match(run) or \
        orgtrim._DATED_LEAD.match(run)
    assert _span(orgtrim._glued_lead(run)) == _span(plain)
    assert _span(orgtrim._quoted_subject(run)) == _span(orgtrim._QUOTED_SUBJECT.search(run))
    topic = next((m for m in orgtrim._COUNTRY_THEN_TOPIC.finditer(run)
                  if orgtrim.is_country_name(m.group("c"))), None)
    assert _span(orgtrim._country_then_topic(run)) == _span(topic)
    assert orgtrim._PLACE_FOR.match(run) is None or "for" in run
    assert orgtrim._HEAD_ON.search(run) is None or "on" in run  # `_before_topic` returns a run without


BEFORE = ["the waters of the Gulf of ", "near the Bay of the ", "the Gulf of\n", "Minister of ",
          "sailed to the ", "the Straits  of   the  ", "Bay of", "", "  of the ", "of the Gulf "]


@pytest.mark.parametrize("text", BEFORE)
def test_feature_of_gate_agrees_with_its_pattern(text: str) -> None:
    plain = re.compile(place_uses._FEATURE_OF.pattern.pattern).search(text)
    gated = place_uses._FEATURE_OF.search(text)
    assert (gated and gated.span()) == (plain and plain.span())


IT_TEXTS = ["It was signed by Orla.", "Kestrel said it signed it.", "the visit\tit\nwas", "with it ",
            "(it) was", "Sarn edit it", "it", "bit it ", "Tarn said it\u00a0was", "ÉTAit it ", "it's",
            "_it x", "unit it."]


@pytest.mark.parametrize("text", IT_TEXTS)
def test_said_signed_cue_agrees_with_plain_pattern(text: str) -> None:
    from coopkg.extract import orgcontext
    plain = re.compile(r"\bit\s")
    assert [m.span() for m in orgcontext._SLOT_CUES["said-signed"].finditer(text)] == \
        [m.span() for m in plain.finditer(text)]
