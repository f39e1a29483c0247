"""The statements' speed shortcuts answer as the plain code they replace: a role
phrase without a title word is no role (`_parse_role` gate), a clause's words outside its quotes
are the same cut by slices (`_tagged_part`), and a single sentence joins to itself (`quote_units`);
the gate of unquoted units lets every speech verb through.  Invented phrases and sentences."""

from __future__ import annotations

from datetime import date

from coopkg.extract import quotes, role_phrases, statement_verbs, statements
from coopkg.extract.pipeline import annotate
from coopkg.read.article import Article
from coopkg.reference import gazetteer

_TEXT = ("President Ada Vell of Ruritania met Prime Minister Ivo Sarn of Freedonia in Zenda. "
         "The Ruritanian Minister of Energy, Olu Brask, said trade would grow. "
         "Head of State Vell thanked the hosts.")


def _doc():
    return annotate(Article(text=_TEXT, published=date(2026, 3, 4)), gazetteer())


def _phrases() -> list[str]:
    """Role phrases in every form the parser knows, and subjects that name no role."""
    roles = sorted(role_phrases._ROLE_LEAD | set(role_phrases.GENERICS))[:400]
    out = ["Experts", "Local media", "Analysts", "the officials", "Its spokesman", "", " ",
           "the head of the Ruritanian government", "head of Freedonian diplomacy",
           "the top Ruritanian diplomat", "Freedonia's president", "the Minister of Energy",
           "the Minister of Energy and Mines", "the consul general", "Attorney General",
           "the Ruritanian Head of State", "the visiting president", "his Freedonian counterpart"]
    for role in roles:
        out += [role, role.title(), role.upper(), f"the {role}", f"The Ruritanian {role}",
                f"the {role} of Freedonia", f"Freedonia's {role}", f"the {role} of Energy",
                f"a senior {role}", f"the {role}s"]
    return out


def test_parse_role_gate_answers_as_the_parser():
    doc = _doc()
    named = 0
    for phrase in _phrases():
        full = role_phrases._parsed_role(doc, phrase)
        assert role_phrases.parse_role(doc, phrase) == full, phrase
        named += full[0] is not None
    assert named >= 100


def _plain_tagged_part(text, verb, quoted) -> bool:
    if not quoted or quoted[-1][1] > verb.start():
        return False
    outside = "".join(ch for i, ch in enumerate(text[: quoted[-1][1]]) if not quotes.inside(quoted, i))
    return len(statements.re.findall(r"\w+", outside)) >= 2


def test_tagged_part_cuts_as_the_character_test():
    texts = ['Ruritania could be "the gateway to the region", said Vell.',
             '"We will grow", "and trade", said Vell.', '“Yes,” said Vell.',
             'A “b” c “d e” f, said Vell.', '"" said Vell.', 'No quote here, said Vell.',
             '“Open quote never closed, said Vell.']
    for text in texts:
        verb = statements.VERB.search(text)
        quoted = quotes.quoted_spans(text)[0]
        assert statements._tagged_part(text, verb, quoted) == _plain_tagged_part(text, verb, quoted), text


def test_quote_units_of_a_quoted_article_as_joined_parts():
    text = ('"We will build," Vell said. "And we will trade.\n\n"More next year," she added. '
            'Sarn: "Agreed on every point here." Done.')
    doc = annotate(Article(text=text, published=date(2026, 3, 4)), gazetteer())
    units = quotes.quote_units(doc.sents)
    assert [u.text for u in units] == [u.text for u in _plain_units(doc.sents)]


def _plain_units(sents):
    units, pending = [], []
    for i, sent in enumerate(sents):
        pending.append(sent)
        following = sents[i + 1] if i + 1 < len(sents) else None
        still_open = quotes.quoted_spans(" ".join(quotes._parts(pending)))[1]
        if following is not None and (still_open or quotes._introduces(sent)) and \
                (following.sentence.paragraph == sent.sentence.paragraph and still_open or
                 following.text.startswith(("“", '"', "”"))):
            continue
        units.append(quotes.Unit(quotes._join(pending), sent.sentence.index, sents[: i + 1 - len(pending)]))
        pending = []
    return units


def test_unquoted_gate_lets_every_speech_verb_through():
    from coopkg.extract import cues, sentence_gates

    _doc()  # gates built
    gate = sentence_gates.GATES["coopkg.extract.statements._unquoted"]
    gate.build()
    assert not gate.always
    for word in sorted(statement_verbs.VERB_WORDS):
        for form in (word, word.capitalize(), word.upper()):
            text = cues.index(f"Ada Vell {form} on Monday that the talks went well.")
            assert not gate.closed(text), form
    assert gate.closed(cues.index("The weather in Zenda is mild in spring."))


def test_role_and_bare_subjects_need_a_phrase_end():
    from coopkg.extract import statement_subjects as subjects

    texts = ['"We will trade more," said the minister.', "The Ruritanian minister, in turn, said",
             "Experts said", "Local media reported", "The deputy head of Zenda Port Authority said",
             "Vell, the minister of Energy and Mines, said", "Ms. Vell also said", "Ivo Sarn’s said",
             "Ana-Maria said", "the minister,\tsaid", "the minister\nsaid", "“Yes,” Vell said",
             "(the minister) said", "the minister: said", "Vell was said to have said", "x said"]
    prefixes = {t[:i] for t in texts for i in range(len(t) + 1)}
    matched = 0
    for before in sorted(prefixes):
        found = subjects.ROLE_BEFORE.search(before) or subjects._BARE.search(before)
        assert subjects._ends_a_phrase(before) or found is None, repr(before)
        matched += found is not None
    assert matched >= 30


def test_only_passage_epithets_read_the_passage():
    from coopkg.extract import epithets, lexicon
    from coopkg.extract.facts import Ref

    doc = _doc()
    someone = Ref("person", next(iter(doc.people)))
    phrases = [f"{lead}{word}" for word in [*lexicon.mapping("epithets"), "minister", "visiting president",
                                            "host", "Experts", ""]
               for lead in ("", "the ", "The ", "his ")]
    passages = 0
    for phrase in phrases:
        if epithets.names_passage(phrase):
            passages += 1
            continue
        assert epithets.epithet_people(doc, phrase, someone) == epithets.epithet_people(doc, phrase, None)
    assert passages >= 4
