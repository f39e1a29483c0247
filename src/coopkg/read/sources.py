"""Where articles come from: files, directories, stdin; and the checks every input passes first."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from coopkg.read.article import Article, ReadError
from coopkg.read.html import looks_like_html, read_html
from coopkg.read.text import read_text

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm"}


def decode(data: bytes, origin: str) -> str:
    if not data.strip():
        raise ReadError(f"{origin}: empty file")
    if b"\x00" in data[:8192]:
        raise ReadError(f"{origin}: binary file, not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(f"{origin}: not UTF-8 text (byte {exc.start})") from exc


def read_bytes(data: bytes, origin: str, default_date: date | None = None) -> Article:
    raw = decode(data, origin).replace("\r\n", "\n")
    if looks_like_html(raw):
        return read_html(raw, origin, default_date)
    return read_text(raw, origin, default_date)


def read_path(path: str | Path, default_date: date | None = None) -> Article:
    if str(path) == "-":
        return read_bytes(sys.stdin.buffer.read(), "<stdin>", default_date)
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: {exc.strerror or exc}") from exc
    return read_bytes(data, str(path), default_date)


def iter_paths(inputs: list[str]) -> Iterator[str]:
    """Expand directories (sorted, so loads are reproducible); keep files and `-` as given."""
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
                    yield str(child)
        else:
            yield item
