"""Events and statements in ordinary news forms the s28 read sets showed failing (helper c).
Every sentence and name is invented.

- A tag inverted after the quote whose title names an envoy's host country after 'to'
  ('..., said Ambassador of Velmar to Korland Ana Ruiz'): the title's 'to' stopped the
  search for the speaker after the verb.
- A meeting told by a gerund after a subordinator ('While meeting President X on Friday, Y
  said ...') was labelled 'While meeting', which says nothing of who met; and two meetings of
  one day told by the bare noun, each with a person the other lacks (a morning meeting with A,
  an afternoon one with B), were booked as one.
- Talks 'with his <demonym> counterpart' after the article has named that counterpart ('his
  Kenyan counterpart Tom Oduya') are talks with that person, not with the country.
- An occasion something was done during ('signed during a business mission of Chilean firms to
  Nairobi on May 3', 'during the trade fair in Lima on Tuesday'), with its own place and day, is
  an Other event; without them ('during the fair') it is the one told before, or none.
- A relative clause of speech whose verb a comma sets off from its quotation ('signed by
  Secretary X, who said, "..."'): the comma that ends 'who said A,' was read right after the
  verb, so nothing was said.
- Speech tagged by an impersonal passive naming its channel and body ('"...," it was stated in
  a news release issued by the X Embassy'): the body is the speaker; an outlet's report is not."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Facts
from coopkg.read.article import Article


def facts_of(text: str) -> Facts:
    return extract(Article(text=text, published=date(2024, 5, 17), title="", origin="test"))


def speakers(text: str) -> set[str]:
    return {s.speaker.key for s in facts_of(text).statements if s.speaker is not None}


@pytest.mark.parametrize("tag", [
    "said Ambassador of Chile to Kenya Ana Ruiz",
    "said Chile's envoy to Kenya Ana Ruiz",
    "said the Chilean Ambassador to Kenya Ana Ruiz at a ceremony in Nairobi on Tuesday",
])
def test_inverted_tag_with_envoy_title(tag: str) -> None:
    assert speakers(f"The loan will fund new schools in the north, {tag}.") == {"Ana Ruiz"}


def test_to_after_the_verb_is_no_title() -> None:
    """'said to be' is no tag: the name after it is what was said about."""
    text = "The new port, said to be the largest in the region, was opened by Ana Ruiz."
    assert speakers(text) == set()


def meetings(text: str) -> list[str]:
    return [e.label for e in facts_of(text).events if e.type == "Meeting"]


_ARRIVAL = "Chilean Foreign Minister Ana Ruiz arrived in Nairobi on Thursday. "


@pytest.mark.parametrize("lead", ["While meeting", "Whilst meeting", "When meeting"])
def test_gerund_meeting_is_labelled_by_who_met(lead: str) -> None:
    text = _ARRIVAL + f"{lead} Kenyan President Daniel Mwangi on Friday, Ruiz said Chile would help."
    assert meetings(text) == ["meeting between Daniel Mwangi and Ana Ruiz"]


def test_two_meetings_of_one_day_with_different_people() -> None:
    text = _ARRIVAL + (
        "During a meeting with Prime Minister Tom Oduya on Friday morning, Ruiz said Chile valued "
        "the port. While meeting Kenyan President Daniel Mwangi on Friday afternoon, Ruiz said "
        "Chile would help.")
    assert sorted(meetings(text)) == ["meeting between Daniel Mwangi and Ana Ruiz",
                                      "meeting between Tom Oduya and Ana Ruiz"]


def test_the_same_meeting_told_again_stays_one() -> None:
    """A second bare mention with a subset of the people is the first meeting again."""
    text = _ARRIVAL + (
        "Ruiz held a meeting with Prime Minister Tom Oduya on Friday. At the meeting with "
        "Oduya on Friday, the two discussed the port.")
    assert len(meetings(text)) == 1


def participants(text: str) -> list[set[str]]:
    return [{r.key.rsplit("/", 1)[-1] for r in e.participants}
            for e in facts_of(text).events if e.type == "Meeting"]


_NAMED = "Chilean Prime Minister Ana Ruiz met her Kenyan counterpart Tom Oduya in Nairobi on Monday. "


@pytest.mark.parametrize("talks", [
    "On Tuesday Ruiz discussed trade with her Kenyan counterpart.",
    "On Tuesday Ruiz spoke by phone with her Kenyan counterpart.",
])
def test_counterpart_named_before_is_the_person(talks: str) -> None:
    assert {"Ana Ruiz", "Tom Oduya"} in participants(_NAMED + talks)
    assert {"Ana Ruiz", "KE"} not in participants(_NAMED + talks)


def test_counterpart_never_named_stays_the_country() -> None:
    text = ("Chilean Prime Minister Ana Ruiz arrived in Nairobi on Monday. On Tuesday Ruiz "
            "discussed trade with her Kenyan counterpart.")
    assert {"Ana Ruiz", "KE"} in participants(text)


def test_counterpart_of_another_country_is_not_the_named_one() -> None:
    text = _NAMED + "On Friday Ruiz discussed trade with her Ugandan counterpart."
    assert {"Ana Ruiz", "UG"} in participants(text)


def others(text: str) -> list[str]:
    return [e.label for e in facts_of(text).events if e.type == "Event"]


@pytest.mark.parametrize(("text", "label"), [
    ("The memorandum was signed by Trade Minister Ana Ruiz and Ambassador Karl Brenner during a "
     "business mission of Chilean companies to Nairobi on May 3.",
     "business mission of Chilean companies to Nairobi"),
    ("Chilean firms signed five supply contracts during the trade fair in Nairobi on Tuesday.",
     "trade fair"),
])
def test_occasion_something_was_done_during(text: str, label: str) -> None:
    assert label in others(text)


@pytest.mark.parametrize("text", [
    "Chilean firms signed five supply contracts during the trade fair.",
    "During the exhibition, Trade Minister Ana Ruiz said exports would grow.",
])
def test_occasion_without_place_and_day_is_none(text: str) -> None:
    assert others(text) == []


def gists(text: str) -> dict[str, str]:
    return {s.speaker.key: s.text for s in facts_of(text).statements if s.speaker is not None}


@pytest.mark.parametrize("text", [
    'The deal was signed by Trade Secretary Ana Ruiz, who said, "the fund will bring great '
    'benefits to the north."',
    'The accord was signed in Lima by Ana Ruiz, the trade secretary, who said, "the fund will '
    'bring great benefits to the north," before leaving for the port.',
])
def test_who_said_comma_quote(text: str) -> None:
    assert "great benefits" in gists(text).get("Ana Ruiz", "")


def test_who_said_clause_still_ends_at_its_comma() -> None:
    """'X, who said A, signed B': what X said is A alone."""
    text = ("Trade Secretary Ana Ruiz, who said the fund would bring benefits, signed the "
            "contract with the port authority.")
    assert "signed" not in gists(text).get("Ana Ruiz", "signed")


def body_speakers(text: str) -> set[str]:
    return {s.speaker.key for s in facts_of(text).statements
            if s.speaker is not None and s.speaker.kind == "org"}


@pytest.mark.parametrize(("text", "body"), [
    ('"With this grant the schools of the north will get new books and desks," it was stated '
     "in a news release issued by the Chilean Embassy in Kenya.", "Chilean Embassy in Kenya"),
    ("The grant will support schools in the north of the country, it was said in a statement "
     "issued by the Chilean Embassy.", "Chilean Embassy"),
])
def test_impersonal_passive_with_channel(text: str, body: str) -> None:
    assert body_speakers(text) == {body}


def test_impersonal_report_is_no_statement() -> None:
    text = ("The grant will support schools in the north, it was reported in an article of the "
            "Chilean Embassy.")
    assert body_speakers(text) == set()
