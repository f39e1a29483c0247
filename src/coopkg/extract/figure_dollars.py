"""Which dollar a bare '$' or 'dollars' means.  International wires write the US dollar as '$'
and mark any other ('A$25 million'); the papers and governments of countries whose own currency
is the dollar write their own as '$' and mark the US one ('US$'). So a bare dollar is:
- the US dollar when the article names the US, or marks another dollar itself (the writer
  distinguishes, and its bare '$' is then the unmarked US one);
- else the dollar of a dollar country the story concerns (local_dollars.tsv) when the
  publisher is of that country: its address has the country's domain ('.com.fj'), or its name
  or address holds the country's name or demonym ('Fijilive', 'Jamaica Observer', 'Fijian
  Broadcasting'); a paper elsewhere writing about the country (an Indian daily on Canada) writes
  the US dollar as '$' like the wires; with no publisher known, the dollar country the story
  names most;
- else the US dollar."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc

_LOCAL = {row[1]: row[0] for row in lexicon.rows("local_dollars")}
BARE = frozenset({"$", "dollar", "dollars"})
# the currency words for a dollar other than the US one ('Australian dollars'), from currencies.tsv
_OTHER_WORDS = sorted(w for w, codes in lexicon.mapping("currencies").items()
                      if "dollar" in w and "USD" not in codes.split())
# another dollar marked as such: 'A$', 'NZ$', '$NZ15m', 'FJ$', 'NZD', '$NZD', 'Australian dollars'
_MARKED = re.compile(r"(?<![A-Za-z])(?:[A-Z]{1,3}\$|\$[A-Z]{1,2}(?=\d)|\$?(?:" +
                     "|".join(sorted(_LOCAL.values())) + r")\b)|"
                     r"(?i:\b(?:" + lexicon.alternation(_OTHER_WORDS) + r")\b)")


def local_dollar(ctx: Doc) -> str | None:
    """The code a bare '$' in this article means, when it is not the US dollar."""
    named = ctx.countries
    if "US" in named:
        return None
    local = [_LOCAL[c] for c in named if c in _LOCAL]
    if not local or _marks_other(ctx.article.text):
        return None
    host = urlparse(ctx.article.url).hostname or ""
    domain = host.rsplit(".", 1)[-1].upper() if "." in host else ""
    if _LOCAL.get(domain) in local:
        return _LOCAL[domain]
    if not host and not ctx.article.source:
        return local[0]  # no publisher known: the story's own dollar country
    return next((_LOCAL[c] for c in named if c in _LOCAL and _names_publisher(ctx, c, host)), None)


def _names_publisher(ctx: Doc, code: str, host: str) -> bool:
    """Whether the publisher's name or web address holds the country's name or its demonym
    ('Fijilive', 'guyanachronicle.com', 'Fijian Broadcasting Corporation')."""
    label = ctx.gaz.countries[code].label.lower() if code in ctx.gaz.countries else ""
    where = f"{ctx.article.source} {host}".lower()
    if label and label.replace(" ", "") in where.replace(" ", ""):
        return True
    return any(ctx.gaz.country_of_demonym(w) == code for w in re.findall(r"[A-Za-z]+", ctx.article.source))


def _marks_other(text: str) -> bool:
    """Whether the text writes some dollar other than the US one explicitly ('A$', 'NZD'):
    'US$' and 'US dollars' mark the US one and do not count."""
    return any(m.group(0) != "US$" for m in _MARKED.finditer(text))
