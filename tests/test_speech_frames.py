"""Speech frames of news outside US-style copy, on sentences written for these tests: more
speech verbs ('indicated', 'called on X to', 'congratulated', 'spoke highly of'), surnames with
diacritics written alone, and the speaker of a definite role noun ('the minister said')."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 17)
_LEAD = "Chile and Peru held talks in Lima on Thursday."


def said(text: str) -> list[tuple[str, str]]:
    facts = extract(Article(text=text, published=PUBLISHED, title="", origin="test"))
    return [(s.speaker.key, s.text) for s in facts.statements]


@pytest.mark.parametrize("speech, gist", [
    ("Foreign Minister Ana Torres indicated that the joint committee will meet again soon.",
     "the joint committee will meet again soon"),
    ("Foreign Minister Ana Torres called on Peru to respect the fisheries treaty.",
     "called on Peru to respect the fisheries treaty"),
    ("Foreign Minister Ana Torres congratulated her host on the smooth organisation of the talks.",
     "congratulated her host on the smooth organisation of the talks"),
    ("Foreign Minister Ana Torres spoke highly of the past cooperation between the two navies.",
     "spoke highly of the past cooperation between the two navies"),
    ("Foreign Minister Ana Torres voiced support for a new rail corridor to the coast.",
     "voiced support for a new rail corridor to the coast"),
])
def test_more_speech_verbs_report_what_was_said(speech, gist):
    assert said(f"{_LEAD}\n\n{speech}") == [("Ana Torres", gist)]


def test_calling_on_a_person_without_an_infinitive_is_a_visit_not_speech():
    assert said(f"{_LEAD}\n\nForeign Minister Ana Torres called on President Luis Vera "
                "at the palace on Friday.") == []


@pytest.mark.parametrize("surname", ["Patiño", "Müller", "Şahin"])
def test_a_surname_with_diacritics_alone_is_the_person_named_before(surname):
    text = (f"{_LEAD}\n\nMinister José {surname} arrived in Lima on Thursday.\n\n"
            f"“The cabinet encourages us to continue this work together,” said Minister {surname}.")
    assert said(text) == [(f"José {surname}",
                           "The cabinet encourages us to continue this work together")]


def test_a_definite_role_noun_is_the_holder_the_passage_named_last():
    text = ("Samoan Foreign Minister Tui Sala met Minister of Trade Mele Fifita of Tonga in Apia.\n\n"
            "Minister of Trade Mele Fifita said the talks with Samoa went well.\n\n"
            "The minister emphasised the role of small businesses in both economies.")
    assert ("Mele Fifita", "emphasised the role of small businesses in both economies") in said(text)


def test_a_short_that_clause_is_a_whole_report():
    assert said("Samoa and Tonga held talks on Monday.\n\nTrade Minister Mele Fifita said that "
                "exports grew.") == [("Mele Fifita", "exports grew")]


def test_a_short_relative_clause_after_an_object_is_no_report():
    assert said("Samoa and Tonga held talks on Monday.\n\nTrade Minister Mele Fifita noted the "
                "projects that create jobs.") == []


def test_titled_coordinated_speakers_each_make_the_statement():
    text = (f"{_LEAD}\n\nPresident Juan Perez and Prime Minister Maria Lopez expressed optimism "
            "on the agreements reached at the summit.")
    assert sorted(said(text)) == [
        ("Juan Perez", "expressed optimism on the agreements reached at the summit"),
        ("Maria Lopez", "expressed optimism on the agreements reached at the summit")]


def test_this_was_stated_by_makes_the_sentence_before_a_statement():
    text = ("Chile expects a visit of the Peruvian President in June. This was stated by Foreign "
            "Minister of Chile, Ana Torres, during a meeting in Lima on Wednesday.")
    (statement,) = extract(Article(text=text, published=PUBLISHED, title="",
                                   origin="test")).statements
    assert (statement.speaker.key, statement.text, statement.date.value) == (
        "Ana Torres", "Chile expects a visit of the Peruvian President in June", "2024-05-15")


def test_a_title_with_a_country_complement_after_the_quote_names_the_speaker():
    text = (f"{_LEAD}\n\n“We are happy you are here to see the results,” said Minister of Foreign "
            "Affairs of Chile, Ana Torres, to welcome the delegation.")
    assert said(text) == [("Ana Torres", "We are happy you are here to see the results")]


def test_the_channel_of_a_speech_is_not_what_was_said():
    text = ("Egypt and Chile signed a teaching accord. The accord opens a new chapter, the Ministry "
            "of Higher Education and Scientific Research said in a Wednesday statement.")
    assert all("statement" not in gist for _, gist in said(text))


def test_a_name_inside_a_leading_phrase_is_not_the_speaker_named_after_it():
    text = ("During a joint press conference with his Peruvian counterpart Luis Vera, Chilean "
            "Foreign Minister Ana Torres called on Bolivia to “return to the border talks soon.”")
    assert said(text) == [("Ana Torres", "return to the border talks soon")]


def test_a_capitalised_type_word_names_the_body_named_before():
    text = ("The agreements came during the first meeting of the Chile-Peru Coordination Council "
            "in Lima.\n\nThe Council urged the ministries to finish the railway feasibility studies "
            "within a month.\n\nBoth countries sit on the Andean Trade Council.")
    assert said(text) == [("Chile-Peru Coordination Council", "urged the ministries to finish the "
                           "railway feasibility studies within a month")]


@pytest.mark.parametrize("second", [
    "invited her counterpart to visit Quito in June",
    "proposed a joint commission meeting in September",
])
def test_a_date_in_the_speakers_next_clause_does_not_date_the_first(second):
    text = ("QUITO, May 14 — Ecuadorian Foreign Minister Lucia Paredes met Peruvian Foreign "
            f"Minister Rosa Quispe on Tuesday. Paredes praised the new border crossing and {second}.")
    facts = extract(Article(text=text, published=PUBLISHED))
    dates = {s.text: s.date.value for s in facts.statements}  # one clause, two acts: one statement
    assert dates == {f"praised the new border crossing and {second}": "2024-05-14"}


@pytest.mark.parametrize("paragraph, speaker, gist", [
    ("Our ports will handle twice the cargo by next year,” the Ecuadorian Ministry of Transport said.",
     "Ecuadorian Ministry of Transport", "Our ports will handle twice the cargo by next year"),
    ("Trade is growing. Our ports will handle twice the cargo,” Foreign Minister Lucia Paredes said.",
     "Lucia Paredes", "Our ports will handle twice the cargo"),
])
def test_a_quote_whose_opening_mark_was_lost_is_still_a_quote(paragraph, speaker, gist):
    text = f"QUITO, May 14 — Ecuador and Peru signed a transport deal on Tuesday.\n\n{paragraph}"
    facts = extract(Article(text=text, published=PUBLISHED))
    assert [(s.speaker.key, s.text) for s in facts.statements] == [(speaker, gist)]


def test_a_closing_mark_after_an_opening_one_is_no_lost_opening():
    from coopkg.extract.quotes import quoted_spans
    text = "He said “we agree,” and left."
    assert quoted_spans(text)[0] == [(text.index("we"), text.index(",”") + 1)]
