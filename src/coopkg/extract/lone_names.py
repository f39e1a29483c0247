"""People named by one word and a title in apposition ('Suharjo, the Indonesian ambassador to
Kenya, said …'): Indonesian and Burmese officials, among others, go by one name, and news copy
names someone already introduced by surname and title again.  The one word is a person's name
only where the apposition is closed and its title is a strong one, and the word is nothing the
language uses otherwise (a sentence adverb, a place, a body, a demonym, a word the article also
writes in lowercase)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.appositions import closed_role_after
from coopkg.extract.doc import PERSON, Doc, Span
from coopkg.extract.facts import Person, Ref
from coopkg.extract.memo import by_text
from coopkg.extract.overlap import add_span, blocked
from coopkg.extract.people import resolve_short
from coopkg.extract.titled_surnames import may_be_name

_UP = lexicon.UPPER_LETTERS
_LOW = lexicon.LOWER_LETTERS
# one capitalised word opening the sentence or after a lowercase word, then a comma
_LONE = re.compile(rf"(?:^|(?<=[{_LOW},;:]\s)|(?<=[\"“(]))(?P<name>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
                   r"(?=,\s)")
# Speed only: `_LONE` tried at every position costs its three-way look-behind each time; the
# name and comma found first (the engine skips ahead to a capital) and the look-behind tested in
# Python at each start finds the same names (`lone_matches`; tests/test_span_shortcuts.py).
_NAME_THEN_COMMA = re.compile(rf"(?P<name>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)(?=,\s)")
_BEFORE_SPACE = re.compile(rf"[{_LOW},;:]")
_ADVERBS = lexicon.words("sentence_adverbs") | lexicon.words("connectives")


def lone_names(doc: Doc) -> None:
    """A person span for each one-word name a strong title in apposition introduces."""
    lowered = _LowercaseWords(doc.article.text)
    for sent in doc.sents:
        for m in lone_matches(sent.text):
            start, end, name = m.start("name"), m.end("name"), m.group("name")
            if blocked(sent, start, end, PERSON) or _ends_a_name(sent.text, start) \
                    or not _lone_word(name, lowered, doc):
                continue
            role, country, affiliation = closed_role_after(sent.text[end:], doc.gaz)
            if role is None:
                continue
            person = resolve_short(name, list(doc.people.values())) or doc.people.setdefault(
                name, Person(name=name, role=role, country=country, affiliation=affiliation,
                             evidence=sent.text, rule="person.lone-name"))
            add_span(doc, sent, Span(start, end, Ref("person", person.name), person.name,
                                     "person.lone-name"))


@by_text  # the text alone decides: a recurring sentence is scanned once
def lone_matches(text: str) -> tuple[re.Match[str], ...]:
    """`_LONE.finditer(text)`'s matches (group 'name' alike): a name before ', ' that opens the
    text or follows a lowercase letter or punctuation mark and a space, or a quote or bracket.
    No name of `_NAME_THEN_COMMA` begins inside another, and no `_LONE` match begins inside one
    that fails the test (a letter or hyphen precedes each such start), so the two agree."""
    out = []
    for m in _NAME_THEN_COMMA.finditer(text):
        at = m.start()
        if at == 0 or text[at - 1] in "\"“(" or \
                at >= 2 and text[at - 1].isspace() and _BEFORE_SPACE.match(text, at - 2):
            out.append(m)
    return tuple(out)


def _ends_a_name(text: str, start: int) -> bool:
    """The word before is capitalised: the one word is the last of a longer proper name ('the
    Lisbon Energy Forum, the chairman of …'), which the lowercase letter before the space in
    `lone_matches` does not rule out."""
    words = text[:start].split()
    return bool(words) and words[-1][:1].isupper() and words[-1][-1].isalpha()


_CONTAINS_RE = re.compile(r"\b[a-z][\w\-]*")


class _LowercaseWords:
    """The words an article writes in lowercase, collected on the first question: most
    articles have no candidate that gets as far as asking."""

    def __init__(self, text: str):
        self.text = text
        self.words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.words = set(_CONTAINS_RE.findall(self.text))
        return word in self.words


def _lone_word(name: str, lowered: _LowercaseWords, doc: Doc) -> bool:
    low = name.lower()
    return not (low in _ADVERBS or low.endswith("ly") or low in lowered or doc.gaz.lookup(name)) \
        and may_be_name(name, doc.gaz)
