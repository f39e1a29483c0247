"""Documents of one kind a country holds with several partner countries, listed by partner:
'A has signed free trade agreements with B, C and D', 'A struck policing agreements with B and C
this year'. A document of a given kind between A and B is not the one between A and C, so English
that names the partners after 'with' names one document per partner (GOLD_FORMAT: individually
described documents are one entry each). A counted package ('signed three agreements with B and
C') stays an aggregate: its count is a figure, and which partner holds how many is not told.
Such lists are mostly a country's record, not the day's signing, so a document takes only a date
its own sentence gives."""

from __future__ import annotations

import re

from coopkg.extract.agreement_documents import kind_of
from coopkg.extract.agreement_links import Found
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref, When
from coopkg.extract.parties import sides

# the plural document noun is the verb's own object, with at most a few words that qualify it
# ('signed free trade agreements with'), and is followed right away by its partners' 'with'
_OBJECT_ONLY = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,3}$")
_WITH_AFTER = re.compile(r"\s+with\s")


def _country(ref: Ref) -> bool:
    return ref.kind == "place" and "/country/" in ref.key


def _is_partner_list(text: str, sign_end: int, kind_match: re.Match[str], subject: list[Ref],
                    others: list[Ref]) -> bool:
    """'A signed X agreements with B, C (and D)': one country before the verb, two or more other
    countries after the noun's own 'with', and no count or determiner between verb and noun (the
    regex admits lower-case qualifiers only, so 'three', 'the', 'several' fail elsewhere)."""
    if len(subject) != 1 or not _country(subject[0]) or len(others) < 2:
        return False
    if not all(_country(r) and r != subject[0] for r in others):
        return False
    between = text[sign_end:kind_match.start()]
    return bool(_OBJECT_ONLY.fullmatch(between) or not between.strip()) and \
        bool(_WITH_AFTER.match(text, kind_match.end()))


def _own_date(view: Sent, sign_start: int) -> When | None:
    """The date the sentence itself gives ('this year', 'in 2019'), else none: a partner list is
    a country's record, and the paper's month would make it a signing of the day."""
    dated = [d for d in view.dates if d.start > sign_start] or list(view.dates)
    return dated[0].when if dated else None


def partner_documents(ctx: Doc, view: Sent, sign: re.Match[str], kind_match: re.Match[str]) -> list[Found]:
    """'A has signed free trade agreements with B, C and D': one document per partner country,
    of the noun's kind, about what the noun's complement or qualifiers say, dated only by the
    sentence itself. The caller has ruled out a count before the noun."""
    subject, others = sides(ctx, view, sign.start())
    if not _is_partner_list(view.text, sign.end(), kind_match, subject, others):
        return []
    kind = kind_of(kind_match.group())[0]
    about = document_topic(view.text, kind_match.end(), kind_match.start()) or \
        view.text[sign.end():kind_match.start()].strip()  # 'free trade agreements' → 'free trade'
    when = _own_date(view, sign.start())
    return [Found(Agreement(subject + [other], when, kind, about, view.text, rule="agreement.partners"),
                  False, listed=True) for other in others]
