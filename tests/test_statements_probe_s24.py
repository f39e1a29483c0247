"""A statements probe written from the English of news on bilateral cooperation, not from any
article: the common ways wire services, ministries' releases and regional papers report speech.

- Every common reporting verb ('said', 'told', 'added', 'noted', 'stressed', 'underlined',
  'highlighted', 'emphasised', 'pointed out', 'urged', 'called for', 'expressed', 'welcomed',
  'praised', 'assured', 'announced', 'revealed', 'explained'), in British and American spelling.
- Quotes before, after and around the tag, split quotes, a quote running over two sentences,
  and tags after the quote with any verb ('..., X concluded.').
- Speakers as a full name, a surname, a pronoun, a title named later, a body ('the ministry said
  in a statement that ...'), 'X was quoted as saying', 'in his remarks, X said', 'X told
  Reuters'; datelines, fronted adverbials, appositions and coordination; Asian, African and
  Latin American name shapes.
- Rows that must not give a statement: 'according to' a body, a body's trailing source tag on a
  factual sentence, '<outlet> reports', 'welcomed' a delegation.

Rows are read against Friday 10 May 2024.  Every sentence and person is invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.checklist_rows import xfail_params as _params

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 10)
A, K, N = "Amina Odhiambo", "Kwame Mensah-Boateng", "Nguyen Van Thanh"  # invented
P, M, J = "Park Ji-hoon", "María José Fernández de la Cruz", "João Pereira da Silva"  # invented
S, Y = "Siti Rahmawati", "Oluwaseun Adeyemi"  # invented
KE = f"Kenyan Trade Minister {A} held talks with Indian officials in New Delhi on Thursday.\n\n"
GH = f"Ghanaian Foreign Minister {K} visited Beijing on Wednesday.\n\n"

# (id, text, [(speaker, a phrase of what was said)]) — exactly these statements
STATEMENTS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- reporting verbs, subject before the verb
    ("said-that", f"{KE}{A} said that exports of tea to India rose sharply last year.",
     [(A, "exports of tea")]),
    ("said-no-that", f"{KE}Odhiambo said the talks had been very productive.",
     [(A, "very productive")]),
    ("told-reporters", f"{KE}Odhiambo told reporters in New Delhi that the two sides would set "
     "up a joint working group.", [(A, "joint working group")]),
    ("told-reuters", f"Vietnamese Deputy Minister of Industry {N} told Reuters the deal would be "
     "signed next month.", [(N, "deal would be signed")]),
    ("added-that-pronoun", f"{KE}{A} said trade was growing. She added that Kenyan avocados would "
     "reach Indian markets by June.", [(A, "trade was growing"), (A, "avocados")]),
    ("noted-that", f"{GH}{K} noted that bilateral trade has doubled since 2019.",
     [(K, "trade has doubled")]),
    ("stressed-object", f"{GH}Mensah-Boateng stressed the need to expand cooperation in "
     "agriculture.", [(K, "expand cooperation")]),
    ("underlined-that", f"{GH}The minister underlined that Ghana remains committed to the "
     "partnership.", [(K, "remains committed")]),
    ("highlighted-object", f"{GH}{K} highlighted the role of small businesses in the partnership.",
     [(K, "small businesses")]),
    ("emphasised-british", f"{GH}{K} emphasised that the partnership is built on mutual respect.",
     [(K, "mutual respect")]),
    ("emphasized-american", f"{GH}{K} emphasized that the partnership is built on mutual respect.",
     [(K, "mutual respect")]),
    ("pointed-out-that", f"{GH}{K} pointed out that China is Ghana's largest trading partner.",
     [(K, "largest trading partner")]),
    ("urged-object-to", f"{GH}{K} urged Chinese investors to explore opportunities in "
     "renewable energy.", [(K, "renewable energy")]),
    ("called-for", f"{GH}{K} called for closer cooperation in fighting cybercrime.",
     [(K, "cybercrime")]),
    ("expressed-satisfaction", f"{GH}{K} expressed satisfaction with the progress of the joint "
     "projects.", [(K, "satisfaction")]),
    ("welcomed-decision", f"{GH}{K} welcomed the decision to open a direct flight between Accra "
     "and Beijing.", [(K, "direct flight")]),
    ("praised-object", f"{GH}{K} praised the contribution of Chinese engineers to the project.",
     [(K, "Chinese engineers")]),
    ("assured-that", f"Indonesian Trade Minister {S} assured the Japanese delegation that Indonesia "
     "would honour its commitments.", [(S, "honour its commitments")]),
    ("announced-that", f"Japanese Ambassador {P} announced that Japan will provide scholarships "
     "to 100 Korean students.", [(P, "scholarships")]),
    ("revealed-that", f"{GH}{K} revealed that talks on a free trade deal had begun.",
     [(K, "free trade deal")]),
    ("explained-that", f"{GH}{K} explained that the new rules will make visas cheaper.",
     [(K, "visas cheaper")]),
    # --- quotes and tags
    ("quote-said-title-name", "\u201cWe are ready to work together,\u201d said Brazilian Minister "
     f"{J}.", [(J, "ready to work together")]),
    ("quote-name-said", f"Brazil's Minister of Agriculture {J} visited Luanda on Tuesday.\n\n"
     f"\u201cAngola is a key partner for Brazil,\u201d {J} said.", [(J, "key partner")]),
    ("colon-quote", f"{GH}{K} said: \u201cOur relations have never been stronger.\u201d",
     [(K, "never been stronger")]),
    ("split-quote", f"{GH}\u201cTrade is growing,\u201d Mensah-Boateng said, \u201cbut we can "
     "do much more together.\u201d", [(K, "trade is growing")]),
    ("quote-two-sentences", f"{GH}\u201cThe plant will open next year. It will employ 500 "
     "people,\u201d Mensah-Boateng said.", [(K, "plant will open")]),
    ("tag-concluded", f"{GH}\u201cThis is a new chapter in our friendship,\u201d Mensah-Boateng "
     "concluded.", [(K, "new chapter")]),
    ("tag-noted-after-quote", f"{GH}\u201cOur farmers need new markets,\u201d the minister "
     "noted.", [(K, "farmers need new markets")]),
    ("short-quote-spokesman-told", f"\u201cVietnam welcomes Japanese investment,\u201d Foreign "
     f"Ministry spokesman {N} told a news briefing on Thursday.", [(N, "welcomes Japanese")]),
    ("short-quote-said-name", f"{GH}\u201cWe are very satisfied,\u201d said {K}.",
     [(K, "very satisfied")]),
    ("scare-quote-stays-report", f"{GH}{K} praised the \u201cwin-win\u201d model of cooperation "
     "with China.", [(K, "model of cooperation")]),
    ("tag-she-said", f"{KE}\u201cIndia is a natural partner for Kenya,\u201d she said.",
     [(A, "natural partner")]),
    ("tag-added-pronoun", f"{KE}{A} said trade was growing. \u201cWe want to double it by 2027,"
     "\u201d she added.", [(A, "trade was growing"), (A, "double it")]),
    ("quote-apposition-tag", "\u201cThe port will change the region,\u201d said "
     f"{Y}, Nigeria's minister of transport.", [(Y, "port will change")]),
    # --- speakers: pronouns, titles, bodies, relays
    ("pronoun-he-said", f"{GH}He said China had agreed to build two new hospitals in Ghana.",
     [(K, "two new hospitals")]),
    ("title-only-named-later", "Ghana's foreign minister said on Wednesday that Beijing would "
     f"fund a new railway.\n\nThe minister, {K}, spoke after talks in Beijing.",
     [(K, "new railway")]),
    ("ministry-in-a-statement", "The Ministry of Foreign Affairs of Ghana said in a statement that "
     "the two countries had agreed to boost trade.", [("Ministry of Foreign Affairs of Ghana",
                                                       "agreed to boost trade")]),
    ("in-a-statement-fronted", "In a statement, the Ministry of Foreign Affairs of Ghana said the "
     "visit would strengthen ties with China.", [("Ministry of Foreign Affairs of Ghana",
                                                  "strengthen ties")]),
    ("was-quoted-as-saying", f"{GH}{K} was quoted as saying that Ghana wants more Chinese "
     "tourists.", [(K, "more Chinese tourists")]),
    ("quoted-by-agency-as-saying", f"{GH}{K} was quoted by the Ghana News Agency as saying that "
     "the visit was a success.", [(K, "visit was a success")]),
    ("in-his-remarks", f"{GH}In his remarks, {K} said that China remains a reliable partner.",
     [(K, "reliable partner")]),
    ("in-her-remarks-surname", f"{KE}In her remarks, Odhiambo said Kenya would cut tariffs on "
     "Indian machinery.", [(A, "cut tariffs")]),
    ("told-agency-colon", f"{KE}{A} told the Daily Nation: \u201cThe Indian market is huge.\u201d",
     [(A, "Indian market is huge")]),
    # --- word order: datelines, fronted adverbials, appositions, coordination
    ("dateline-reuters", f"NAIROBI, May 9 (Reuters) - Kenyan Trade Minister {A} said on Thursday "
     "that India would buy more Kenyan tea.", [(A, "more Kenyan tea")]),
    ("speaking-at-forum", f"{KE}Speaking at a business forum in Mumbai, {A} said Kenya is open to "
     "Indian investment.", [(A, "open to Indian investment")]),
    ("on-thursday-fronted", f"{KE}On Thursday, {A} also said that Kenya would host an Indian trade "
     "fair.", [(A, "trade fair")]),
    ("apposition-ambassador", f"{K}, Ghana's ambassador to China, said that more Chinese firms "
     "plan to invest in Ghana.", [(K, "plan to invest")]),
    ("apposition-speaking-at", f"{A}, speaking at a press conference in Nairobi, said the trade "
     "deal would benefit farmers.", [(A, "benefit farmers")]),
    ("said-tuesday-american", f"Colombian Foreign Minister {M} said Tuesday that Colombia and "
     "Mexico will resume flights.", [(M, "resume flights")]),
    ("joint-speakers", f"Colombian Foreign Minister {M} and her Mexican counterpart {J} said the "
     "two countries would cooperate on migration.",
     [(M, "cooperate on migration"), (J, "cooperate on migration")]),
    ("trailing-tag-person", f"{KE}The talks went very well, Odhiambo said.",
     [(A, "talks went very well")]),
    ("who-is-visiting-told", f"{A}, who is visiting India, told reporters that Kenya seeks "
     "Indian help to build a pharmaceutical plant.", [(A, "pharmaceutical plant")]),
    ("said-in-interview", f"{KE}{A} said in an interview with The Hindu that Kenya would "
     "export more coffee to India.", [(A, "more coffee")]),
    ("mr-surname-later", f"Japanese Ambassador {P} visited Seoul on Monday.\n\nMr Park said "
     "Japan and South Korea should deepen their cooperation.", [(P, "deepen their cooperation")]),
    ("further-noted", f"{GH}{K} further noted that Ghanaian cocoa is popular in China.",
     [(K, "cocoa")]),
    # --- a bare name before an adverb and the verb; tags of closing and going on
    ("untitled-also-said", f"{N} also said that Vietnam would buy more Japanese machinery.",
     [(N, "Japanese machinery")]),
    ("untitled-later-told", f"{Y} later told reporters that Nigeria and Egypt would hold talks "
     "on gas.", [(Y, "talks on gas")]),
    ("tag-concluded-full-name", f"{GH}\u201cThis is a new chapter in our friendship,\u201d {K} "
     "concluded.", [(K, "new chapter")]),
    ("tag-continued", f"{GH}\u201cWe will open two more consulates,\u201d Mensah-Boateng "
     "continued.", [(K, "two more consulates")]),
    ("tag-she-concluded", f"{KE}\u201cIndia and Kenya share a long history,\u201d she concluded.",
     [(A, "long history")]),
    # --- a family name written first, again with an honorific that is also a type word
    ("mr-park-korean", f"South Korean Ambassador {P} visited Accra on Monday.\n\nMr Park said "
     "Seoul would fund a training centre.", [(P, "training centre")]),
    ("ms-park-korean", "South Korean Vice Minister Park Min-ji visited Accra on Monday.\n\nMs "
     "Park told reporters Seoul would fund a training centre.", [("Park Min-ji", "training centre")]),
    # --- a lead that names only the role; the speaker named in the next sentence
    ("role-lead-then-also-said", "Ghana's foreign minister said on Wednesday that Beijing would "
     f"fund a new railway.\n\n{K} also said that Ghana would send students to China.",
     [(K, "new railway"), (K, "send students")]),
    ("role-lead-then-quote", "Ghana's foreign minister said on Wednesday that Beijing would fund a "
     f"new railway.\n\n\u201cThe line will carry cocoa to the port,\u201d said {K}.",
     [(K, "new railway"), (K, "carry cocoa")]),
    ("dateline-role-lead", "ACCRA, May 9 (Reuters) - A senior Ghanaian official said on Wednesday "
     f"that Beijing would fund a new railway.\n\n\u201cThe line will carry cocoa,\u201d said {K}.",
     [(K, "new railway"), (K, "carry cocoa")]),
    ("country-s-role-tag", "Beijing will fund a new railway in Ghana, the country's foreign "
     f"minister said on Wednesday.\n\n\u201cThe line will carry cocoa,\u201d {K} told reporters.",
     [(K, "new railway"), (K, "carry cocoa")]),
    ("capital-ing-tagged", f"{GH}Beijing will fund a new railway in Ghana, {K} said.",
     [(K, "new railway")]),
    ("nanjing-tagged", f"{GH}Nanjing will host the next round of talks, {K} told reporters.",
     [(K, "next round of talks")]),
    ("participle-intro-stays", f"{GH}Speaking at the forum in Beijing on Thursday, {K} said Ghana "
     "welcomes Chinese investors.", [(K, "welcomes Chinese investors")]),
    ("expressed-hope-that", f"{GH}{K} expressed hope that the two countries would sign a visa "
     "waiver.", [(K, "visa waiver")]),
]

NO_STATEMENT: list[tuple[str, str]] = [
    ("according-to-ministry", "Exports of cocoa to China rose by 20 percent last year, according "
     "to the Ministry of Trade of Ghana."),
    ("according-to-data-fronted", "According to official data, trade between Ghana and China "
     "reached $10 billion in 2023."),
    ("body-trailing-tag", "Ghana and China signed five agreements on Wednesday, the Ministry of "
     "Foreign Affairs of Ghana said."),
    ("outlet-reports", "Ghana and China signed five agreements on Wednesday, Xinhua reports."),
    ("welcomed-delegation", f"{GH}{K} welcomed the Chinese delegation at the airport."),
    ("met-no-speech", f"{GH}{K} met Chinese business leaders on Thursday."),
    ("concluded-agreement-no-speech", f"{GH}{K} concluded an agreement on visas in Beijing."),
    ("talks-continued-no-speech", f"{GH}Talks between the two delegations continued on Thursday."),
    ("role-lead-titled-other-none", "Ghana's foreign minister said on Wednesday that Beijing would "
     "fund a new railway.\n\nPresident Ama Owusu visited the port of Tema on Thursday."),
    ("mr-park-place-no-body", f"{P} visited the Sejong Science Park on Monday."),
]

# (id, text, speaker, what was said exactly): the one told is no part of what was said
GISTS: list[tuple[str, str, str, str]] = [
    ("told-reuters-gist", f"{N} told Reuters the deal would be signed next month.", N,
     "the deal would be signed next month"),
    ("told-local-reporters-gist", f"{A} told local reporters Kenya would export more tea.", A,
     "Kenya would export more tea"),
    ("told-agency-gist", f"{K} told the Xinhua news agency the railway would open in June.", K,
     "the railway would open in June"),
    ("told-that-gist", f"{K} told reporters that the railway would open in June.", K,
     "the railway would open in June"),
]

STATEMENT_XFAIL: dict[str, str] = {
    "title-only-named-later": "a role-only lead named by an apposition in a sentence with no speech "
    "verb ('The minister, X, spoke after ...'): statement_leads looks only at a speech verb's name",
}
NO_STATEMENT_XFAIL: dict[str, str] = {}
GIST_XFAIL: dict[str, str] = {}


def _facts(text: str):  # noqa: ANN202 - the extractor's Facts
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test"))


@pytest.mark.parametrize(("form", "text", "want"), _params(STATEMENTS, STATEMENT_XFAIL))
def test_statements_probe_s24(form: str, text: str, want: list[tuple[str, str]]) -> None:
    got = [(s.speaker.key, s.text) for s in _facts(text).statements]
    for speaker, phrase in want:
        assert any(s == speaker and phrase.lower() in t.lower() for s, t in got), got
    assert len(got) == len(want), got


@pytest.mark.parametrize(("form", "text"), _params(NO_STATEMENT, NO_STATEMENT_XFAIL))
def test_statements_probe_s24_none(form: str, text: str) -> None:
    got = [(s.speaker.key, s.text) for s in _facts(text).statements]
    assert got == [], got


@pytest.mark.parametrize(("form", "text", "speaker", "gist"), _params(GISTS, GIST_XFAIL))
def test_statements_probe_s24_gist(form: str, text: str, speaker: str, gist: str) -> None:
    got = [(s.speaker.key, s.text) for s in _facts(text).statements]
    assert got == [(speaker, gist)], got
