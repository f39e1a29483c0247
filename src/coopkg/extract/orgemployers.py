"""Organisations named only as a person's possessor: 'business leaders such as Acme's Ada Obi
and Borel's Tom Hart', "Norvix's Peter Lamb said".  News gives a person's employer this way when
it gives no title; a possessor that is no place, person or body already found is that employer,
most often a firm.  Runs after the people components (a person must be found first, by title,
speech verb or given name) and after orgs_from_context, whose slots take precedence."""

from __future__ import annotations

import re

from coopkg.extract.doc import PERSON, Doc, Sent
from coopkg.extract.facts import Person
from coopkg.extract.orgcontext import NAME, propose

_POSSESSOR = re.compile(rf"(?<![\w'’])(?P<a>{NAME})(?:['’]s|(?<=s)['’])\s$")


def person_employers(doc: Doc) -> None:
    """An organisation span for each free possessor written right before a person's name; and
    each title that runs on into a body found since ('CEO of Petrosur') is the title alone,
    the body its holder's affiliation."""
    for person in doc.people.values():
        if person.role and not person.affiliation:
            _titled_employer(doc, person)
    for sent in doc.sents:
        if "'" not in sent.text and "’" not in sent.text:
            continue
        for person in [s for s in sent.spans if s.label == PERSON]:
            owner = _POSSESSOR.search(sent.text, max(0, person.start - 80), person.start)
            if owner is not None and _free(sent, owner.start("a"), owner.end("a")):
                propose(doc, sent, owner.start("a"), owner.end("a"), None, "firm-head", "org.employer")


_OF = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")


def _titled_employer(doc: Doc, person: Person) -> None:
    """'CEO of the Peruvian energy company Petrosur': the people components read the whole
    phrase as the title while the firm was still unknown; a body found later that ends the
    phrase (named alone, or after its lowercase description) is the person's affiliation.  The
    shortest title that leaves such a body is taken ('Minister of State of Trade Affairs of the
    Foreign Ministry': the ministry; 'CEO of Bank of Kigali': the bank)."""
    role = person.role or ""
    for m in _OF.finditer(role):
        body = role[m.end():]
        org = next((o for o in doc.orgs.values() if body == o.name or body.endswith(" " + o.name)), None)
        if org is not None and all(w.islower() or doc.gaz.country_of_demonym(w)
                                   for w in body[:len(body) - len(org.name)].split()):
            person.role, person.affiliation = role[:m.start()], org.name
            return


def _free(sent: Sent, start: int, end: int) -> bool:
    """No span holds any of the possessor's words: a place ('Nairobi's'), a country ('Kenya's')
    or a person ('Obi's aide Tom Hart') is no employer."""
    return not any(s.start < end and start < s.end for s in sent.spans)
