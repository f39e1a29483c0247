"""Statements on short reports written for these tests: when it was said (story date, the
occasion the speech clause names), who said it (pronouns, role phrases), speech verbs with an
object, quote blocks over several sentences, 'adding that', and attributions that are not
statements."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 17)  # a Friday


def said(text: str, published: date = PUBLISHED) -> list[tuple[str, str, str | None, bool]]:
    """(speaker, text, date, date inherited) of every statement."""
    facts = extract(Article(text=text, published=published, title="", origin="test"))
    return [(s.speaker.key, s.text, s.date.value if s.date else None,
             bool(s.date and s.date.inherited)) for s in facts.statements]


# C3 — dates: the story's date, not the paper's, when the sentence gives none

_SIGNED_TUESDAY = "Ghana and Ireland on Tuesday signed a memorandum on teacher training."


@pytest.mark.parametrize("lead, speech, when", [
    ("LIMA, May 15 (Agencia) -- Peru and Chile signed a fisheries accord.",
     "Chilean Foreign Minister Ana Castillo said that the accord protects small fishing "
     "communities.", ("2024-05-15", True)),  # the dateline's date
    (_SIGNED_TUESDAY, "Ghanaian Education Minister Kofi Mensah said the memorandum will reach "
     "every region of the country.", ("2024-05-14", True)),  # the lead's event
    (_SIGNED_TUESDAY.replace("on Tuesday", "today"), "Ghanaian Education Minister Kofi Mensah "
     "said the memorandum will reach every region of the country.", ("2024-05-17", True)),
    (_SIGNED_TUESDAY, "Irish envoy Niamh Byrne told reporters on Wednesday that the first "
     "teachers will travel in the autumn.", ("2024-05-15", False)),  # stated with the speech
])
def test_a_statement_takes_the_story_date_unless_its_own_is_stated(lead, speech, when):
    (statement,) = said(f"{lead}\n\n{speech}")
    assert statement[2:] == when


def test_the_occasion_named_in_the_speech_clause_gives_its_date():
    statements = said(
        "The parliament ratified the treaty with Norway this week.\n\n"
        "The two prime ministers signed the treaty in Oslo on March 3, 2023.\n\n"
        "Swedish presidential aide Lars Berg said at the signing ceremony that the treaty "
        "covers energy, fisheries and research.")
    assert statements == [("Lars Berg", "the treaty covers energy, fisheries and research",
                           "2023-03-03", True)]


# C6 — speakers that are not names

def test_a_pronoun_continues_the_current_speaker_not_the_last_name():
    text = (
        "The accord was signed by Kenyan Trade Minister Grace Wanjiru and Professor Tom Otieno, "
        "head of the Nairobi Innovation Institute.\n\n"
        "Grace Wanjiru said that the accord opens new markets for Kenyan farmers.\n\n"
        "\"We will start with coffee and tea exports to the Gulf next year,\" she added.\n\n"
        "She also noted that cold storage along the corridor would be built by 2026.")
    statements = said(text)
    assert [s[0] for s in statements] == ["Grace Wanjiru"] * 3
    rules = [s.rule for s in extract(Article(text=text, published=PUBLISHED, title="",
                                             origin="test")).statements]
    assert rules == ["statement.reported", "statement.pronoun", "statement.pronoun"]


@pytest.mark.parametrize("text, speaker", [
    ("The memorandum was signed by Brazil's Consul General in Porto Luis Mendes and Professor "
     "Rui Costa, rector of the University of Porto.\n\n\"Brazil and Portugal share a language "
     "and a long history of science,\" the consul general said during the ceremony.",
     "Luis Mendes"),
    ("Talks were held between Peruvian President Jorge Salas and Chilean President Marta Rojas "
     "in Lima.\n\nThe Chilean president announced that the border crossing at Tacna will open "
     "around the clock.", "Marta Rojas"),  # the country chooses between two presidents
])
def test_a_role_phrase_is_the_one_person_with_that_role(text, speaker):
    assert [s[0] for s in said(text)] == [speaker]


def test_the_person_after_the_verb_speaks_not_the_body_in_the_title():
    statements = said("The fund is ready to support small farmers across the region, says "
                      "African Development Fund Director-General Mr. Musa Bello.")
    assert [s[:2] for s in statements] == [
        ("Musa Bello", "The fund is ready to support small farmers across the region")]


@pytest.mark.parametrize("body", ["the members of the Cocoa Producers Association",
                                  "the top ten on the Global Trade Openness Index"])
def test_a_name_after_a_preposition_is_not_the_subject(body):
    assert said(f"In trade, Ghana, ranking among {body}, invited Chinese buyers to visit the "
                "cocoa farms of Kumasi.") == []


def test_an_unresolvable_pronoun_makes_no_statement():
    assert said("He said that the border crossing at Tacna will open around the clock.") == []


# C9 — speech verbs with an object; the same verbs in non-speech uses

def test_speech_verbs_with_an_object_keep_the_verb():
    statements = said(
        "Uzbek Energy Minister Alisher Karimov invited Japanese companies to build solar "
        "plants in the Navoi region.\n\n"
        "He also encouraged investment in grid storage and in training for engineers.")
    assert statements[0][:2] == ("Alisher Karimov", "invited Japanese companies to build solar "
                                 "plants in the Navoi region")
    assert statements[1][:2] == ("Alisher Karimov",
                                 "encouraged investment in grid storage and in training for "
                                 "engineers")


def test_passive_speech_verbs_are_not_statements():
    assert said("Uzbek Energy Minister Alisher Karimov was invited to "
                "visit three solar plants in Osaka.") == []


# C21 — quote blocks over several sentences; 'adding that' is its own statement

def test_a_quote_over_several_sentences_is_one_statement():
    (statement,) = said(
        "\"Our universities have worked together for ten years. The new campus is the next "
        "step. Students will come from both countries,\" rector Hana Novak said.")
    assert statement[0] == "Hana Novak"
    assert statement[1].startswith("Our universities") and "Students will come" in statement[1]


def test_a_quote_reopened_in_the_next_paragraph_continues():
    (statement,) = said(
        "\u201cThe first section of the line is finished. The second starts in June.\n\n"
        "\u201cWe expect the line to carry freight to the port by 2027,\u201d said Moroccan "
        "Transport Minister Omar Haddad.")
    assert statement[0] == "Omar Haddad"
    assert "first section" in statement[1] and "carry freight" in statement[1]


def test_a_quote_sentence_after_the_attribution_is_the_next_block():
    # the gold gives '"A," X said. "B."' two entries: the tag closing A ends its quote block
    statements = said(
        "\"The new campus is the next step for both universities,\" rector Hana Novak said. "
        "\"Students will come from both countries from next year.\"\n\n"
        "\"We already have a hundred applicants.\"")
    assert [s[0] for s in statements] == ["Hana Novak"] * 2
    assert statements[1][1].startswith("Students will come from both countries from next year")


def test_adding_that_is_a_second_statement():
    statements = said(
        "\"The agreement opens doors for our young researchers,\" Vietnamese Science Minister "
        "Tran Van Minh said, adding that Vietnam proposed a joint fund for laboratory "
        "equipment.")
    assert [(s[0], s[1]) for s in statements] == [
        ("Tran Van Minh", "The agreement opens doors for our young researchers"),
        ("Tran Van Minh", "Vietnam proposed a joint fund for laboratory equipment")]


# C27 — attributions are not statements

@pytest.mark.parametrize("text", [
    "Exports of copper rose by a third in 2023, according to the Ministry of Mines.",
    "According to the Ministry of Mines, exports of copper rose by a third in 2023.",
    "Exports of copper rose by a third in 2023, the Ministry of Mines said.",
])
def test_a_body_as_source_of_a_fact_is_an_attribution(text):
    assert said(text) == []


@pytest.mark.parametrize("text, gist", [
    ("Copper exports rose by a third in 2023, Mines Minister Ana Castillo said in a statement "
     "on her website on Tuesday.", "Copper exports rose by a third in 2023"),
    ("During her visit to the copper mines of the north, Mines Minister Ana Castillo said the "
     "new smelter will open soon.", "the new smelter will open soon"),
])
def test_a_trailing_speaker_tags_the_sentence_before_but_an_opening_phrase_is_not_it(text, gist):
    assert [s[1] for s in said(text)] == [gist]


def test_a_body_speaking_with_content_is_a_statement():
    (statement,) = said("The Ministry of Mines said in a statement that copper exports to "
                        "China rose by a third in 2023.")
    assert statement[:2] == ("Ministry of Mines", "copper exports to China rose by a third in 2023")


def test_the_body_a_definite_description_names_speaks_with_content():
    statements = said("The Kenyan Embassy in Doha hosted a tea fair on Monday.\n\n"
                      "The embassy said in a statement that buyers from six Gulf countries "
                      "signed supply contracts.\n\n"
                      "Tea exports to Qatar doubled last year, the embassy said.")
    (speaker, gist, _date, _inherited), = statements
    assert speaker.startswith("Kenyan Embassy")
    assert gist == "buyers from six Gulf countries signed supply contracts"


def test_according_to_a_named_person_is_that_persons_view():
    statements = said("Kenyan Trade Minister Grace Wanjiru visited Doha.\n\n"
                      "According to Wanjiru, the Gulf will become the largest market for "
                      "Kenyan tea within five years.")
    assert [s[0] for s in statements] == ["Grace Wanjiru"]


# Issue 9 — reported-speech forms of unseen news: relayed speech, subjects that are not the
# first name before the verb, coordinated speech acts, and the day a continued statement was made

_VISIT = ("Nadia Farouk, spokeswoman for the Tunisian presidency, said in a statement on "
          "Wednesday that the two presidents met in Carthage.")  # published Friday 17 May


def test_quoted_as_saying_is_the_quoted_persons_statement_and_the_reporter_continues():
    statements = said(
        "Tunisian President Karim Haddad received Maltese Prime Minister Paul Zammit.\n\n"
        f"{_VISIT}\n\n"
        "\"Our ports can become one logistics corridor for the central Mediterranean,\" she "
        "quoted Zammit as saying during the talks.\n\n"
        "She added that ferry links between Sfax and Valletta would double next year.")
    assert [s[:3] for s in statements] == [
        ("Nadia Farouk", "the two presidents met in Carthage", "2024-05-15"),
        ("Paul Zammit", "Our ports can become one logistics corridor for the central "
         "Mediterranean", "2024-05-15"),
        ("Nadia Farouk", "ferry links between Sfax and Valletta would double next year",
         "2024-05-15")]  # 'she added': Farouk again, on the day of her statement


@pytest.mark.parametrize("quoted", ["was quoted", "was quoted by the Tunis Gazette"])
def test_a_passive_quoted_as_saying_names_the_subject(quoted):
    statements = said(f"Maltese Prime Minister Paul Zammit {quoted} as saying that the "
                      "corridor would cut freight costs by a fifth.")
    assert [s[:2] for s in statements] == [
        ("Paul Zammit", "the corridor would cut freight costs by a fifth")]


def test_said_to_have_thanked_makes_the_subject_speak_not_the_object():
    statements = said(
        "Tunisian President Karim Haddad received Maltese Prime Minister Paul Zammit.\n\n"
        "Zammit was said to have thanked Haddad for the warm welcome in Carthage.")
    assert [s[:2] for s in statements] == [
        ("Paul Zammit", "thanked Haddad for the warm welcome in Carthage")]


def test_a_name_after_a_verb_with_an_object_is_its_object():
    text = ("Tunisian President Karim Haddad received Maltese Prime Minister Paul Zammit.\n\n"
            "In Carthage, the host thanked Paul Zammit for the visit to the new port.")
    assert [s[0] for s in said(text)] == ["Karim Haddad"]  # the host, never the one thanked


def test_a_generic_role_noun_with_a_demonym_is_that_countrys_leader():
    statements = said(
        "Tunisian President Karim Haddad received Maltese Prime Minister Paul Zammit.\n\n"
        "The Maltese leader said his visit was meant to \"open a new chapter\" for both "
        "islands and ports.")
    assert [s[:2] for s in statements] == [
        ("Paul Zammit", "his visit was meant to open a new chapter for both islands and ports")]


@pytest.mark.parametrize("clause", [
    "Haddad and Zammit reaffirmed their commitment to a joint ferry service",
    "The two leaders said they had agreed on a joint ferry service",
])
def test_joint_speakers_each_make_the_statement(clause):
    statements = said(
        "Tunisian President Karim Haddad received Maltese Prime Minister Paul Zammit.\n\n"
        f"{clause}, the presidency said in a statement.")
    assert sorted(s[0] for s in statements) == ["Karim Haddad", "Paul Zammit"]
    assert all("presidency" not in s[1] for s in statements)  # the tag is not what was said


def test_praised_and_said_are_two_statements():
    statements = said("Maltese Prime Minister Paul Zammit praised Tunisia's new port and said "
                      "the two countries share a long seafaring history.")
    assert [s[:2] for s in statements] == [
        ("Paul Zammit", "praised Tunisia's new port"),
        ("Paul Zammit", "the two countries share a long seafaring history")]


def test_a_short_first_act_keeps_both_verbs_in_one_statement():
    statements = said("Maltese Prime Minister Paul Zammit welcomed the progress and expressed "
                      "hope for a ferry line by next summer.")
    assert [s[:2] for s in statements] == [
        ("Paul Zammit", "welcomed the progress and expressed hope for a ferry line by next "
         "summer")]


def test_disclosed_this_reports_the_sentence_before():
    statements = said(
        "Tunisia and Malta have agreed to open a ferry line between Sfax and Valletta.\n\n"
        "This, officials said, would cut travel time by half.\n\n"
        "Nadia Farouk, spokeswoman for the Tunisian presidency, disclosed this in a statement "
        "on Wednesday.")
    assert [s[:3] for s in statements] == [
        ("Nadia Farouk", "Tunisia and Malta have agreed to open a ferry line between Sfax and "
         "Valletta", "2024-05-15")]


def test_a_body_named_again_by_its_first_word_speaks():
    statements = said("Medport Holdings signed a lease with the port of Sfax.\n\n"
                      "Medport said the terminal would handle its first ships in the autumn.")
    assert [s[:2] for s in statements] == [
        ("Medport Holdings", "the terminal would handle its first ships in the autumn")]


def test_according_to_a_phrase_before_a_name_is_no_statement():
    assert said("Tunisian President Karim Haddad received Maltese Prime Minister Paul Zammit."
                "\n\nAccording to the information, Haddad had his ministers prepare "
                "the ferry agreement for signing.") == []  # ('asked X to' is a request: speech)


def test_the_story_date_is_the_events_day_not_the_reports():
    statements = said(
        "Tunisia and Malta agreed on a ferry line, the presidency said on Wednesday.\n\n"
        "The agreement was reached in Carthage on Tuesday after talks between the presidents.\n\n"
        "Maltese Prime Minister Paul Zammit praised the outcome of the talks in Carthage.")
    assert [s[:3] for s in statements] == [
        ("Paul Zammit", "praised the outcome of the talks in Carthage", "2024-05-14")]


def test_a_lead_without_a_date_leaves_the_story_day_to_the_next_sentences():
    statements = said(
        "Amira Ben Salah, Tunis\n\n"
        "Tunisia and Malta have agreed to open a ferry line between Sfax and Valletta.\n\n"
        "The agreement was reached when the two presidents met in Carthage on Wednesday.\n\n"
        "Maltese Prime Minister Paul Zammit thanked his hosts for the welcome in Carthage.")
    assert [s[:3] for s in statements] == [
        ("Paul Zammit", "thanked his hosts for the welcome in Carthage", "2024-05-15")]


def test_the_president_of_a_country_is_the_counterpart_from_that_country():
    statements = said(
        "Peruvian President Jorge Salas met his Bolivian counterpart Ana Quispe in Lima.\n\n"
        "The president of Bolivia expressed satisfaction with the new railway between the "
        "two capitals.")
    assert [s[0] for s in statements] == ["Ana Quispe"]


def test_a_title_before_a_bodys_name_makes_its_holder_speak():
    statements = said(
        "Rector Andes University Prof. Dr. Lucia Paredes and the head of a Chilean institute "
        "signed the agreement.\n\n"
        "Addressing the event, Rector Andes University said that the university is opening "
        "two laboratories for visiting students.")
    assert [s[:2] for s in statements] == [
        ("Lucia Paredes", "the university is opening two laboratories for visiting students")]
