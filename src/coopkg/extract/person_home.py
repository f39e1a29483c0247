"""The country of a person the text gives none: the publisher's own (GOLD_FORMAT: a person's
country as for organisations — from the text, or from certain knowledge of a national outlet,
only when the article names that country).

National news writes its own officials without a demonym ('Prime Minister X', 'the
agriculture ministry's secretary X', 'Housing Minister X') and marks the foreign ones ('the
Nepali secretary Y', 'Emirati Minister of Investment Z').  So a person no cue, pairing or
affiliation placed is, in a story that names the publisher's country, of that country.  The
publisher is known from its name ('Egypt Today', 'The Nation (Thailand)'), from the country
code of its web address ('mfa.gov.rs', 'news.usm.my').  Not from a dateline: wire copy files
from abroad, and a sentence opening 'The ambassador to Chile, ...' reads as one."""

from __future__ import annotations

from urllib.parse import urlparse

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc
from coopkg.extract.orgattrs import publisher_country

# Country-code domains sold worldwide as generic names ('.tv', '.io'): a site there says
# nothing of where it publishes (lexicon/vanity_domains.tsv).
_VANITY = frozenset(lexicon.words("vanity_domains"))
# 'eltiempo.com.co', 'mfa.gov.to': a generic second level under the code is the country's own
_SECOND_LEVEL = frozenset({"com", "gov", "gob", "org", "edu", "net", "ac", "go", "or", "co", "mil"})


def web_country(doc: Doc) -> str | None:
    """The country whose code ends the article's web address ('www.mfa.gov.rs' → RS), when the
    story names that country."""
    labels = (urlparse(doc.article.url).hostname or "").split(".") if doc.article.url else []
    code = labels[-1] if len(labels) > 1 else ""
    if len(code) != 2 or code in _VANITY and labels[-2] not in _SECOND_LEVEL:
        return None
    upper = code.upper()
    return upper if upper in doc.countries else None


def home_people(doc: Doc) -> None:
    """Every person still without a country is the publisher's, when the publisher is known
    and the article names its country.  A weak rule: it runs after every stated cue and
    pairwise inference (nationality.person_countries), which it never overrides."""
    if all(person.country is not None for person in doc.people.values()):
        return
    home = publisher_country(doc) or web_country(doc)
    if home is None:
        return
    for person in doc.people.values():
        if person.country is None:
            person.country = home
