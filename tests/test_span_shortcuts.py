"""The span components' shortcuts give the answers of the plain scans they replace: honorific
runs, plural titles and 'in/of <place>' looked for at the end of the text before a name, place
lookup words cut out in one pass, and the wide cue gates' per-word test.  Each is checked
against the full scan on invented text, including honorific runs, long whitespace and a folding
trap (dotless i), so a later change to a pattern that breaks a shortcut's assumption fails here."""

from __future__ import annotations

import itertools
import re

import pytest

from coopkg.extract import (
    cues,
    knownfirms,
    orgcues,
    orgs,
    orgtrim,
    orgtypes,
    people,
    places,
    placewords,
    resolve,
    sentences,
    titles,
)
from coopkg.extract.pipeline import run  # noqa: F401 — loading the pipeline installs the cue gates
from coopkg.reference import gazetteer

SENTENCES = [
    "The Ambassador of Kenya to Chile, H.E. Mr Ada Okafor, met Dr. Prof. Lena Park in Santiago.",
    "Foreign Ministers, Ana Ruiz and Ivo Berg, signed the accord, said Datuk Seri Ahmad Zaki Hamid.",
    "Interior Ministers of both countries, A Silva and B Costa, met in Quito on Tuesday.",
    "Speaking in  Lagos,   the Vice-Presidents, Tomas Bell and Mia Chen, thanked Mrs  Ola Ade.",
    "Yang Berhormat Dato' Sri Musa Aman and Tan Sri Ali Khan arrived from Kuala Lumpur.",
    "Attachés, Paul Roy and Ines Roy, joined Sir Ian Hale, HE Mr. Ben Ode and Hon.  Joe Mwangi.",
    "The talks were hosted by Prıme Ministers in Accra for the\tMinisters' meeting.",
    "China's-Russia U.S.-China ties, Côte d'Ivoire's Ministry, the Asia-Pacific forum, co-chairs.",
]


def _prefixes() -> list[str]:
    out = []
    for sentence in SENTENCES:
        out += [sentence[:m.start()] for m in re.finditer(r"\S", sentence)]
    return out + ["", " ", "Mr", "Mr ", "Mr  \n", "  Dr.  Mr   ", "of ", "afrom ", "x for\t"]


def _full_honorifics(before: str) -> tuple[str, bool]:
    m = titles._HONORIFIC_RUN.search(before)
    return (before[: m.start()], True) if m else (before, False)


def _full_plural(before: str) -> str | None:
    m = titles._PLURAL_TITLE.search(before[-160:])
    return m.group("role")[:-1] if m else None


def test_end_searches_answer_as_the_full_scans():
    wrong = [before for before in _prefixes()
             if titles.strip_honorifics(before) != _full_honorifics(before) or
             titles.plural_role(before) != _full_plural(before) or
             people._place_before(before) != bool(people._PLACE_BEFORE.search(before))]
    assert wrong == []


def test_the_prefixes_hold_honorific_runs_and_plural_titles():
    """The check above is worth something only where the scans find things."""
    prefixes = _prefixes()
    assert sum(_full_honorifics(b)[1] for b in prefixes) >= 8
    assert {_full_plural(b) for b in prefixes} >= {"Foreign Minister", "Interior Minister",
                                                     "Vice-President"}
    assert sum(people._place_before(b) for b in prefixes) >= 3


def _plain_tokens(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[\w'’.\-]+", text)]
    for k in reversed([k for k, (_s, _e, w) in enumerate(out) if not w.isalnum()]):
        out[k:k + 1] = placewords._reworked(*out[k])
    return out


@pytest.mark.parametrize("text", [*SENTENCES, "", "'s", ". . .", "--", "A-B", "é É Ñandú ß"])
def test_place_words_are_the_plain_tokens(text):
    tokens = placewords.tokenise(text)
    assert tokens == _plain_tokens(text)
    assert list(placewords.capitalised(tokens)) == [k for k, t in enumerate(tokens) if t[2][:1].isupper()]


def test_compounds_split_and_possessives_drop():
    words = [w for _s, _e, w in placewords.tokenise("China-Kazakhstan talks and Kenya's envoy")]
    assert words == ["China", "Kazakhstan", "talks", "and", "Kenya", "envoy"]


def test_the_cue_index_finds_every_cue_inside_a_word():
    index = cues._CueIndex()
    index.register(frozenset({"agree", "treaty", "mou", "sign", "signed"}))
    words = ["agreements", "disagree", "treaties", "treaty", "mouse", "memo", "", "a", "cosigned"]
    assert [sorted(index[w]) for w in words] == [["agree"], ["agree"], [], ["treaty"], ["mou"], [],
                                                 [], [], ["sign", "signed"]]


def test_the_cue_index_matches_substring_tests():
    cue_list = frozenset({"age", "ret", "tu", "y", "agre"})
    index = cues._CueIndex()
    index.register(cue_list)
    words = ["".join(p) for n in (1, 2, 3, 4) for p in itertools.product("agretyu", repeat=n)]
    assert [w for w in words if index[w] != {c for c in cue_list if c in w}] == []


def test_a_gate_answers_alike_on_noted_sentences_and_other_texts():
    plain = re.compile(r"\b(?:signed|inked|treaty)\s+(?P<what>an?\s+\w+)|co-chaired\s+\w+", re.I)
    gate = cues.Gated(plain, ("co-chaired", "inked", "signed", "treaty"))
    texts = [*SENTENCES, "They SIGNED a deal.", "It was co-chaired by X.", "A viſit, ſigned a deal.",
             "They met.", ""]
    before = [(gate.absent(t), [m.span() for m in gate.finditer(t)]) for t in texts]
    for text in texts:
        assert cues.index(text) == text
    after = [(gate.absent(t), [m.span() for m in gate.finditer(t)]) for t in texts]
    assert before == after
    assert [a for a, _ in after] == [cues.folded(t) is not None and not any(c in t.lower() for c in gate.cues)
                                     for t in texts]
    assert [s for _, s in after] == [[m.span() for m in plain.finditer(t)] for t in texts]


# 'Zemgeo': a brand no list knows (a known firm, like 'Rosatom', is a cue the gate lets through)
_RUN_WORDS = ["Ada", "Okafor", "Kenya's", "Kenyan", "Foreign", "Minister", "Ministry", "of", "the",
              "and", "Trade", "Lake", "Victoria", "on January", "Acme", "Ltd.", "KPA", "AFP",
              "United", "Nations", "Tass", "General", "Board", "Co.", "Zemgeo", "State"]


def _full_mentions(sentence: str, name: str, known: dict[str, str]) -> list:
    start = sentence.find(name)
    found = (orgs._mention(sentence, piece, start, known, listed)
             for piece, _written, listed in orgs._candidates(name, known))
    return [(m.start, m.end, m.name) for m in found if m is not None]


def test_org_gate_answers_as_the_full_path():
    """Every run of up to three invented words gives the mentions of the full path, with no
    aliases and with its one piece an alias; many of them are runs the gate turns away."""
    skipped = 0
    for n in (1, 2, 3):
        for words in itertools.islice(itertools.product(_RUN_WORDS, repeat=n), 0, None, n * n - n + 1):
            text = " ".join(words)
            sentence = f"Officials said {text} would meet."
            skipped += not orgcues.may_hold_body(text)
            for known in ({}, {orgs._plain_piece(text): "Some Body"}):
                got = orgs._mentions_in(sentence, text, sentence.find(text), known)
                assert [(m.start, m.end, m.name) for m in got] == \
                    _full_mentions(sentence, text, known), (text, known)
    assert skipped > 500


def test_every_lexicon_body_passes_the_org_gate():
    entries = [kw for _t, kws in orgtypes.TYPE_KEYWORDS for kw in kws]
    entries += [*orgtypes.KNOWN_IGO, *orgtypes.KNOWN_MEDIA, *orgtypes.MEDIA_ACRONYMS,
                *knownfirms.FIRM_FORMS]
    for entry in entries:
        for text in (entry, entry.title(), entry.upper(), f"Acme {entry.title()}'s"):
            assert orgcues.may_hold_body(text), text


_KEYWORD_PIECES = ["bank", "Banco Central", "co.", "Co", "Ltd.", "S.A.", "people's", "Assembly",
                   "think", "Tank", "-", "_", "9", "of", "Ministry", ".", "'s", "University",
                   "Academy of Sciences", "news agency"]


def test_keyword_table_finds_what_the_keyword_pattern_finds():
    pattern = orgtypes._KEYWORD_RE
    pieces = _KEYWORD_PIECES + [kw.title() for kw in orgtypes._KEYWORD_INDEX]
    texts = [sep.join(words) for words in itertools.product(_KEYWORD_PIECES, repeat=3)
             for sep in (" ", "")] + pieces + [" ".join(pieces)]
    wrong = [t for t in texts if orgtypes._ascii_keywords(t.lower()) !=
             tuple(m.group(1).lower() for m in pattern.finditer(t))]
    assert wrong == []
    assert orgtypes.keywords_in("Kenya Ports Authority and Acme Co. Ltd.") == ["authority", "co.", "ltd."]


def test_demonym_gate_turns_away_only_words_that_open_no_demonym():
    gaz = gazetteer()
    texts = [*SENTENCES, "Sri Lankan, Papua New Guinean and Emiratis met U.S. and Kenyan envoys.",
             "Kenya's Kenyan-Ugandan talks; the St. Lucian and Saint Lucian ministers."]
    texts += [f"The {form.title()} envoy and {form.upper()} and {form.title()}s met."
              for form in sorted(gaz.demonyms)]
    found = skipped = 0
    for text in texts:
        tokens = placewords.tokenise(text)
        for i in placewords.capitalised(tokens):
            got = places._demonym_at(text, tokens, i, gaz, places._run(text, tokens, i, 6))
            found += got is not None
            if not places._may_start_demonym(tokens[i][2]):
                skipped += 1
                assert got is None, (text, tokens[i])
    assert found > 200 and skipped > 50


def test_case_turn_is_found_where_the_plain_pattern_finds_it():
    """`sentences._CASE_TURN` is written from the capital for speed: it must find a turn exactly
    where 'a lowercase letter, maybe a stop, a capital' does."""
    plain = re.compile(r"[a-z][.!?]?[A-Z]")
    texts = ["".join(t) for n in range(1, 6) for t in itertools.product("aB.! zZé?É", repeat=n)]
    texts += [*SENTENCES, "the talks.The minister", "Ana PerezShe added", "LinkedIn", "U.S.A"]
    wrong = [t for t in texts if (plain.search(t) is None) != (sentences._CASE_TURN.search(t) is None)]
    assert wrong == []
    assert sum(plain.search(t) is not None for t in texts) > 1000  # the texts hold turns


def test_known_opener_lookup_answers_as_the_scan_of_every_known_name():
    """`orgtrim._opens_known` looks up the run's prefixes before a space: it must answer as
    the scan of every known body name it replaces."""
    def scan(text: str) -> bool:
        return any(text == k or text.startswith(k + " ") for k in orgtypes.KNOWN_IGO
                   if k.startswith(text.split(" ", 1)[0]))

    runs = ["", " ", "  ", "the", "new", "new development bank", "the new development bank group",
            "new development", "new development banks", "african union commission", "african  union",
            "african union", "african unionist", "eu", "eu member states", "e", " african union"]
    runs += [k for k in sorted(orgtypes.KNOWN_IGO)]
    runs += [f"{k} {w}" for k in sorted(orgtypes.KNOWN_IGO)[:60] for w in ("summit", "x y", "")]
    runs += [k[:n] for k in sorted(orgtypes.KNOWN_IGO)[:60] for n in range(1, len(k))]
    wrong = [text for text in runs if orgtrim._opens_known(text) != scan(text)]
    assert wrong == []
    assert sum(map(scan, runs)) > 100


def test_name_key_answers_as_the_plain_substitutions():
    """`resolve.name_key`, cached and precompiled, gives the key of `_SPELLING`'s substitutions."""
    def plain(name: str) -> str:
        key = re.sub(r"^the\s+", "", name.lower().replace("’", "'"))
        for pattern, repl in resolve._SPELLING:
            key = re.sub(pattern, repl, key)
        return key.strip()

    names = [*SENTENCES, "The Acme Co., Ltd.", "Acme Co. Ltd", "the  Centre for X", "Acme Co. ",
             "Organisation of \"Y\" States", "THE   Kenya’s Ports Authority", "", " the x"]
    assert [resolve.name_key(n) for n in names * 2] == [plain(n) for n in names * 2]
