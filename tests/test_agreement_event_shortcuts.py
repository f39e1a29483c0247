"""Shortcuts of the agreement and event rules answer as the full scans they stand in for: each is
checked against the scan over invented sentences, the test articles' sentences, and traps (case,
folding traps, digits, number words inside other words)."""

from __future__ import annotations

from pathlib import Path

from coopkg.extract import sentences

TRAPS = [
    "", "No number at all here.", "Three separate letters of exchange for water; for roads; and for ports.",
    "THREE MEMORANDA ON trade, on health and on schools were signed.", "Someone signed 2 agreements on fish.",
    "They inked twenty-two deals in 2019, 3 protocols on rail and one on ports.", "Ten MoUs for X.",
    "x5 agreements on y", "٣ agreements on trade", "The ſeven accords on grain.",
    "The one agreement for all.",
    "Four\tprotocols\non water", "eleven  separate  contracts regarding ports", "Alone, a treaty on it.",
]


def _article_sentences() -> list[str]:
    return [s.text for path in sorted((Path(__file__).parent / "articles").glob("*.txt"))
            for s in sentences.split_sentences(path.read_text(encoding="utf-8"))]


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groups() == b.groups())


def test_a_counted_list_is_matched_only_where_a_count_begins():
    from coopkg.extract import agreement_documents as docs

    found = 0
    for text in [*TRAPS, *_article_sentences()]:
        full = docs._COUNTED.search(text)
        assert _same(docs._count_phrase(text), full), text
        found += full is not None
    assert found >= 4


KIND_TRAPS = [
    "The MEMORANDUM OF UNDERSTANDING and an MoU were signed.", "Memorandums, memoranda and a memo.",
    "A roadmap, a road map and a railroad plan.", "They exchanged diplomatic notes; notes were exchanged.",
    "Joint statement; joint-venture deals; a strategic partnership agreement.", "x_treaty and treaty_x",
    "The ſtrategic pact.", "A \u212aelvin-dealt accord, the \u0130nter-state treaty.",
    "documents2 and 2documents", "agreementé and éagreement", "The action plan, the work plan and the plans.",
    "Public-private partnerships and a public\u2013private deal.",
    "Minutes of the third meeting of the commission", "Terms of reference; terms agreed.", "",
]


def test_document_nouns_are_matched_only_where_a_first_word_of_one_is():
    from coopkg.extract import agreement_documents as docs

    def spans(found):
        return [(m.span(), m.groups()) for m in found]

    assert docs._KIND_WORDS and "memorandum" in docs._KIND_WORDS
    seen = 0
    for text in [*KIND_TRAPS, *TRAPS, *_article_sentences()]:
        full = list(docs.KIND_RE.finditer(text))
        assert spans(docs.kinds_in(text)) == spans(full), text
        for pos, end in ((3, len(text) - 4), (0, len(text) // 2), (len(text) // 3, len(text))):
            if pos < end:
                part = docs.KIND_RE.finditer(text, pos, end)
                assert spans(docs.kinds_in(text, pos, end)) == spans(part), text
        seen += len(full)
    assert seen >= 30


def test_first_words_are_read_only_where_a_word_boundary_and_a_whole_word_are_certain():
    import re

    from coopkg.extract.match_starts import first_words

    nouns = re.compile(r"\b(?:mou|memorand(?:um|a))\b", re.I)
    assert first_words(nouns) == {"mou", "memorandum", "memoranda"}
    assert first_words(re.compile(r"\bjoint\s+plan|\bdeals?\b")) == {"joint", "deal", "deals"}
    assert first_words(re.compile(r"(?:mou|pact)\b")) is None  # no \b before: may begin inside a word
    assert first_words(re.compile(r"\bpact")) is None  # nothing after: the word may go on
    assert first_words(re.compile(r"\bpact\w*\b")) is None  # a class of letters and others
    assert first_words(re.compile(r"\b\w+ment\b")) is None
    assert first_words(re.compile(r"\b(?:the\s+)?treaty\b")) == {"the", "treaty"}
    # any character other than an ASCII letter ends the run of letters a match begins with
    assert first_words(re.compile(r"\b(?:bi-national|g20|café)\s")) == {"bi", "g", "caf"}
    assert first_words(re.compile(r"\b-national")) is None  # a match that begins with no letter
    assert first_words(re.compile(r"\bmay[–—-]june")) == {"may"}  # a class of non-letters, not all ASCII


WORD_TRAPS = [
    "The minister will visit Ames next week.", "It IS EXPECTED TO rain; they ARE to meet.",
    "This isle is his.", "Upcoming talks, a forthcoming-visit and the next day.",
    "He landed, then left; afterwards he flew home.", "She had visited it for years since 2001, long ago.",
    "x_will and will_x and willow", "The ſaw and \u212aeep.",
    "Previously, the delegation arrived; it was followed by talks.", "It is to be held.", "",
]


def test_episode_and_journey_cue_lists_are_matched_only_where_their_first_words_are():
    from coopkg.extract import episodes, event_journeys
    from coopkg.extract.match_starts import first_match, matches

    lists = [(episodes._FUTURE, episodes._FUTURE_WORDS), (episodes._BACKGROUND, episodes._BACKGROUND_WORDS),
             (episodes._SEQUENCE, episodes._SEQUENCE_WORDS), (episodes._PAST, episodes._PAST_WORDS),
             (event_journeys._VISITED, event_journeys._VISITED_WORDS)]
    assert all(first is not None for _pattern, first in lists)
    seen = 0
    for text in [*WORD_TRAPS, *TRAPS, *_article_sentences()]:
        for pattern, first in lists:
            full = list(pattern.finditer(text))
            assert [(m.span(), m.groups()) for m in matches(pattern, first, text)] == \
                [(m.span(), m.groups()) for m in full], text
            one = first_match(pattern, first, text)
            assert (one.span() if one else None) == (full[0].span() if full else None), text
            seen += len(full)
    assert seen >= 40


def test_relative_dates_are_read_only_where_day_or_year_is_written(monkeypatch):
    from coopkg.extract import event_dates

    told = event_dates.Told("2024-05-14", "2024-05-14")
    texts = [*WORD_TRAPS, *TRAPS, *_article_sentences(), "They met the NEXT DAY; a YEAR LATER, again.",
             "Two days later", "later that year", "The following Year.", "a dAy earlier"]
    gated = [event_dates._told_after(text, told) for text in texts]
    monkeypatch.setattr(event_dates, "folded", lambda text: None)  # as if every text had to be scanned
    assert [event_dates._told_after(text, told) for text in texts] == gated
    assert sum(map(bool, gated)) >= 4


def test_rule_patterns_behind_their_first_words_are_matched_as_the_scans_match():
    from coopkg.extract import agreement_pending, agreements, event_activities, event_ceremonies, event_talks
    from coopkg.extract.match_starts import matches

    texts = [*WORD_TRAPS, *TRAPS, *KIND_TRAPS, *_article_sentences(), "They SIGNED and inked it; she signs.",
             "The minister spoke and talked; he met and briefed the press.",
             "They laid the foundation stone.", "They held talks; he hosted a dinner; she attended the fair.",
             "The joint commission met in Lima; the Bi-National Committee convened on Monday.",
             "The bilateral working group between Zenda and Orlo met, and the JOINT committee met again.",
             "A bi-national-bilateral joint committee met; the-joint committee met."]
    seen = 0
    for module in (agreements, agreement_pending, event_activities, event_ceremonies, event_talks):
        for name, first in module._FIRST_WORDS.items():
            assert first is not None, name
            pattern = getattr(module, name)
            for text in texts:
                full = [(m.span(), m.groups()) for m in pattern.finditer(text)]
                assert [(m.span(), m.groups()) for m in matches(pattern, first, text)] == full, (name, text)
                seen += len(full)
    assert seen >= 25


def test_rule_patterns_read_through_lookarounds_are_matched_only_where_their_first_words_are():
    """Lookarounds of word characters ('(?<![\\w-])donated(?![\\w-])') and '^' bound a first word
    as \\b does; the matches found from the first words are the scan's, also where the text is a
    noted sentence whose cues are tested first (cues.index)."""
    from coopkg.extract import (
        agreement_agreed,
        cues,
        event_meetings,
        event_met,
        event_passing_visits,
        figure_given,
        figure_periods,
    )
    from coopkg.extract.match_starts import first_match, matches

    texts = [*WORD_TRAPS, *TRAPS, *KIND_TRAPS, *_article_sentences(),
             "Orlo DONATED ten buses; Zenda gave-away pens.",
             "The ceremony took place at noon. Addressing the event, she left.",
             "At a ceremony, to the occasion; during this ceremony.",
             "the ceremony was held", "pre-donated, handed over, hand-over, sub-supplied, re-bought.",
             "They AGREED TO build it; he agreed to. Having visited Lima, she met Orlo after visiting Zenda.",
             "Orlo held talks with Zenda; they will hold meetings between the sides and met twice.",
             "Exports rose from March to June and between Jan.–Mar. 2024; MAY-JULY, Decto, sept through Oct."]
    pairs = ((figure_given._HAS_CUE, figure_given._HAS_CUE_WORDS),
             (event_meetings._GENERIC_EVENT, event_meetings._GENERIC_WORDS),
             (agreement_agreed._AGREED_TO, agreement_agreed._AGREED_WORDS),
             (event_met._MET, event_met._MET_WORDS),
             (event_passing_visits._AFTER_VISITING, event_passing_visits._AFTER_WORDS),
             (figure_periods._MONTH_SPAN, figure_periods._MONTH_SPAN_WORDS))
    seen = 0
    for text in [*texts, *map(cues.index, texts)]:
        for pattern, first in pairs:
            assert first is not None
            full = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in matches(pattern, first, text)] == full, text
            one = first_match(pattern, first, text)
            assert (one.span() if one else None) == (full[0][0] if full else None), text
            seen += len(full)
    assert seen >= 12


def test_a_signing_to_come_is_found_as_the_one_pattern_of_both_found_it():
    """agreement_pending.future_signing reads _FUTURE from its first words, 'approved ... for
    signing' and an opening 'In addition to signing X, they will' apart; together they say yes
    exactly where the alternation of the three says yes."""
    import re

    from coopkg.extract import agreement_pending as pending

    def source(pattern) -> str:
        return getattr(pattern, "pattern", pattern).pattern

    both = re.compile(f"(?:{source(pending._FUTURE)})|(?:{source(pending._APPROVED_FOR)})|"
                      f"^(?:{source(pending._SIGNING_ASIDE)})", re.I)
    texts = [*WORD_TRAPS, *TRAPS, *KIND_TRAPS, *_article_sentences(),
             "The plan was APPROVED by the cabinet on Monday for signature.", "It is ready for signing.",
             "Orlo will sign; Zenda is expected to sign.", "They hope for the early conclusion of it.",
             "Ministers will attend the signing.", "approval.for signing", "It was approved; for signing",
             "Besides signing the pact, both leaders will tour the port.",
             "After signing the pact, both leaders toured the port."]
    futures = [pending.future_signing(text) for text in texts]
    assert futures == [bool(both.search(text)) for text in texts]
    assert sum(futures) >= 5


def test_visit_nouns_are_scanned_from_just_before_each_noun_as_the_whole_scan_finds_them():
    """event_visits._visit_matches starts the scan a kind word and spaces before each noun; it
    finds the matches the scan of the whole sentence finds (spans and groups)."""
    from coopkg.extract import cues, event_visits

    for alternative in event_visits._NOUN.split("|"):  # every noun begins with a word looked for
        assert alternative.lower().startswith(event_visits._NOUN_STARTS), alternative
    texts = [*WORD_TRAPS, *TRAPS, *KIND_TRAPS, *_article_sentences(),
             "The statevisit and the state\u00a0 visit, a High-Level   Visits tour; tourism, re-visit.",
             "Visit by Orlo Venn to Zenda, then a working trip to Lima and the capital city of Ures.",
             "OFFICIAL TRIP. Friendly  tour of the region; his visits to Zenda, Orlo and Lima.",
             "A ſtate visit, a \u212aind trip.", "visits", "revisits visitor trips tours tour", ""]
    seen = 0
    for text in [*texts, *map(cues.index, texts)]:
        full = [(m.span(), m.groups()) for m in event_visits._VISIT.finditer(text)]
        assert [(m.span(), m.groups()) for m in event_visits._visit_matches(text)] == full, text
        seen += len(full)
    assert seen >= 20
