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


def test_an_appeal_to_a_long_coordinated_object_is_a_statement():
    found = run("Pham Van Long met Lao Minister Vilay Sisoulath in Hanoi on Monday. He asked the Ministry "
                "of Industry and Commerce and the Ministry of Energy and Mines of Laos to cooperate more "
                "closely with Vietnam on trade.").statements
    assert [s.speaker.key for s in found if s.text.startswith("asked")] == ["Pham Van Long"]


VISIT = ("ISLAMABAD, March 25 -- Pakistan and Chile on Monday signed two MoUs during the official visit "
         "of Chile's Foreign Minister Luis Castillo to the country. The two sides held talks led by "
         "visiting Chilean Foreign Minister and Pakistan's Deputy Prime Minister Omar Khan in "
         "Islamabad. During the meetings, the visiting dignitary affirmed the commitment to "
         "strengthen relations with Pakistan.")


def test_a_visitor_after_a_possessive_country_and_the_visiting_dignitary():
    result = run(VISIT)
    assert [(e.label, [p.key.rsplit("/", 1)[-1] for p in e.participants]) for e in result.events
            if "visit" in e.label] == [("Luis Castillo visit to Pakistan", ["Luis Castillo", "PK"])]
    assert [s.speaker.key for s in result.statements if "commitment" in s.text] == ["Luis Castillo"]
