"""A person's country given by the group or the host the sentence puts them in, when nothing
beside the name states it (GOLD_FORMAT: a person's country as the text gives it):

- a demonym's group and the list of its members: 'several Ugandan officials, including Trade
  Minister X and Energy Minister Y', 'the Ghanaian delegation, among them X', 'senior Kenyan
  leaders such as X' (nouns and linkers in lexicon/member_cues.tsv);
- the host of an invitation: 'will visit Uganda at the invitation of President X', 'invited by
  Prime Minister X, the minister travelled to Chile' — who invites a visitor to a country is of
  that country.

Both only fill a person who has no country yet; `nationality` runs them after the stated cues."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.country_cues import in_title
from coopkg.extract.doc import Doc, Sent, Span

_NOUNS = lexicon.alternation(lexicon.words("member_cues", "noun"))
_LINKERS = lexicon.alternation(lexicon.words("member_cues", "linker"))
_GROUP = re.compile(rf"\b(?P<dem>[A-Z][\w\-]+)\s+(?:[a-z][\w\-]*\s+){{0,2}}(?:{_NOUNS})\b\s*,?\s*"
                    rf"(?:{_LINKERS})\b")
_INVITED = re.compile(r"\b(?:at\s+the\s+invitation\s+(?:of|extended\s+by)|(?:up)?on\s+(?:an|the)\s+"
                      r"invitation\s+(?:of|from)|invited\s+by)\s+(?:his|her|the\s+)?", re.I)
_TO_PLACE = re.compile(r"\b(?:visit(?:s|ed|ing)?|visit\s+to|trip\s+to|tour\s+of|travel(?:s|led|ling)?\s+"
                       r"to|arriv(?:e|es|ed|ing)\s+in|came\s+to|went\s+to|be\s+in|is\s+in)\s+"
                       r"(?:the\s+)?$")


def group_members(doc: Doc, sents: list[Sent]) -> None:
    """The people listed after 'DEM <group>, including' belong to the demonym's country."""
    for sent in sents:
        m = _GROUP.search(sent.text)
        code = doc.gaz.country_of_demonym(m.group("dem")) if m else None
        if m is None or code not in doc.countries:
            continue
        last = m.end()
        for span in _people(sent):
            if span.start < m.end():
                continue
            if not _listed(sent.text[last:span.start]):
                break
            person = doc.people.get(span.ref.key)
            if person is not None and person.country is None:
                person.country = code
            last = span.end


def _listed(between: str) -> bool:
    """The next name of the list: only commas, 'and' and title words before it."""
    return all(in_title(w.strip(",;"), "") or w.lower().strip(",") in ("and", "the", "", "of")
               for w in between.split()) and ";" not in between and "." not in between.strip()


def invitation_hosts(doc: Doc, sents: list[Sent]) -> None:
    """'visit Uganda at the invitation of President X': X is of the country visited."""
    for sent in sents:
        if "nvit" not in sent.text:
            continue  # speed only: no invitation in the sentence
        for m in _INVITED.finditer(sent.text):
            host = next((s for s in _people(sent) if s.start >= m.end() and
                         all(in_title(w, "") for w in sent.text[m.end():s.start].split())), None)
            person = doc.people.get(host.ref.key) if host is not None else None
            visited = _visited(doc, sent)
            if person is not None and person.country is None and visited in doc.countries:
                person.country = visited


def _visited(doc: Doc, sent: Sent) -> str | None:
    """The country of the one place the sentence says is visited or travelled to."""
    codes = {_country_of(doc, s) for s in sent.spans if s.ref.kind == "place" and
             _TO_PLACE.search(sent.text, max(0, s.start - 30), s.start)}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


def _country_of(doc: Doc, span: Span) -> str | None:
    place = doc.gaz.regions.get(span.ref.key)
    if place is not None:
        return place.country
    return next((c for c, p in doc.gaz.countries.items() if p.iri == span.ref.key), None)


def _people(sent: Sent) -> list[Span]:
    return [s for s in sent.spans if s.ref.kind == "person" and s.rule != "person.pronoun"]
