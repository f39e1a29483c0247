"""Speech carried by a participle or a noun after an act that is not itself speech: 'X signed
the guest book, saying the visit was an honour', 'X welcomed the plan, calling it a key step',
'X concluded by stressing that trade must grow', 'X represented the people of Y in expressing
his gratitude' (a speech gerund after 'in'),
'X ended the visit with a pledge to double imports'.  The speaker is the person heading the
sentence (or 'he'/'she' continuing the passage); what was said is the participle's clause or the
noun's complement.  Asked by `statements` only when no speech verb reported the sentence."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc
from coopkg.extract.facts import Ref
from coopkg.extract.quotes import Found, Unit, clean, inside, make_statement
from coopkg.extract.sentence_gates import needs
from coopkg.extract.speakers import Discourse, role_holder, sentence_subject

# the speech participles of the lexicon ('highlighting', 'underscoring') tell speech with 'that'
_THAT_PARTICIPLES = lexicon.alternation(lexicon.words("speech_participles"))
_SAYING = re.compile(r",\s+(?:(?:saying|noting|stressing|adding|insisting|explaining)\s+(?:that\s+)?|"
                     rf"(?:{_THAT_PARTICIPLES})\s+that\s+|"
                     r"(?=(?:calling|describing|terming)\s+(?:it|them|this|the)\b))|"
                     r"\s+by\s+(?:saying|noting|stressing|underlining|emphasi[sz]ing|highlighting|reiterating|"
                     r"recalling|pointing\s+out)\s+(?:that\s+)?")  # 'X concluded by stressing that'

_NOUN_ACT = re.compile(rf"\bwith\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?"
                       rf"(?={lexicon.word_pattern('speech_act_nouns')}\s+(?:to|for|on)\b)", re.I)
# 'represented the people of X in expressing his gratitude', 'joined Y in calling for': the
# gerund and its phrase are what was said
_IN_GERUND = re.compile(rf"\s+in\s+(?={lexicon.word_pattern('speech_gerunds')}\b)", re.I)
_PRONOUN_HEAD = re.compile(r"^\s*(?:He|She)\b")
# what `_NOUN_ACT` looks ahead to, as a pattern of its own: its cues are the nouns ('pledge'),
# where `_NOUN_ACT`'s own cue is only 'with' (for the gate of `participial` only)
_ACT_NOUN = re.compile(rf"\b(?:{'|'.join(sorted(lexicon.words('speech_act_nouns')))})\s+(?:to|for|on)\b",
                       re.I)


# '..., with President X stressing that B': an absolute clause whose person says B
_PARTICIPLES = lexicon.alternation(lexicon.words("speech_participles")
                                   | lexicon.words("absolute_speech_participles"))
_WITH_PERSON = re.compile(r",\s+with\s+(?:[\w\-.’']+\s+){1,8}?"
                          rf"(?P<p>{_PARTICIPLES})"
                          r"\s+(?:that\s+)?", re.I)


@needs("_SAYING", "_ACT_NOUN", "_IN_GERUND", "_WITH_PERSON")
def participial(doc: Doc, unit: Unit, quoted: list[tuple[int, int]], discourse: Discourse
                ) -> list[Found]:
    """'X <did something>, saying B' / '..., calling it B' / '... with a pledge to B': X's
    statement B; '..., with X stressing B': X's."""
    text = unit.text
    absolute = _with_person(unit, quoted)
    if absolute:
        return absolute
    act = next((m for m in (*_SAYING.finditer(text), *_NOUN_ACT.finditer(text), *_IN_GERUND.finditer(text))
                if not inside(quoted, m.start())), None)
    if act is None:
        return []
    head = sentence_subject(unit.sent)
    speaker = head.ref if head is not None and head.end <= act.start() else \
        discourse.current(unit.sent.sentence.index) if _PRONOUN_HEAD.match(text) else \
        _role_head(doc, text, act.start())
    gist = clean(text[act.end():]) if speaker is not None else ""
    if not gist:
        return []
    rule = "statement.gerund" if act.group(0).lstrip().lower().startswith("in ") else "statement.participle"
    statement = make_statement(unit, speaker, gist, rule, act.span())
    return [Found(statement, text[: act.start()])]


def _with_person(unit: Unit, quoted: list[tuple[int, int]]) -> list[Found]:
    """'The leaders discussed trade, with President X stressing that tariffs must fall': the
    person right before the participle says the clause after it."""
    text = unit.text
    for m in _WITH_PERSON.finditer(text):
        person = next((s for s in unit.sent.spans if s.ref.kind == "person" and s.end == m.start("p") - 1
                       and s.start > m.start()), None)
        gist = clean(text[m.end():])
        if person is None or inside(quoted, m.start()) or len(gist.split()) < 3:
            continue
        statement = make_statement(unit, person.ref, gist, "statement.participle", m.span("p"))
        return [Found(statement, text[: m.start()])]
    return []


# 'The Chilean envoy had a more ambitious goal, saying ...': a definite title heading the sentence
_ROLE_HEAD = re.compile(rf"^\W*(?P<role>[Tt]he\s+(?:[\w\-’']+\s+){{0,3}}?"
                        rf"(?i:{lexicon.word_pattern('titles')}))\s+(?!of\b|and\b|,)")


def _role_head(doc: Doc, text: str, act: int) -> Ref | None:
    """The one person of the article holding the title that heads the sentence, before the act."""
    m = _ROLE_HEAD.match(text)
    return role_holder(doc, m.group("role")) if m and m.end() <= act else None


_PARTICIPLE_CLAUSE = re.compile(rf",\s+(?:while\s+)?(?:also\s+)?"
                                rf"{lexicon.word_pattern('speech_participles')}\s+(?:that\s+)?", re.I)


def participle_after(text: str, verb: re.Match[str], quoted: list[tuple[int, int]]) -> str:
    """'"...," X said, noting that exports grew 10%': the tag's participle clause outside the
    quotation says something the quote does not, a statement of its own (as 'adding that')."""
    last = max((e for _s, e in quoted), default=0)
    m = _PARTICIPLE_CLAUSE.search(text, max(verb.end(), last))
    rest = clean(text[m.end():]) if m else ""
    return rest if len(rest.split()) >= 3 else ""


# the participle's clause is a that-clause or a quotation it introduces ('..., saying: "B"')
# ('..., while stressing that B': the same)
_PARTICIPLE_THAT = re.compile(rf",\s+(?:while\s+)?(?:also\s+|further\s+)?"
                              rf"{lexicon.word_pattern('speech_participles')}"
                              r"(?:\s+that\s+|\s*[:,]?\s*(?=[“\"]))", re.I)


def participle_that(text: str, verb: re.Match[str], quoted: list[tuple[int, int]]
                    ) -> tuple[int, str] | None:
    """'X commended the police, stressing that crime fell', 'X described the deal as a milestone,
    noting that it opens a new phase': after a verb whose object is what it says (praise, a
    description), a participle that reports a that-clause says something of its own, as 'adding
    that' and '... and said that B' do, and so does one that introduces a quotation ('X
    commended A, saying: "B"'); where the clause starts and what it says."""
    m = next((m for m in _PARTICIPLE_THAT.finditer(text, verb.end()) if not inside(quoted, m.start())),
             None)
    rest = clean(text[m.end():]) if m else ""
    return (m.start(), rest) if m and len(rest.split()) >= 3 else None


_APPEAL = re.compile(rf",\s+(?:also\s+|further\s+)?(?={lexicon.word_pattern('appeal_participles')}\s)",
                     re.I)


def appeal_participle(text: str, verb: re.Match[str], quoted: list[tuple[int, int]]
                      ) -> tuple[int, str] | None:
    """'X thanked Chile for its help, calling on it to send experts', 'X reaffirmed A, lauding B
    as a model': after a verb whose object is what it says, a participle of praise or appeal has
    an object of its own and says something the first act does not (GOLD_FORMAT: 'hailed' is a
    reported-speech clause of its own); where the clause starts and what it says, participle
    included ('calling on Chile to ...' without it would read as a statement about Chile)."""
    m = next((m for m in _APPEAL.finditer(text, verb.end()) if not inside(quoted, m.start())), None)
    rest = clean(text[m.end():]) if m else ""
    return (m.start(), rest) if m and len(rest.split()) >= 4 else None


def added_only(unit: Unit, speaker: Ref, verb: re.Match[str], more: str) -> list[Found]:
    """A body's source tag that goes on ('X met Y, the ministry said, adding that B'): the
    sentence before the tag is an attribution (GOLD_FORMAT), but the added clause is the body's
    own words."""
    if not more:
        return []
    added = make_statement(unit, speaker, more, "statement.reported", verb.span())
    return [Found(added, unit.text.replace(more, " "))]
