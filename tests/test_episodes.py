"""Episode time on stories written for these tests: undated sentences that narrate a dated
episode take its day (events, agreements, counts of signed documents); background sentences and
plans do not."""

from datetime import date

from coopkg.extract import extract
from coopkg.extract.episodes import is_future, linked, past
from coopkg.extract.facts import Facts
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 10)  # a Friday


def facts_of(text: str) -> Facts:
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test"))


def dated(facts: Facts) -> dict[str, str]:
    return {e.label: e.date.value for e in facts.events}


VISIT = ("President Lena Okafor on Wednesday arrived in Lisbon.\n\n"
         "Upon her arrival, President Okafor inspected a guard of honour at an elaborate State "
         "reception ceremony.\n\n"
         "The guard of honour was followed by a State Banquet hosted in honour of the visiting "
         "President.\n\n")


def test_undated_sentences_linked_by_sequence_cues_take_the_lead_day():
    events = dated(facts_of(VISIT))
    assert events["State reception"] == "2024-05-08"
    assert events["State Banquet"] == "2024-05-08"
    banquet = next(e for e in facts_of(VISIT).events if e.label == "State Banquet")
    assert banquet.date.inherited


def test_an_undated_past_sentence_of_the_lead_takes_the_story_date():
    facts = facts_of("Foreign Minister Tomas Berg held talks with his Chilean counterpart Ana "
                     "Rojas in Santiago on Tuesday.\n\n"
                     "President Ana Rojas received Norwegian Prime Minister Erik Dahl at the "
                     "presidential palace.")
    reception = [e for e in facts.events if "Erik Dahl" in e.label or "reception" in e.label]
    assert reception and all(e.date.value == "2024-05-07" for e in reception), facts.events


def test_a_background_sentence_keeps_the_publication_month():
    facts = facts_of("President Lena Okafor on Wednesday arrived in Lisbon.\n\n"
                     "Previously, President Okafor met with Portuguese Prime Minister Rui Matos "
                     "in Porto.")
    meeting = next(e for e in facts.events if "Rui Matos" in e.label)
    assert meeting.date.value == "2024-05"


def test_a_plan_in_a_dated_sentence_does_not_start_an_episode():
    facts = facts_of("President Lena Okafor on Wednesday arrived in Lisbon.\n\n"
                     "The two leaders agreed that the countries will adopt an action plan for "
                     "2026.\n\n"
                     "The two leaders then attended a State Banquet.")
    assert dated(facts)["State Banquet"] == "2024-05-08"


def test_a_document_signed_on_the_occasion_takes_the_episode_day():
    facts = facts_of("President Ana Rojas today received Norwegian Prime Minister Erik Dahl at "
                     "the palace.\n\n"
                     "The two leaders discussed trade and investment.\n\n"
                     "On the occasion, Chile and Norway signed a 40 million euro grant agreement "
                     "for water supply.")
    assert [a.date.value for a in facts.agreements] == ["2024-05-10"]
    assert facts.agreements[0].date.inherited


def test_a_count_of_documents_signed_then_takes_the_episode_day():
    facts = facts_of("President Lena Okafor on Wednesday arrived in Lisbon.\n\n"
                     "The two presidents then witnessed the signing of four bilateral "
                     "agreements.")
    count = next(f for f in facts.figures if f.unit == "agreements")
    assert (count.value, count.period_start.value) == (4, "2024-05-08")


def test_cue_predicates():
    assert linked("The two leaders then held private talks.")
    assert linked("The reception was followed by a dinner.")
    assert not linked("Trade between Chile and Peru grew by 4 percent.")
    assert is_future("The minister will attend the forum.")
    assert not is_future("He began a visit that will see him meet investors.")
    assert past("The delegations signed a memorandum.") and past("She met the mayor.")
    assert not past("Councils constitute a mechanism for dialogue.")
