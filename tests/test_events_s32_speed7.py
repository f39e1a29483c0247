"""Speed-only shortcuts of round 7 (s32 helper s7) give the answers of the plain code they replace:
the gated event rules skipped in one step per sentence (events._rule_mentions), the one _FUTURE
search per sentence shared by the event and story dates (event_futures.future_in), and the
space-before-comma substitution run only on lines holding ' ,' (sentences._logical_lines).
Invented text, invented people."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import event_futures, events, extract, sentences
from coopkg.read.article import Article

PAPER = date(2024, 5, 16)

ARTICLES = [
    "Nairobi, May 16 (Agency): Peruvian Trade Minister Ana Ruiz arrived in Nairobi on Tuesday for a "
    "three-day official visit to Kenya. She met her Kenyan counterpart Ivo Berg on Wednesday. The two "
    "ministers held talks on trade , investment and health. Kenya and Peru signed a memorandum of "
    "understanding on agriculture. Ruiz will attend the trade fair in November.",
    "The China-Africa Cooperation Forum was launched in Accra on Monday. Ghana's President opened the "
    "ceremony. The Ghana Cocoa Institute was founded in 1962. Officials said the joint commission is "
    "scheduled to meet in June. Prime Ministers Lena Park and Tomas Bell met on the sidelines of the "
    "summit, and the Foreign Ministers held bilateral talks.",
    "Joint commissions constitute a mechanism for dialogue. The weather was fine, and nobody said anything.",
]


def _plain_rule_mentions(ctx, view):
    return events.visits(ctx, view) + events.with_counterpart(
        ctx, view, events.pair_named(ctx, events.typed(ctx, view))) + events.launches(ctx, view) \
        + events.passive_launches(view) + events.agent_launches(view) + events.foundings(ctx, view) \
        + events.talks(ctx, view) + events.counterpart_talks(ctx, view) \
        + events.office_pair_meetings(ctx, view)


def _facts(text: str):
    facts = extract(Article(text=text, published=PAPER, title="", source="Probe"))
    return repr(facts.events), repr(facts.agreements)


@pytest.mark.parametrize("text", ARTICLES)
def test_rules_skipped_in_one_step_find_what_each_rule_finds(text, monkeypatch):
    quick = _facts(text)
    monkeypatch.setattr(events, "_rule_mentions", _plain_rule_mentions)
    assert _facts(text) == quick


def test_every_rule_of_the_one_step_is_gated():
    assert all(hasattr(rule, "gate") and hasattr(rule, "__wrapped__") for rule, _alone in events._RULES)


@pytest.mark.parametrize("text", [s for a in ARTICLES for s in a.split(". ")] + [
    "The ministers will meet on Friday.", "The forum, being held in Lima, opens today.",
    "He was being held in custody.", "The talks take place in June.", ""])
def test_future_search_shared_per_sentence_is_the_plain_search(text):
    assert event_futures.future_in(text) is (event_futures._FUTURE.search(text) is not None)


@pytest.mark.parametrize("paragraph", [
    "Kenya , Peru and Chile\nsigned the accord", "No comma here\nat all", "A ) , B\n– Memorandum , on X",
    "Spaced  ,  out\n\n  lines ,\tand tabs", "Quote” , then ' , and x,y"])
def test_space_before_comma_only_where_a_line_holds_one(paragraph):
    plain = []
    for raw in paragraph.split("\n"):
        line = raw.strip()
        if not line:
            continue
        line = sentences._SPACE_COMMA.sub("", line)
        if plain and not sentences._BULLET.match(line):
            plain[-1] = f"{plain[-1]} {line}"
        else:
            plain.append(line)
    assert sentences._logical_lines(paragraph) == plain
