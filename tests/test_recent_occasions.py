"""Two classes seen in unseen news: a person introduced only by a country's possessive and what
they do ("Peru's Ana Ruiz met her Chilean counterpart"), and speech or meetings with no date of
their own in a story whose lead gives no day, which happened on the recent day the story dates
further down ("at Tuesday's talks"), not merely in the publication month.  (Invented text.)"""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def facts(text: str, published: date = date(2024, 5, 17)):
    return extract(Article(text=text, published=published, title="", origin="test"))


@pytest.mark.parametrize("text, name, country", [
    ("Peru’s Ana Ruiz met her Chilean counterpart in Lima on Monday.", "Ana Ruiz", "PE"),
    ("Ghana's Kofi Boateng and his Chinese counterpart opened the fair.", "Kofi Boateng", "GH"),
    ("Brazil's Mauro Lima held talks with officials in Buenos Aires.", "Mauro Lima", "BR"),
    ("Egypt's Samir Fawzi, who arrived on Sunday, toured the port.", "Samir Fawzi", "EG"),
    ("Kenya's Grace Wanjiru telephoned the Ugandan minister on Friday.", "Grace Wanjiru", "KE"),
])
def test_a_countrys_person_is_known_by_what_only_a_person_does(text, name, country):
    found = {p.name: p for p in facts(text).people}
    assert name in found
    assert found[name].country == country and found[name].rule == "person.possessed"


@pytest.mark.parametrize("text", [
    "Kenya's Rift Valley Railways signed a deal with the port.",
    "Chile's Atacama Desert met the expectations of the visitors.",
    "Chile's Lithium Plan met resistance in the provinces.",
    "Peru's Ana Ruiz signed the agreement.",
])
def test_without_a_person_act_a_possessed_name_is_no_person_by_this_rule(text):
    assert all(p.rule != "person.possessed" for p in facts(text).people)


STORY = ("Peru and Chile pledged to deepen their trade ties. The two sides reviewed projects in "
         "mining and ports. Both want more trade.\n\nTrade between them has grown for years. "
         "Copper leads it. Fruit follows.\n\nThe ministers met in Lima on Wednesday and held "
         "talks on fisheries. Peru's trade minister Ana Ruiz said the talks would bring new "
         "investment.")


def test_undated_speech_takes_the_recent_day_the_story_gives_later():
    (statement,) = facts(STORY).statements
    assert statement.date is not None
    assert (statement.date.value, statement.date.inherited) == ("2024-05-15", True)


def test_a_day_outside_the_fortnight_before_publication_is_background_not_the_occasion():
    story = STORY.replace("on Wednesday", "on 2 March")
    (statement,) = facts(story).statements
    assert statement.date is not None and statement.date.value == "2024-05"


def test_a_possessive_weekday_names_the_occasion_too():
    story = STORY.replace("The ministers met in Lima on Wednesday and held talks on fisheries.",
                          "Wednesday's talks in Lima covered fisheries.")
    (statement,) = facts(story).statements
    assert statement.date is not None and statement.date.value == "2024-05-15"


def test_a_quoted_day_is_not_the_occasion():
    story = STORY.replace("The ministers met in Lima on Wednesday and held talks on fisheries.",
                          '"We met on Wednesday to talk about fish," an aide recalled.')
    dates = [s.date.value for s in facts(story).statements if s.speaker.key == "Ana Ruiz"]
    assert dates == ["2024-05"]
