"""Speed-only shortcuts of round 10 (s34 helper s10) give the answers of the plain code they
replace: the 'reports' slot cue and the 'signed|documents' test led by their literals, the
'according' words read as substrings, and the case-sensitive word tests before the lowercase
ministry, lowercase body and described-name patterns.  Invented text, invented names."""

from __future__ import annotations

import re

import pytest

from coopkg.extract import agreements, orgcompounds, orgcontext, orgdescribed, source_tags
from coopkg.extract.cues import any_word, folded

TEXTS = [
    "The Kenyan foreign ministry said the state oil company Norgas would report on Monday.",
    "A spokesman for the Tunisian presidency wrote that the Kestrel group \u201cBlue Harbour\u201d signed.",
    "Officials of the Ugandan parliament and the Ruritanian senate reported the documents were ready.",
    "SIGNED on Tuesday, the DOCUMENTS name the Peruvian government press service and Ruritania's senate.",
    "In an interview with the Daily Vell, the firm Acme Steel said its carrier Skyline grew.",
    "The Ministry of Trade of Vellmark met the state-owned bank Orla Capital in Tarn.",
    "Sign-up forms, cosigned papers, documents2 and signedness: none is a signing word on its own.",
    "The Kenyan ministry for roads, housing and works and Uganda's trade ministry of Kampala agreed.",
    "He \u017figned the report; the interviewer rewrote it; Reporters wrote to the newspaper Tarn Post.",
    "Nothing here names a body at all, it only rains on the hills near the lake.",
    "The Borduria President's Office and the Ordan prime minister's office, the Foreign Office too.",
    "\u0130stanbul's national broadcaster Kanal Yedi and the fund \u201cGreen Future\u201d were cited.",
]

_PLAIN_REPORTS = re.compile(r"\breport|\bwr[io]te|\binterview\swith")
_PLAIN_SIGNING = re.compile(r"\bsign(?:ed|ing)\b|\bdocuments\b", re.I)


def _spans(found):
    return [(m.span(), m.groups()) for m in found]


@pytest.mark.parametrize("text", TEXTS)
def test_literal_led_cues_find_the_plain_matches(text):
    assert _spans(orgcontext._SLOT_CUES["reports"].finditer(text)) == _spans(_PLAIN_REPORTS.finditer(text))
    assert _spans(agreements._SIGNING_OR_DOCUMENTS.finditer(text)) == _spans(_PLAIN_SIGNING.finditer(text))
    for start in range(0, len(text), 7):  # every cut of the text, as a stretch of a sentence
        assert bool(agreements._SIGNING_OR_DOCUMENTS.search(text[start:])) == \
            bool(_PLAIN_SIGNING.search(text[start:]))


@pytest.mark.parametrize("text", TEXTS)
def test_according_words_as_substrings_agree_with_the_search(text):
    found = source_tags._ACCORDING_WORDS.search(text) is not None
    if folded(text) is None:  # a folding trap: the shortcut says 'may hold', _ACCORDING decides
        assert any_word(text, source_tags._ACCORDING_LOW)
    else:
        assert any_word(text, source_tags._ACCORDING_LOW) is found


def _plain_lower_bodies(sentence):
    return [(m.start(), m.end(), m.group()) for m in orgcompounds._LOWER_BODY.finditer(sentence)
            if orgcompounds._country_before(m)]


@pytest.mark.parametrize("text", TEXTS)
def test_word_gates_never_hide_a_match(text):
    if "ministry" not in text:
        assert orgcompounds._LOWER_MINISTRY.search(text) is None
        assert orgcompounds._MINISTRY_OF_COUNTRY.search(text) is None
    got = [(m.start, m.end, m.name) for m in orgcompounds.lower_bodies(text)]
    assert got == _plain_lower_bodies(text)
    if orgdescribed._KIND_THEN_NAME.search(text) is None:
        assert orgdescribed._DESCRIBED.search(text) is None


def test_the_gates_open_where_the_bodies_are():
    assert orgcompounds.lower_ministries(TEXTS[0]) and orgcompounds.lower_ministries(TEXTS[7])
    assert orgdescribed.described_orgs(TEXTS[0]) and orgdescribed.described_orgs(TEXTS[4])
    assert all(orgcompounds.lower_bodies(TEXTS[i]) for i in (1, 2, 3))


def test_the_gate_words_are_the_lexicon_bodies_last_words():
    for body in orgcompounds.lexicon.words("lower_bodies"):
        assert body.split()[-1] in orgcompounds._LOWER_BODY_ENDS
        assert orgcompounds._LOWER_BODY.search(f"The Vellish {body} met")


BEFORE_COMMA = [
    "Speaking at the forum, the spokesman of the Kenyan Foreign Ministry, ",
    "the head of the Vell Port Authority,",
    "In Lima, on Monday, the director at the Acme Institute of Mines ,\n",
    "the chief of staff, a deputy of the Sarn Board, the chairman of Tarn Holdings, ",
    "no comma here at all",
    "one, two, three, four and five of them, the Envoy of Ruritania",
    ",",
    ",,",
]


@pytest.mark.parametrize("before", BEFORE_COMMA)
def test_role_of_scan_from_the_second_last_comma_finds_the_plain_match(before):
    from coopkg.extract import titles

    plain = re.compile(titles._ROLE_OF.pattern.pattern if hasattr(titles._ROLE_OF, "cues")
                       else titles._ROLE_OF.pattern)
    for cut in range(len(before) + 1):
        text = before[:cut]
        start = text.rfind(",", 0, max(0, text.rfind(","))) + 1
        got, want = titles._ROLE_OF.search(text, start), plain.search(text)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def test_role_of_finds_a_role_after_earlier_commas():
    from coopkg.extract import titles

    text = BEFORE_COMMA[0]
    m = titles._ROLE_OF.search(text, text.rfind(",", 0, max(0, text.rfind(","))) + 1)
    assert m is not None and m.group("org").startswith("Kenyan Foreign Ministry")


@pytest.mark.parametrize("text", [*TEXTS, "the Ministry of Mines, Energy and Water of Vellmark met",
                                  "the Ministry of Mines and Energy met", "the Board of Tarn, Sarn or Vell"])
def test_comma_list_gate_never_hides_a_match(text):
    if "," not in text or "and" not in text:
        assert orgcompounds._COMMA_LIST.search(text) is None
        assert orgcompounds.comma_list_names(text) == []
