"""A document named again by its bare definite noun: 'The agreement was signed during a visit to
X to draw investors', 'Addressing guests at the signing of the agreement, A noted that ...',
'The signing of the deal follows ...'.  English refers back to a document already reported
with 'the' and the noun alone; such a noun has no complement of its own ('on X', 'for X',
'between A and B'), so whatever purpose or clause the sentence adds is not the document's subject
and cannot make it a second document (agreement_links._antecedent)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon

_KINDS = "|".join(p for _k, p in lexicon.rows("agreement_kinds"))
_DOCUMENT = re.compile(rf"\b(?:{_KINDS})\b", re.I)
# 'the agreement', 'the signing of the agreement', 'this MoU': the article and the noun alone
_BARE_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:(?:signing|conclusion)\s+of\s+the\s+)?$", re.I)
# what may follow a noun that has no complement: a clause's punctuation or its finite verb
# or an adverbial of the signing's time or occasion ('signed the document during a videoconference
# on May 3', 'the deal yesterday', 'the MoU on Monday'), which names no other document
_BARE_AFTER = re.compile(r"\s*[,.;:]|\s*$|\s+(?:was|were|is|are|has|have|had|will|would|also|"
                         r"further|comes|came|paves|paved|marks|marked|during|amid|following|via|"
                         r"yesterday|today|earlier|in\s+the\s+presence\s+of|"
                         rf"(?:on|last|this)\s+(?:{lexicon.WEEKDAY_NAMES}|{lexicon.MONTH_NAMES}))\b", re.I)


def bare_mention(evidence: str) -> bool:
    """The sentence's first document noun is a bare definite one: 'The agreement was signed
    during ...', 'the signing of the agreement, ...' (not 'the agreement on X', not 'the trade
    agreement', not 'an agreement')."""
    m = _DOCUMENT.search(evidence)
    return bool(m and _BARE_BEFORE.search(evidence, 0, m.start()) and _BARE_AFTER.match(evidence, m.end()))
