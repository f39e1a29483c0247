"""Short names a writer defines in brackets that are no acronym: 'the Export-Import Bank of Kenya
(Kenya Exim Bank)', 'the Export-Import Bank of the United States (Ex-Im Bank)'.  The bracket
restates the body just named in the form the article will use again, so the shorter name is an
alias of the longer one, never a second body.  Acronyms are read elsewhere (orgacronyms.py)."""

from __future__ import annotations

from coopkg.extract.doc import Doc
from coopkg.extract.facts import Org
from coopkg.extract.orgfilters import is_country_name
from coopkg.extract.orgtypes import has_org_keyword


def bracketed_owner(doc: Doc, org: Org) -> Org | None:
    """The longer body named right before '(<org's name>)', when the short name ends in a type
    word ('Bank', 'University') that the long name also holds: 'Kenya Exim Bank' of 'the
    Export-Import Bank of Kenya', not a partner named in brackets ('X (a unit of Y Group)'); the
    type word may be followed by the owner's country ('EXIM Bank Kenya'), as firms write it."""
    words = _without_country_end(org.name.split())
    if len(words) < 2 or not has_org_keyword(words[-1]):
        return None
    bracket = f"({org.name})"
    for sent in doc.sents:
        at = sent.text.find(bracket)
        if at < 0:
            continue
        for span in sent.spans:
            owner = doc.orgs.get(span.ref.key) if span.ref.kind == "org" else None
            written = sent.text[span.start:span.end]
            if written.isupper() and " " not in written:
                continue  # 'PBC (Peru Broadcasting Corporation)': the bracket spells an acronym out
            if owner is not None and owner is not org and not sent.text[span.end:at].strip() and \
                    len(owner.name) > len(org.name) and \
                    words[-1].lower() in owner.name.lower().split():
                return owner
    return None


def _without_country_end(words: list[str]) -> list[str]:
    """'Exim Bank Kenya' → 'Exim Bank': the short name's type word before a closing country."""
    for n in (2, 1):
        if len(words) > n + 1 and is_country_name(" ".join(words[-n:])):
            return words[:-n]
    return words
