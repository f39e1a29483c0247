"""Refusing SPARQL that would make the process fetch from elsewhere (`SERVICE`, `LOAD`).

pyoxigraph follows `SERVICE <url>` and `LOAD <url>` (including `file:` IRIs) with its own HTTP
client, which Python cannot intercept, so the text is checked before it reaches the store.  The
check is lexical: strings, IRIs, comments and escaped characters are skipped and the keyword
anywhere else (including as a prefix, `SERVICE:x`, which pyoxigraph reads as `SERVICE :x`) is
refused.  It errs on the side of refusing: a malformed literal exposes its contents to the check,
and the text is checked both as written and with its \\u escapes decoded, since SPARQL 1.1
(§19.2) allows them anywhere though pyoxigraph honours them only inside IRIs and strings."""

from __future__ import annotations

import re

OUTBOUND_KEYWORDS = ("SERVICE", "LOAD")

# What hides a keyword: IRIs, strings, comments, \-escapes (possessive: no backtracking).
_HIDDEN = re.compile("|".join([
    r"""<[^<>"{}|^`\\\x00-\x20]*+>""",
    r'"""[^"\\]*+(?:(?:\\.|"(?!""))[^"\\]*+)*+"""',
    r"'''[^'\\]*+(?:(?:\\.|'(?!''))[^'\\]*+)*+'''",
    r'"[^"\\\n\r]*+(?:\\.[^"\\\n\r]*+)*+"',
    r"'[^'\\\n\r]*+(?:\\.[^'\\\n\r]*+)*+'",
    r"#[^\n\r]*+",
    r"\\.",
]), re.DOTALL)
# A keyword is a word of its own: not part of a variable (?x), a prefixed or local name (ex:x)
# or a hyphenated name; `SERVICE:x` counts, since pyoxigraph reads it as `SERVICE :x`.  (The
# text is lower-cased first: a case-insensitive pattern with a look-behind is ~10x slower.)
_KEYWORD = re.compile("(" + "|".join(k.lower() for k in OUTBOUND_KEYWORDS) + r")(?![\w\-\u00b7])")
_NOT_BEFORE = re.compile(r"[\w:\u00b7?$\-]")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class OutboundRefused(ValueError):
    """The text asks for a fetch from another server or file and fetching is not enabled."""


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: _codepoint(m.group(1) or m.group(2)), text)


def _codepoint(hexdigits: str) -> str:
    value = int(hexdigits, 16)
    return chr(value) if value <= 0x10FFFF else "\ufffd"


def outbound_keywords(text: str) -> list[str]:
    """The fetching keywords (upper case, in order of first use) that the text uses as keywords."""
    found: list[str] = []
    for variant in (text, _unescape(text)):
        visible = _HIDDEN.sub(" ", variant.lower())
        for match in _KEYWORD.finditer(visible):
            start, word = match.start(), match.group(1).upper()
            if word not in found and not (start and _NOT_BEFORE.match(visible[start - 1])):
                found.append(word)
    return found


SERVER_HINT = "this server makes no outbound requests (start it with --allow-service to let " \
    "queries fetch from other servers)"
COMMAND_HINT = "coopkg makes no outbound requests (give --allow-service to let the query " \
    "fetch from other servers)"


def refuse_outbound(text: str, allowed: bool = False, hint: str = SERVER_HINT) -> None:
    """Raise OutboundRefused when the text would fetch and fetching is not `allowed`; `hint`
    names the flag that allows it where the text came from (server or command line)."""
    found = [] if allowed else outbound_keywords(text)
    if found:
        raise OutboundRefused(f"{' and '.join(found)} refused: {hint}")
