"""Entity resolution: one key (and so one IRI) and one label per real-world entity, whatever
the article calls it.  'Kazakh Foreign Ministry' and 'Ministry of Foreign Affairs of Kazakhstan'
share a key; 'SCO' is the Shanghai Cooperation Organization; suffix punctuation ('Co. Ltd.' /
'Co., Ltd.') and a leading 'The' do not split an entity.  Different names stay apart: there is
no fuzzy matching, only normalisation of forms that are the same name."""

from __future__ import annotations

import re

from coopkg.extract.facts import Org
from coopkg.extract.knownfirms import firm_of
from coopkg.extract.memo import by_text
from coopkg.extract.orgtypes import IGO_EXPANSIONS
from coopkg.reference import Gazetteer

_SPELLING = [(r"\bcentre\b", "center"), (r"\borganisation\b", "organization"),
             (r"\bco\.?,?\s+ltd\.?", "co ltd"), (r"\bco\.\s*$", "co"), (r"[.,’'\"“”]", ""),
             (r"\s+", " ")]
# Speed only: the same substitutions as bound methods of patterns compiled once (no cache
# lookup in `re` per call; bound methods, so cues.gate_modules leaves them ungated)
_SPELLING_SUBS = tuple((re.compile(pattern).sub, repl) for pattern, repl in _SPELLING)
_LEADING_THE = re.compile(r"^the\s+").sub
_MINISTRY_OF = re.compile(r"^(?:(?P<lead>[\w’'\-]+)\s+)?Ministry\s+of\s+(?P<topic>.+?)"
                          r"(?:\s+of\s+(?:the\s+)?(?P<tail>[A-Z][\w’'\- ]+))?$")
_X_MINISTRY = re.compile(r"^(?P<lead>[\w’'\-]+)\s+(?P<topic>(?:[A-Z][\w\-]+\s+){1,4})Ministry$")
_AFFAIRS = {"foreign", "internal", "home", "economic", "consumer", "veterans", "religious"}


@by_text
def name_key(name: str) -> str:
    """Speed only: cached by the name (a pure function of it, answering a str), and its
    substitutions precompiled (`_SPELLING_SUBS`, in `_SPELLING`'s order)."""
    key = name.lower().replace("’", "'")
    key = _LEADING_THE("", key)
    for sub, repl in _SPELLING_SUBS:
        key = sub(repl, key)
    return key.strip()


_DISPLAY_NAME_RE = re.compile(r"\bCo\.?,?\s+Ltd\.?$")


def display_name(name: str) -> str:
    """The written form with suffix punctuation made uniform, so equal keys give one label."""
    name = _DISPLAY_NAME_RE.sub("Co., Ltd.", name.replace("’", "'"))
    return name


_MINISTRY_RE = re.compile(r"[\s,]+")


def ministry(org: Org, gaz: Gazetteer) -> tuple[str, str] | None:
    """(key, label) for a national ministry, or None."""
    if org.type != "GovernmentBody" or not org.country:
        return None
    m = _MINISTRY_OF.match(org.name) or _X_MINISTRY.match(org.name)
    if not m:
        return None
    lead = m.group("lead")
    if lead and not (gaz.country_of_demonym(lead) or gaz.lookup(lead)):
        return None
    words = [w for w in _MINISTRY_RE.split(m.group("topic").strip()) if w]
    topic = [w for w in words if w.lower() not in ("and", "of", "the", "affairs")]
    if not topic:
        return None
    if len(topic) == 1 and topic[0].lower() in _AFFAIRS:
        topic_label = f"{topic[0].capitalize()} Affairs"
    else:
        topic_label = " ".join(w if w.lower() in ("and", "of", "the") or w.isupper()
                               else w[:1].upper() + w[1:] for w in m.group("topic").split())
    country = gaz.countries[org.country].label
    key = "ministry " + org.country.lower() + " " + " ".join(sorted(w.lower() for w in topic))
    return key, f"Ministry of {topic_label} of {country}"


def resolve_org(org: Org, gaz: Gazetteer) -> tuple[str, str]:
    """(key, label) for an organisation: one key for every way of writing it, the label as
    written (the gold, and researchers quoting the article, use the written name)."""
    expansion = IGO_EXPANSIONS.get(org.name)
    if expansion:
        return name_key(expansion), expansion
    found = ministry(org, gaz)
    if found:
        return found[0], display_name(org.name)
    firm = firm_of(org.name)  # 'Hyundai Motor Company' and 'Hyundai Motor': one firm, one key
    return name_key(firm.name if firm else org.name), display_name(org.name)


def other_names(org: Org, gaz: Gazetteer) -> set[str]:
    """Forms to store as aliases besides the label (the name as first written): the others the
    text used, and a ministry's uniform 'Ministry of X of Country', which every article naming
    that ministry shares, so a search finds it however each article wrote it."""
    found = ministry(org, gaz)
    return org.aliases | {org.name} | ({found[1]} if found else set())
