"""One document coordinated after a package of documents in one signing: 'signed two agreements,
two MoUs and a joint declaration on X', 'signed three MoUs on X and another on Y'.  The counted
package is an aggregate (GOLD_FORMAT: its count is a figure), but a document the writer sets
apart with the article 'a'/'an' or with 'another' is one the text describes on its own: one
entry, of its own kind ('another' repeats the package's), about what follows it."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_documents import KIND_RE, is_plural, kind_of
from coopkg.extract.agreement_topics import topic as document_topic

# what stands right before the single document's noun: a coordinator, then 'a'/'an' and at
# most three modifiers ('..., two MoUs and a new joint declaration')
_SINGLE = re.compile(r"(?:,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as|plus)\s+)(?:also\s+)?an?\s+"
                     r"(?:[\w\-]+\s+){0,3}$", re.I)
# '... three MoUs on X and another on Y': one more document of the package's noun
_ANOTHER = re.compile(r"\s+and\s+(?:also\s+)?another(?:\s+one)?(?=\s+(?:on|for|in|to|regarding|"
                      r"concerning|about)\s)", re.I)
# a number word before a noun counts it: 'and two MoUs' is more of the package, not a single
_COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
                      r"(?:[\w\-]+\s+){0,2}$", re.I)

# 'signed numerous memorandum of understanding', 'six Memorandum of Understanding were signed': a
# singular noun after a word of number is a package (a count word only across words not ending in
# 's' and no determiner, so 'the two sides signed the MoU' and 'two countries' MoU' stay one)
# the cardinal words above one ('fourteen agreement and MoUs'): a count makes a singular a package
_COUNTS = lexicon.alternation(w for w, v in lexicon.rows("number_words") if float(v) >= 2)
_MANY = re.compile(r"\b(?:(?:numerous|several|many|various|multiple)\s+(?:[\w\-]+\s+){0,2}|"
                   rf"(?:{_COUNTS})\s+"
                   r"(?:(?!(?:the|an?|this|that|its|their)\s)[\w\-]*[^\Ws]\s+){0,2})$", re.I)


def counted_before(text: str, pos: int) -> bool:
    """The document noun at `pos` is a package though singular: a word of number stands before it."""
    return bool(_MANY.search(text, 0, pos))


_SINGLES_AFTER_RE = re.compile(r"[.;]")


def singles_after(text: str, package: re.Match[str]) -> list[tuple[str, str]]:
    """(kind, topic) of each single document coordinated after the plural `package` noun."""
    out = [(kind_of(package.group())[0], _topic_after(text, m.end()))
           for m in _ANOTHER.finditer(text, package.end())]
    for noun in KIND_RE.finditer(text, package.end()):
        if is_plural(noun) or _SINGLES_AFTER_RE.search(text[package.end():noun.start()]):
            continue
        head = text[max(package.end(), noun.start() - 60):noun.start()]
        if _SINGLE.search(head) and not _COUNTED.search(head):
            found = kind_of(text[noun.start():noun.end()])
            if found:
                out.append((found[0], document_topic(text, noun.end(), noun.start())))
    return out


def _topic_after(text: str, end: int) -> str:
    """'another on cooperation in the sports sector' → 'cooperation in the sports sector'."""
    return document_topic(text, end, None)


# ' and two framework documents -': the rest of the package after its one described member
_REST = re.compile(r"\s*(?:,|\band\b)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                   r"another|other|the\s+other|the\s+rest)\b.*|\s*[-–—]\s*$", re.I | re.S)


def member_topic(topic: str) -> str:
    """The topic of the one member a package is described by ('one on loans for X and two
    framework documents -'): what follows it names the other members, not this one's subject."""
    return _REST.sub("", topic).strip(" ,")
