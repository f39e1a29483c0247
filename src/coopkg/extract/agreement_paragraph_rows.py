"""Lists of signed documents set one per paragraph, without bullets or numbers:

    The delegations signed the following agreements:

    Agreement on Economic and Technical Cooperation

    Letter of Exchange on the Project of X

Web copy of a press release often loses a list's bullets, leaving each row a paragraph that
opens on the document's name. Such a paragraph after a signing sentence that announces a list
(`agreement_rows.opens_list`) is a row of that list, as a bulleted one is; a row may go on with
sentences that describe the document ('... . A tourist complex will be built.'), which belong to
its paragraph and end no list.
"""

from __future__ import annotations

import re

from coopkg.extract.agreement_documents import kind_of
from coopkg.extract.doc import Sent

# what may stand before a row's document noun: an indefinite article and capitalised words of its
# name ('Strategic Cooperation Agreement', 'A memorandum'); 'The agreement was ...' is a sentence
_HEAD = re.compile(r"(?:An?\s+)?(?:[A-Z][\w\-’']*\s+){0,4}")


def paragraph_row(view: Sent, before: Sent, row: Sent | None) -> tuple[Sent, bool] | None:
    """The row `view` belongs to and whether it opens it: a sentence opening a paragraph of its
    own on a document's name opens a row, a later sentence of a row's paragraph goes on with it;
    None for any other sentence, which ends the list."""
    if row is not None and row.sentence.paragraph == view.sentence.paragraph:
        return row, False
    if before.sentence.paragraph == view.sentence.paragraph:
        return None
    text = view.text
    found = kind_of(text)
    if found is None or not text[:1].isupper() or not _HEAD.fullmatch(text[:found[1].start()]):
        return None
    return view, True
