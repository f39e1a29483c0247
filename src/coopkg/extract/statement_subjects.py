"""Who speaks in a statement: a name (or linked short form) before or after the speech verb, a
pronoun that continues the current speaker (of its gender: pronoun_genders), a role phrase naming
one person ('the Ghanaian leader'), a body ('the embassy'), or joint speakers ('A and B said')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from coopkg.extract import lexicon
from coopkg.extract.cues import folded, words
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.end_windows import space_runs, window
from coopkg.extract.epithets import epithet_holder, names_passage
from coopkg.extract.facts import Ref
from coopkg.extract.honorific_speakers import ADDRESS_BEFORE, addressed
from coopkg.extract.people import resolve_short
from coopkg.extract.pronoun_genders import pronoun_ref
from coopkg.extract.quotes import Unit, inside
from coopkg.extract.speaker_bodies import person_of_body
from coopkg.extract.speaker_clauses import clause_pronoun, in_closed_relative, opened_by
from coopkg.extract.speakers import (
    BODY_BEFORE,
    PAIR_BEFORE,
    PRONOUN_BEFORE,
    ROLE_AFTER,
    ROLE_AFTER_FRAMED,
    ROLE_BEFORE,
    TITLE_RUN,
    Discourse,
    body_named,
    body_title_holder,
    holder_at,
    latest_holder,
    pair_holders,
    particle_surname,
    role_holder,
    role_start,
    short_org,
    titled_before,
)
from coopkg.extract.speechverbs import TITLED_AFTER
from coopkg.extract.statement_body_tags import body_tag_after
from coopkg.extract.statement_documents import SIGNED_DOCUMENT, document_tag, document_voice
from coopkg.extract.statement_pairs import pair_speakers
from coopkg.extract.statement_role_pairs import former_or_latter, role_pair
from coopkg.extract.subject_gaps import aside_subject, before_aside
from coopkg.extract.subject_gaps import undated as _undated

KIND = lexicon.mapping("speech_verbs")
VERB = re.compile(rf"\b{lexicon.word_pattern('speech_verbs')}\b(?![’'])", re.I)  # "states'" is a noun
_FIRST_WORDS = frozenset(v.split()[0].lower() for v in KIND)
_PLAIN_FIRST_WORDS = all(re.fullmatch(r"[a-z]+", w) for w in _FIRST_WORDS)


def has_verb(text: str) -> bool:
    """Whether a speech verb is in `text`.  Every verb begins with a plain word followed by a
    space or a word boundary, so a match begins with one of the text's words: a text without
    any of those first words is not scanned (a scan tries the verb list at every word)."""
    found = words(text) if _PLAIN_FIRST_WORDS else None
    return (found is None or not found.isdisjoint(_FIRST_WORDS)) and VERB.search(text) is not None


def verbs_in(text: str) -> Iterator[re.Match[str]]:
    """`VERB.finditer(text)`, led by the text's words: a match begins where one of the verbs'
    first words stands as a whole run of letters (`has_verb`), so the pattern is tried only
    there instead of at every position of the sentence."""
    found = words(text) if _PLAIN_FIRST_WORDS else None
    if found is None:
        yield from VERB.finditer(text)
        return
    low = folded(text)  # not None where `words` answered; as long as `text`, letter for letter
    starts = []
    for word in found & _FIRST_WORDS:
        at = low.find(word)
        while at >= 0:
            starts.append(at)
            at = low.find(word, at + 1)
    end = 0
    for at in sorted(starts):
        verb = VERB.match(text, at) if at >= end else None
        if verb is not None:
            end = verb.end()
            yield verb
# a name after a preposition is its object, not the subject of the next verb ('ranked on the X
# Index, invited ...'; 'The collaboration between A and B underscores ...': both bodies)
_PREPOSED = re.compile(r"\b(?:on|of|in|at|to|for|from|with|among|by|under|about|into)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w\-]*\s+){0,3}$|\bbetween\s+(?:the\s+)?(?:(?:[A-Z][\w\-]*|of|for)\s+){0,6}"
                       r"(?:and\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3})?$")


@dataclass
class Subject:
    ref: Ref
    start: int
    end: int
    resolved: str = ""  # how a speaker that is not a name was found: pronoun | role | body
    also: list[Ref] = field(default_factory=list)  # joint speakers ('A and B reaffirmed')


def find_subject(doc: Doc, unit: Unit, verb: re.Match[str], quoted: list[tuple[int, int]],
             discourse: Discourse) -> Subject | None:
    """Who speaks: a name (or linked short form) before or after the verb, a pronoun that
    continues the current speaker, or a role phrase naming one person of the article."""
    text = unit.text
    named = former_or_latter(text, unit.sent.spans, verb.start())
    if named is not None:  # 'A met B, where the latter said'
        return Subject(*named, "role")
    spans = [s for s in unit.sent.spans if s.ref.kind in ("person", "org") and
             not inside(quoted, s.start) and not outlet(doc, s) and
             not _object_of_preposition(text, s) and not in_closed_relative(text, s, verb)]
    span = _named_before(_undated(text, unit.sent), spans, verb) or \
        _unit_before(text, spans, unit.sent.spans, verb)
    if span is not None and SIGNED_DOCUMENT.search(text, 0, span.start):
        return None  # 'The document, signed by A and B, states that': a signatory, no speaker
    if span is not None and span.rule == "person.pronoun":
        ref = pronoun_ref(doc, discourse, unit.sent.sentence.index, text[span.start:span.end]) or span.ref
        return Subject(ref, span.start, span.end, "pronoun")
    titled = body_title_holder(doc, text, span, verb.start()) \
        if span is not None and span.ref.kind == "org" else None
    if titled is not None:  # 'The KTB Chairman said': the chairman named earlier, not the board
        return Subject(titled, span.start, verb.start(), "role")
    if span is not None and span.ref.kind == "org" and titled_before(text, span.start):
        holder = holder_at(doc, span.ref.key)  # 'VC Acme University said': its vice-chancellor
        return Subject(holder, span.start, span.end, "role") if holder else None
    if span is None:
        voiced = _mouthpiece(doc, unit, verb)
        if voiced is not None:
            return voiced
    if span is not None:
        also = [s.ref for s in spans if s.ref.kind == span.ref.kind and s.ref != span.ref and
                _JOINT.fullmatch(text[s.end:span.start])]  # 'A and (President) B reaffirmed'
        return Subject(span.ref, span.start, span.end, also=also)
    voice = document_voice(unit, verb, discourse)  # '"...," the document also mentioned'
    return _described(doc, unit, verb, discourse) or _named_after(doc, text, spans, verb) or \
        (Subject(*voice, "body") if voice else None) or _described_past_aside(doc, unit, verb, discourse)


# 'A and B', also when each carries its own title: 'President A and Prime Minister B'
_JOINT = re.compile(r"\s+and\s+(?:(?:[A-Z][\w\-.’']*|of|the)\s+){0,5}")
_SAID_TO_HAVE = (r"\s+(?:is|was|were|are)\s+(?:also\s+)?(?:said|reported|understood|believed)\s+"
                 r"to\s+have\s+")  # 'X was said to have thanked Y': X speaks
_HONORIFIC = rf"(?:(?i:{lexicon.alternation(lexicon.words('titles', 'honorific'))})\.?\s+)?"
_TITLE = TITLE_RUN
# 'Acme said', 'Mr. Lewis said', 'Mayor Lewis said': a name-word no span took
_BARE = re.compile(rf"(?:^|,\s+){_HONORIFIC}{_TITLE}{{0,2}}(?P<w>[A-Z][\w\-’']+)"
                   rf"(?:\s+(?:also\s+)?|{_SAID_TO_HAVE})$")
# the most runs of whitespace their matches hold: a scan before a speech verb starts that many words back
_ROLE_RUNS, _BARE_RUNS, _PRONOUN_RUNS = (space_runs(p) for p in (ROLE_BEFORE, _BARE, PRONOUN_BEFORE))
_TITLED_AFTER = re.compile(rf"\s+{_HONORIFIC}{_TITLE}{{1,2}}(?P<w>[A-Z][\w\-’']+)\s*(?:[.,;]|$)")
# '"...," said president X' / 'said Kenya's foreign minister X': a tag's title written in lower
# case (wire copy and translated English lower-case a title before a name); a lowercase word
# right before a title word is its field ('trade minister'); 'to' names an envoy's host country
_LOWER_TITLE = lexicon.alternation(lexicon.words("titles", "title") | lexicon.words("titles", "modifier") |
                                   lexicon.words("titles", "lowercase-modifier"))
_TITLED_AFTER_LOWER = re.compile(rf"\s*(?:(?:[A-Z][\w\-’'.]*|of|the|and|for|to(?=\s+[A-Z])|"
                                 rf"(?:{_LOWER_TITLE})(?:['’]s)?|"  # 'the minister's media aide, X'
                                 rf"[a-z]+(?=\s+(?:[a-z]+\s+)?(?:{_LOWER_TITLE})[\s,]))\s*,?\s+){{0,10}}")


# 'a spokesperson for', 'a statement released by': an unnamed voice of the body named next
_VOICE = (r"(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[\w\-]+\s+)?(?:"
          rf"{lexicon.word_pattern('mouthpieces')}\s+(?:of|for|at)|"
          rf"{lexicon.word_pattern('speech_channels')}\s+(?:(?:released|issued|published|posted|sent)\s+)?"
          r"(?:by|from))\s+(?:the\s+)?")
_VOICE_BEFORE = re.compile(rf"(?:^|(?<=[\s,])){_VOICE}$")
_VOICE_AFTER = re.compile(rf"\s+{_VOICE}(?P<np>[a-z]+(?:\s+[a-z]+)?\b)?")
_VOICED_BODY = re.compile(rf"(?:^|(?<=[\s,])){_VOICE}(?P<np>[a-z]+)\s+(?:also\s+)?$")


def _mouthpiece(doc: Doc, unit: Unit, verb: re.Match[str]) -> Subject | None:
    """'A spokesperson for the Acme Ministry said ...', '"...," said a statement released by
    the ministry': an unnamed voice of a named body is the body speaking (a name given with it,
    'a spokesperson, Jane Roe, said', is found before)."""
    text = unit.text
    after = _VOICE_AFTER.match(text, verb.end())
    for span in unit.sent.spans:
        if span.ref.kind != "org" or outlet(doc, span):
            continue
        voice = _VOICE_BEFORE.search(text, 0, span.start)
        if voice and (re.fullmatch(r"\s+(?:also\s+)?", text[span.end:verb.start()]) or
                      after and after.end() == span.start):
            return Subject(span.ref, voice.start(), span.end, "body")
    described = after if after and after.group("np") else _VOICED_BODY.search(text, 0, verb.start())
    body = body_named(doc, described.group("np"), unit.before) if described else None
    if described and body and not outlet(doc, Span(0, 0, body, body.key)):
        return Subject(body, described.start("np"), described.end("np"), "body")
    return None


_OCCASION_WORDS = lexicon.words("speech_occasions") | lexicon.words("speech_channels")
_PART_ASIDE = re.compile(r",\s*(?:in\s+(?:(?:his|her|their|its)\s+)?turn|"
                         r"(?:on|for)\s+(?:his|her|their|its)\s+part|however|meanwhile|also|"
                         # 'Both presidents, in official conversations, called for': the occasion
                         r"(?:in|during|at)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[a-z\-]+\s+){0,2}"
                         rf"(?:{lexicon.alternation(_OCCASION_WORDS)})s?"
                         r")\s*,\s*$", re.I)
# (the aside may hold an apposition of its own: 'X, who was accompanied by Y, Z's ambassador, said')
_ASIDE = re.compile(r",\s+(?:who|whose)\b[^;\"“”]{3,160},\s*$")


def _described_past_aside(doc: Doc, unit: Unit, verb: re.Match[str], discourse: Discourse
                          ) -> Subject | None:
    """'The ambassador while addressing the participants lauded ...': a role or pronoun subject
    with a participle clause of time before its verb (tried only when nothing else speaks)."""
    before = before_aside(unit.text, verb.start())
    return _described(doc, unit, verb, discourse, before) if before is not None else None


def _described(doc: Doc, unit: Unit, verb: re.Match[str], discourse: Discourse,
               before: str | None = None) -> Subject | None:
    """A speaker the text does not name before the verb: 'he', 'the two leaders', 'the
    Ghanaian leader', 'the embassy', or a body's first name-word ('Acme said')."""
    before = unit.text[: verb.start()] if before is None else before
    aside = _ASIDE.search(before)  # 'The minister, who is on her first visit, said'
    before = f"{before[: aside.start()]} " if aside else before
    part = _PART_ASIDE.search(before)  # 'The ambassador, in turn, emphasized'
    before = f"{before[: part.start()]} " if part else before
    address = ADDRESS_BEFORE.search(before)  # 'His Highness affirmed'
    person = addressed(address.group("a"), unit.before, unit.sent) if address else None
    if address and person:
        return Subject(person, address.start(), address.end(), "role")
    if _IT_BEFORE.fullmatch(before) and unit.before:  # 'The ministry issued a statement. It said'
        head = _body_at_head(doc, unit.before[-1])
        if head is not None:
            return Subject(head, 0, len(before), "body")
    joint = pair_speakers(unit, before)  # 'A met B. Both noted that ...'
    if joint:
        return Subject(joint[0], 0, len(before), "role", also=joint[1])
    pronoun = PRONOUN_BEFORE.search(before, window(before, _PRONOUN_RUNS))
    if pronoun:
        ref = pronoun_ref(doc, discourse, unit.sent.sentence.index, pronoun.group(0).split()[0])
        return Subject(ref, pronoun.start(), pronoun.end(), "pronoun") if ref else None
    pair = PAIR_BEFORE.search(before)
    both = pair_holders(doc, pair.group("np")) if pair else []
    if pair and both:
        return Subject(both[0], pair.start(), pair.end(), "role", also=both[1:])
    pair, both = role_pair(doc, before)  # 'the Austrian and Chilean ministers', 'the A and the B'
    if pair and both:
        return Subject(both[0], pair.start(), pair.end(), "role", also=both[1:])
    phrase_end = _ends_a_phrase(before)
    role = ROLE_BEFORE.search(before, role_start(before, window(before, _ROLE_RUNS))) if phrase_end else None
    index = unit.sent.sentence.index
    holder = (role_holder(doc, role.group("np")) or
              epithet_holder(doc, role.group("np"), discourse.current(index)
                             if names_passage(role.group("np")) else None) or
              latest_holder(doc, role.group("np"), discourse, index)) if role else None
    if role and holder:
        return Subject(holder, role.start(), role.end(), "role")
    body = BODY_BEFORE.search(before)
    named = body_named(doc, body.group("np"), unit.before) if body else None
    if body and named and not outlet(doc, Span(0, 0, named, named.key)):
        return Subject(named, body.start(), body.end(), "body")
    bare = _BARE.search(before, window(before, _BARE_RUNS)) if phrase_end else None
    return _short_name(doc, bare.group("w"), bare.start("w")) if bare else None


# the last character before the closing whitespace of a match of ROLE_BEFORE or _BARE: both end
# in a word (or a comma) and whitespace; a quotation closing with its mark ('"...," said') ends
# in neither, and ROLE_BEFORE's scan of a long quotation costs more than the rest of the rule
_PHRASE_END = re.compile(r"[\w\-,’']")


def _ends_a_phrase(before: str) -> bool:
    """Whether `before` ends as ROLE_BEFORE and _BARE need: whitespace after a word character,
    a hyphen, a comma or an apostrophe (`str.isspace` is the same test as the patterns' whitespace)."""
    stripped = before.rstrip()
    return len(stripped) < len(before) and _PHRASE_END.match(stripped[-1:]) is not None


_IT_BEFORE = re.compile(r"\W*It\s+(?:also\s+|further\s+|then\s+)?")
_HEAD = re.compile(r"\W*(?:[Tt]he\s+)?$")


def _body_at_head(doc: Doc, sent: Sent) -> Ref | None:
    """The organisation a sentence opens with ('The Ministry of X issued a statement on
    Monday.'), which 'It' at the head of the next sentence continues."""
    first = min((s for s in sent.spans if s.ref.kind in ("person", "org")), key=lambda s: s.start,
                default=None)
    if first is None or first.ref.kind != "org" or outlet(doc, first) or \
            not _HEAD.match(sent.text[: first.start]):
        return None
    return first.ref


def _short_name(doc: Doc, word: str, at: int) -> Subject | None:
    """A subject word no span took: the surname of one person of the article ('Akufo said'),
    else the first name-word of one organisation ('Acme said')."""
    person = resolve_short(word, list(doc.people.values())) or particle_surname(doc, word)
    if person is not None:
        return Subject(Ref("person", person.name), at, at + len(word))
    short = short_org(doc, word)
    if short is None or outlet(doc, Span(0, 0, short, short.key)):
        return None
    return Subject(short, at, at + len(word), "body")


def outlet(doc: Doc, span: Span) -> bool:
    """News outlets report, they are not speakers ('Xinhua reported', 'told Xinhua')."""
    org = doc.orgs.get(span.ref.key) if span.ref.kind == "org" else None
    return org is not None and org.type == "MediaOutlet"


_GAP = re.compile(r"[\s,]*(?:(?!(?:and|or|but)\s)[\w\-]+\s+){0,1}?|[\s,]*(?:also|has|had|then|further)\s+|"
                  r"[\s,]*(?:has|had|have)\s+(?:also\s+|earlier\s+|already\s+|\w+ly\s+)+|"
                  r"[\s,]*(?:(?:on|for)\s+(?:his|her|their|its|our)\s+part|in\s+(?:(?:his|her|their|its)\s+)?"
                  r"turn)[\s,]*(?:also\s+)?|"  # 'X on his part welcomed'
                  r"\s*\([A-Z][\w&.\-]{0,11}\)\s*(?:also\s+)?|"  # 'The Acme Bank (AB) on Monday said'
                  r"\s*\([a-z][a-z ,\-]{0,30}\)\s*(?:also\s+)?|"  # a photo's 'X (pictured) said'
                  r"\s+in\s+[A-Z][\w\-]+\s+(?:also\s+)?|"  # wire copy's 'Minister X in Nairobi said'
                  # 'The Foreign Ministry (Cancilleria) in a statement on Monday said'
                  r"(?:\s*\([A-Z][\w\-’' ]{0,30}\))?\s+in\s+(?:a|an|its|their|his|her)\s+(?:[a-z]+\s+)?"
                  rf"{lexicon.word_pattern('speech_channels')}\s+(?:also\s+)?|"
                  r"\s*\(\s+\)\s+|"  # 'X on Friday (October 5) said': a bracketed date, blanked
                  + _SAID_TO_HAVE)  # 'X has repeatedly said'


# 'X, General Manager of Y, told': an apposition between a name and the verb; never a clause a
# subordinator opens ('..., including President X, where the Turkish premier underlined'): its
# subject is its own
_APPOSED = re.compile(rf"(?:,|\s[–—-])\s(?!(?:{lexicon.word_pattern('subordinators')}|but)\b)"
                      r"[^\"“”]{0,160}?,?\s*(?:who\s+)?")


def _named_before(text: str, spans: list[Span], verb: re.Match[str]) -> Span | None:
    """The subject right before the verb ('Mao said'), or a person described by an apposition
    ('X, General Manager of Y, a Chinese company, told'; 'Prof. X – President of Y, hoped')."""
    described = [s for s in spans if s.ref.kind == "person" and s.end <= verb.start() and
                 _APPOSED.fullmatch(text, s.end, verb.start()) and
                 not opened_by(text, s, verb) and
                 not has_verb(text[s.end:verb.start()]) and
                 not body_tag_after(text, s, spans, verb.start()) and
                 not document_tag(text, s.end, verb.start()) and
                 not any(o.ref.kind == "person" and s.end < o.start and o.end <= verb.start() and
                         "," not in text[o.end:verb.start()] for o in spans)]  # 'A, B said': B
    if described:
        return described[0]
    body = [s for s in spans if s.ref.kind == "org" and _ORG_APPOSED.fullmatch(text, s.end, verb.start())
            and not has_verb(text[s.end:verb.start()])
            and not any(s.end < o.start < verb.start() for o in spans)]
    if body:  # 'Acme airline, the country's national carrier, said'
        return body[-1]
    aside = aside_subject(text, spans, verb.start())
    if aside is not None:
        return aside
    before = [s for s in spans if s.end <= verb.start() and
              re.fullmatch(_GAP, text[s.end:verb.start()])]
    return person_of_body(text, spans, verb.start(), before[-1] if before else None)


def _unit_before(text: str, spans: list[Span], every: list[Span], verb: re.Match[str]) -> Span | None:
    """'The Office of the Spokesperson of the Ministry of X said': a unit named with the body
    that holds it speaks; the body after its 'of' is no object of the clause."""
    for unit in (s for s in spans if s.ref.kind == "org" and s.end < verb.start()):
        of = _OF_PARENT.match(text, unit.end)
        if of and any(o.ref.kind == "org" and o.start == of.end() and re.fullmatch(
                _GAP, text[o.end:verb.start()]) for o in every):
            return unit
    return None


_OF_PARENT = re.compile(r"\s+of\s+(?:the\s+)?")
# a body's description in apposition between it and the verb, after an optional type noun
_ORG_APPOSED = re.compile(r"(?:\s+[a-z]+)?,\s+(?:the|an?|[A-Z][\w\-]*[’']s)\s+[^,\"“”]{3,80},\s*")


def _object_of_preposition(text: str, span: Span) -> bool:
    """'ranked on the X Index, invited ...': a body (or a name found only next to the verb)
    after a preposition is its object; a titled person keeps 'Ambassador to Y Name'."""
    return span.rule not in ("person.titled", "person.surname", "person.pronoun") and \
        span.ref.kind in ("org", "person") and bool(_PREPOSED.search(text[: span.start])) and \
        not _ISSUER.search(text, 0, span.start)


# 'A statement from the X Ministry on Friday said': the body a statement comes from speaks through it
_ISSUER = re.compile(rf"^\W*(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+)?"
                     rf"(?:{lexicon.alternation(lexicon.words('speech_channels'))})\s+"
                     r"(?:(?:issued|released|sent|published)\s+)?(?:from|by)\s+(?:the\s+)?$")


def _named_after(doc: Doc, text: str, spans: list[Span], verb: re.Match[str]) -> Subject | None:
    far = [s for s in spans if s.end <= verb.start() and
           re.fullmatch(r",[^,]{0,120},\s*(?:who\s+)?", text[s.end:verb.start()])]
    if far:
        return Subject(far[-1].ref, far[-1].start, far[-1].end)
    # '"...," said X', '..., says X': a tag after a quote or a comma; else a name after the verb
    # is its object or the subject of what was said ('said Mr. X would visit')
    inverted = bool(re.search(r"[,\"”:]\s*$", text[: verb.start()]))
    after = [s for s in spans if s.start >= verb.end() and inverted and not clause_pronoun(text, s) and
             (re.fullmatch(TITLED_AFTER, text[verb.end():s.start]) or
              s.ref.kind == "person" and _TITLED_AFTER_LOWER.fullmatch(text, verb.end(), s.start))]
    if after:  # 'says ACME Director-General Mr. X': the person, not the body in the title
        first = next((s for s in after if s.ref.kind == "person"), after[0])
        return Subject(first.ref, first.start, first.end)
    titled = _TITLED_AFTER.match(text, verb.end()) if inverted else None
    short = _short_name(doc, titled.group("w"), titled.start("w")) if titled else None
    if short is not None:  # '..., said Mayor Lewis': a title and a surname no span took
        return short
    role = (ROLE_AFTER_FRAMED if inverted else ROLE_AFTER).match(text[verb.end():])
    holder = role_holder(doc, role.group("np")) if role else None
    if role and holder:
        return Subject(holder, verb.end() + role.start("np"), verb.end() + role.end("np"), "role")
    return None
