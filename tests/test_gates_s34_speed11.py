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


PIECES = ["Talks ended.", "They met in St.", "Officials of the U.S.", "The envoy flew to Inner",
          "Ana Ruiz said.", "", "...", "Orla's port.", "talks in Tarn-Vell region ended;"]


def _plain_may_end(piece: str) -> bool:
    from coopkg.extract import place_pieces as pp

    tokens = pp.tokenise(" ".join(pp._RAW_WORD.findall(piece)[-pp._LAST_WORDS:]))
    if not tokens:
        return True
    last = tokens[-1][2]
    if last == "St" or any("." in word for _s, _e, word in tokens[-pp._LAST_WORDS:]):
        return False
    return last.lower() not in pp._OPENING_WORDS


@pytest.mark.parametrize("piece", PIECES)
def test_a_piece_ends_as_the_plain_test_says(piece):
    from coopkg.extract import place_pieces

    assert place_pieces._may_end(piece) == _plain_may_end(piece)


@pytest.mark.parametrize("text", SENTENCES + ["She spoke in Vell.", "Nothing here."])
def test_a_short_name_may_be_mentioned_as_the_plain_test_says(text):
    from coopkg.extract import linking

    for parts in (["Vell"], ["Sarn", "Orla"], [], ["nothing"]):
        runs = cues.words(text)
        plain = runs is None or not runs.isdisjoint(people.PRONOUNS) or any(p in text for p in parts)
        assert linking._may_mention(text, parts) == plain


def test_add_span_keeps_the_plain_overlap_and_order():
    from coopkg.extract import overlap
    from coopkg.extract.doc import Span
    from coopkg.extract.facts import Ref

    spans = [Span(10, 14, Ref("place", "p1"), "Tarn"), Span(0, 8, Ref("person", "a"), "Ada Obi"),
             Span(12, 20, Ref("org", "o"), "Vell Board"), Span(30, 34, Ref("place", "p2"), "Orla")]
    for a in spans:
        for b in spans:
            assert overlap._overlaps(a, b) == (a.start < b.end and b.start < a.end)

    class _Sent:
        def __init__(self):
            self.spans = []

    class _Doc:
        def __init__(self):
            self.dropped = []

    sent, doc = _Sent(), _Doc()
    kept = [overlap.add_span(doc, sent, s) for s in spans]
    assert kept == [True, True, True, True]
    assert [s.name for s in sent.spans] == ["Ada Obi", "Vell Board", "Orla"]
    assert [d.span.name for d in doc.dropped] == ["Tarn"]
