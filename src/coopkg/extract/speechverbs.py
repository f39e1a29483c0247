"""Whether an occurrence of a speech verb reports speech at all.  Some verbs of
`lexicon/speech_verbs.tsv` report speech only in one frame: 'called on Chile to respect the
treaty' (an infinitive after the object; 'called on the president' is a courtesy visit), 'wrote
on social media that ...' (a that-clause or a quotation; 'wrote a book' says nothing),
'welcomed the decision' (while 'welcomed the delegation', a greeting of the person or party
received, says nothing), and 'extended his gratitude' (a speech noun; 'extended the deadline'
says nothing).  The statements component asks before it looks for a speaker."""

from __future__ import annotations

import re
from string import capwords

from coopkg.extract import lexicon
from coopkg.extract.quotes import Unit
from coopkg.extract.statement_tags import closes_tag, without_credit

_NEEDS_TO = {r[0] for r in lexicon.rows("speech_verbs") if r[2:3] == ("to",)}
_GREETS = {r[0] for r in lexicon.rows("speech_verbs") if r[2:3] == ("greet",)}
# 'that|noun': either frame reports speech ('shared that ...', 'shared his delight in ...')
_FRAMES = {r[0]: frozenset(r[2].split("|")) for r in lexicon.rows("speech_verbs") if len(r) > 2}
_NEEDS_THAT = {v for v, f in _FRAMES.items() if "that" in f}
_NEEDS_NOUN = {v for v, f in _FRAMES.items() if "noun" in f}
_SPEECH_NOUN = re.compile(rf"^\s+(?:[\w\-’']+\s+){{0,3}}?{lexicon.word_pattern('speech_nouns')}\b", re.I)
_INFINITIVE = re.compile(r"^[^.;:]{0,150}?\bto\s+[“\"]?(?!the\b|a\b|an\b|[A-Z])[a-z]+")

# 'said on Tuesday that', 'told reporters that'; not across a participle clause ('said the talks
# went well, noting that ...': the first clause is what was said)
# 'said (in a statement on Tuesday) that ...': a 'that' after a finite verb ('said Chile was the
# only member that was ...') opens a relative clause inside what was said, not the report
THAT = re.compile(r"^(?:\s+(?!\S*,\s+[a-z]+ing\s)(?!(?:is|are|was|were|has|have|had|will|would|"
                  r"could|can|should|must|may|might)\b)\S+){0,8}?\s+that\s+")
# 'said Minister of Foreign Affairs of Chile, Ana Torres': a title with its complements
TITLED_AFTER = re.compile(r"\s*(?:by\s+)?(?:(?:[A-Z][\w\-’'.]*|of|the|and|for)\s*,?\s+){0,10}")
# 'welcomed the guests, saying that ...': what a greeting goes on to say
SAYING = re.compile(r",?\s+(?:saying|noting|stressing|adding)\s+(?:that\s+)?")

# the guest greeted ('the head of the Chilean delegation'); not a visit by guests ('welcomed the
# recent visit by Chilean ministers' welcomes the visit: speech)
_GUEST = re.compile(r"\s+(?:(?:the|his|her|their|its|our|a|all)\s+)?(?:(?!by\b|visits?\s+(?:of|by)\b)"
                    rf"[\w\-’']+\s+){{0,4}}?{lexicon.word_pattern('guest_nouns')}\b")
# after the one greeted: where, when, with whom, or the capacity received in ('welcomed A as
# his first guest', 'as a friend'): a greeting's complements, not what was said
_GREETED_END = re.compile(r"(?![’']s\b)\s*(?:[,.;]|$|(?:and|as|at|to|in|on|from|of|with|who|upon|"
                          r"after|before|during)\b)")
# 'welcomed the new President of Chile, Ana Torres': an adjective of the office's holder (new,
# incoming, visiting) before the title of the one greeted
_TITLE_ADJECTIVES = re.compile(r"\s*(?:the\s+)?(?:(?:" +
                               lexicon.alternation(lexicon.words("event_words", "title-adjective")) +
                               r")\s+)+", re.I)


# 'a diplomat noted for his work', 'the deal, described as historic': a participle; a verb of
# speech takes its object before 'for' or 'as' ('thanked the hosts for'; 'called for' and 'hoped
# for' are their own rows)
_PARTICIPLE = re.compile(r"\s+(?:for|as)\b")


# 'a noted economist', 'the stated aim': a participle after a determiner is an adjective
_DETERMINER = re.compile(r"\b(?:a|an|the|this|that|its|his|her|their|our)\s+(?:[\w\-]+ly\s+)?$", re.I)


# 'the member states and ...', 'both states': an -s form after these is a plural noun
_PLURAL_HEAD = re.compile(rf"\b{lexicon.word_pattern('plural_noun_heads')}\s+$", re.I)


def _verb(verb: re.Match[str]) -> str:
    return " ".join(verb.group(0).lower().split())


# Speed only: one-off tests compiled once as bound methods (no `re` cache lookup per call;
# bound methods, so cues.gate_modules leaves them ungated); the same patterns and flags
_ED_WORD = re.compile(r"[a-z]+ed").fullmatch
_S_WORD = re.compile(r"[a-z]+s").fullmatch


def not_speech(text: str, verb: re.Match[str], quoted: list[tuple[int, int]]) -> bool:
    """A verb outside the one frame in which it reports speech: 'called on the president'
    without an infinitive, 'wrote a letter' without a that-clause or a quotation, 'extended the
    deadline' without a speech noun, 'a diplomat noted for his work' (a participle)."""
    rest = text[verb.end():]
    return _capitalised_inside(text, verb) or \
        (_PARTICIPLE.match(rest) is not None and _ED_WORD(_verb(verb)) is not None) or \
        (_DETERMINER.search(text, max(0, verb.start() - 12), verb.start()) is not None and
         _ED_WORD(_verb(verb)) is not None) or \
        (_PLURAL_HEAD.search(text, max(0, verb.start() - 16), verb.start()) is not None and
         _S_WORD(_verb(verb)) is not None) or \
        (_verb(verb) in _NEEDS_TO and not _INFINITIVE.match(rest)) or \
        _outside_frames(_verb(verb), text[: verb.start()], rest, quoted) or \
        _verb(verb) in _TAG_VERBS and _DOCUMENT_TAG.match(rest) is not None and \
        text[: verb.start()].rstrip().endswith(",")


def _capitalised_inside(text: str, verb: re.Match[str]) -> bool:
    """'signed two Exchange of Notes with X': a verb's word capitalised inside a run of
    capitalised words ('of' may join them) is a word of a name or title, no verb."""
    return verb.group(0)[:1].isupper() and bool(_AFTER_LOWER.search(text, 0, verb.start()))


_AFTER_LOWER = re.compile(r"[a-z,]\s+[A-Z][\w\-]*\s+of\s+$")


# '..., said a press release issued here.': a closing tag whose sayer is a written channel; the
# name before the comma is no speaker (GOLD_FORMAT: an attribution to a source is no statement)
_TAG_VERBS = frozenset({"said", "says", "stated", "states", "noted", "notes", "added", "adds", "read",
                        "reads"})
_DOCUMENT_TAG = re.compile(r"\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?"
                           rf"(?:{lexicon.alternation(lexicon.words('speech_channels'))})\b"
                           r"(?=\s+(?:issued|released|published|sent|posted)\b|\s*[.,;]|\s*$)")


def _outside_frames(word: str, before: str, rest: str, quoted: list[tuple[int, int]]) -> bool:
    """Whether a verb that reports speech only with a that-clause (or a quotation) or only with
    a speech noun as its object has none of the frames it is marked with: 'shared that ...' and
    'shared his delight in ...' report speech, 'shared a border' does not; a closing tag
    ('Trade rose, X wrote on X.') has its clause before it."""
    frames = []
    if word in _NEEDS_THAT:
        frames.append(bool(quoted) or THAT.match(rest) is not None or closes_tag(before, rest))
    if word in _NEEDS_NOUN:
        frames.append(_SPEECH_NOUN.match(rest) is not None)
    return bool(frames) and not any(frames)


def greets(unit: Unit, verb: re.Match[str]) -> bool:
    """'welcomed the delegation at the airport', 'welcomed Ana Torres to Vienna': a greeting
    verb whose object is the person or party greeted says nothing ('welcomed the decision'
    does)."""
    if _verb(verb) not in _GREETS:
        return False
    text = unit.text
    guest = _GUEST.match(text, verb.end())
    person = next((s for s in unit.sent.spans if s.ref.kind == "person" and s.start >= verb.end()
                   and _titled(text[verb.end():s.start])), None)
    # either reading may end the one greeted ('welcomed B as her first guest': 'B as her' is no
    # guest phrase, 'B' is the person)
    ends = ([guest.end()] if guest else []) + ([person.end] if person else [])
    return any(_GREETED_END.match(text, end) for end in ends)


def _titled(before_name: str) -> bool:
    """Whether the words between a greeting verb and a person are that person's title ('the
    Minister of Foreign Affairs of Chile,', 'the new President of Chile, His Excellency')."""
    adjectives = _TITLE_ADJECTIVES.match(before_name)
    rest = before_name[adjectives.end() - 1:] if adjectives else before_name
    return TITLED_AFTER.fullmatch(rest) is not None


# 'told reporters in Lima on Tuesday.': the audience and where and when, no content (a report
# needs a clause: 'told reporters the deal was ready', 'told reporters that ...')
_AUDIENCE_ONLY = re.compile(r"\s+(?:the\s+)?(?:[a-z]+\s+)?"
                            rf"(?:{lexicon.alternation(lexicon.words('event_words', 'press-audience'))})"
                            r"(?:\s+(?:in|at|on|during|after|before|while|from|outside)\s+"
                            r"(?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)*[.;]?\s*")


_AUDIENCE_ONLY_RE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must)\b")


def audience_only(rest: str) -> bool:
    """Whether what follows a speech verb is only its audience with a place or time, and maybe
    an outlet's credit ('told the media on Monday, BelTA has learned.')."""
    rest = without_credit(rest)
    return _AUDIENCE_ONLY.fullmatch(rest) is not None and not _AUDIENCE_ONLY_RE.search(rest)




_TOLD = frozenset(r[0] for r in lexicon.rows("speech_verbs") if r[2:3] == ("audience",))
# outlets as news writes them: acronyms as listed, other names capitalised ('Reuters', 'China Daily')
_MEDIA = [r[0] if r[0].isupper() else capwords(r[0].removeprefix("the "))
          for r in lexicon.rows("known_orgs") if r[1] == "MediaOutlet"]
# 'reporters', 'Reuters', 'the state news agency': the one told, right before what was told (a
# place after the audience is left: 'in Nairobi Kenya would ...' does not say where the place ends)
_TOLD_WHOM = re.compile(r"\s*(?:the\s+)?(?:(?:[a-z]+\s+)?(?:"
                        rf"{lexicon.alternation(lexicon.words('event_words', 'press-audience'))})"
                        r"|"
                        rf"(?:{lexicon.alternation(_MEDIA)})(?:\s+news\s+agency)?)(?=\s+\S)")


def without_audience(verb: str, rest: str) -> str:
    """What 'told' reports without the one told: 'told reporters the deal is near' says 'the
    deal is near' (the audience is the verb's object, not part of the clause)."""
    whom = _TOLD_WHOM.match(rest) if verb.lower() in _TOLD else None
    return rest[whom.end():] if whom else rest
