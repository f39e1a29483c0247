"""Names a context slot of orgcontext proposes that are no organisation's: a pair of peoples
('Peruvian-Chilean'), a portfolio ('and Trade Minister X'), a person's surname written alone, a
group of a country's people or things ('Kenyan Officials'), a state's long form."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.portfolio_lists import field_in_list


def peoples_pair(doc: Doc, name: str) -> bool:
    """'Peruvian-Chilean', 'Russia-Uzbekistan': a pair of peoples or countries is an adjective of
    their relation ('the Peruvian-Chilean business council'), no name."""
    parts = name.replace("–", "-").split("-")
    return len(parts) > 1 and all(doc.gaz.country_of_demonym(p) or any(
        place.kind == "country" for place in doc.gaz.lookup(p)) for p in parts)


_HOLDER_AFTER = re.compile(rf"\s(?:(?:and|&)\s(?P<second>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){{0,2}})\s)?"
                           rf"(?i:{lexicon.alternation(lexicon.words('portfolio_titles', 'holder'))})\b")
_FIELD_WORDS = lexicon.words("title_fields")


def field_of_holder(text: str, start: int, end: int, name: str) -> bool:
    """A portfolio, no body: 'and Trade Minister X'; 'Equipment and Water Minister' (a pair of
    and_pairs.tsv, or all field words; 'between Acme and Trade Minister X' names Acme); a field
    after 'Minister of Foreign Affairs, ' (field_in_list)."""
    if field_in_list(text, start, name):
        return True
    m = _HOLDER_AFTER.match(text, end)
    if m is None or not m.group("second"):
        return m is not None
    return f"{name} and {m.group('second')}".lower() in lexicon.words("and_pairs") or \
        all(w.lower() in _FIELD_WORDS for w in name.split())



_CLOSING_WORD = re.compile(r"\b([A-Z][a-z]+)\s([A-Z][a-z][\w\-]*)\b(?![\-\s][A-Z])")
_NOT_GIVEN = lexicon.words("not_names") | lexicon.words("titles", "title") | \
    lexicon.words("sentence_adverbs")
_closers: list = [None, {}]  # the document last read, and its closing words (speed only)


def surname_before(doc: Doc, sent: Sent, word: str) -> bool:
    """'John Mwangi of Kenya met ... The talks between Mwangi and Otieno': one word that closed a
    two-word capitalised name in an earlier sentence, no organisation's, is that person's
    surname.  The words are gathered once per document: (word → first sentence index)."""
    if _closers[0] is not doc:
        found: dict[str, int] = {}
        for i, earlier in enumerate(doc.sents):
            for m in _CLOSING_WORD.finditer(earlier.text):
                if m.group(2) not in found and m.group(1).lower() not in _NOT_GIVEN and not any(
                        s.start <= m.start() < s.end and s.label != "PERSON" for s in earlier.spans):
                    found[m.group(2)] = i  # not 'The Acme', 'Meanwhile Acme'; the first kept

        _closers[0], _closers[1] = doc, found
    at = _closers[1].get(word)
    return at is not None and at < doc.sents.index(sent)


_GROUP_NOUNS = lexicon.words("group_nouns")


def describes_group(doc: Doc, words: list[str]) -> bool:
    """'Kenyan Officials', 'Tanzanian Ports', 'the Kenyan Side', 'Energy Sector': a demonym with
    a plural noun, or a group, side or field noun, describes people or things of a country; a
    name without a type word is not written so ('Ethiopian Airlines' has its type word)."""
    last = words[-1].lower()
    return len(words) <= 3 and last in _GROUP_NOUNS or len(words) == 2 and \
        last.endswith("s") and not last.endswith("ss") and doc.gaz.country_of_demonym(words[0]) is not None \
        or _state_form(doc, words)


def _state_form(doc: Doc, words: list[str]) -> bool:
    """'the Co-operative Republic of Guyana': a country's long form ('Republic', 'Kingdom' ...
    of a country) is the state, whatever adjectives the gazetteer does not list."""
    if "of" not in words:
        return False
    at = len(words) - 1 - words[::-1].index("of")
    return any(w.lower() in lexicon.words("not_org_words") for w in words[:at]) and \
        any(p.kind == "country" for p in doc.gaz.lookup(" ".join(words[at + 1:])))


def place_pair(a: str, b: str | None) -> bool:
    """'cooperation between Victoria and Rabat', 'between the Aktau and Kuryk seaports': a pair
    one of whose members is a known town or region and neither of which bears a body's type word
    is two places (twinned towns, ports), no two organisations."""
    from coopkg.extract.orgtypes import has_org_keyword
    from coopkg.reference import gazetteer

    if b is None or has_org_keyword(a) or has_org_keyword(b):
        return False
    gaz = gazetteer()
    return any(place.kind == "region" for name in (a, b) for place in gaz.lookup(name))


_FROM_BEFORE = re.compile(r"\bfrom\s$")


def origin_of_subject(text: str, start: int) -> bool:
    """'Representatives from X signed …': a name right after 'from' tells where the signers come
    from; the subject is the people before it."""
    return _FROM_BEFORE.search(text, max(0, start - 5), start) is not None
