"""`cues.lead_runs`: a word list's first runs of letters stand for the list, so a sentence holding
none of them is passed over without the scan.  Checked on invented text against the plain scan of
the one rule that uses it today (epithets: 'her Chilean counterpart', 'the visiting Kenyan
president'), for every role noun of its lexicon list, so a later edit to the list or the pattern
that breaks the shortcut's assumption fails here."""

from __future__ import annotations

from coopkg.extract import epithets
from coopkg.extract.cues import Gated, lead_runs, may_hold


def test_each_item_stands_for_its_first_run_of_letters():
    assert lead_runs(["prime minister", "attaché", "Vice-President", "envoy"]) == \
        frozenset({"prime", "attach", "vice", "envoy"})


def test_an_item_not_opening_with_a_letter_gives_no_runs():
    assert lead_runs(["envoy", "émissaire"]) is None
    assert lead_runs(["envoy", "3rd secretary"]) is None


def test_a_text_may_hold_a_run_only_as_a_whole_word():
    runs = lead_runs(["prime minister", "envoy"])
    assert may_hold("The Prime Minister arrived.", runs)
    assert may_hold("the special envoy, Ana Ruiz", runs)
    assert not may_hold("The envoys arrived in time.", runs)  # 'envoys' is another run
    assert not may_hold("A primer on trade was published.", runs)
    assert may_hold("A primer was publıshed.", runs)  # a folding trap: no test is certain
    assert may_hold("Anything at all.", None)


def _plain(text: str) -> list[tuple[int, int]]:
    pattern = epithets._DEMONYM_NP
    raw = pattern.pattern if isinstance(pattern, Gated) else pattern  # the scan, no cue test
    return [m.span() for m in raw.finditer(text)]


def _gated(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in epithets._demonym_phrases.__wrapped__(text)]


def _sentences(role: str) -> list[str]:
    upper = role[:1].upper() + role[1:]
    return [f"Her Zorbian {role} arrived in Velmar on Monday.",
            f"It was the visiting Zorbian {upper}, who spoke first.",
            f"Talks with their Zorbian chief {role}-designate went on.",
            f"He met his Zorbian deputy {role.upper()}.",
            f"the Zorbian {role}s were there",
            f"(the Zorbian {role})"]


def test_the_gate_finds_what_the_plain_scan_finds_for_every_role():
    assert epithets._ROLE_RUNS is not None
    for role in sorted(epithets._ROLES):
        for text in _sentences(role):
            assert _gated(text) == _plain(text), text


def test_the_gate_passes_over_sentences_without_a_role_word():
    text = "The Zorbian delegation toured the Velmar port and the free zone."
    assert not may_hold(text, epithets._ROLE_RUNS)
    assert _gated(text) == _plain(text) == []
    assert _gated("Her Zorbian counterpart agreed.") == _plain("Her Zorbian counterpart agreed.") != []
