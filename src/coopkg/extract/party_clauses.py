"""Where the subject and the 'with' object of a signing verb stop: two shapes of English that put
another noun phrase between the verb and its true party.

- An apposition after the subject: 'X (XC), a wholly owned subsidiary of Y, signed a deal with Z',
  'X, a Nairobi-based firm, signed'. The apposition only describes X; the body or place named
  inside it ('of Y', 'Nairobi-based', 'a Chinese company') is no signer, so the subject is the
  name before the apposition.
- A second verb coordinated after the signing: 'arrived to sign the accord and meet with X',
  'signed the deal and held talks with X'. That 'with' belongs to the second verb (who was met,
  not the other side of the document: `lexicon/company_verbs.tsv`), so it names no party.
- A 'with' that opens a purpose: 'signed an MoU with a view to opening a college in X', 'with the
  aim of boosting trade with Y' (`lexicon/purpose_with_nouns.tsv`). It says what the signers
  want; a place or body inside it is no counterpart.
- A 'with' that opens the document itself: 'concluded their talks, with a memorandum signed in
  X'. The absolute phrase tells what came with the verb's act; its head is the document, so the
  place where it was signed is no counterpart."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Sent

# ', a wholly owned subsidiary of Y,' / ', the parent company of Y,' right before the verb: a
# determiner and lower-case words before a preposition (a capitalised 'the Ministry of ...'
# would be the body renamed, not described)
_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){1,4}?(?:of|to|for|under|within)\s+"
                      r"[^,;]{2,120},\s*$")
# ', a Nairobi-based firm,' / ', a Chinese state-owned company,' right before the verb: a
# determiner, up to four modifiers (demonyms and '-based' places among them) and a noun of
# organisation type (lexicon/org_descriptors.tsv) say what X is; the place in it signs nothing
_DESCRIBED = re.compile(rf",\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\w\-’']+\s+){{0,4}}?"
                        rf"{lexicon.word_pattern('org_descriptors')},\s*$")
_ACRONYM_GAP = re.compile(r"(?:\s*\([\"“]?[A-Z][\w\-]{1,12}[\"”]?\))?")
_PURPOSE = re.compile(rf"(?:an?\s+|the\s+)?{lexicon.word_pattern('purpose_with_nouns')}\b")
_KINDS = "|".join(p for _k, p in lexicon.rows("agreement_kinds"))
# 'with a historic memorandum of understanding inked ...': lower-case modifiers and the noun (the
# caller's match may have taken 'the' already); a capitalised name ('the Treaty Secretariat') is a body
_DOCUMENT_HEAD = re.compile(rf"(?=[a-z])(?:(?:an?|the)\s+)?(?:[a-z][\w\-]*\s+){{0,3}}?(?i:{_KINDS})\b")
_COMPANY = re.compile(rf"\band\s+(?:to\s+)?(?:also\s+)?{lexicon.word_pattern('company_verbs')}\b")


def apposition_start(view: Sent, verb: int) -> int | None:
    """Where a descriptive apposition between a named body or place and the verb at `verb`
    begins: the subject ends there, and the names inside the apposition only describe it."""
    m = _APPOSED.search(view.text, 0, verb) or _DESCRIBED.search(view.text, 0, verb)
    if not m or m.end() != verb and view.text[m.end():verb].strip():
        return None
    for span in view.spans:
        if span.ref.kind in ("org", "place") and span.end <= m.start() and \
                _ACRONYM_GAP.fullmatch(view.text[span.end:m.start()]):
            return m.start()
    return None


def other_verb_between(text: str, verb: int, with_at: int) -> bool:
    """A coordinated verb of meeting or talking stands between the signing verb and 'with': the
    'with' is that verb's, not the signing's ('to sign the accord and meet with X')."""
    return bool(_COMPANY.search(text, verb, with_at))


def no_counterpart_after(text: str, verb: int, with_match: re.Match[str]) -> bool:
    """The 'with' after the signing verb names no other side: it belongs to a coordinated verb of
    meeting, opens a purpose ('with a view to', 'with an interest in') or the document itself ('with
    a memorandum signed in X')."""
    return other_verb_between(text, verb, with_match.start()) or \
        _PURPOSE.match(text, with_match.end()) is not None or \
        _DOCUMENT_HEAD.match(text, with_match.end()) is not None
