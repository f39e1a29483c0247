"""Statements: quoted or reported speech of a named person or body, one per quote block or per
reported clause.  Patterns: 'X said (that) ...', '"...," said X', '..., X said', 'X thanked ...'
(the verb with its object), '..., adding that ...' (a second statement), quotes that run over
several sentences (one statement), 'praised A and said B' (two), 'X disclosed this' and 'This
was stated by X' (the sentence before), joint speakers ('A and B reaffirmed', 'President A and
President B expressed', 'the two leaders said': one each), and relayed speech ('according to
<person>', 'quoted X as saying': `relayed`).  Attributions are
not statements: 'according to' a body or data, and a body's trailing source tag on a factual
sentence ('..., the ministry said').  Speakers that are not names (pronouns, role phrases) are
resolved in `speakers` and `statement_subjects`; speech carried by a participle after another
act ('signed the book, saying ...') in `speech_acts`; dates not stated with the speech come from
`storydate`, or continue the date of the speaker's last statement ('He added ...')."""

from __future__ import annotations

import re
from dataclasses import replace

from coopkg.extract import lexicon, speech_acts, statement_tags
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.episodes import recent_episode
from coopkg.extract.facts import Ref, Statement, When
from coopkg.extract.quotes import (
    MIN_QUOTE_WORDS,
    Found,
    Unit,
    bare_quote,
    by_paragraph,
    clean,
    colon_quote,
    continues_quote,
    follows_tag,
    free_quote,
    inside,
    make_statement,
    outside,
    quote_units,
    quoted_spans,
    tagged_next,
    unit_quotes,
)
from coopkg.extract.relayed import according, antecedent, quoted_as, said_again, stated_in
from coopkg.extract.sentence_gates import needs
from coopkg.extract.speakers import Discourse
from coopkg.extract.speech_acts import participial, participle_after, participle_that
from coopkg.extract.speechverbs import SAYING, THAT, audience_only, greets, not_speech, without_audience
from coopkg.extract.statement_coordinated import speaker_of
from coopkg.extract.statement_intros import quoted_sentence
from coopkg.extract.statement_leads import delayed_speaker
from coopkg.extract.statement_nested import nested_statements
from coopkg.extract.statement_passives import passive_opinions
from coopkg.extract.statement_remarks import redate_by_remarks
from coopkg.extract.statement_subjects import (
    KIND,
    VERB,
    Subject,
    find_subject,
)
from coopkg.extract.statement_tags import opens_quote, without_day
from coopkg.extract.statement_trailing import titled, trailing
from coopkg.extract.statement_verbs import VERB_WORDS, speech_verbs
from coopkg.extract.storydate import inherited, occasion_date, recent_day, story_date

# Speed only: inline patterns compiled once here (same pattern text and flags, same matches)
_QUOTE_MARK = re.compile(r"[“”\"]")
_ANY_WORD = re.compile(r"\w+")
_LOWER_NEXT = re.compile(r"\W*[a-z]")
_WORD_COMMA_END = re.compile(r"\w,\s*$")
_COMMA_WORD = re.compile(r"\s*,\s*\w")
_THAT_WORD = re.compile(r"\s+that\s")
_FRAME_HEAD = re.compile(r"^\s*(?:(?:via|at|during|in)\s+[^,]+,\s+|on\s+\w+\s+\d+,\s+)?(?:that\s+)?")
_OCCASION_HEAD = re.compile(r"^(?:at|during|on)\s+[^,]{0,60}?,\s+(?:that\s+)?")
# 'X said, adding the port will open in May': 'adding' right after the speech verb, no 'that'
_BARE_ADDING = re.compile(r",\s+adding\s+(?!that\b|to\b)(?=\w+\s+\w+)")
_ADDING = re.compile(r",?\s*(?:and\s+)?(?:adding|added)\s+that(?:\s*,)?\s+", re.I)  # "adding that, \"We ..."


def find_statements(doc: Doc) -> list[Statement]:
    """Each quote block and reported-speech clause of a named person or body."""
    out: list[Statement] = []
    discourse = Discourse()
    story = story_date(doc) or recent_day(doc) or When(doc.article.published.isoformat()[:7],
                                                           inherited=True)
    said_on: dict[Ref, When] = {}  # each speaker's latest statement date
    previous: tuple[Unit, Statement] | None = None
    held: Unit | None = None  # a bare quote paragraph that no one has spoken yet
    for unit in quote_units(doc.sents):
        found = _from_unit(doc, unit, discourse)
        if found and held is not None and tagged_next(held, unit, found[0][0]):
            found.insert(0, Found(Statement(found[0][0].speaker, clean(held.text), None, held.text,
                                            rule="statement.tagged-next"), ""))
        more = not found and previous and quoted_spans(unit.text)[0]  # both need a quotation
        held = unit if not found and bare_quote(unit) else None
        if more and (free_quote(unit, *previous) or follows_tag(unit, *previous)):  # no tag
            found, held = [Found(st, "") for st in by_paragraph(unit, Statement(
                previous[1].speaker, clean(unit.text), None, unit.text, rule="statement.continued"))], None
        elif more and continues_quote(unit, *previous):
            joint = " " if previous[1].text.endswith(("?", "!")) else ". "
            previous[1].text = f"{previous[1].text}{joint}{clean(unit.text)}"
            previous[1].evidence = f"{previous[1].evidence} {unit.text}"
            previous, held = (unit, previous[1]), None
        found += [Found(st, "") for f in list(found) for st in nested_statements(unit, f[0], VERB, KIND)]
        for statement, frame, voice in found:
            if any(s.text == statement.text and s.speaker == statement.speaker for s in out) or \
                    said_again(statement, previous):
                continue
            statement.date = statement.date or occasion_date(frame, unit.before) or \
                inherited(said_on.get(statement.speaker)) or recent_episode(doc, unit.sent) or story
            if statement.date:
                said_on[statement.speaker] = statement.date
            out.append(statement)
            discourse.heard(voice or statement.speaker, unit.last)
            previous = (unit, statement)
        discourse.saw(unit.sent, unit.last)
    redate_by_remarks(doc, out)
    return out


# a speech verb's first word as a word of the sentence: what `_speech` asks before it looks for
# verbs (for the `_unquoted` gate only; its cues are these words)
_VERB_CUE = re.compile(rf"\b(?:{'|'.join(sorted(VERB_WORDS))})\b", re.I)


def _from_unit(doc: Doc, unit: Unit, discourse: Discourse) -> list[Found]:
    """The statements of one unit with the text around what was said (for the occasion).  A
    sentence without quotation marks says something only through one of the rules' patterns
    (`_unquoted`: most sentences have none of their cues)."""
    if quoted_spans(unit.text)[0]:
        return _speech(doc, unit, discourse)
    return _unquoted(doc, unit, discourse)


# 'These remarks were made by X', 'This was contained in a statement issued by X': `stated_by`
# frames without a speech verb (its own gate's cues)
@needs("quoted_as", "_VERB_CUE", "according", "participial", "passive_opinions", "stated_in")
def _unquoted(doc: Doc, unit: Unit, discourse: Discourse) -> list[Found]:
    """A unit without a quotation: every statement needs a speech verb ('was stated by' has
    one too; 'These remarks were made by X' has a noun of speech), or 'according to', 'quoted
    as saying', a participle of speech (a colon quote needs quotes)."""
    return _speech(doc, unit, discourse)


def _speech(doc: Doc, unit: Unit, discourse: Discourse) -> list[Found]:
    text = unit.text
    quoted = unit_quotes(unit)
    relayed = quoted_as(doc, unit, quoted, discourse)
    if relayed:
        return relayed
    stated = stated_in(doc, unit, quoted)
    if stated:
        return stated
    for verb in speech_verbs(text, tuple(quoted)):  # kept by the text and its quotations
        subject = speaker_of(doc, unit, verb, discourse, find_subject(doc, unit, verb, quoted, discourse)) \
            or delayed_speaker(doc, unit, verb)  # '..., an official said.' + the next sentence's name
        if subject is None:
            continue
        found = _said(doc, unit, subject, verb, quoted)
        if found:
            return _contrasted(doc, unit, subject, verb, discourse) or found
    return according(doc, unit, quoted) or colon_quote(unit, quoted) or \
        participial(doc, unit, quoted, discourse) or passive_opinions(doc, unit, quoted)


_CONTRAST = re.compile(r"(?:,\s*(?:but|while|whereas|and)|;)\s+")


def _contrasted(doc: Doc, unit: Unit, subject: Subject, verb: re.Match[str],
                discourse: Discourse) -> list[Found]:
    """'A said X, but B said Y' / '..., while B stressed Y': a second speaker in the same
    sentence ends the first one's clause and has their own."""
    text = unit.text
    quoted = quoted_spans(text)[0]
    for joint in _CONTRAST.finditer(text, verb.end()):
        then = VERB.search(text, joint.end())
        if inside(quoted, joint.start()) or then is None or not_speech(text, then, quoted):
            continue
        other = find_subject(doc, unit, then, quoted, discourse)
        if other is None or other.ref == subject.ref or other.start < joint.start() or \
                other.resolved == "pronoun":  # '..., and she expressed': the same speaker goes on
            continue
        first = _said(doc, _clip(unit, 0, joint.start()), subject, verb,
                      quoted_spans(text[: joint.start()])[0])
        return first + _said(doc, _clip(unit, joint.end(), len(text)), other, then, quoted) \
            if first else []
    return []


def _clip(unit: Unit, start: int, end: int) -> Unit:
    """The unit's text from `start` to `end` (blanked before: offsets hold), spans and dates."""
    sent = unit.sent
    text = " " * start + unit.text[start:end]
    clipped = Sent(replace(sent.sentence, text=text),
                   [s for s in sent.spans if start <= s.start and s.end <= end],
                   [d for d in sent.dates if start <= d.start and d.end <= end])
    return Unit(clipped, unit.last, unit.before)


def _said(doc: Doc, unit: Unit, subject: Subject, verb: re.Match[str],
          quoted: list[tuple[int, int]]) -> list[Found]:
    text = unit.text
    end, more = _second_clause(text, subject, verb, quoted)
    clause_end = end
    tag = _TAG_END.search(text, verb.end(), end)  # 'A and B reaffirmed X, the ministry said.'
    end = tag.start() if tag and not inside(quoted, tag.start()) else end
    relative = _RELATIVE.search(text, 0, verb.start()) and text.find(",", verb.end(), end)
    if relative and relative > 0 and not text[verb.end():relative].strip():
        relative = text.find(",", relative + 1, end)  # 'X, who said, "A"': the comma opens A
    end = relative if relative and relative > 0 else end  # 'X, who said A, signed B': A
    quote = " ".join(text[s:e] for s, e in quoted if s < end)
    if (len(quote.split()) >= MIN_QUOTE_WORDS or quoted_sentence(text, quoted)) and \
            not _embedded(text, verb, quoted):
        gist, rule = clean(quote), "statement.quote"
        more = more or participle_after(text, verb, quoted)
    elif _attribution_tag(subject, verb, text) and not _spoken_end(text, verb, quoted):
        return speech_acts.added_only(unit, subject.ref, verb, more)  # '..., the ministry said, adding B'
    elif _THIS.match(text[verb.end():end]) or _THAT_MESSAGE.match(text, 0, subject.start):
        gist, rule = antecedent(unit.before), "statement.reported"  # 'X disclosed this on Sunday'
    else:
        gist, rule = _reported(text[:end], verb, subject), "statement.reported"
        gist = _QUOTE_MARK.sub("", gist) if _embedded(text, verb, quoted) else gist
        if greets(unit, verb):  # 'welcomed the delegation and said ...': only what was said
            gist, more = _after_greeting(text, verb, end, subject), ""
    if not gist or _OCCASION_ONLY.fullmatch(gist):
        return []  # '..., X said in a statement on Monday': where the words came, no content
    frame = outside(text[:end], quoted)
    frame = frame.replace(gist, " ")
    rule = f"statement.{subject.resolved}" if subject.resolved else rule
    first = make_statement(unit, subject.ref, gist, rule, verb.span(), clause_end)
    found = [first]
    if more:
        found.append(Statement(subject.ref, more, first.date, text,
                               rule=rule if subject.resolved else "statement.reported"))
    found += [replace(st, speaker=ref) for ref in subject.also for st in list(found)]
    return [Found(st, frame) for st in found]


def _after_greeting(text: str, verb: re.Match[str], end: int, subject: Subject) -> str:
    """What a greeting goes on to say: '..., saying that B' or '... and said B'."""
    saying = SAYING.search(text, verb.end(), end)
    if saying:
        return clean(text[saying.end():end])
    then = _AND_VERB.search(text, verb.end(), end)
    second = VERB.match(text, then.start("v")) if then else None
    return _reported(text[:end], second, subject) if second else ""


_RELATIVE = re.compile(r",\s+who\s+(?:also\s+|had\s+|has\s+)?$")
_AND_VERB = re.compile(rf"\s+and\s+(?:also\s+)?(?P<v>{lexicon.word_pattern('speech_verbs')})\b"
                       r"(?!\s+by\b)", re.I)
# 'That is the message that X conveyed ...': the sentence before is what X said
_THAT_MESSAGE = re.compile(r"\s*(?:That|This|Such)\s+(?:is|was)\s+(?:the|a)\s+(?:[\w\-]+\s+){0,2}?"
                           r"(?:message|point|view|position|assessment)\s+(?:that\s+)?"
                           r"(?:[A-Z][\w.\-’']*\s+|of\s+|for\s+|the\s+){0,8}$")
_THIS = re.compile(r"^\s+(?:this|these)(?=\s*(?:[.,;]|$)|\s+(?:in|at|on|during|while|when|through|"
                   r"via|to|after|before|yesterday|today|last)\b)", re.I)
_TAG_END = re.compile(r",\s+(?:the\s+)?(?:(?!(?:which|who|that|is|was|were|are|been|be)\s)[\w’'\-]+\s+)"
                      rf"{{0,5}}?{lexicon.word_pattern('speech_verbs')}"
                      r"(?:\s+(?:in|on|at|via|during)\b[^,]*)?\s*[.;]?\s*$", re.I)


def _second_clause(text: str, subject: Subject, verb: re.Match[str],
                   quoted: list[tuple[int, int]]) -> tuple[int, str]:
    """Where the first clause ends and what a second one says: '..., adding that B', and after a
    verb with an object, 'praised A and said B' (the same speaker's second speech act); after a
    reported clause, '... said that A, and stressed B' / 'noted that A, and underlined B' (a
    comma closes the first clause, so the second verb is a speech act of its own)."""
    adding = next((a for a in _ADDING.finditer(text) if a.start() > verb.start() and
                   not inside(quoted, a.start())), None) or _BARE_ADDING.match(text, verb.end())
    if adding:
        return adding.start(), clean(text[adding.end():])
    clause = KIND.get(verb.group(0).lower()) != "object"
    noting = None if clause or THAT.match(text[verb.end():]) else \
        participle_that(text, verb, quoted) or speech_acts.appeal_participle(text, verb, quoted)
    if noting is not None:
        return noting
    then = next((m for m in _AND_VERB.finditer(text, verb.end()) if not inside(quoted, m.start())
                 and (not clause or text[:m.start()].endswith(","))), None)
    second = VERB.match(text, then.start("v")) if then else None
    if then is None or second is None or not clean(text[verb.start():then.start()]) or \
            _present(second) and not _present(verb) or \
            not clause and not THAT.match(text[verb.end():]) and _acts_in_one_clause(text, second):
        return len(text), ""  # 'welcomed it and expressed hope ...' stays one statement
    # ('stressed that Chile wants A and expects B': a present verb continues the reported clause)
    return then.start(), _reported(text, second, subject)


def _acts_in_one_clause(text: str, second: re.Match[str]) -> bool:
    """'expressed appreciation for A and announced plans to B', 'thanked A and invited B to
    visit': two acts, each the verb with its object, coordinated under one subject are one
    reported clause (GOLD_FORMAT: one entry per reported-speech clause); a second verb that
    reports a clause ('praised A and said B', '... and stressed that B') says something of its
    own."""
    return KIND.get(second.group(0).lower()) == "object" and not THAT.match(text[second.end():])


def _present(verb: re.Match[str]) -> bool:
    return verb.group(0).lower().endswith("s")


def _embedded(text: str, verb: re.Match[str], quoted: list[tuple[int, int]]) -> bool:
    """'X said his visit was part of a tour to "take stock of things"': a quoted phrase inside a
    reported clause is part of what was said, not all of it."""
    return bool(quoted) and quoted[0][0] > verb.end() and not opens_quote(text, verb.end(), quoted[0][0]) \
        and len(_ANY_WORD.findall(text[verb.end():quoted[0][0]])) >= 4 or _tagged_part(text, verb, quoted)


def _spoken_end(text: str, verb: re.Match[str], quoted: list[tuple[int, int]]) -> bool:
    """'..., "favoring joint work," the document said': a clause ending in a body's quoted words.
    A quoted capitalised name ('signed the "Programme of Cooperation", the ministry said') is a
    document's title, not speech: the sentence stays a sourced fact."""
    return _tagged_part(text, verb, quoted) and _LOWER_NEXT.match(text[quoted[-1][0]:]) is not None


def _tagged_part(text: str, verb: re.Match[str], quoted: list[tuple[int, int]]) -> bool:
    """'Chile could be our first partner and "the gateway to the region", said X': a tag after a
    clause that quotes only its end; what was said is the whole clause."""
    if not quoted or quoted[-1][1] > verb.start():
        return False
    return len(_ANY_WORD.findall(outside(text[: quoted[-1][1]], quoted))) >= 2


def _attribution_tag(subject: Subject, verb: re.Match[str], text: str) -> bool:
    """'..., the ministry said.' / '..., said the embassy': a body named only as the source of a
    factual sentence is an attribution; a body's own words need a quote (a clause ending in its
    quoted words counts: '..., "favoring joint work," the document said') or 'said that ...'.  A
    body that 'reported' something is a source whatever the frame."""
    return subject.ref.kind == "org" and (trailing(text, verb, subject) is not None or
                                          " ".join(verb.group(0).lower().split()) in _REPORTING)


# 'The presidency reported on X that ...': a body that reports is a source, as an outlet is
_REPORTING = frozenset(r[0] for r in lexicon.rows("speech_verbs") if r[2:3] == ("report",))


_CHANNELS = lexicon.words("speech_channels") | lexicon.words("speech_occasions")
_OCCASION_ONLY = re.compile(r"\s*(?:in|on|at|during|via|through)\s+(?:[\w’'\-]+\s+){0,4}?"
                            rf"(?:{lexicon.alternation(_CHANNELS)})s?"
                            r"(?:\s+(?:on|last|this|earlier|late|yesterday|today)\b[^.;,]{0,30}?)?[.;]?\s*",
                            re.I)


def _reported(text: str, verb: re.Match[str], subject: Subject) -> str:
    tagged = trailing(text, verb, subject)
    if tagged is not None:
        return clean(tagged)
    rest = text[verb.end():]
    if subject.start < verb.start() and _WORD_COMMA_END.search(text[: subject.start]) and \
            _COMMA_WORD.match(rest):  # 'The deal, she said, will create jobs'
        if titled(text[: subject.start]):
            return clean(rest.lstrip(" ,"))  # 'the Ambassador of X, Y, said, A': the title is Y's
        return clean(f"{text[: subject.start].rstrip(', ')} {rest.lstrip(' ,')}")
    opened = statement_tags.as_clause(text, verb.start(), verb.end())  # 'As X noted at the talks, A'
    if opened:
        return clean(opened)
    that = THAT.match(rest)
    if that:
        whole = KIND.get(verb.group(0).lower()) != "object" or _THAT_WORD.match(rest)
        return clean(rest[that.end():], least=2 if whole else 4)  # not 'noted the role that ...'
    if KIND.get(verb.group(0).lower()) == "object":  # 'thanked the hosts for ...'
        return clean(text[verb.start():])
    if _OCCASION_ONLY.fullmatch(rest) or audience_only(rest):
        return ""  # '... said in a Wednesday statement': the occasion, not what was said
    rest = _FRAME_HEAD.sub("", rest)
    rest = _OCCASION_HEAD.sub("", rest)
    return clean(without_day(without_audience(verb.group(0), without_day(rest))))

