"""Statements: quoted or reported speech of a named person or body, one per quote block or per
reported clause.  Patterns: 'X said (that) ...', '"...," said X', '..., X said', 'X thanked ...'
(the verb with its object), '..., adding that ...' (a second statement), quotes that run over
several sentences (one statement), 'praised A and said B' (two), 'X disclosed this' and 'This
was stated by X' (the sentence before), joint speakers ('A and B reaffirmed', 'President A and
President B expressed', 'the two leaders said': one each), and relayed speech ('according to
<person>', 'quoted X as saying': `relayed`).  Attributions are
not statements: 'according to' a body or data, and a body's trailing source tag on a factual
sentence ('..., the ministry said').  Speakers that are not names (pronouns, role phrases) are
resolved in `speakers`; dates not stated with the speech come from `storydate`, or continue the
date of the speaker's last statement ('He added ...')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.epithets import epithet_holder
from coopkg.extract.facts import Ref, Statement, When
from coopkg.extract.people import resolve_short
from coopkg.extract.quotes import (
    MIN_QUOTE_WORDS,
    Found,
    Unit,
    clean,
    colon_quote,
    continues_quote,
    inside,
    make_statement,
    outside,
    quote_units,
    quoted_spans,
)
from coopkg.extract.relayed import according, antecedent, quoted_as, stated_by
from coopkg.extract.speakers import (
    BODY_BEFORE,
    PAIR_BEFORE,
    PRONOUN_BEFORE,
    ROLE_AFTER,
    ROLE_BEFORE,
    Discourse,
    body_named,
    holder_at,
    latest_holder,
    pair_holders,
    particle_surname,
    role_holder,
    short_org,
    titled_before,
)
from coopkg.extract.speechverbs import SAYING, THAT, TITLED_AFTER, greets, not_speech
from coopkg.extract.storydate import inherited, occasion_date, story_date

_KIND = lexicon.mapping("speech_verbs")
_VERB = re.compile(rf"\b{lexicon.word_pattern('speech_verbs')}\b", re.I)
_ADDING = re.compile(r",?\s*(?:and\s+)?(?:adding|added)\s+that\s+", re.I)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
# a name after a preposition is its object, not the subject of the next verb ('ranked on the X
# Index, invited ...')
_PREPOSED = re.compile(r"\b(?:on|of|in|at|to|for|from|with|among|by|under|about|into)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w\-]*\s+){0,3}$")


@dataclass
class Subject:
    ref: Ref
    start: int
    end: int
    resolved: str = ""  # how a speaker that is not a name was found: pronoun | role | body
    also: list[Ref] = field(default_factory=list)  # joint speakers ('A and B reaffirmed')


def find_statements(doc: Doc) -> list[Statement]:
    out: list[Statement] = []
    discourse = Discourse()
    story = story_date(doc) or When(doc.article.published.isoformat()[:7], inherited=True)
    said_on: dict[Ref, When] = {}  # each speaker's latest statement date
    previous: tuple[Unit, Statement] | None = None
    for unit in quote_units(doc.sents):
        found = _from_unit(doc, unit, discourse)
        if not found and previous and continues_quote(unit, *previous):
            joint = " " if previous[1].text.endswith(("?", "!")) else ". "
            previous[1].text = f"{previous[1].text}{joint}{clean(unit.text)}"
            previous[1].evidence = f"{previous[1].evidence} {unit.text}"
            previous = (unit, previous[1])
        for statement, frame, voice in found:
            if any(s.text == statement.text and s.speaker == statement.speaker for s in out):
                continue
            statement.date = statement.date or occasion_date(frame, unit.before) or \
                inherited(said_on.get(statement.speaker)) or story  # 'he added': same occasion
            if statement.date:
                said_on[statement.speaker] = statement.date
            out.append(statement)
            discourse.heard(voice or statement.speaker, unit.last)
            previous = (unit, statement)
        discourse.saw(unit.sent, unit.last)
    return out


_VERB_WORDS = {row[0].split()[0].lower() for row in lexicon.rows("speech_verbs")}
_WORD = re.compile(r"[a-z]+")


def _from_unit(doc: Doc, unit: Unit, discourse: Discourse) -> list[Found]:
    """The statements of one unit with the text around what was said (for the occasion)."""
    text = unit.text
    quoted = quoted_spans(text)[0]
    relayed = quoted_as(doc, unit, quoted, discourse)
    if relayed:
        return relayed
    stated = stated_by(doc, unit)
    if stated:
        return stated
    words = set(_WORD.findall(text.lower()))
    verbs = _VERB.finditer(text) if words & _VERB_WORDS else ()  # most sentences report no speech
    for verb in verbs:
        if inside(quoted, verb.start()) or _PASSIVE.search(text[: verb.start()]) or \
                re.match(r"\s+by\b", text[verb.end():]) or not_speech(text, verb, quoted):
            continue
        subject = _subject(doc, unit, verb, quoted, discourse)
        if subject is None:
            continue
        found = _said(doc, unit, subject, verb, quoted)
        if found:
            return _contrasted(doc, unit, subject, verb, discourse) or found
    return according(doc, unit, quoted) or colon_quote(unit, quoted)


_CONTRAST = re.compile(r"(?:,\s*(?:but|while|whereas|and)|;)\s+")


def _contrasted(doc: Doc, unit: Unit, subject: Subject, verb: re.Match[str],
                discourse: Discourse) -> list[Found]:
    """'A said X, but B said Y' / '..., while B stressed Y': a second speaker in the same
    sentence ends the first one's clause and has their own."""
    text = unit.text
    quoted = quoted_spans(text)[0]
    for joint in _CONTRAST.finditer(text, verb.end()):
        then = _VERB.search(text, joint.end())
        if inside(quoted, joint.start()) or then is None or not_speech(text, then, quoted):
            continue
        other = _subject(doc, unit, then, quoted, discourse)
        if other is None or other.ref == subject.ref or other.start < joint.end():
            continue
        first = _said(doc, _clip(unit, 0, joint.start()), subject, verb,
                      quoted_spans(text[: joint.start()])[0])
        return first + _said(doc, _clip(unit, joint.end(), len(text)), other, then, quoted) \
            if first else []
    return []


def _clip(unit: Unit, start: int, end: int) -> Unit:
    """The unit's text from `start` to `end` (blanked before, so offsets hold), with the spans
    and dates inside it."""
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
    tag = _TAG_END.search(text, verb.end(), end)  # 'A and B reaffirmed X, the ministry said.'
    end = tag.start() if tag and not inside(quoted, tag.start()) else end
    relative = _RELATIVE.search(text, 0, verb.start()) and text.find(",", verb.end(), end)
    end = relative if relative and relative > 0 else end  # 'X, who said A, signed B': A
    quote = " ".join(text[s:e] for s, e in quoted if s < end)
    if len(quote.split()) >= MIN_QUOTE_WORDS and not _embedded(text, verb, quoted):
        gist, rule = clean(quote), "statement.quote"
    elif _attribution_tag(subject, verb, text):
        return []
    elif _THIS.match(text[verb.end():end]):  # 'X disclosed this in a statement on Sunday'
        gist, rule = antecedent(unit.before), "statement.reported"
    else:
        gist, rule = _reported(text[:end], verb, subject), "statement.reported"
        gist = re.sub(r"[“”\"]", "", gist) if _embedded(text, verb, quoted) else gist
        if greets(unit, verb):  # 'welcomed the delegation and said ...': only what was said
            gist, more = _after_greeting(text, verb, end, subject), ""
    if not gist:
        return []
    frame = outside(text[:end], quoted)
    frame = frame.replace(gist, " ")
    rule = f"statement.{subject.resolved}" if subject.resolved else rule
    first = make_statement(unit, subject.ref, gist, rule, verb.span())
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
    second = _VERB.match(text, then.start("v")) if then else None
    return _reported(text[:end], second, subject) if second else ""


_RELATIVE = re.compile(r",\s+who\s+(?:also\s+|had\s+|has\s+)?$")
_AND_VERB = re.compile(rf"\s+and\s+(?:also\s+)?(?P<v>{lexicon.word_pattern('speech_verbs')})\b"
                       r"(?!\s+by\b)", re.I)
_THIS = re.compile(r"^\s+(?:this|these)(?=\s*(?:[.,;]|$)|\s+(?:in|at|on|during|while|when|through|"
                   r"via|to|after|before|yesterday|today|last)\b)", re.I)
_TAG_END = re.compile(r",\s+(?:the\s+)?(?:(?!(?:which|who|that|is|was|were|are|been|be)\s)[\w’'\-]+\s+)"
                      rf"{{0,5}}?{lexicon.word_pattern('speech_verbs')}"
                      r"(?:\s+(?:in|on|at|via|during)\b[^,]*)?\s*[.;]?\s*$", re.I)


def _second_clause(text: str, subject: Subject, verb: re.Match[str],
                   quoted: list[tuple[int, int]]) -> tuple[int, str]:
    """Where the first clause ends and what a second one says: '..., adding that B', and after a
    verb with an object, 'praised A and said B' (the same speaker's second speech act)."""
    adding = next((a for a in _ADDING.finditer(text) if a.start() > verb.start() and
                   not inside(quoted, a.start())), None)
    if adding:
        return adding.start(), clean(text[adding.end():])
    if _KIND.get(verb.group(0).lower()) != "object":
        return len(text), ""
    then = next((m for m in _AND_VERB.finditer(text, verb.end()) if not inside(quoted, m.start())),
                None)
    second = _VERB.match(text, then.start("v")) if then else None
    if then is None or second is None or not clean(text[verb.start():then.start()]) or \
            _present(second) and not _present(verb):
        return len(text), ""  # 'welcomed it and expressed hope ...' stays one statement
    # ('stressed that Chile wants A and expects B': a present verb continues the reported clause)
    return then.start(), _reported(text, second, subject)


def _present(verb: re.Match[str]) -> bool:
    return verb.group(0).lower().endswith("s")


def _embedded(text: str, verb: re.Match[str], quoted: list[tuple[int, int]]) -> bool:
    """'X said his visit was part of a tour to "take stock of things"': a quoted phrase inside a
    reported clause is part of what was said, not all of it."""
    return bool(quoted) and quoted[0][0] > verb.end() and \
        len(re.findall(r"\w+", text[verb.end():quoted[0][0]])) >= 4 or _tagged_part(text, verb, quoted)


def _tagged_part(text: str, verb: re.Match[str], quoted: list[tuple[int, int]]) -> bool:
    """'Chile could be our first partner and "the gateway to the region", said X': a tag after a
    clause that quotes only its end; what was said is the whole clause."""
    if not quoted or quoted[-1][1] > verb.start():
        return False
    outside = "".join(ch for i, ch in enumerate(text[: quoted[-1][1]]) if not inside(quoted, i))
    return len(re.findall(r"\w+", outside)) >= 4


def _attribution_tag(subject: Subject, verb: re.Match[str], text: str) -> bool:
    """'..., the ministry said.' / '..., said the embassy': a body named only as the source of a
    factual sentence is an attribution; a body's own words need a quote or 'said that ...'."""
    return subject.ref.kind == "org" and _trailing(text, verb, subject) is not None


# 'During the visit, X said', 'Speaking at ..., X said', 'Asked about ..., X said'
_INTRO = re.compile(r"(?:(?i:in|during|at|on|after|before|following|while|when|as|under|upon|"
                    r"through|with|since|if|although|whether)\b|[A-Z][a-z]+(?:ing|ed)\b)[^,]*,\s*$")
_SOURCE_TAIL = re.compile(r"\s*(?:[.;,]|$|(?:in|at|on|during|via|after|before|while|when|from)\b)")


def _trailing(text: str, verb: re.Match[str], subject: Subject) -> str | None:
    """The sentence a speaker tags at its end ('..., X said.', '..., X said in a statement on
    Tuesday.', '..., said X'), or None when the speaker comes first and says something."""
    if subject.start >= verb.end():
        return text[: verb.start()]
    tail = text[verb.end():]
    if THAT.match(tail):
        return None
    lead = re.sub(r",\s*(?:the\s+)?(?:[\w’'\-]+\s+){0,4}$", ",", text[: subject.start])
    if re.search(r",\s*$", lead) and len(lead.split()) >= 5 and not _INTRO.match(lead) and \
            (len(tail.split()) < 8 or _SOURCE_TAIL.match(tail)):
        return lead
    return None


def _subject(doc: Doc, unit: Unit, verb: re.Match[str], quoted: list[tuple[int, int]],
             discourse: Discourse) -> Subject | None:
    """Who speaks: a name (or linked short form) before or after the verb, a pronoun that
    continues the current speaker, or a role phrase naming one person of the article."""
    text = unit.text
    spans = [s for s in unit.sent.spans if s.ref.kind in ("person", "org") and
             not inside(quoted, s.start) and not _outlet(doc, s) and
             not _object_of_preposition(text, s)]
    span = _named_before(_undated(text, unit.sent), spans, verb)
    if span is not None and span.rule == "person.pronoun":
        ref = discourse.current(unit.sent.sentence.index) or span.ref
        return Subject(ref, span.start, span.end, "pronoun")
    if span is not None and span.ref.kind == "org" and titled_before(text, span.start):
        holder = holder_at(doc, span.ref.key)  # 'VC Acme University said': its vice-chancellor
        return Subject(holder, span.start, span.end, "role") if holder else None
    if span is not None:
        also = [s.ref for s in spans if s.ref.kind == span.ref.kind and s.ref != span.ref and
                _JOINT.fullmatch(text[s.end:span.start])]  # 'A and (President) B reaffirmed'
        return Subject(span.ref, span.start, span.end, also=also)
    return _described(doc, unit, verb, discourse) or _named_after(doc, text, spans, verb)


# 'A and B', also when each carries its own title: 'President A and Prime Minister B'
_JOINT = re.compile(r"\s+and\s+(?:(?:[A-Z][\w\-.’']*|of|the)\s+){0,5}")
_SAID_TO_HAVE = (r"\s+(?:is|was|were|are)\s+(?:also\s+)?(?:said|reported|understood|believed)\s+"
                 r"to\s+have\s+")  # 'X was said to have thanked Y': X speaks
_HONORIFIC = rf"(?:(?i:{lexicon.alternation(lexicon.words('titles', 'honorific'))})\.?\s+)?"
_BARE = re.compile(rf"(?:^|,\s+){_HONORIFIC}(?P<w>[A-Z][\w\-’']+)(?:\s+(?:also\s+)?|{_SAID_TO_HAVE})$")


def _described(doc: Doc, unit: Unit, verb: re.Match[str], discourse: Discourse
               ) -> Subject | None:
    """A speaker the text does not name before the verb: 'he', 'the two leaders', 'the
    Ghanaian leader', 'the embassy', or a body's first name-word ('Acme said')."""
    before = unit.text[: verb.start()]
    pronoun = PRONOUN_BEFORE.search(before)
    if pronoun:
        ref = discourse.current(unit.sent.sentence.index)
        return Subject(ref, pronoun.start(), pronoun.end(), "pronoun") if ref else None
    pair = PAIR_BEFORE.search(before)
    both = pair_holders(doc, pair.group("np")) if pair else []
    if pair and both:
        return Subject(both[0], pair.start(), pair.end(), "role", also=both[1:])
    role = ROLE_BEFORE.search(before)
    index = unit.sent.sentence.index
    holder = (role_holder(doc, role.group("np")) or
              epithet_holder(doc, role.group("np"), discourse.current(index)) or
              latest_holder(doc, role.group("np"), discourse, index)) if role else None
    if role and holder:
        return Subject(holder, role.start(), role.end(), "role")
    body = BODY_BEFORE.search(before)
    named = body_named(doc, body.group("np"), unit.before) if body else None
    if body and named and not _outlet(doc, Span(0, 0, named, named.key)):
        return Subject(named, body.start(), body.end(), "body")
    bare = _BARE.search(before)
    return _short_name(doc, bare.group("w"), bare.start("w")) if bare else None


def _short_name(doc: Doc, word: str, at: int) -> Subject | None:
    """A subject word no span took: the surname of one person of the article ('Akufo said'),
    else the first name-word of one organisation ('Acme said')."""
    person = resolve_short(word, list(doc.people.values())) or particle_surname(doc, word)
    if person is not None:
        return Subject(Ref("person", person.name), at, at + len(word))
    short = short_org(doc, word)
    if short is None or _outlet(doc, Span(0, 0, short, short.key)):
        return None
    return Subject(short, at, at + len(word), "body")


def _outlet(doc: Doc, span: Span) -> bool:
    """News outlets report, they are not speakers ('Xinhua reported', 'told Xinhua')."""
    org = doc.orgs.get(span.ref.key) if span.ref.kind == "org" else None
    return org is not None and org.type == "MediaOutlet"


_GAP = re.compile(r"[\s,]*(?:(?!(?:and|or|but)\s)[\w\-]+\s+){0,1}?|[\s,]*(?:also|has|had|then|further)\s+|"
                  r"[\s,]*(?:has|had|have)\s+(?:also\s+|earlier\s+|already\s+|\w+ly\s+)+|"
                  + _SAID_TO_HAVE)  # 'X has repeatedly said'


_WHEN = re.compile(r"(?:\s+(?:on|in|this|last|early|late))?\s*$")
_PART_OF_DAY = re.compile(r"^(?:\s+(?:morning|afternoon|evening|night))?")


def _undated(text: str, sent: Sent) -> str:
    """The text with each time adverbial blanked out ('X on Friday afternoon said'): a subject
    and its verb may have the time of the act between them."""
    for d in sent.dates:
        start = _WHEN.search(text, 0, d.start).start()
        end = d.end + _PART_OF_DAY.match(text[d.end:]).end()
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _named_before(text: str, spans: list[Span], verb: re.Match[str]) -> Span | None:
    """The subject right before the verb ('Mao said'), or a person described by an apposition
    ('X, General Manager of Y, a Chinese company, told')."""
    described = [s for s in spans if s.ref.kind == "person" and s.end <= verb.start() and
                 re.fullmatch(r",\s[^\"“”]{0,160}?,?\s*(?:who\s+)?", text[s.end:verb.start()]) and
                 not _VERB.search(text[s.end:verb.start()]) and
                 not any(o.ref.kind == "person" and s.end < o.start and o.end <= verb.start() and
                         "," not in text[o.end:verb.start()] for o in spans)]  # 'A, B said': B
    if described:
        return described[0]
    before = [s for s in spans if s.end <= verb.start() and
              re.fullmatch(_GAP, text[s.end:verb.start()])]
    return before[-1] if before else None


def _object_of_preposition(text: str, span: Span) -> bool:
    """'ranked on the X Index, invited ...': a body (or a name found only next to the verb)
    after a preposition is its object; a titled person keeps 'Ambassador to Y Name'."""
    return span.rule != "person.titled" and span.ref.kind in ("org", "person") and \
        bool(_PREPOSED.search(text[: span.start])) and span.rule not in ("person.surname",
                                                                         "person.pronoun")


def _named_after(doc: Doc, text: str, spans: list[Span], verb: re.Match[str]) -> Subject | None:
    far = [s for s in spans if s.end <= verb.start() and
           re.fullmatch(r",[^,]{0,120},\s*(?:who\s+)?", text[s.end:verb.start()])]
    if far:
        return Subject(far[-1].ref, far[-1].start, far[-1].end)
    inverted = _KIND.get(verb.group(0).lower()) != "object" or \
        bool(re.search(r"[,\"”]\s*$", text[: verb.start()]))  # else a name after it is its object
    after = [s for s in spans if s.start >= verb.end() and inverted and
             re.fullmatch(TITLED_AFTER, text[verb.end():s.start])]
    if after:  # 'says ACME Director-General Mr. X': the person, not the body in the title
        first = next((s for s in after if s.ref.kind == "person"), after[0])
        return Subject(first.ref, first.start, first.end)
    role = ROLE_AFTER.match(text[verb.end():])
    holder = role_holder(doc, role.group("np")) if role else None
    if role and holder:
        return Subject(holder, verb.end() + role.start("np"), verb.end() + role.end("np"), "role")
    return None


_CHANNELS = lexicon.words("speech_channels") | lexicon.words("speech_occasions")
_OCCASION_ONLY = re.compile(r"\s*(?:in|on|at|during|via|through)\s+(?:[\w’'\-]+\s+){0,4}?"
                            rf"{lexicon.alternation(_CHANNELS)}s?[.;]?\s*", re.I)


def _reported(text: str, verb: re.Match[str], subject: Subject) -> str:
    tagged = _trailing(text, verb, subject)
    if tagged is not None:
        return clean(tagged)
    rest = text[verb.end():]
    if subject.start < verb.start() and re.search(r"\w,\s*$", text[: subject.start]) and \
            re.match(r"\s*,\s*\w", rest):  # 'The deal, she said, will create jobs'
        return clean(f"{text[: subject.start].rstrip(', ')} {rest.lstrip(' ,')}")
    that = THAT.match(rest)
    if that:
        whole = _KIND.get(verb.group(0).lower()) != "object" or re.match(r"\s+that\s", rest)
        return clean(rest[that.end():], least=2 if whole else 4)  # not 'noted the role that ...'
    if _KIND.get(verb.group(0).lower()) == "object":  # 'thanked the hosts for ...'
        return clean(text[verb.start():])
    if _OCCASION_ONLY.fullmatch(rest):
        return ""  # '... said in a Wednesday statement': the occasion, not what was said
    rest = re.sub(r"^\s*(?:(?:via|at|during|in)\s+[^,]+,\s+|on\s+\w+\s+\d+,\s+)?(?:that\s+)?",
                  "", rest)
    rest = re.sub(r"^(?:at|during|on)\s+[^,]{0,60}?,\s+(?:that\s+)?", "", rest)
    return clean(rest)
