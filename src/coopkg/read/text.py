"""Plain-text articles: an optional `Key: value` header, or a page pasted from a website whose
metadata is one `Source: X | 2022-09-22 09:52:42 | Author: Y` line."""

from __future__ import annotations

import re
from datetime import date

from dateutil import parser as dateparser

from coopkg.read.article import Article, ReadError

_HEADER_KEYS = {"title", "source", "date", "author", "url", "published", "publisher"}
_HEADER_LINE = re.compile(r"^([A-Za-z]+):[ \t]*(.*)$")
_SOURCE_LINE = re.compile(r"^\s*Source:\s*(?P<source>[^|]+?)\s*\|\s*(?P<date>[^|]+?)\s*"
                          r"(?:\|\s*Author:\s*(?P<author>.*?))?\s*$", re.M)
# Lines after which a pasted page carries site furniture, not the article.
_TRAILER = re.compile(r"^\s*(Editor:|Top News\s*$|Related (?:News|Stories|Articles)\s*$|"
                      r"Share this|Copyright|©)", re.I | re.M)
_CAPTION = re.compile(r"\((?:PHOTO|Photo|IMAGE|Image)[^)]*\)\s*$")


def parse_date(value: str, origin: str) -> date:
    try:
        return dateparser.parse(value.strip(), fuzzy=False).date()
    except (ValueError, OverflowError) as exc:
        raise ReadError(f"{origin}: unreadable publication date {value.strip()!r}") from exc


def read_text(raw: str, origin: str, default_date: date | None = None) -> Article:
    if _SOURCE_LINE.search(raw[:2000]) and not _has_header(raw):
        return _read_pasted(raw, origin, default_date)
    return _read_with_header(raw, origin, default_date)


def _has_header(raw: str) -> bool:
    first = raw.lstrip().split("\n", 1)[0]
    match = _HEADER_LINE.match(first)
    return bool(match and match.group(1).lower() in _HEADER_KEYS)


def _read_with_header(raw: str, origin: str, default_date: date | None) -> Article:
    meta: dict[str, str] = {}
    lines = raw.lstrip("\ufeff").splitlines()
    index = 0
    while index < len(lines):
        match = _HEADER_LINE.match(lines[index])
        if not match or match.group(1).lower() not in _HEADER_KEYS:
            break
        meta[match.group(1).lower()] = match.group(2).strip()
        index += 1
    body = "\n".join(lines[index:]).strip()
    published = meta.get("date") or meta.get("published")
    return _article(body, origin, published, default_date, title=meta.get("title", ""),
                    source=meta.get("source") or meta.get("publisher", ""),
                    author=meta.get("author", ""), url=meta.get("url", ""))


def _read_pasted(raw: str, origin: str, default_date: date | None) -> Article:
    match = _SOURCE_LINE.search(raw)
    assert match is not None
    before = [ln.strip() for ln in raw[: match.start()].splitlines() if ln.strip()]
    title = before[-1] if before else ""
    body = raw[match.end():]
    trailer = _TRAILER.search(body)
    if trailer:
        body = body[: trailer.start()]
    return _article(body.strip(), origin, match.group("date"), default_date, title=title,
                    source=match.group("source").strip(),
                    author=(match.group("author") or "").strip())


def _article(body: str, origin: str, published: str | None, default_date: date | None,
             **meta: str) -> Article:
    if not body.strip():
        raise ReadError(f"{origin}: no article text")
    if published:
        when = parse_date(published, origin)
    elif default_date is not None:
        when = default_date
    else:
        raise ReadError(f"{origin}: no publication date (add a 'Date:' header or pass --date)")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    captions = tuple(p for p in paragraphs if _CAPTION.search(p))
    return Article(text="\n\n".join(paragraphs), published=when, origin=origin,
                   captions=captions, **meta)
