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
        """Identity across re-loads: the URL when known, else title, source and date.  An edited
        article keeps its key, so loading it again replaces its graph."""
        if self.url:
            return self.url
        if self.title:
            return "\x1f".join([self.title.strip().lower(), self.source.lower(),
                                self.published.isoformat()])
        return self.content_hash
