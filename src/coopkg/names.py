"""Name matching for query parameters: whole words, any case, with or without accents.

SPARQL has no accent folding and its regular expressions (XPath) no word boundary, so a name
is turned into a portable regular expression instead: each letter becomes a class of its cases
and accented forms, words are joined by spaces or hyphens, and the ends are a start, an end or
a separator.  "Li" then matches "Li Wen" but not "Lian Qiu"; "jose" matches "José".
The same pattern runs in Python (rows for "did you mean") and in any SPARQL engine."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

_SEPARATOR = "[\\s\\-\u2010\u2013.,;:'\u2019\"()/]"
_SPECIAL = set("\\|.-^?*+{}()[]$")


def fold(text: str) -> str:
    """Lower case without accents: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def _accented() -> dict[str, str]:
    """Base letter → its accented forms in both cases (Latin-1 to Latin Extended-B)."""
    forms: dict[str, set[str]] = defaultdict(set)
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = fold(char)
        if len(base) == 1 and base.isascii() and base.isalpha():
            forms[base].add(char)
    return {base: "".join(sorted(chars)) for base, chars in forms.items()}


def _letter(char: str) -> str:
    base = fold(char)
    if len(base) == 1 and base.isascii() and base.isalpha():
        return f"[{base}{base.upper()}{_accented().get(base, '')}]"
    return "\\" + char if char in _SPECIAL else char


def words(text: str) -> list[str]:
    return re.findall(r"[^\s\-\u2010\u2013.,;:'\u2019\"()/]+", text)


def _body(text: str) -> str:
    parts = words(text)
    if not parts:
        raise ValueError("a name needs at least one letter or digit")
    return f"{_SEPARATOR}+".join("".join(_letter(c) for c in word) for word in parts)


def name_pattern(text: str) -> str:
    """Whole words of a name, anywhere in a label."""
    return f"(^|{_SEPARATOR}){_body(text)}($|{_SEPARATOR})"


def exact_pattern(text: str) -> str:
    """The whole label, in any case and with or without accents."""
    return f"^{_SEPARATOR}*{_body(text)}{_SEPARATOR}*$"


def matches(pattern: str, names: Iterable[str]) -> list[str]:
    compiled = re.compile(pattern)
    return [n for n in names if compiled.search(n)]


def did_you_mean(text: str, names: Iterable[str], limit: int = 3) -> list[str]:
    """The nearest known names, best first: each name is scored by its closest run of as many
    words as were asked for (so "Tokaev" finds "Kassym-Jomart Tokayev", and "test per" finds
    "Test Person" rather than every name containing "Test")."""
    from rapidfuzz import fuzz, process

    width = max(1, len(words(text)))
    windows: dict[str, set[str]] = defaultdict(set)
    for name in set(names):
        parts = words(fold(name))
        for i in range(max(1, len(parts) - width + 1)):
            windows[" ".join(parts[i:i + width])].add(name)
    best: dict[str, float] = {}
    for window, score, _ in process.extract(" ".join(words(fold(text))), list(windows),
                                            scorer=fuzz.ratio, limit=None, score_cutoff=60):
        for name in windows[window]:
            best[name] = max(best.get(name, 0.0), score)
    return sorted(best, key=lambda n: (-best[n], n))[:limit]
