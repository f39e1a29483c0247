"""Earlier documents an article names by a title that holds both countries ('Since 2005, the
Kenya-Ghana Free Trade Agreement is in force', 'Under the Peru Chile Treaty of Peace, ...'):
the gold counts such a document as an agreement between the two countries of its name, though
no sentence reports its signing. Only a title in force, applied or ratified counts, or one
reaching an anniversary ('reaching its 20th anniversary in 2025', dated by subtraction); one under
negotiation or proposed does not exist yet."""

from __future__ import annotations

import re

from coopkg.extract.agreement_documents import kind_of
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref, When
from coopkg.extract.sentence_gates import needs

_TITLE_NOUN = re.compile(r"(?:[A-Z][\w\-’']*[\s\-–]+){2,8}?"
                         r"(?P<noun>Agreement|Treaty|Accord|Convention|Pact)\b")
_IN_FORCE = re.compile(r"\b(?:in\s+force|into\s+force|into\s+effect|took\s+effect|under\s+the|ratified|"
                       r"implementation\s+of|provisions\s+of|signed\s+in\s+\d{4})\b", re.I)
# 'the A-B Economic Partnership Agreement ..., reaching its 20th anniversary in 2025': a document
# with an anniversary exists, and the anniversary dates it
_OWN_ANNIVERSARY = re.compile(r"\bits\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary"
                              r"(?:\s+in\s+(?P<year>(?:19|20)\d\d))?", re.I)
_NOT_YET = re.compile(r"\b(?:negotiat\w*|propos\w*|draft\w*|would|will|talks\s+on|plans?\s+to|"
                      r"expected|future|aim\w*\s+to|hop\w*)\b", re.I)


@needs("_IN_FORCE", "_OWN_ANNIVERSARY")
def named_in_force(ctx: Doc, view: Sent, previous: Sent | None) -> list[Found]:
    """The titled document the sentence says is in force or applied, between the two countries
    its title names."""
    aged = _OWN_ANNIVERSARY.search(view.text)
    if not (_IN_FORCE.search(view.text) or aged) or _NOT_YET.search(view.text):
        return []
    for m in _TITLE_NOUN.finditer(view.text):
        countries = _countries_in(ctx, view, m.start(), m.start("noun"))
        if len(countries) != 2:
            continue
        found = kind_of(m.group("noun"))
        kind = found[0] if found else "agreement"
        title = view.text[m.start():m.end()]
        when = _made(ctx, aged) if aged and aged.start() > m.end() else \
            date_near(ctx, view, m.start(), previous)
        return [Found(Agreement(countries, when, kind, title,
                                view.text, rule="agreement.named"), True)]
    return []


def _made(ctx: Doc, aged: re.Match[str]) -> When:
    """The year a document was made: that of its anniversary (else of publication) less its age."""
    year = int(aged.group("year")) if aged.group("year") else ctx.article.published.year
    return When(str(year - int(aged.group("n"))))


def _countries_in(ctx: Doc, view: Sent, start: int, end: int) -> list[Ref]:
    refs = [s.ref for s in view.spans if start <= s.start < end and s.ref.kind == "place"
            and "/country/" in s.ref.key]
    return list(dict.fromkeys(refs))
