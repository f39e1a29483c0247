"""The documents a sentence names, one phrase each. Official readouts list several documents in
one sentence: coordinated noun phrases ('signed a memorandum on X, as well as a protocol between
A and B'), titles ('signed the Agreement on X, while C signed the Agreement on Y'), bare nominal
lists ('MoU on X, MoU between A and B and MoU on Y were signed'), a count with one complement per
document ('three letters of exchange for X; for Y; and for Z'), and 'two memoranda - one with A
and another with B'. Each phrase runs to where the next begins, so that its parties and topic are
read from its own stretch of the sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from coopkg.extract import lexicon
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.cues import folded, words
from coopkg.extract.match_starts import first_words, matches
from coopkg.extract.memo import by_text
from coopkg.extract.sentence_gates import needs

KINDS = list(lexicon.rows("agreement_kinds"))
KIND_RE = re.compile(r"\b(" + "|".join(f"(?P<k{i}>{p})" for i, (_k, p) in enumerate(KINDS))
                     + r")\b", re.I)
_KIND_WORDS = first_words(KIND_RE)


@by_text  # asked of one sentence by several rules, and of a recurring sentence in every article
def kinds_in(text: str, pos: int = 0, endpos: int | None = None) -> tuple[re.Match[str], ...]:
    """`list(KIND_RE.finditer(text, pos, endpos))`, tried only where one of the words a document
    noun begins with is (match_starts.py): a scan tries the whole noun list at most positions."""
    return tuple(matches(KIND_RE, _KIND_WORDS, text, pos, endpos))


SIGNING = lexicon.alternation(lexicon.words("signing_verbs") | lexicon.words("entering_verbs"))
SIGN_RE = re.compile(rf"\b({SIGNING})\b", re.I)
_OBJECT_VERBS = lexicon.word_pattern("document_verbs")
_NOUN = r"\b(?:" + "|".join(p for _k, p in KINDS) + r")\b"
_OBJECT_SIGN = re.compile(rf"\b{_OBJECT_VERBS}\s+(?:an?|the|their|its|a\s+new)\s+(?:[\w\-$.]+\s+){{0,4}}?"
                          rf"(?={_NOUN})|(?<=\s)(?={_NOUN}[^.;]{{0,60}}?\b(?:was|were|"
                          rf"has\s+been|have\s+been)\s+{_OBJECT_VERBS}\b)", re.I)
_VERB = re.compile(rf"\b{_OBJECT_VERBS}\b", re.I)
_ENTERING = frozenset(lexicon.words("entering_verbs"))
_ENTERED_OBJECT = re.compile(rf"\s+(?:(?:an?|the|their|its|this|that|a\s+new)\s+)?"
                             rf"(?:[\w\-$.]+\s+){{0,5}}?{_NOUN}", re.I)


def entered_nothing(text: str, verb: re.Match[str]) -> bool:
    """'The partnership is now entering into a new phase': a verb of entering concludes only a
    document it takes as object; a document before it is its subject, and entered nothing."""
    return verb.group().lower() in _ENTERING and not _ENTERED_OBJECT.match(text, verb.end())
_PARTICIPLE = re.compile(rf"{_NOUN}\s+(?P<verb>(?!issued|released){_OBJECT_VERBS})\s+(?:with|between|by)\b",
                         re.I)  # 'a joint communiqué issued by both countries' reports a text, signs nothing
_NOMINAL = re.compile(rf"\b{lexicon.word_pattern('signing_nouns')}(?=\s+of\s+(?:an?|the|their|its|a\s+new)\s+"
                      rf"(?:[\w\-$.]+\s+){{0,4}}?{_NOUN})", re.I)


def object_signing(text: str) -> re.Match[str] | None:
    """'issued a joint statement', 'struck a deal', 'a deal was closed between A and B': a verb
    that concludes a document only when the document is its object (lexicon/document_verbs.tsv);
    the match is the verb itself.  Both of its readings need a document noun (`_NOUN` is
    KIND_RE's alternation), so a sentence without one is not scanned: a scan tries the noun
    list at every space.  Failing those, the verb as a participle after the document ('under a
    deal struck with B'), or a noun naming the act ('the signature of an agreement', 'witnessed
    the exchange of the MoU') stands for it."""
    if not kinds_in(text):
        return None
    m = _OBJECT_SIGN.search(text)
    if m is None:
        participle = _PARTICIPLE.search(text)
        return _VERB.match(text, participle.start("verb")) if participle else \
            _NOMINAL.search(text) or _exchange_held(text)
    if m.end() > m.start():
        return _VERB.match(text, m.start())
    return _VERB.search(text, m.start())


# 'The exchange of notes on X took place', 'the exchange of instruments of ratification of the
# treaty was held': exchanged documents are concluded (GOLD_FORMAT: 'exchanged' documents are
# agreements) when the exchange is said to have happened; 'discussed an exchange of notes' is not.
_EXCHANGED = r"\s+of\s+(?:the\s+)?(?:(?:diplomatic\s+)?(?:notes|letters)|instruments\s+of\s+ratification)\b"
_EXCHANGE_HELD = re.compile(rf"\bexchange(?={_EXCHANGED}[^.;]{{0,160}}?\b(?:took\s+place|was\s+"
                            r"(?:held|conducted|carried\s+out|completed)|happened)\b)|"
                            rf"\bwitness(?:ed|es)\s+(?:the\s+)?(?:official\s+)?exchange(?={_EXCHANGED})",
                            re.I)


def _exchange_held(text: str) -> re.Match[str] | None:
    return _EXCHANGE_HELD.search(text) if "xchange" in text else None


@lru_cache(maxsize=4096)
def kind_of(text: str) -> tuple[str, re.Match[str]] | None:
    """The first document noun of `text` and the gold kind it maps to ('MoU' → memorandum)."""
    for m in kinds_in(text):
        if _verb_plan(text, m) or _held_relation(text, m):
            continue
        return _kind_name(m), m
    return None


# 'raise ties to a comprehensive strategic partnership', 'the elevation of relations to Strategic
# Partnership', 'lift cooperation to a special strategic partnership': the level a relation is
# raised to, told with a verb (or noun) of raising and 'to'
_RAISED_TO = re.compile(r"\b(?:rais|elevat|upgrad|lift)(?:e|es|ed|ing|ion|s)?\s+(?:[\w\-'’]+\s+){0,5}?"
                        r"(?:to|into)\s+(?:an?\s+|the\s+|a\s+new\s+)?(?:[\w\-]+\s+){0,2}$", re.I)


_HELD_RELATION_RE = re.compile(r"(?:['’]s?|\btheir|\bits|\bour)\s+(?:[\w\-]+\s+)?$", re.I)


def _held_relation(text: str, m: re.Match[str]) -> bool:
    """'the countries' strategic partnership', 'their partnership': a relation the parties
    have, not a document they made; so is the level ties are raised to ('decided to raise ties to
    a comprehensive strategic partnership, and signed ...'): the signing verb there has an object
    of its own."""
    if not m.group().lower().endswith("partnership"):
        return False
    before = text[max(0, m.start() - 100):m.start()]
    return bool(_HELD_RELATION_RE.search(before) or
                _RAISED_TO.search(before))


_SAYS = re.compile(rf"\s+(?:{lexicon.alternation(lexicon.words('speech_verbs', 'clause'))})\b")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)


def _source_tag(text: str, m: re.Match[str]) -> bool:
    """'..., a joint statement said', 'according to the joint statement': a document that is
    where the news comes from, the subject of a speech verb or the object of 'according to', is
    a source tag on the sentence (GOLD_FORMAT: attributions), not another document signed."""
    return bool(_SAYS.match(text, m.end()) or _ACCORDING.search(text, max(0, m.start() - 60), m.start()))


def _kind_name(m: re.Match[str]) -> str:
    for i, (kind, _p) in enumerate(KINDS):
        if m.group(f"k{i}"):
            return "plan" if kind == "agreement" and _PERIOD_DOCUMENT.match(m.string, m.start()) else kind
    return "agreement"


# 'a document on strategic cooperation for 2024-2030': a document that runs over a span of years
# is a programme of what the sides will do, which the gold calls a plan
_PERIOD_DOCUMENT = re.compile(r"documents?\b[^.;]{0,60}?\bfor\s+(?:the\s+(?:period\s+|years\s+)?)?"
                              r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b", re.I)


# Speed only: one-off tests compiled once as bound methods (no `re` cache lookup per call;
# bound methods, so cues.gate_modules leaves them ungated); the same patterns and flags
_PLAN_WORD = re.compile(r"plans?|programs?|programmes?").fullmatch
_TO_VERB = re.compile(r"\s+to\s+[a-z]").match
_PLAN_DETERMINED = re.compile(r"\b(?:an?|the|this|that|its|their|joint|action|work|new)\s+$", re.I).search
_PLURAL_KIND = re.compile(r"(?!minutes\b|terms\s+of\s+reference|(?:diplomatic\s+)?(?:notes|letters)$)"
                          r"(?:memoranda|\w+s|[A-Za-z]+['’]s)\b|.*understandings$", re.I).match


def _verb_plan(text: str, m: re.Match[str]) -> bool:
    """'the two ministries plan to launch X', 'they programme to': the noun-or-verb word used as a
    verb — no determiner, adjective or capital before it, 'to' and a verb after."""
    word = m.group().lower()
    if not _PLAN_WORD(word):
        return False
    return bool(_TO_VERB(text[m.end():])) and not \
        _PLAN_DETERMINED(text[:m.start()])


def is_plural(kind_match: re.Match[str]) -> bool:
    """'agreements', 'MoUs', 'memoranda of understanding', 'letters of exchange',
    'Memorandum of Understandings', and the apostrophe plural of an acronym ('MoU's were signed',
    which the kinds lexicon takes only before a verb, a preposition or punctuation, never before
    the noun a possessive would own): the noun names several documents."""
    return bool(_PLURAL_KIND(kind_match.group()))


@dataclass(frozen=True)
class Phrase:
    """One document of a sentence: where its phrase starts, its noun, where the next one starts;
    `topic` when the split itself says what it is about ('for X'), `counterpart` the stretch
    naming its own other party ('one with A')."""

    start: int
    kind_start: int
    kind_end: int
    end: int
    kind: str
    topic: str = ""
    counterpart: tuple[int, int] | None = None


_DETERMINER = (r"(?:an?|the|one|another|this|its|their|a\s+(?:second|third|further|separate)|"
               r"an\s+additional)")
_LEAD = re.compile(rf"(?:\b(?P<det>{_DETERMINER})\s+)?(?:['‘\"“]\s*)?"  # "the 'Loan Agreement'"
                   r"(?<![\w\-])(?P<mods>(?:(?!(?:on|of|for|in|with|and|between|to|by|at|from|"
                   r"under|signed|inked|the|an?|namely|as|well|are|is|were|was|include[sd]?)\b)\w[\w\-]*\s+){0,3}?)$",
                   re.I)
_SEPARATOR = re.compile(rf"(?:[,;:]|--|\s[–—-]|\band|\bas\s+well\s+as|\balong\s+with|\btogether\s+with|"
                        rf"\bplus|\bwhile|\bwhereas|\bincluding|\binclude[sd]?|\bnamely|"
                        rf"\b(?:{SIGNING}))\s+(?:also\s+)?$", re.I)
_COMPLEMENT = re.compile(r"\s*(?:\([^)]{1,60}\)\s*)?(?:on|of|for|between|with|to|regarding|"
                         r"concerning|about|in\s+the\s+(?:field|area|sphere|domain)s?)\b", re.I)


@needs("KIND_RE", "_COUNTED", "_ONE", at=0)
def phrases(text: str, taken: list[tuple[int, int]] = ()) -> list[Phrase]:
    """Every document phrase of the sentence, outside the names in `taken` (an organisation
    named 'Treaty Organization' is no document); each begins after a list separator, the first
    anywhere. A counted list or 'one with A and another with B' replaces the plain split."""
    split = counted(text) or one_and_another(text) or kind_and_another(text)
    if split:
        return split
    heads: list[tuple[int, re.Match[str], str]] = []
    for m in kinds_in(text):
        if any(s <= m.start() < e for s, e in taken) or _verb_plan(text, m) or _held_relation(text, m) or \
                _source_tag(text, m):
            continue
        lead = _head(text, m, first=not heads, since=heads[-1][2].end() if heads else 0)
        if lead is not None:
            heads.append((*lead, m, _kind_name(m)))
    return [Phrase(start, m.start(), m.end(), heads[i + 1][1] if i + 1 < len(heads) else len(text), kind)
            for i, (start, _boundary, m, kind) in enumerate(heads)]


def _head(text: str, m: re.Match[str], first: bool, since: int) -> tuple[int, int] | None:
    """Where a document phrase begins, if the noun at `m` opens one: a determiner, or a title
    ('MoU', 'the Agreement on'), plural aggregates and bare re-mentions ('the agreement will')
    excluded; after the first, only right after a list separator. Returns where the phrase
    begins and where the one before it ends (the separator)."""
    if is_plural(m):
        return None
    lead = _LEAD.search(text, since, m.start())
    if lead is None:
        return None
    det = (lead.group("det") or "").lower()
    titled = (lead.group("mods") or m.group())[:1].isupper()
    if not det and not (titled and (lead.group("mods") or _COMPLEMENT.match(text, m.end()))):
        return None
    if det in ("the", "this", "its", "their") and not (titled or _COMPLEMENT.match(text, m.end())):
        return None
    if first:
        return lead.start(), lead.start()
    separator = _SEPARATOR.search(text, since, lead.start())
    if separator is None or det in ("this", "its", "their"):
        return None
    if not det and lead.group("mods") and _NAME_AND.search(text, since, separator.end()):
        return None  # 'to support the Public Finance Management and Devolved Services Programme': one name
    return lead.start(), separator.start()


_NAME_AND = re.compile(r"\b[A-Z][\w\-]*\s+and\s+$")


_COUNT = rf"(?P<count>\d+|{'|'.join(lexicon.NUMBER_WORDS)})"
_COUNTED = re.compile(rf"\b{_COUNT}\s+(?:separate\s+|different\s+|individual\s+)?(?:[\w\-]+\s+){{0,2}}?"
                      rf"(?P<kind>{KIND_RE.pattern})(?:\s*\([^)]{{1,30}}\))?\s+"
                      r"(?P<prep>for|on|in|regarding|concerning)\s+", re.I)
_ITEM_END = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|has\s+been|are|will)\b|[.,(]|$")


def counted(text: str) -> list[Phrase]:
    """'Three separate letters of exchange for X; for Y; and for Z were inked': as many documents
    as the count says, one per complement, when the complements number exactly the count."""
    m = _count_phrase(text)
    if not m:
        return []
    count = lexicon.count_value(m.group("count"))
    joint = re.compile(rf"\s*(?:;|,)\s*(?:and\s+)?{m.group('prep')}\s+|\s+and\s+{m.group('prep')}\s+",
                       re.I)
    items, pos = [], m.end()
    while True:
        nxt = joint.search(text, pos)
        stop = _ITEM_END.search(text, pos)
        if nxt and nxt.start() <= stop.start():
            items.append((pos, nxt.start()))
            pos = nxt.end()
            continue
        items.append((pos, stop.start()))
        break
    if count < 2 or len(items) != count:
        return []
    kind = _kind_name(KIND_RE.search(m.group("kind")))
    return [Phrase(s, m.start("kind"), m.end("kind"), e, kind, topic=text[s:e].strip(" ,;"))
            for s, e in items]


_COUNT_WORDS = frozenset(lexicon.NUMBER_WORDS)
_DIGITS = re.compile(r"\d+")
_WORDS_ARE_RUNS = all(w.isascii() and w.isalpha() and w.islower() for w in _COUNT_WORDS)


def _count_phrase(text: str) -> re.Match[str] | None:
    """`_COUNTED.search(text)`, tried only where a count begins.  A scan tries the number words
    at every position, which is most of what it costs; yet a match starts at a word boundary
    with a run of digits (the run's start: a digit before it is no boundary) or with a number
    word followed by a space, and such a word is one of the text's runs of letters (cues.words).
    So the pattern is matched at those starts alone, in order: the first that matches is the
    leftmost match, the one the scan finds."""
    found = words(text)
    low = folded(text)
    if found is None or low is None or not _WORDS_ARE_RUNS:
        return _COUNTED.search(text)
    starts = [m.start() for m in _DIGITS.finditer(text)]
    for word in found & _COUNT_WORDS:
        at = low.find(word)
        while at >= 0:
            starts.append(at)
            at = low.find(word, at + 1)
    for start in sorted(starts):
        m = _COUNTED.match(text, start)
        if m:
            return m
    return None


_ONE = re.compile(r"(?:[-–—:,]\s*|\b)one\s+(?P<prep>with|between|for|on)\s+")


def one_and_another(text: str) -> list[Phrase]:
    """'entered into two memoranda - one with A (on X) and another with B (on Y)': a plural
    document noun shared out by 'one ... another': one document per part."""
    first = _ONE.search(text)
    plural = first and [k for k in kinds_in(text, 0, first.start()) if is_plural(k)]
    if not plural:
        return []
    second = re.compile(rf",?\s+(?:and\s+)?(?:another|the\s+other|a\s+second|the\s+second|(?<=and\s)one)\s+"
                        rf"{first.group('prep')}\s+", re.I).search(text, first.end())
    if second is None:
        return []
    kind_match = plural[-1]
    kind = _kind_name(kind_match)
    if first.group("prep") in ("on", "for"):  # 'one on X and another on Y': topics, no counterparts
        return [Phrase(first.start(), kind_match.start(), kind_match.end(), second.start(), kind,
                       topic=document_topic(" on " + text[first.end():second.start()], 0)),
                Phrase(second.start(), kind_match.start(), kind_match.end(), len(text), kind,
                       topic=document_topic(" on " + text[second.end():], 0))]
    return [Phrase(first.start(), kind_match.start(), kind_match.end(), second.start(), kind,
                   counterpart=(first.end(), second.start())),
            Phrase(second.start(), kind_match.start(), kind_match.end(), len(text), kind,
                   counterpart=(second.end(), len(text)))]


_ANOTHER = re.compile(r",?\s+and\s+(?:another|a\s+second|one\s+more)(?:\s+one)?\s+"
                      r"(?P<prep>on|for|in|regarding|concerning|to|with)\s+", re.I)


def kind_and_another(text: str) -> list[Phrase]:
    """'signed an MoU on X and another on Y', 'an agreement on X and a second one for Y': the
    second document is elided to 'another', of the first one's kind; each has its own topic
    (or, after 'another with', its own counterpart)."""
    for m in kinds_in(text):
        second = _ANOTHER.search(text, m.end())
        if is_plural(m) or second is None or KIND_RE.search(text, m.end(), second.start()) or \
                not _COMPLEMENT.match(text, m.end()):
            continue
        lead = _LEAD.search(text, 0, m.start())
        start, kind = lead.start() if lead else m.start(), _kind_name(m)
        first = Phrase(start, m.start(), m.end(), second.start(), kind,
                       topic=document_topic(text[:second.start()], m.end()))
        middle = _elided_ones(text, m.end(), second.start(), kind)
        if middle:
            first = Phrase(start, m.start(), m.end(), middle[0].start, kind,
                           topic=document_topic(text[:middle[0].start], m.end()))
        here = (second.start(), second.start("prep"))  # 'another' stands for the noun
        if second.group("prep").lower() == "with":
            return [first, *middle, Phrase(second.start(), *here, len(text), kind,
                                           counterpart=(second.end(), len(text)))]
        rest = document_topic(f" {second.group('prep')} " + text[second.end():], 0)
        return [first, *middle, Phrase(second.start(), *here, len(text), kind, topic=rest)]
    return []


_ONE_MORE = re.compile(r"[;,]\s+(?:and\s+)?one\s+(?P<prep>on|for|in|regarding|concerning|to)\s+", re.I)


def _elided_ones(text: str, start: int, end: int, kind: str) -> list[Phrase]:
    """'a MoU on X with B; one on Y with C (ACR); and another on Z with D': each 'one on Y'
    between the first document and 'another' is a document of the same kind, with its own topic
    and the counterpart its stretch names."""
    found = list(_ONE_MORE.finditer(text, start, end))
    if not found:
        return []
    bounds = [m.start() for m in found[1:]] + [end]
    return [Phrase(m.start(), m.start(), m.start("prep"), stop, kind,
                   topic=document_topic(f" {m.group('prep')} " + text[m.end():stop], 0))
            for m, stop in zip(found, bounds, strict=True)]
