"""A body introduced by what it is and named only by its short form in brackets: 'a programme on
Peruvian public television (PTV)', 'the state oil company (PNC)', 'the country's national
carrier (MA)'.  English defines a bracketed short form right after the phrase it stands for;
when that phrase is a lowercase description of a body ending in a descriptor noun
(org_descriptors.tsv), the short form is the body's only name in the text, of the descriptor's
class ('television' an outlet, 'company' a firm).  A capitalised name before the bracket is
`orgdefined`'s, and a bracket that is not a short form (a year, a country) does not match."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc
from coopkg.extract.orgcontext import propose

_NOUN = lexicon.word_pattern("org_descriptors")
# one to four lowercase words closed by a descriptor noun, then '(ACRONYM)'
_DESCRIBED = re.compile(rf"(?:(?P<owner>[A-Z][a-z]+)(?:['’]s)?\s)?(?<![A-Za-z\-])(?:[a-z][\w\-]*\s){{0,3}}"
                        rf"(?P<kind>{_NOUN})\s\((?P<acr>[A-Z][A-Z&]{{1,9}})\)")


def described_acronyms(doc: Doc) -> None:
    """Each short form bracketed right after a lowercase description of a body becomes that
    body (the slot filter of `orgcontext.propose` still turns down places, people, titles)."""
    for sent in doc.sents:
        if " (" not in sent.text:
            continue  # speed only
        for m in _DESCRIBED.finditer(sent.text):
            propose(doc, sent, m.start("acr"), m.end("acr"), m.group("kind"), "described",
                    "org.acronym-described")
            org = doc.orgs.get(doc.aliases.get(m.group("acr").lower(), ""))
            if org is not None and org.country is None and m.group("owner"):
                org.country = _owner_country(doc, m.group("owner"))


def _owner_country(doc: Doc, word: str) -> str | None:
    """'Peruvian public television', "Peru's state oil company": the country whose body it is,
    when the article names that country (GOLD_FORMAT)."""
    found = doc.gaz.country_of_demonym(word) or next(
        (p.country for p in doc.gaz.lookup(word) if p.kind == "country"), None)
    return found if found in doc.countries else None


__all__ = ["described_acronyms"]
