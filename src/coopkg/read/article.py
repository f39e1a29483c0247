"""The unit every later stage works on: body text plus the metadata that anchors relative dates."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


class ReadError(ValueError):
    """An input that cannot become an article; the message is one line, fit for a CLI."""


@dataclass(frozen=True)
class Article:
    text: str
    published: date
    title: str = ""
    source: str = ""
    author: str = ""
    url: str = ""
    origin: str = ""  # file name or "<stdin>", for messages only
    captions: tuple[str, ...] = field(default=())

    @property
    def content_hash(self) -> str:
        """Changes whenever anything we extract from could change."""
        parts = [self.text, self.published.isoformat(), self.title, self.source, self.author, self.url]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """Identity across re-loads: the URL when known, so an edited article replaces its
        graph.  Without a URL, title, source and date do not tell two articles apart (two
        briefings titled "Press conference" on one day), so the content is the identity: an
        edited copy is a new article."""
        return self.url or self.content_hash
