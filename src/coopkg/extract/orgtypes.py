"""Organisation-type keywords: the generic gazetteer that decides whether a capitalised span is
an organisation and which coop class it gets."""

from __future__ import annotations

import re

# Checked in this order against the head of the name (the part before "of"/"on"/"for").
TYPE_KEYWORDS: list[tuple[str, tuple[str, ...]]] = [
    ("Incubator", ("incubator", "incubators", "accelerator", "technopark incubator")),
    ("MediaOutlet", ("times", "daily", "news", "post", "herald", "tribune", "gazette", "journal",
                     "television", "tv", "radio", "news agency", "press", "broadcasting",
                     "broadcasting corporation", "newspaper", "magazine")),
    ("University", ("university", "college", "polytechnic", "diplomatic academy", "school",
                    "conservatory")),
    ("Foundation", ("foundation", "fund")),
    ("ResearchInstitute", ("institute", "laboratory", "laboratories", "lab", "centre", "center",
                           "observatory", "academy of sciences", "academy of science",
                           "academy of agricultural sciences",
                           "academy", "think tank", "research", "technopark")),
    ("GovernmentBody", ("ministry", "department", "committee", "subcommittee", "commission",
                        "agency", "embassy", "consulate", "administration", "bureau",
                        "council", "parliament", "government", "senate", "authority", "customs",
                        "inspectorate", "cabinet", "presidency", "municipality", "prosecutor",
                        "court", "national bank", "central bank", "secretariat", "office",
                        "service", "mission")),
    ("Company", ("co.", "co", "ltd", "ltd.", "inc", "inc.", "llc", "jsc", "plc", "corp",
                 "corp.", "corporation", "company", "group", "holding", "holdings",
                 "enterprise", "enterprises", "bank", "gmbh", "airlines", "railways", "port",
                 "concern")),
    ("Organization", ("party", "park", "association", "society", "federation", "chamber",
                      "union", "club", "network", "alliance", "organization", "organisation",
                      "forum secretariat")),
]
IGO_NAME = re.compile(r"\b(intergovernmental|united nations|cooperation organi[sz]ation|"
                  r"treaty organi[sz]ation|association of [\w ]+ nations|economic union|"
                  r"european union|african union|commonwealth of independent states|"
                  r"development bank|infrastructure investment bank|world bank|"
                  r"monetary fund|world health organi[sz]ation|world trade organi[sz]ation|"
                  r"unesco|unicef|unesco|interpol)\b", re.I)
# Outlets written without a type word; a generic list, like country names.
KNOWN_MEDIA = {"xinhua": "CN", "reuters": "GB", "tass": "RU", "ria novosti": "RU", "sputnik": "RU",
               "kazinform": "KZ", "kabar": "KG", "akipress": "KG", "uza": "UZ", "montsame": "MN",
               "itar-tass": "RU", "interfax": "RU", "bloomberg": "US", "afp": "FR",
               "associated press": "US", "cgtn": "CN", "cctv": "CN", "people's daily": "CN",
               "global times": "CN", "china daily": "CN", "bbc": "GB", "the diplomat": None,
               "trend": "AZ", "apa": "AZ", "anadolu": "TR", "yonhap": "KR", "kyodo": "JP",
               "bernama": "MY", "antara": "ID", "vna": "VN", "irna": "IR", "wafa": "PS",
               "al jazeera": "QA", "dawn": "PK"}
KNOWN_IGO = {"sco", "asean", "brics", "cis", "eaeu", "cica", "nato", "wto", "imf", "un", "eu",
             "apec", "oecd", "opec", "cstc", "csto", "oic", "g20", "g7", "aiib", "adb", "unesco",
             "who", "unicef", "undp", "osce", "au", "saarc", "ecowas"}

_KEYWORD_INDEX = {kw: t for t, kws in TYPE_KEYWORDS for kw in kws}
_KEYWORD_RE = re.compile(
    r"(?<![\w])(" + "|".join(sorted((re.escape(k) for k in _KEYWORD_INDEX), key=len, reverse=True))
    + r")(?![\w])", re.I)


def keywords_in(text: str) -> list[str]:
    return [m.group(1).lower() for m in _KEYWORD_RE.finditer(text)]


def has_org_keyword(name: str) -> bool:
    words = name.split()
    # a type word must be capitalised in the name ("Foundation", not "foundation of trust")
    return any(kw for kw in keywords_in(name)
               if any(w.lower().rstrip(",") == kw.split()[-1] and w[:1].isupper() for w in words))


def head_of(name: str) -> str:
    return re.split(r"\s(?:of|on|for|under)\s", name, maxsplit=1)[0]


def classify(name: str) -> str:
    """The most specific coop class for an organisation name."""
    lower = name.lower()
    if lower in KNOWN_MEDIA:
        return "MediaOutlet"
    if lower in KNOWN_IGO or IGO_NAME.search(name):
        return "IntergovernmentalOrganization"
    for part in (head_of(name), name):
        found = set(keywords_in(part))
        for type_name, kws in TYPE_KEYWORDS:
            if found.intersection(kws):
                if type_name == "ResearchInstitute" and "academy" in found and \
                        not re.search(r"academy of (?:\w+ )?sciences?\b|sciences?", lower):
                    return "University"
                if type_name == "GovernmentBody" and "agency" in found and "news" in lower:
                    return "MediaOutlet"
                return type_name
    return "Organization"
