"""Who spoke and when, in articles written for these tests: a date inside an opening clause of
mention ('Recalling the minister's visit earlier this month, X said') dates what is mentioned,
not the speech; such a participle is never the first word of a person's name; a hyphenated
country written with a space is still that one country."""

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 27)  # a Wednesday


def run(text: str):
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test"))


STORY = ("Touting the growing ties, Chile's foreign minister Ana Soto on Wednesday said relations with "
         "Peru are important. She met Peru's foreign minister Luis Castillo.\n\n{opener} Castillo's "
         "visit to Santiago earlier this month, "
         "Soto said: \"My visit here a month later shows the momentum we have.\"\n\n"
         "\"We will discuss trade,\" she added.")


def test_a_date_in_an_opening_clause_of_mention_is_not_the_speech_date():
    found = run(STORY.format(opener="Mentioning")).statements
    assert [s.date.value for s in found if "momentum" in s.text] == ["2024-03-27"]
    assert [s.date.value for s in found if "discuss trade" in s.text] == ["2024-03-27"]


def test_a_date_in_an_opening_clause_of_speaking_is_the_speech_date():
    found = run(STORY.format(opener="Speaking about")).statements
    assert [s.date.value for s in found if "momentum" in s.text] == ["2024-03"]


def test_an_opening_participle_is_no_given_name():
    people = {p.name for p in run(STORY.format(opener="Mentioning")).people}
    assert people == {"Ana Soto", "Luis Castillo"}


def test_a_hyphenated_country_written_with_a_space():
    result = run("President Akufo of Ghana began a state visit to Guinea Bissau on Monday.")
    assert sorted(result.countries) == ["GH", "GW"]
