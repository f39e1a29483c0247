"""Programmes named as units in a person's title: 'X, Director of Partner Outreach
Program of ACME, said ...', 'Head of the Export Program and Senior Trade Officer of the Embassy
of Y'. A capitalised programme is no body on its own ('the National Irrigation
Programme' is a scheme), but after a head's title and 'of' it is the unit the person heads
(GOLD_FORMAT: sub-units named in a person's title are organisations). `orgunits` splits such a
unit from a parent that has a type word; this reads it when the parent is an acronym or is named
by a second title after 'and', where no capitalised run holds unit and parent together.

The unit is of its parent's kind when the parent is a state body (a commission's programme, a
mission's section, both GovernmentBody) and 'Other' otherwise, with the parent's country."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import ORG, Doc, Sent, Span
from coopkg.extract.facts import Org, Ref
from coopkg.extract.overlap import add_span

_HEAD_TITLES = lexicon.alternation([w.capitalize() for w in lexicon.words("unit_head_titles")])
_UNITS = lexicon.alternation([w.capitalize() for w in lexicon.words("org_units", "titled")])
# the title, 'of (the)', two to five capitalised words ending in the unit word, then the word
# that ties it to its parent or to a second title ('of', 'at', 'and', ',')
_TITLED_UNIT = re.compile(rf"\b(?:{_HEAD_TITLES})\s+of\s+(?:the\s+)?"
                          rf"(?P<unit>(?:[A-Z][\w'’\-]*\s+){{1,4}}(?:{_UNITS}))(?=\s+(?:of|at|and)\s|,)")


def titled_programmes(doc: Doc) -> None:
    """Each programme a head's title names, as an organisation of its parent's kind."""
    for sent in doc.sents:
        if "Program" not in sent.text:
            continue  # speed only: every match holds the unit word
        for m in _TITLED_UNIT.finditer(sent.text):
            if not any(s.start < m.end("unit") and m.start("unit") < s.end for s in sent.spans):
                _add_unit(doc, sent, m.start("unit"), m.end("unit"))


def _parent(doc: Doc, sent: Sent, after: int) -> Org | None:
    """The first organisation the sentence names after the unit: the body whose title or
    'of' the unit's complement leads to."""
    for span in sorted(sent.spans, key=lambda s: s.start):
        if span.label == ORG and span.start >= after:
            return doc.orgs.get(span.ref.key)
    return None


def _add_unit(doc: Doc, sent: Sent, start: int, end: int) -> None:
    name = sent.text[start:end]
    parent = _parent(doc, sent, end)
    if parent is None:
        return  # no body in the sentence: a scheme someone runs, not a unit of a body
    kind = "GovernmentBody" if parent.type == "GovernmentBody" else "Other"
    org = doc.orgs.get(name) or Org(name=name, type=kind, country=parent.country, parent=parent.name,
                                    evidence=sent.text, rule="org.context")
    doc.orgs.setdefault(name, org)
    add_span(doc, sent, Span(start, end, Ref("org", org.name), org.name, "org.context"))


__all__ = ["titled_programmes"]
