"""Numbered lists of documents after a sentence that ends with a full stop: 'Kenya and Uganda
signed five memoranda on Tuesday.' or 'Two documents were signed in Nairobi.' followed by '1.
Memorandum of Understanding between A and B on X.' — publishers print the list of signed
documents as numbered paragraphs without an introducing colon; each item is one document."""

from __future__ import annotations

import re

from coopkg.extract.agreement_documents import is_plural
from coopkg.extract.agreement_links import date_near
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import When

_NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s+[A-Z]")
_DOCUMENTS = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"several|(?:a\s+)?(?:number|series|package)\s+of)\s+(?:\w+\s+)?documents\b", re.I)


def announced(ctx: Doc, view: Sent, sign: re.Match[str] | None, kind: tuple | None,
              previous: Sent | None) -> tuple[When | None, str | None] | None:
    """A signing sentence naming several documents ('signed five memoranda', 'Two documents were
    signed') may be followed by their numbered list: the date such items take, and the kind the
    plural noun gives an item that names none (a bare 'documents' gives none)."""
    if sign is None:
        return None
    if kind and is_plural(kind[1]):
        return date_near(ctx, view, sign.start(), previous), kind[0]
    if _DOCUMENTS.search(view.text):
        return date_near(ctx, view, sign.start(), previous), None
    return None


def starts_numbered(text: str, numbered: bool, after_number: bool) -> bool:
    """The sentence is a numbered item ('1. Memorandum ...'), or its number stood alone before
    it, or it is only that number."""
    return numbered or after_number or _NUMBERED_ITEM.match(text) is not None
