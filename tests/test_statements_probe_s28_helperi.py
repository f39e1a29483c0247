"""Statements probe (session 28, helper i), written from the English of news, not from any
article: a short sentence tagged at its end by its speaker ('Trade will grow, X said.'), and a
speaker introduced by a lower-case title in apposition ('The director of the institute, X,
said ...').  Every sentence and person is invented; rows are read against 16 May 2024."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 16)
S, T = "Jorge Salas", "Tomasz Kowalski"  # invented
PE = f"Peruvian Foreign Minister {S} visited Nairobi on Monday. "


def _said(text: str) -> list[tuple[str, str]]:
    facts = extract(Article(text=text, published=PUBLISHED, title="", origin="test"))
    return [(s.speaker.key, s.text) for s in facts.statements]


# (id, text, speaker, gist): exactly this one statement
SHORT_TAGS = [
    ("name", "Trade will grow, Peruvian Foreign Minister Jorge Salas said.", S, "Trade will grow"),
    ("name-when", "Ghana welcomes Kenyan investors, Vice President Efua Mensah said on Wednesday.",
     "Efua Mensah", "Ghana welcomes Kenyan investors"),
    ("apposed", "Trade will grow, Jorge Salas, Peru's foreign minister, said.", S, "Trade will grow"),
    ("surname", f"{PE}Trade will grow, Salas said.", S, "Trade will grow"),
    ("pronoun", f"{PE}Kenya wants more investment, he said.", S, "Kenya wants more investment"),
    ("role", f"{PE}Trade will grow, the minister said.", S, "Trade will grow"),
    ("told", "Prices will fall, Peruvian Foreign Minister Jorge Salas told reporters.", S,
     "Prices will fall"),
]

# (id, text, speaker, gist): a lower-case title in apposition before the name is no sentence
# the speaker tags; what was said follows the verb
APPOSED = [
    ("director-of", f"The director of the institute, {T}, said Polish firms see Vietnam as a gateway.",
     T, "Polish firms see Vietnam as a gateway"),
    ("spokesman-for", f"A spokesman for the ministry, {T}, said Polish firms see Vietnam as a gateway.",
     T, "Polish firms see Vietnam as a gateway"),
    ("possessed", f"The agency's director, {T}, said exports rose sharply last year.", T,
     "exports rose sharply last year"),
    # a sentence the speaker tags, whose subject is a title: still the tagged sentence
    ("tagged-title", f"{PE}The minister opened the new embassy, Salas said.", S,
     "The minister opened the new embassy"),
]

# (id, text, speaker, gist): 'According to <name>, <title>, ...': the title describes the source
ACCORDING = [
    ("the-title", "According to Amina Odhiambo, the Kenyan minister of trade, exports to Ghana rose "
     "sharply.", "Amina Odhiambo", "exports to Ghana rose sharply"),
    ("possessive", "According to Amina Odhiambo, Kenya's trade minister, exports to Ghana rose "
     "sharply.", "Amina Odhiambo", "exports to Ghana rose sharply"),
    ("bare-title", "According to Amina Odhiambo, director of the Kenya Trade Agency, exports to "
     "Ghana rose sharply.", "Amina Odhiambo", "exports to Ghana rose sharply"),
    # a comma phrase inside what is held, no title: it stays
    ("inner-apposition", "According to Amina Odhiambo, exports to Ghana, the largest market, rose "
     "sharply last year.", "Amina Odhiambo", "exports to Ghana, the largest market, rose sharply last year"),
]

# (id, text, gist, date): a day right after the verb dates the speech and is no part of it
K = "Kenyan Trade Minister Amina Odhiambo"
SAID_DAY = [
    ("weekday", f"{K} said Tuesday the deal would create 5,000 jobs.", "the deal would create 5,000 jobs",
     "2024-05-14"),
    ("on-weekday", f"{K} said on Tuesday the deal would create 5,000 jobs.",
     "the deal would create 5,000 jobs", "2024-05-14"),
    ("late", f"{K} said late Tuesday the deal would create 5,000 jobs.", "the deal would create 5,000 jobs",
     "2024-05-14"),
    ("audience", f"{K} told reporters Tuesday the deal would create 5,000 jobs.",
     "the deal would create 5,000 jobs", "2024-05-14"),
    ("yesterday-name", f"{K} said yesterday Kenya would create 5,000 jobs.", "Kenya would create 5,000 jobs",
     "2024-05-15"),
]

# the day is what was said about: it stays in the gist
SAID_DAY_KEPT = [
    ("possessive", f"{K} said Tuesday's talks were productive.", "Tuesday's talks were productive"),
    ("subject", f"{K} said today marks a new chapter in relations with Ghana.",
     "today marks a new chapter in relations with Ghana"),
]

# (id, text, speaker, gist): a quoted sentence after the occasion's phrase and a colon or comma
G = "Ghanaian Trade Minister Kofi Asante"
OCCASION_QUOTES = [
    ("speech-colon", f'{G} said in a speech at the forum: "The visit marks a new phase in our relations."',
     "Kofi Asante", "The visit marks a new phase in our relations"),
    ("interview-comma", f'{G} said in an interview with Xinhua, "The visit marks a new phase in our '
     'relations."', "Kofi Asante", "The visit marks a new phase in our relations"),
    ("body-statement", 'The Kenyan High Commission in Accra said in a statement on Tuesday: "The visit '
     'marks a new phase in our relations."', "Kenyan High Commission in Accra",
     "The visit marks a new phase in our relations"),
    # a clause that ends in quoted words: the whole clause was said
    ("clause-end", f'{G} said the visit was part of an effort to "open a new phase in our relations".',
     "Kofi Asante", "the visit was part of an effort to open a new phase in our relations"),
]

# no statement: an opening phrase before a tag with nothing said, a body's source tag
NO_STATEMENT = [
    ("intro-place", f"{PE}In Nairobi, Salas said."),
    ("intro-day", f"{PE}On Monday, he said."),
    ("two-commas", f"{PE}Meanwhile, in Nairobi, he said."),
    ("asked", f"{PE}Asked about trade, Salas said."),
    ("body-tag", "Visa fees will fall, the Kenyan Embassy said."),
]

# a short opening phrase before a verb with an object is no tagged sentence
OPENING_NOT_SAID = [
    ("for-his-part", f"For his part, {S} expressed pride in the partnership.",
     "expressed pride in the partnership"),
]


@pytest.mark.parametrize(("form", "text", "speaker", "gist"), SHORT_TAGS)
def test_short_tagged_sentence(form: str, text: str, speaker: str, gist: str) -> None:
    got = _said(text)
    assert [(s, g) for s, g in got if s == speaker] == [(speaker, gist)], got


@pytest.mark.parametrize(("form", "text", "speaker", "gist"), APPOSED)
def test_apposed_lower_case_title(form: str, text: str, speaker: str, gist: str) -> None:
    got = _said(text)
    assert got == [(speaker, gist)], got


@pytest.mark.parametrize(("form", "text", "speaker", "gist"), ACCORDING)
def test_according_past_apposition(form: str, text: str, speaker: str, gist: str) -> None:
    got = _said(text)
    assert got == [(speaker, gist)], got


@pytest.mark.parametrize(("form", "text", "gist", "when"), SAID_DAY)
def test_said_day(form: str, text: str, gist: str, when: str) -> None:
    facts = extract(Article(text=text, published=PUBLISHED, title="", origin="test"))
    got = [(s.text, s.date.value if s.date else None) for s in facts.statements]
    assert got == [(gist, when)], got


@pytest.mark.parametrize(("form", "text", "gist"), SAID_DAY_KEPT)
def test_said_day_kept(form: str, text: str, gist: str) -> None:
    got = _said(text)
    assert got == [("Amina Odhiambo", gist)], got


@pytest.mark.parametrize(("form", "text", "speaker", "gist"), OCCASION_QUOTES)
def test_quote_after_occasion(form: str, text: str, speaker: str, gist: str) -> None:
    got = _said(text)
    assert got == [(speaker, gist)], got


@pytest.mark.parametrize(("form", "text", "gist"), OPENING_NOT_SAID)
def test_opening_not_said(form: str, text: str, gist: str) -> None:
    assert _said(text) == [(S, gist)]


@pytest.mark.parametrize(("form", "text"), NO_STATEMENT)
def test_no_statement(form: str, text: str) -> None:
    got = _said(text)
    assert got == [], got
