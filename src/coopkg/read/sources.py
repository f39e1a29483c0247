"""Where articles come from: files, directories, stdin; and the checks every input passes first."""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from coopkg.read.article import Article, ReadError
from coopkg.read.html import looks_like_html, read_html
from coopkg.read.text import read_text

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm"}
MAX_ARTICLE_BYTES = 5_000_000
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
         (codecs.BOM_UTF8, "utf-8-sig"))


def decode(data: bytes, origin: str) -> str:
    """UTF-8, or whatever a byte-order mark declares (editors on Windows save UTF-16 with one)."""
    codec = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if codec is None and b"\x00" in data[:8192]:
        raise ReadError(f"{origin}: binary file, not an article")
    try:
        text = data.decode(codec or "utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(f"{origin}: not {(codec or 'utf-8').upper()} text "
                        f"(byte {exc.start})") from exc
    if not text.strip():
        raise ReadError(f"{origin}: empty file")
    if "\x00" in text[:8192]:
        raise ReadError(f"{origin}: binary file, not an article")
    return text


def read_bytes(data: bytes, origin: str, default_date: date | None = None) -> Article:
    raw = decode(data, origin).replace("\r\n", "\n")
    if looks_like_html(raw):
        return read_html(raw, origin, default_date)
    return read_text(raw, origin, default_date)


def _read_limited(stream: BinaryIO, origin: str, max_bytes: int) -> bytes:
    """At most max_bytes (a bigger article would take minutes to extract), read no further
    than one byte past it, so /dev/zero or an endless pipe cannot fill memory."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ReadError(f"{origin}: larger than the article size limit of "
                        f"{max_bytes / 1e6:g} MB (raise it with --max-size)")
    return data


def read_path(path: str | Path, default_date: date | None = None,
              max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    if str(path) == "-":
        return read_bytes(_read_limited(sys.stdin.buffer, "<stdin>", max_bytes), "<stdin>",
                          default_date)
    path = Path(path)
    if path.is_dir():
        suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
        raise ReadError(f"{path}: no article files in this directory ({suffixes})")
    try:
        with path.open("rb") as stream:
            data = _read_limited(stream, str(path), max_bytes)
    except OSError as exc:
        raise ReadError(f"{path}: {exc.strerror or exc}") from exc
    return read_bytes(data, str(path), default_date)


@dataclass
class Found:
    """The article files named or found under the inputs, and the files passed over."""

    paths: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def find_articles(inputs: list[str]) -> Found:
    """Directories expand to their article files (sorted, so loads are reproducible); other
    files there are listed as skipped.  A directory holding no article file stays in `paths`,
    where reading it gives its one-line error; files and `-` are kept as given."""
    found = Found()
    for item in inputs:
        path = Path(item)
        if item == "-" or not path.is_dir():
            found.paths.append(item)
            continue
        files = [child for child in sorted(path.rglob("*")) if child.is_file()]
        articles = [str(f) for f in files if f.suffix.lower() in ARTICLE_SUFFIXES]
        found.paths.extend(articles or [item])
        found.skipped.extend(str(f) for f in files if f.suffix.lower() not in ARTICLE_SUFFIXES)
    return found


def iter_paths(inputs: list[str]) -> Iterator[str]:
    yield from find_articles(inputs).paths
