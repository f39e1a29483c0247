"""HTML pages: trafilatura finds the main text and the page's own metadata."""

from __future__ import annotations

from datetime import date

from coopkg.read.article import Article, ReadError
from coopkg.read.text import _article


def looks_like_html(raw: str) -> bool:
    head = raw.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<head" in head


def read_html(raw: str, origin: str, default_date: date | None = None) -> Article:
    import trafilatura

    found = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    doc = found.as_dict() if hasattr(found, "as_dict") else found  # a Document since 1.9
    if not doc or not (doc.get("text") or "").strip():
        raise ReadError(f"{origin}: no article text found in the HTML")
    text = doc["text"].replace("\n", "\n\n")
    return _article(text, origin, doc.get("date"), default_date,
                    title=doc.get("title") or "", source=doc.get("sitename") or "",
                    author=doc.get("author") or "", url=doc.get("url") or "")
