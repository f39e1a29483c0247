"""A long name with a father's name ('Khalid bin Abdul Aziz Mohammad Al-Rafi') is one name from the
given name before 'bin'; a sentence that only places its own time against an occasion ('was
received before the talks') does not date the occasion, so a statement 'after the talks' takes the
talks' day.  Sentences written for these tests; the people are invented."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.extract.facts import Facts
from coopkg.read.article import Article


def facts(text: str) -> Facts:
    return extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))


def test_given_name_before_bin_opens_a_six_word_name():
    f = facts("Khalid bin Abdul Aziz Mohammad Al-Rafi said Qatar would help Kenya build schools.")
    assert [p.name for p in f.people] == ["Khalid bin Abdul Aziz Mohammad Al-Rafi"]


def test_title_before_a_long_name_with_bin_stays_a_title():
    f = facts("Ambassador of Qatar to Kenya Abdullah bin Abdul Aziz Mohammad Al-Rafi met the minister.")
    assert [p.name for p in f.people] == ["Abdullah bin Abdul Aziz Mohammad Al-Rafi"]


def test_short_name_without_bin_keeps_three_words():
    f = facts("Minister of Trade Ada Wanjiru Okafor said Kenya would help Ghana build schools.")
    assert [p.name for p in f.people] == ["Ada Wanjiru Okafor"]


TALKS = ("Kenya and Ghana on Tuesday agreed to boost trade as President Ruto held talks with his "
         "counterpart John Mahama.\n\nMahama, who arrived here on Monday on his first visit to Kenya, "
         "was received at State House before the talks.\n\n")


def statement_dates(text: str) -> list[str | None]:
    return [s.date.value if s.date else None for s in facts(text).statements]


def test_statement_after_the_talks_takes_the_talks_day_not_the_arrival():
    text = TALKS + "\"We reviewed all areas of cooperation,\" Ruto said in a statement after the talks."
    assert statement_dates(text) == ["2024-03-05"]


def test_a_day_right_after_the_occasion_dates_it_even_after_before_or_after():
    text = ("Kenya and Ghana agreed to boost trade on Monday.\n\nAfter the talks on Tuesday, President "
            "Ruto met business leaders in Nairobi.\n\n\"We reviewed all areas of cooperation,\" Ruto "
            "said in a statement after the talks.")
    assert statement_dates(text) == ["2024-03-05"]


def statements(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.key, s.text) for s in facts(text).statements]


def test_highlighting_that_after_an_act_is_the_subjects_statement():
    text = "Ali Khan raised an important point, highlighting that the current trade balance favors Kenya."
    assert statements(text) == [("Ali Khan", "the current trade balance favors Kenya")]


def test_underscoring_that_after_an_act_is_the_subjects_statement():
    text = "Ali Khan welcomed the Kenyan envoy, underscoring that the new ferry link will double trade."
    assert ("Ali Khan", "the new ferry link will double trade") in statements(text)


def test_recalling_without_that_reports_no_speech():
    assert statements("Ali Khan visited the port, recalling his first visit to Kenya in 2019.") == []
