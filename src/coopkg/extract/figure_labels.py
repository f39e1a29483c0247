"""What a count measures, in the words of its own clause.  A count is read as the noun phrase it
heads together with what the sentence says of it: signed documents by whom and on what occasion
('Iran and Turkey signed two memoranda during the visit' → 'number of memoranda signed by Iran
and Turkey during the visit'), and counted things by the passive predicate that says what is done
with them ('14 projects ... are being implemented under the X loan programme')."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Sent

_SIGN = re.compile(rf"\b(?:{lexicon.alternation(list(lexicon.words('signing_verbs')))})\b", re.I)
_FULL_NAME = re.compile(r"\s+of\s+(?:understandings?|cooperation|intent)\b", re.I)
_OCCASION = re.compile(r"\s+(?:also\s+)?(?P<prep>during|at|in|after|following|on\s+the\s+sidelines\s+of|"
                       r"within\s+the\s+framework\s+of|as\s+part\s+of)\s+"
                       r"(?P<np>(?:(?:the|an?|his|her|their|its)\s+|(?=[A-Z]))[^,;:.()]+)", re.I)
_OCCASION_END = re.compile(r"\s+(?:on|in|last|this|with|where|which|that|to|and|reports?|said)\b|\s+\d", re.I)
_NOT_SUBJECT_END = re.compile(r"\b(?:the|a|an|of|in|to|for|after|before|by|and|or|its|their)\s*$", re.I)
# a clause opens after punctuation, a relative or subordinating word, or a speech verb ('He said
# both sides signed ...': the subject is 'both sides')
_SUBJECT_START = re.compile(r".*(?:[,;:()–—]|--|\s-\s|\b(?:that|which|who|when|while|as|said|says|noted|"
                            r"added|announced|stated)\b)\s*", re.I | re.S)
# 'A and B are expected to (sign)', 'A will (sign)': the subject is before the modal chain
_MODAL = re.compile(r"(?:\s+(?:are|is|were|was|will|would|shall|may|could|also))*"
                    r"(?:\s+(?:expected|set|due|scheduled|likely|poised|planning|going|hoping)\s+to)?(?:\s+will)?$",
                    re.I)
_PRONOUN = re.compile(r"(?:it|he|she|they|we|i|you|this|that|these|those|which|who)", re.I)
_ADVERBS = re.compile(r"(?:\s+(?:also|then|jointly|today|yesterday|have|has|had|formally|officially))+\s*$",
                      re.I)


def document_label(view: Sent, m: re.Match[str]) -> str:
    """'number of <documents> signed [by <subject>] [<occasion>]': the signing verb's subject
    when the count is its object, and a 'during/at/after the …' phrase of the clause."""
    text = view.text
    full = _FULL_NAME.match(text, m.end())
    end = full.end() if full else m.end()
    what = " ".join([*m.group("mods").split(), text[m.start("noun"):end]]).lower()
    parts = [f"number of {' '.join(what.split())} signed"]
    by = _signer(view, m.start())
    if by:
        parts.append(f"by {by}")
    verb_after = _SIGN.search(text, end, end + 40)
    occasion = _occasion(view, verb_after.end() if verb_after else end)
    return " ".join(parts + ([occasion] if occasion else []))


def _signer(view: Sent, start: int) -> str:
    """The subject of the signing verb right before the count ('the ministers of A and B on
    Tuesday signed five protocols'), without dates and adverbs; none when the verb is no finite
    one with a subject ('witnessed the signing of three agreements')."""
    text = view.text
    verbs = list(_SIGN.finditer(text, 0, start))
    if not verbs or len(text[verbs[-1].end():start].split()) > 1 or verbs[-1].group().lower().endswith("ing"):
        return ""
    return subject_before(view, verbs[-1].start())


_SUBJECT_BEFORE_RE = re.compile(r"\s+(?:on|in)$")
_SUBJECT_BEFORE_RE2 = re.compile(r"\(\s*\)")
_SUBJECT_BEFORE_RE3 = re.compile(r"^(?:The|These|Those|Both)\b")


def subject_before(view: Sent, verb: int) -> str:
    """The subject of the verb at `verb`: the words from the start of its clause, without dates
    and adverbs; none when they do not end like a noun phrase."""
    head = view.text[:verb]
    for d in sorted(view.dates, key=lambda d: -d.start):
        if d.end <= verb:
            head = head[:d.start] + head[d.end:]
    head = _SUBJECT_BEFORE_RE2.sub("", head)  # 'A and B on Monday (25 March) signed': the date is gone
    lead = _SUBJECT_START.match(head)
    subject = _ADVERBS.sub("", _MODAL.sub("", head[lead.end() if lead else 0:].rstrip())).strip()
    subject = _SUBJECT_BEFORE_RE.sub("", subject)
    if not subject or _NOT_SUBJECT_END.search(subject) or len(subject.split()) > 14 or \
            _PRONOUN.fullmatch(subject):
        return ""  # 'It had given a grant': a pronoun names no one
    return _SUBJECT_BEFORE_RE3.sub(lambda d: d.group().lower(), " ".join(subject.split()))


def _occasion(view: Sent, start: int) -> str:
    """'during the state visit', 'at the eighth meeting of the X Committee', 'after the talks':
    the occasion phrase right after the count or its verb, up to a date or the next clause."""
    m = _OCCASION.match(view.text, start)
    if m is None:
        return ""
    np = m.group("np")
    stop = _OCCASION_END.search(np)
    np = np[:stop.start()] if stop else np
    words = np.split()[:10]
    return " ".join([m.group("prep").lower(), *words]) if len(words) > 1 else ""


# verbs that report speech whatever follows; 'extended' ('extended a loan') reports speech only
# before a speech noun ('extended greetings'): speech_verbs.tsv marks it
_SPEECH = frozenset(r[0].lower() for r in lexicon.rows("speech_verbs") if len(r) < 3 or r[2] != "noun")
_PARTICIPLE = re.compile(r"(?P<verb>\b[a-z]+ed|\b(?:got|won|given|made|sent|taken|lent))\s+"
                         r"(?:(?:an?|the|some|its|their|over|about|nearly|more\s+than)\s+)?$")


def done_by(view: Sent, start: int) -> str:
    """'the two governments have assumed 60 new commitments', 'Peru received aid': the thing at
    `start` is the object of a past-participle verb with a subject — 'assumed by the two
    governments', 'received by Peru'."""
    m = _PARTICIPLE.search(view.text, 0, start)
    if m is None or m.end() != start or m.group("verb").lower() in _SPEECH:
        return ""  # 'noted exports reached $5bn': a speech verb's object is a clause
    subject = subject_before(view, m.start())
    return f"{m.group('verb')} by {subject}" if subject else ""


_PASSIVE = re.compile(r"(?:\s+with\s+[^,;]{1,80}?)?\s+(?:are|were|have\s+been|has\s+been|had\s+been|"
                      r"will\s+be|would\s+be)\s+(?:being\s+|currently\s+|now\s+|also\s+)*"
                      r"(?P<verb>[a-z]+ed|built|sent|run|made|held|given|taken|done|set\s+up)\s+"
                      r"(?P<rest>(?:under|by|in|to|through|across|for|with|at)\s+[^,;:.()]+)", re.I)


_PREDICATE_RE = re.compile(r"\s+(?:mainly|which|and|but|while|where|since|as)\s")


def predicate(text: str, end: int) -> str:
    """What is done with counted things, when the count is the subject of a passive verb:
    '14 projects (with a value of X) are being implemented under the Y programme' →
    'implemented under the Y programme'."""
    m = _PASSIVE.match(text, end)
    if m is None:
        return ""
    rest = _PREDICATE_RE.split(m.group("rest"))[0]
    return " ".join([m.group("verb"), *rest.split()[:8]])


_STUFF = re.compile(r"(?:\s*\([^()]*\))?\s+of\s+(?P<np>[^,;:.()]+)", re.I)  # past a conversion
_STUFF_END = re.compile(r"^(?:to|from|for|in|on|at|by|into|under|with|was|were|is|are|has|have|had|will|"
                        r"and|but|which|that|worth|valued|per|a|an|each|every|last|this|next)$", re.I)


def substance(view: Sent, start: int, end: int) -> str:
    """What a physical quantity at [start, end) is of, and who moved it: 'India supplied 13
    tonnes of medicines to X' → 'medicines supplied by India'; '' without an 'of' phrase."""
    m = _STUFF.match(view.text, end)
    if m is None:
        return ""
    words: list[str] = []
    for word in m.group("np").split()[:5]:
        if _STUFF_END.match(word) or word[:1].isdigit():
            break
        words.append(word)
    by = done_by(view, start)
    return " ".join([*words, *by.split()]) if words else ""
