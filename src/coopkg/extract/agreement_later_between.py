"""The organisations a document's purpose clause names after 'between' are its parties, before
the countries of the people who signed it: 'a memorandum was signed by minister A and minister B
to increase investments between the X Authority and the Y Agency' / 'An agreement was signed by
A and B on cooperation between the X Ports Authority and the Y Railways'.  Only two named
organisations count there ('trade between Kenya and Uganda' says what the document is about, not
who signed it), and only in the document's own clause (no ';', no second document noun)."""

from __future__ import annotations

import re

from coopkg.extract.agreement_documents import KIND_RE
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Ref
from coopkg.extract.parties import between_in

_BETWEEN = re.compile(r"\bbetween\s")


def later_between(ctx: Doc, view: Sent, kind_end: int) -> list[Ref]:
    text = view.text
    m = _BETWEEN.search(text, kind_end)
    if m is None or ";" in text[kind_end:m.start()] or KIND_RE.search(text, kind_end, m.start()):
        return []
    found = between_in(ctx, view, m.start(), len(text))
    return found[:2] if len(found) >= 2 and all(r.kind == "org" for r in found[:2]) else []
