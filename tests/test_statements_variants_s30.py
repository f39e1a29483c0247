"""Statements, paraphrase battery (s30): one base fact per family, written the many ways wire
services, ministries and newspapers report speech — the speech verb, its position, the speaker's
form, the framing, the date — plus negative rows (attributions, 'the said agreement', 'so-called',
'is said to be') that must give no statement.  Every snippet is invented for this file.

Each row names the statements it must give as (speaker key, a word the gist must hold); the gist
must not hold the speaker's surname, a speech verb or a trailing attribution (the scorer matches a
statement by speaker and by the gist's word overlap, so a gist that swallows the frame dilutes it).
A row with a date also checks the statement's date (paper of Thursday 2024-05-16)."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

LEAD = ("OSLO, May 16 -- Norwegian Trade Minister Ingrid Solberg met Kenyan Foreign Minister "
        "Daniel Otieno in Oslo.")
SOL, OTI = "Ingrid Solberg", "Daniel Otieno"
_FRAME_WORDS = ("solberg", "otieno", " said", " says", "told", "according to", "noted",
                "stressed", "reporters", "statement")


def _statements(body: str) -> list[tuple[str, str, str | None]]:
    text = f"{LEAD}\n\n{body}"
    facts = extract(Article(text=text, published=date(2024, 5, 16), title="", origin="test"))
    return [(s.speaker.key, s.text, s.date.value if s.date else None) for s in facts.statements]


def _matches(got: tuple[str, str, str | None], speaker: str, word: str, when: str | None) -> bool:
    key, gist, day = got
    low = f" {gist.lower()}"
    if key != speaker or word.lower() not in low:
        return False
    if any(w in low for w in _FRAME_WORDS if w.strip() not in word.lower()):
        return False
    return when is None or (day or "")[: len(when)] == when


def _check(body: str, expected: list[tuple]) -> None:
    got = _statements(body)
    assert len(got) == len(expected), got
    for row in expected:
        speaker, word, when = (*row, None)[:3]
        assert any(_matches(g, speaker, word, when) for g in got), got


def _x(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


FISH = [(SOL, "salmon")]
TEA = [(OTI, "tea")]

VERBS = {
    "said-that": "Solberg said that Norway would buy more salmon feed from Kenya.",
    "says": "Solberg says Norway will buy more salmon feed from Kenya.",
    "has-said": "Solberg has said Norway will buy more salmon feed from Kenya.",
    "noted": "Solberg noted that Norway would buy more salmon feed from Kenya.",
    "stressed": "Solberg stressed that Norway would buy more salmon feed from Kenya.",
    "pointed-out": "Solberg pointed out that Norway buys more salmon feed from Kenya every year.",
    "told-reporters": "Solberg told reporters Norway would buy more salmon feed from Kenya.",
    "added": "Solberg added that Norway would buy more salmon feed from Kenya.",
    "believes": "Solberg believes Norway will buy more salmon feed from Kenya.",
    "expressed-hope": "Solberg expressed hope that Norway would buy more salmon feed from Kenya.",
    "highlighted": "Solberg highlighted the growth of salmon feed imports from Kenya.",
    "underscored": "Solberg underscored that salmon feed imports from Kenya were growing.",
    "reiterated": "Solberg reiterated that Norway would buy more salmon feed from Kenya.",
    "called-for": "Solberg called for more salmon feed imports from Kenya.",
    "urged": "Solberg urged Norwegian firms to buy more salmon feed from Kenya.",
    "welcomed": "Solberg welcomed the rise in salmon feed imports from Kenya.",
    "explained": "Solberg explained that Norway needed more salmon feed from Kenya.",
    "assured": "Solberg assured Kenyan exporters that Norway would buy more salmon feed.",
    "announced": "Solberg announced that Norway would buy more salmon feed from Kenya.",
    "emphasized-also": "Solberg also emphasized that Norway would buy more salmon feed from Kenya.",
    "went-on-to-say": "Solberg went on to say that Norway would buy more salmon feed from Kenya.",
    "stated": "Solberg stated that Norway would buy more salmon feed from Kenya.",
    "declared": "Solberg declared that Norway would buy more salmon feed from Kenya.",
    "remarked": "Solberg remarked that Norway would buy more salmon feed from Kenya.",
    "acknowledged": "Solberg acknowledged that Norway needed more salmon feed from Kenya.",
    "insisted": "Solberg insisted that Norway would buy more salmon feed from Kenya.",
    "argued": "Solberg argued that Norway should buy more salmon feed from Kenya.",
    "observed": "Solberg observed that Norway was buying more salmon feed from Kenya.",
    "confirmed": "Solberg confirmed that Norway would buy more salmon feed from Kenya.",
    "expressed-belief": "Solberg expressed her belief that Norway would buy more salmon feed "
                        "from Kenya.",
    "voiced-confidence": "Solberg voiced confidence that Norway would buy more salmon feed from "
                         "Kenya.",
    "hailed": "Solberg hailed the rise in salmon feed imports from Kenya.",
    "adding-that": "Solberg praised the talks, adding that Norway would buy more salmon feed "
                   "from Kenya.",
    "maintained": "Solberg maintained that Norway would buy more salmon feed from Kenya.",
}

POSITIONS = {
    "tag-after": ("Norway will buy more salmon feed from Kenya, Solberg said.", FISH),
    "tag-inverted": ("Norway will buy more salmon feed from Kenya, said Solberg.", FISH),
    "tag-inverted-apposition": ("Norway will buy more salmon feed from Kenya, said Ingrid Solberg, "
                                "Norway's minister of trade.", FISH),
    "subject-apposition-of": ("Ingrid Solberg, Minister of Trade and Industry of Norway, said "
                              "Norway would buy more salmon feed from Kenya.", FISH),
    "quote-tag": ('"Norway will buy more salmon feed from Kenya," Solberg said.', FISH),
    "quote-tag-inverted-role": ('"Norway will buy more salmon feed from Kenya," said Solberg, the '
                                "trade minister of Norway.", FISH),
    "said-colon": ('Solberg said: "Norway will buy more salmon feed from Kenya."', FISH),
    "two-sentence-quote-added": ('"Kenya grows excellent tea. We want to import more of it," '
                                 'Otieno said. "Our tea estates are ready," he added.',
                                 [(OTI, "tea"), (OTI, "estates")]),
    "quote-split-by-tag": ('"Norway will buy more salmon feed," Solberg said, "and Kenya will '
                           'supply it."', FISH),
    "quote-tag-added": ('"Norway will buy more salmon feed from Kenya," Solberg added.', FISH),
    "quote-tag-noted-day": ('"Norway will buy more salmon feed from Kenya," Solberg noted on '
                            "Monday.", [(SOL, "salmon", "2024-05-13")]),
    "quote-inverted-full-apposition": ('"Norway will buy more salmon feed from Kenya," said '
                                       "Ingrid Solberg, Norway's trade minister.", FISH),
    "said-colon-two-sentences": ('Solberg said: "Norway needs salmon feed. Kenya can supply it."',
                                 [(SOL, "salmon")]),
    "reported-then-he-added": ("Otieno said Kenya would export more tea to Norway. He added that "
                               "Kenyan coffee would follow.", [(OTI, "tea"), (OTI, "coffee")]),
    "reported-then-she-noted": ("Solberg said Norway would buy more salmon feed. She also noted "
                                "that Kenyan roses were popular in Oslo.",
                                [(SOL, "salmon"), (SOL, "roses")]),
    "tag-mid-sentence": ("Norway, Solberg said, will buy more salmon feed from Kenya.", FISH),
    "said-on-day-tag": ("Norway will buy more salmon feed from Kenya, Solberg said on Tuesday.",
                        [(SOL, "salmon", "2024-05-14")]),
}

SPEAKERS = {
    "full-title-before": ("Kenyan Foreign Minister Daniel Otieno said that Kenya would export "
                          "more tea to Norway.", TEA),
    "apposition-after": ("Daniel Otieno, the foreign minister of Kenya, said that Kenya would "
                         "export more tea to Norway.", TEA),
    "surname-later": ("Otieno said that Kenya would export more tea to Norway.", TEA),
    "pronoun-next": ("Otieno spoke after the talks. He said Kenya would export more tea to "
                     "Norway.", TEA),
    "pronoun-she": ("Solberg opened the session. She said that Norway would buy more salmon feed "
                    "from Kenya.", FISH),
    "role-alone": ("The Kenyan minister said Kenya would export more tea to Norway.", TEA),
    "role-alone-the-minister": ("Kenya would export more tea to Norway, the foreign minister "
                                "said.", TEA),
    "ministry-statement": ("The Kenyan Ministry of Foreign Affairs said in a statement that "
                           "Kenya would export more tea to Norway.",
                           [("Kenyan Ministry of Foreign Affairs", "tea")]),
    "embassy-said": ("The Kenyan Embassy in Oslo said Kenya would export more tea to Norway.",
                     [("Kenyan Embassy in Oslo", "tea")]),
    "ministry-added": ("The Kenyan Ministry of Foreign Affairs said in a statement that Kenya "
                       "would export more tea to Norway. The ministry added that coffee would "
                       "follow.", [("Kenyan Ministry of Foreign Affairs", "tea"),
                                   ("Kenyan Ministry of Foreign Affairs", "coffee")]),
    "long-apposition-who": ("Otieno, who has led Kenya's diplomacy since 2022, said Kenya would "
                            "export more tea to Norway.", TEA),
    "title-of-country-before": ("Foreign Minister of Kenya Daniel Otieno said Kenya would export "
                                "more tea to Norway.", TEA),
    "mr-surname": ("Mr Otieno said Kenya would export more tea to Norway.", TEA),
    "role-later-tag-inverted": ("Kenya will export more tea to Norway, said the Kenyan foreign "
                                "minister.", TEA),
    "ministry-quoted": ('"Kenya will export more tea to Norway," the Kenyan Ministry of Foreign '
                        "Affairs said in a statement.",
                        [("Kenyan Ministry of Foreign Affairs", "tea")]),
}

FRAMES = {
    "in-his-speech": ("In his speech, Otieno said Kenya would export more tea to Norway.", TEA),
    "speaking-at-forum": ("Speaking at the business forum, Otieno noted that Kenya would export "
                          "more tea to Norway.", TEA),
    "addressing-meeting": ("Addressing the meeting, Otieno said Kenya would export more tea to "
                           "Norway.", TEA),
    "told-agency-interview": ("Otieno told Reuters in an interview that Kenya would export more "
                              "tea to Norway.", TEA),
    "quoted-as-saying": ("Otieno was quoted as saying that Kenya would export more tea to "
                         "Norway.", TEA),
    "according-to-person": ("According to Otieno, tea exports to Norway rose last year.",
                            [(OTI, "tea")]),
    "according-to-title-person": ("According to Kenyan Foreign Minister Daniel Otieno, tea "
                                  "exports to Norway rose last year.", [(OTI, "tea")]),
    "in-an-interview-with": ("In an interview with Reuters, Otieno said Kenya would export more "
                             "tea to Norway.", TEA),
    "wrote-in-op-ed": ("Otieno wrote in an op-ed that Kenya would export more tea to Norway.",
                       TEA),
    "said-in-televised-address": ("Otieno said in a televised address that Kenya would export "
                                  "more tea to Norway.", TEA),
    "during-visit-to": ("During a visit to Bergen, Otieno said Kenya would export more tea to "
                        "Norway.", TEA),
    "on-sidelines": ("On the sidelines of the forum, Otieno told reporters that Kenya would "
                     "export more tea to Norway.", TEA),
    "cited-as-saying": ("Otieno was cited as saying that Kenya would export more tea to Norway.",
                        TEA),
    "in-remarks-to": ("In remarks to the press, Otieno said Kenya would export more tea to "
                      "Norway.", TEA),
    "during-the-talks": ("During the talks, Otieno said that Kenya would export more tea to "
                         "Norway.", TEA),
    "at-press-conference": ("At a joint press conference, Otieno said Kenya would export more tea "
                            "to Norway.", TEA),
    "speaking-to-journalists": ("Speaking to journalists after the talks, Otieno said Kenya would "
                                "export more tea to Norway.", TEA),
}

DATES = {
    "on-monday": ("Otieno said on Monday that Kenya would export more tea to Norway.",
                  [(OTI, "tea", "2024-05-13")]),
    "meeting-held-on": ("At the meeting held on May 10, Otieno said Kenya would export more tea "
                        "to Norway.", [(OTI, "tea", "2024-05-10")]),
    "on-day-after-verb-tag": ('"Kenya will export more tea to Norway," Otieno said on Wednesday.',
                              [(OTI, "tea", "2024-05-15")]),
    "on-date-speaking": ("Speaking on Monday in Oslo, Otieno said Kenya would export more tea to "
                         "Norway.", [(OTI, "tea", "2024-05-13")]),
    "last-week": ("Otieno said last week that Kenya would export more tea to Norway.",
                  [(OTI, "tea", "2024-05")]),
    "on-may-10": ("On May 10, Otieno said Kenya would export more tea to Norway.",
                  [(OTI, "tea", "2024-05-10")]),
    "said-on-may-10": ("Otieno said on May 10 that Kenya would export more tea to Norway.",
                       [(OTI, "tea", "2024-05-10")]),
    "at-meeting-on-tuesday": ("At Tuesday's meeting, Otieno said Kenya would export more tea to "
                              "Norway.", [(OTI, "tea", "2024-05-14")]),
    "yesterday": ("Otieno said yesterday that Kenya would export more tea to Norway.",
                  [(OTI, "tea", "2024-05-15")]),
}

# a speaker's stance with a that-clause ('is confident that ...') reports a view as 'believes' does
STANCES = {
    "is-confident": ("Otieno is confident that Kenya will export more tea to Norway.", TEA),
    "was-convinced": ("Otieno was convinced that Kenya would export more tea to Norway.", TEA),
    "is-optimistic": ("Otieno is optimistic that Kenya will export more tea to Norway.", TEA),
    "is-hopeful-body": ("The Kenyan Ministry of Foreign Affairs is hopeful that Kenya will export "
                        "more tea to Norway.", [("Kenyan Ministry of Foreign Affairs", "tea")]),
    "posted-that": ("Otieno posted on Facebook that Kenya would export more tea to Norway.", TEA),
    "confident-in-no-clause": ("Otieno is confident in the tea partnership with Norway.", []),
}

# a closing tag whose verb reports speech only with a clause ('wrote', 'concluded', 'posted'):
# the lead before the tag is that clause
CLOSING_TAGS = {
    "wrote-on-page": ("Kenya will export more tea to Norway, Otieno wrote on his official "
                      "Twitter page.", TEA),
    "wrote-on-x": ("Kenya will export more tea to Norway, Otieno wrote on X.", TEA),
    "concluded": ("Kenya will work hard to export more tea to Norway, Otieno concluded.", TEA),
    "concluded-inverted": ("Kenya will export more tea to Norway, concluded Otieno.", TEA),
    "posted-on": ("Kenya will export more tea to Norway, Otieno posted on Facebook.", TEA),
    "explained-inverted": ("Kenya will export more tea to Norway, explained Otieno.", TEA),
    "wrote-a-book": ("In 2019, Otieno wrote a book on Kenyan tea.", []),
    "concluded-visit": ("Otieno, the Kenyan minister, concluded his visit on Tuesday.", []),
    "delegation-continued": ("The delegation, led by Otieno, continued on Tuesday.", []),
    "forum-concluded": ("The forum, organised by the Kenyan Embassy in Oslo, concluded on "
                        "Tuesday.", []),
}

# he/she: the pronoun's gender, where the text shows the person's ('Mr', 'Ms', 'his', 'her')
PRONOUNS = {
    "she-after-ms": ("Mr Otieno met Ms Solberg on Monday. She said Norway would buy more salmon "
                     "feed from Kenya.", FISH),
    "he-after-ms-spoke": ("Ms Solberg said Norway would buy more tea. He said Kenya would export "
                          "more tea to Norway.", [(SOL, "buy"), (OTI, "export")]),
    "where-he-said": ("Otieno spoke at a forum in Bergen, where he said Kenya would export more "
                      "tea to Norway.", TEA),
}

RELAYS = {
    "quoted-as-saying-by-tag": ("Kenya will export more tea to Norway, Otieno was quoted as "
                                "saying by Xinhua.", TEA),
    "as-x-put-it": ("As Otieno put it, Kenya will export more tea to Norway.", TEA),
}

NEGATIVES = {
    "ministry-trailing-tag": "Kenya exported 40,000 tonnes of tea to Norway last year, the "
                             "ministry said.",
    "according-to-ministry": "According to the Kenyan Ministry of Trade, tea exports to Norway "
                             "rose last year.",
    "according-to-data": "According to customs data, tea exports to Norway rose last year.",
    "anonymous-officials": "Tea exports to Norway rose last year, officials said.",
    "sources-said": "Diplomatic sources said tea exports to Norway rose last year.",
    "aforesaid": "The aforesaid memorandum lets Kenya export more tea to Norway.",
    "outlet-trailing": "Tea exports to Norway rose last year, the Daily Nation reported.",
    "statement-noun": "The statement on tea exports was published on the ministry's website.",
    "it-is-said": "It is said that Kenyan tea first reached Norway in 1920.",
    "outlet-reported": "The Daily Nation reported that tea exports to Norway rose last year.",
    "the-said-agreement": "Under the said agreement, Kenya will export more tea to Norway.",
    "so-called": "The so-called tea corridor links Mombasa with Oslo.",
    "is-said-to-be": "The tea corridor is said to be the longest trade route of its kind.",
    "are-said-to-have": "Kenyan growers are said to have doubled tea exports to Norway.",
    "data-show": "Customs figures show that tea exports to Norway rose last year.",
}

# rows the extractor does not yet give, each with the construction it misses
XFAIL = {
    "relay-quoted-as-saying-by-tag": "closing tag '..., X was quoted as saying by <outlet>.'",
    "relay-as-x-put-it": "opening 'As X put it, <clause>' frame",
}


def _row(body: str, expected: list[tuple], rid: str):
    marks = [_x(XFAIL[rid])] if rid in XFAIL else []
    return pytest.param(body, expected, id=rid, marks=marks)


ROWS = [_row(*p.values, p.id) for p in (
    [pytest.param(b, FISH, id=f"verb-{k}") for k, b in VERBS.items()]
    + [pytest.param(b, e, id=f"position-{k}") for k, (b, e) in POSITIONS.items()]
    + [pytest.param(b, e, id=f"speaker-{k}") for k, (b, e) in SPEAKERS.items()]
    + [pytest.param(b, e, id=f"frame-{k}") for k, (b, e) in FRAMES.items()]
    + [pytest.param(b, e, id=f"date-{k}") for k, (b, e) in DATES.items()]
    + [pytest.param(b, e, id=f"stance-{k}") for k, (b, e) in STANCES.items()]
    + [pytest.param(b, e, id=f"closing-tag-{k}") for k, (b, e) in CLOSING_TAGS.items()]
    + [pytest.param(b, e, id=f"pronoun-{k}") for k, (b, e) in PRONOUNS.items()]
    + [pytest.param(b, e, id=f"relay-{k}") for k, (b, e) in RELAYS.items()]
    + [pytest.param(b, [], id=f"negative-{k}") for k, b in NEGATIVES.items()]
)]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_statement_variant(body: str, expected: list[tuple]) -> None:
    _check(body, expected)
