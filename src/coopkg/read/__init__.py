"""Reading articles: one reader per input kind, all producing an `Article`.

`read_path` picks the reader from the content (HTML, a `Key: value` header, or a raw pasted page
whose metadata sits on a `Source: X | date | Author: Y` line)."""

from coopkg.read.article import Article, ReadError
from coopkg.read.sources import iter_paths, read_bytes, read_path

__all__ = ["Article", "ReadError", "iter_paths", "read_bytes", "read_path"]
