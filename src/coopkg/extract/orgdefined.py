"""Names without a type word that the article gives a short form of its own: 'Kilima Steel Works
(KSW)', 'Mount Elgon Coffee Growers (MECG)'. Writers define a bracketed short form for a body
they will name again (a firm, an association, a cooperative) whatever place the name takes in the
sentence: the middle of a comma list, after 'by' or 'from', as a subject. Documents, events,
programmes and infrastructure are defined the same way ('the Standard Gauge Railway (SGR)'); the
slot filter (orgcontext.propose) turns down names ending in their nouns, places, people and
titles. Only a short form made of the name's own initials is read, the first its first: a bracket
that holds anything else (a country, a year, a translation) says something else."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import ORG, Doc, Sent
from coopkg.extract.orgacronyms import initials_fit
from coopkg.extract.orgcontext import propose

_WORD = r"[A-Z][\w&\-]*(?:['’](?!s\b)\w+)*"
_RUN = re.compile(rf"(?P<a>{_WORD}(?:\s(?:&\s|of\s|and\s|for\s|de\s)?{_WORD}){{1,6}})"
                  r"\s\((?P<acr>[A-Z][A-Z&]{1,9})\)")
_LINKERS = ("of", "and", "for", "de", "&")
_NOT_BODIES = lexicon.words("defined_not_bodies")
_NOT_BODY_HEADS = _NOT_BODIES | lexicon.words("not_org_tails")  # 'X Programme for Y (XPY)'
# 'the Andean Economic Partnership (AEP)': a last word that makes the name a framework, while
# 'the Global Partnership for X' before a complement may be a fund
_FRAMEWORK_TAILS = lexicon.words("defined_framework_tails")
_NOT_BODY_ENDS = _NOT_BODIES | _FRAMEWORK_TAILS
_COMPLEMENT = re.compile(r"\s(?:of|for|on)\s")


def defined_names(doc: Doc) -> None:
    """Each name a bracketed short form of its initials follows becomes an organisation (when
    the slot filter takes it) with that short form as its alias. `(` with a capital after it is
    rare: a sentence without one is passed over at once."""
    for sent in doc.sents:
        if " (" not in sent.text:
            continue
        for m in _RUN.finditer(sent.text):
            start = _fitting_start(sent.text, m.start("a"), m.end("a"), m.group("acr"))
            if start is not None:
                _propose_defined(doc, sent, start, m.end("a"), m.group("acr"))


_FITTING_START_RE = re.compile(r"\S+")


def _fitting_start(text: str, start: int, end: int, acronym: str) -> int | None:
    """Where the name the short form abbreviates starts: the run's words are dropped from the
    left ('Meanwhile Kilima Steel Works') until the initials fit, the name at least two words."""
    words = [(m.start(), m.group()) for m in _FITTING_START_RE.finditer(text[start:end])]
    for i, (offset, word) in enumerate(words):
        rest = [w for _o, w in words[i:]]
        if word in _LINKERS or len(rest) < 2 or rest[-1] in _LINKERS:
            continue
        if word[0] == acronym[0] and initials_fit(" ".join(rest), acronym) and \
                len(acronym.replace("&", "")) >= _content_words(rest) - 1:
            return start + offset
    return None


def _content_words(words: list[str]) -> int:
    return sum(1 for w in words if w[:1].isupper())


def _propose_defined(doc: Doc, sent: Sent, start: int, end: int, acronym: str) -> None:
    """Offer the name; when it stands as an organisation of its own (not a unit a typed name
    holds), its short form becomes an alias other sentences link to."""
    if any(s.start < end and start < s.end for s in sent.spans):
        return  # a typed name, a person or a place holds some of the words already
    name = sent.text[start:end]
    if name.split()[-1].lower() in _NOT_BODY_ENDS or \
            _COMPLEMENT.search(name) and _COMPLEMENT.split(name)[0].split()[-1].lower() in _NOT_BODY_HEADS:
        return  # 'the Metro Rail Transit (MRT)'; 'the X Innovations Programme for Social Security (XIPSS)'
    propose(doc, sent, start, end, None, "defined", "org.acronym-defined")
    held = [s for s in sent.spans if s.label == ORG and s.start == start and s.end == end]
    org = doc.orgs.get(held[0].ref.key) if held else None
    if org is None or acronym.lower() in doc.aliases:
        return
    org.aliases.add(acronym)
    doc.aliases[acronym.lower()] = org.name


__all__ = ["defined_names"]
