"""Speed-only shortcuts of round 11 (s34 helper s11) give the answers of the plain code they
replace: the whole-word gate of a pattern with letter cues only (cues._run_scanner's short
form), the rule-function gate reading its text argument (sentence_gates.needs), and the lone-word
test inlined in people.find_people.  Invented sentences."""

from __future__ import annotations

import re

import pytest

from coopkg.extract import cues, people, sentence_gates
from coopkg.extract.sentence_gates import needs

SENTENCES = [
    "Ruritania and Borduria signed a pact with the Vell Institute on Monday.",
    "The delegation left without the envoy, who stayed in Tarn for talks.",
    "Officials met between sessions; nothing was signed between the two.",
    "WITH THE ACCORD SIGNED, THE MINISTERS DEPARTED FOR ORLA.",
    "Kelvin-sign text \u212a stays with the plain scan in Sarn.",
    "A notwithstanding clause was withdrawn by the Mira Council.",
]

PATTERNS = [
    re.compile(r"\bwith\s+the\s+([A-Z]\w+)"),
    re.compile(r"\bbetween\s+(?:the\s+)?(\w+)"),
    re.compile(r"(?i)\bwith\s+the\b"),
]


def _gate(pattern: re.Pattern[str]) -> cues.Gated:
    gate = cues.gated(pattern)
    assert isinstance(gate, cues.Gated) and gate.runs is not None and not gate.others
    return gate


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern)
@pytest.mark.parametrize("text", SENTENCES)
def test_the_short_run_gate_agrees_with_the_plain_pattern(pattern, text):
    gate = _gate(pattern)
    for noted in (False, True):
        if noted:
            cues.index(text)
        for bounds in ((), (0,), (3,), (0, 20), (5, len(text))):
            plain = pattern.search(text, *bounds)
            got = gate.search(text, *bounds)
            assert (plain and plain.span()) == (got and got.span()), (text, bounds)
            assert [m.span() for m in gate.finditer(text, *bounds)] == \
                [m.span() for m in pattern.finditer(text, *bounds)]


class _Holder:
    def __init__(self, text: str):
        self.text = text


class _Text(str):
    """A subclass of str: read as the text itself, as isinstance decides."""


_WITH = re.compile(r"\bwith\s+the\b")


@needs("_WITH", at=0)
def _with_the(text) -> list[str]:
    text = text if isinstance(text, str) else text.text
    return [m.group() for m in _WITH.finditer(text)]


sentence_gates.GATES.pop(_with_the.gate.name)  # a test's gate: no pipeline rule (test_sentence_gates)


@pytest.mark.parametrize("text", SENTENCES)
def test_a_gated_rule_reads_a_string_a_holder_and_a_subclass_alike(text):
    cues.index(text)
    plain = [m.group() for m in _WITH.finditer(text)]
    assert _with_the(text) == _with_the(_Holder(text)) == _with_the(_Text(text)) == plain


@pytest.mark.parametrize("run", ["Ada", "Ada Obi", "A.Obi", "Dr.", " Ada ", "Ada\tObi", "Obi-Vell", ""])
def test_the_inline_lone_word_test_is_one_word(run):
    assert ("." not in run and len(run.split()) == 1) == people._one_word(run)


def test_a_closed_finditer_answers_no_match_every_time():
    gate = _gate(PATTERNS[1])  # 'between' is in none of these sentences
    text = "The envoy stayed in Tarn for talks with the Vell Institute."
    cues.index(text)
    for _ in range(3):
        assert list(gate.finditer(text)) == [] == list(PATTERNS[1].finditer(text))
        assert gate.search(text) is None and gate.match(text) is None


@pytest.mark.parametrize("text", ["", "Talks were held in Tarn last year.", "A week ago, Vell met Sarn.",
                                  "Talks on 12 March 2024 in Orla.", "\u0130stanbul talks this month."])
def test_the_date_kinds_read_the_same_cues(text):
    from coopkg.extract import dates

    month = any(cue in text for cue in dates._MONTH_CUES)
    assert ("md" in dates._possible_kinds(text)) == month
    assert cues.any_word(text, ("year", "month", "week")) == \
        (cues.folded(text) is None or any(w in cues.folded(text) for w in ("year", "month", "week")))
