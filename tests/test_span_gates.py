"""The span side's whole-sentence gates and rewritten scans answer as the plain scans they
replace: a gate may let a sentence through wrongly (the scan then decides), never turn one away
that the scan finds something in.  Checked on invented sentences, including names at the start,
after quotes and brackets, hyphenated and non-ASCII names, tabs and a folding trap (dotless i)."""

from __future__ import annotations

import itertools

from coopkg.extract import lone_names, name_patterns, people, titled_surnames
from coopkg.extract.cues import words
from coopkg.extract.facts import Person
from coopkg.extract.linking import _SHORT, _may_mention
from coopkg.extract.pipeline import run  # noqa: F401 — loading the pipeline installs the cue gates

SENTENCES = [
    "Vega, the Peruvian envoy to Kenya, said the talks went well.",
    "Officials said Okafor, the Nigerian ambassador, and Ruiz-Soto, a minister, met in Lima.",
    "\"Mensah, the director,\" replied Tano, who (Berg, the rector) arrived; Ade, too.",
    "The deal,\tHale, the mayor, and McDonald, a banker, agreed; Ñandú, the chief, left.",
    "Governor Vega said Prime Minister Torres and PM Ode met Attaché Lund and ATTACHÉ Roy.",
    "Chargé d'Affaires Pérez, Dr. Ada Okafor and Mr Ivo Berg thanked President Obi.",
    "He said the Prıme Minister Kalu would visit; she agreed, he added.",
    "Experts said the next stage will focus on practical results, including pilot projects.",
    "Local media reported that several regional delegations attended the events.",
    "X, Y-Z, Ab, Ab-Cd, ab, Éva, Über-Alles, Mc-Do, the end.",
    "", ",", "A, ", "Ab,", "Ab, ", " Ab, c", "(Ab, c) \"Cd, e\" “Ef, g”",
]


def _variants() -> list[str]:
    """Each sentence, and each of its suffixes from every space (names at the start)."""
    out = []
    for sentence in SENTENCES:
        out.append(sentence)
        out += [sentence[i + 1:] for i, ch in enumerate(sentence) if ch in " \t\"(“"]
    return out


def test_lone_names_scan_finds_what_the_pattern_finds():
    texts = _variants()
    found = 0
    for text in texts:
        plain = [(m.span("name"), m.group("name")) for m in lone_names._LONE.finditer(text)]
        assert [(m.span("name"), m.group("name")) for m in lone_names.lone_matches(text)] == plain, text
        found += len(plain)
    assert found >= 40


def test_title_runs_cover_every_title_form():
    assert "" not in titled_surnames.TITLE_RUNS
    for word in titled_surnames.TITLE_WORDS:
        if not word.isalpha():
            continue
        for form in (word.capitalize(), word.upper()):
            text = f"The {form} Vega said."
            runs = words(text)
            assert runs is None or not runs.isdisjoint(titled_surnames.TITLE_RUNS), form


def test_title_gate_turns_away_only_sentences_without_a_titled_name():
    turned = 0
    for text in _variants():
        runs = words(text)
        if runs is not None and runs.isdisjoint(titled_surnames.TITLE_RUNS):
            turned += 1
            assert list(titled_surnames._TITLED.finditer(text)) == [], text
    assert turned >= 20


def test_short_mention_gate_turns_away_only_sentences_without_a_mention():
    """`_may_mention` False: no pronoun and no name word among `_SHORT`'s tokens."""
    known = [Person(name=n) for n in ("Ada Okafor", "Ivo Berg", "Ana Ruiz-Soto", "Éva Lund")]
    parts = sorted(people.name_words(known))
    turned = 0
    for text, chosen in itertools.product(_variants(), (parts, parts[:2], [])):
        if _may_mention(text, chosen):
            continue
        turned += 1
        tokens = [m.group(1) for m in _SHORT.finditer(text)]
        assert not [t for t in tokens if t.lower() in people.PRONOUNS or t in chosen], text
    assert turned >= 50



_STORY = """Title: Kenya and Chile sign a port deal
Date: 2026-05-04

NAIROBI, May 4 -- The Chilean delegation included Ana Ruiz, Minister of Trade, and Ivo Berg.
Kenyan President Ada Okafor met Chilean Foreign Minister Tomas Bell in Nairobi on Monday.
Okafor will travel to Santiago in June. He will be accompanied by Kofi Mensah, Minister of Energy.
The delegation of Chile, led by Lena Park, visited the Kenya Ports Authority.
Experts said the next stage will focus on practical results."""


def test_person_country_rules_find_nothing_in_sentences_without_people():
    """Each rule nationality now passes only the sentences naming people gives every person
    the country it gives when passed every sentence."""
    import copy

    from coopkg.extract import companions, nationality, pipeline
    from coopkg.read.text import read_text
    from coopkg.reference import gazetteer

    doc = pipeline.annotate(read_text(_STORY, "story.txt"), gazetteer())
    for person in doc.people.values():
        person.country = None
    assert len(doc.people) >= 4

    def spans(sent):
        return [x for x in sent.spans if x.ref.kind == "person"]

    def named(d):
        return [s for s in d.sents if any(x.rule != "person.pronoun" for x in spans(s))]

    runs = [(lambda d: nationality._counterparts(d, [(s, spans(s)) for s in d.sents]),
             lambda d: nationality._counterparts(d, [(s, spans(s)) for s in d.sents if len(spans(s)) > 1]))]
    runs += [(rule, lambda d, rule=rule: rule(d, named(d)))
             for rule in (companions.travellers, companions.entourage, companions.delegations)]
    changed = 0
    for every, gated in runs:
        full, part = copy.deepcopy(doc), copy.deepcopy(doc)
        every(full)
        gated(part)
        countries = {n: p.country for n, p in full.people.items()}
        assert countries == {n: p.country for n, p in part.people.items()}
        changed += any(countries.values())
    assert changed >= 2


def test_date_gate_turns_away_only_sentences_without_dates():
    """`may_hold_date` False: no dates, whatever the paper's date (relative ones included)."""
    from datetime import date

    from coopkg.extract.dates import find_dates, may_hold_date

    texts = [*_variants(), "They met on Monday.", "It opened last year, in May 2020.",
             "Talks ran 3-4 June and again yesterday.", "The 2019 plan; 12.05.2021; next week."]
    papers = [date(2024, 1, 3), date(2026, 12, 31)]
    turned = 0
    for text in texts:
        found = [find_dates(text, paper) for paper in papers]
        if not may_hold_date(text):
            turned += 1
            assert found == [[], []], text
    assert turned >= 20
    assert sum(may_hold_date(t) for t in texts[-4:]) == 4


def test_between_gate_needs_the_word_between():
    from coopkg.extract.orgcontext import _BETWEEN_BEFORE

    texts = [*_variants(), "a deal between Acme Ltd and Norgas", "Between the Acme Group and X",
             "inbetween Acme and X", "between\tthe Kenya Ports Authority and Zemgeo"]
    for text in texts:
        runs = words(text)
        if runs is not None and "between" not in runs:
            assert not any(_BETWEEN_BEFORE.search(text, 0, end) for end in range(len(text) + 1)), text


def test_visitor_rule_reads_no_visit_once_everyone_has_a_country(monkeypatch):
    """`_visitors` gives a country only to a person without one; with every person placed it
    stops before looking for visits, and with one unplaced it still looks (and places them)."""
    from coopkg.extract import nationality, pipeline
    from coopkg.read.text import read_text
    from coopkg.reference import gazetteer

    story = ("Title: Chile and Kenya\nDate: 2026-05-04\n\nChilean Minister of Trade Ana Ruiz "
             "visited Nairobi on Monday.\nAda Okafor said the visit went well.")
    doc = pipeline.annotate(read_text(story, "story.txt"), gazetteer())
    asked = []
    real = nationality.visits
    monkeypatch.setattr(nationality, "visits", lambda d, s: asked.append(s) or real(d, s))
    for person in doc.people.values():
        person.country = person.country or "KE"
    nationality._visitors(doc, {})
    assert asked == []
    ruiz = doc.people["Ana Ruiz"]
    ruiz.country = None
    nationality._visitors(doc, {})
    assert asked and ruiz.country == "CL"


def test_led_name_pattern_finds_what_the_plain_one_finds():
    """name_patterns.NAME is PLAIN_NAME behind a look-ahead of its first letters: the same matches."""
    texts = [*_variants(), "Md. Karim Hossain, al-Sisi and el-Baz met Ts.Elbegdorj, P.B. Jayawardena",
             "S Raman, O'Neill, D’Souza, BAI Chunlin, McDonald, LeFaivre, van der Berg, de la Cruz",
             "ibn Saud, abu Bakr, Ībn, Łukasz Żak, Şahin, İsmail, ılık, Éva, Ñandú, bint Ali"]
    found = 0
    for text in texts:
        plain = [(m.span(), m.group(1)) for m in name_patterns.PLAIN_NAME.finditer(text)]
        assert [(m.span(), m.group(1)) for m in name_patterns.NAME.finditer(text)] == plain, text
        found += len(plain)
    assert found >= 60


def test_the_list_cue_gate_skips_only_sentences_without_a_cue(monkeypatch):
    from pathlib import Path

    from coopkg.extract import orglists

    texts = ["The contracts went to Hydrocon, Baltech and Savanna Mills.",
             "Firms such as Kivu Logistics and Baltech were at the fair.",
             "The tender was won by Baltech and Hydrocon last week.",
             "Its partners include Kivu Logistics, Baltech and Nile Sugar.",
             "The oil companies of both countries - Petrokiv and Nilegas - signed.",
             "Ministers met in Accra and discussed trade."]
    for path in sorted((Path(__file__).parent / "articles").glob("*.txt")):
        texts += [s for s in path.read_text(encoding="utf-8").split(". ") if s]
    gated = [orglists._cued_items(t) for t in texts]
    monkeypatch.setattr(orglists, "words", lambda _text: None)  # the gate always open
    assert gated == [orglists._cued_items.__wrapped__(t) for t in texts]  # past its memo
    assert sum(map(bool, gated)) >= 4  # the invented lists are read
    assert any(words(t).isdisjoint(orglists._CUE_WORDS) for t in texts)  # and the gate skips some
