"""The coopkg vocabulary and the minting of instance IRIs.

Every ontology term is reached through `COOP`, a DefinedNamespace with `_fail = True`, so a typo
raises instead of silently minting a new IRI.  The term list is generated from the ontology by
`python -m coopkg.vocabgen`; a test keeps the two in step.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

COOP_NS = "https://w3id.org/coopkg/ontology#"
CID_NS = "https://w3id.org/coopkg/id/"
CID = Namespace(CID_NS)
ONTOLOGY_GRAPH = URIRef(CID_NS + "graph/ontology")
REFERENCE_GRAPH = URIRef(CID_NS + "graph/reference")
CORRECTIONS_GRAPH = URIRef(CID_NS + "graph/corrections")  # coopkg correct writes it


class COOP(DefinedNamespace):
    _NS = Namespace(COOP_NS)
    _fail = True

    # BEGIN GENERATED TERMS
    Agreement: URIRef
    Article: URIRef
    Company: URIRef
    Correction: URIRef
    Country: URIRef
    DescribedBody: URIRef
    Event: URIRef
    FactPattern: URIRef
    Figure: URIRef
    Foundation: URIRef
    GovernmentBody: URIRef
    Incubator: URIRef
    IntergovernmentalOrganization: URIRef
    MediaOutlet: URIRef
    Meeting: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    PressBriefing: URIRef
    Region: URIRef
    ResearchInstitute: URIRef
    StateVisit: URIRef
    Statement: URIRef
    Summit: URIRef
    University: URIRef
    adds: URIRef
    affiliation: URIRef
    alias: URIRef
    articleDate: URIRef
    articleTitle: URIRef
    changePercent: URIRef
    concerns: URIRef
    condition: URIRef
    confidence: URIRef
    contentHash: URIRef
    correctsArticle: URIRef
    country: URIRef
    countryPair: URIRef
    date: URIRef
    dateInherited: URIRef
    demonym: URIRef
    evidence: URIRef
    factType: URIRef
    importedFrom: URIRef
    indicator: URIRef
    involves: URIRef
    isoCode: URIRef
    kind: URIRef
    locatedIn: URIRef
    location: URIRef
    mentions: URIRef
    mentionsPair: URIRef
    partOf: URIRef
    participant: URIRef
    party: URIRef
    periodEnd: URIRef
    periodStart: URIRef
    reason: URIRef
    retracts: URIRef
    role: URIRef
    rule: URIRef
    speaker: URIRef
    subOrganizationOf: URIRef
    text: URIRef
    topic: URIRef
    tripleCount: URIRef
    unit: URIRef
    url: URIRef
    value: URIRef
    # END GENERATED TERMS


def slug(text: str) -> str:
    """A readable, stable IRI segment: ASCII, lower case, hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def short_hash(*parts: str, length: int = 12) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def country_iri(alpha2: str) -> URIRef:
    return CID[f"country/{alpha2.upper()}"]


def region_iri(code: str) -> URIRef:
    return CID[f"region/{code.upper()}"]


def entity_iri(kind: str, key: str) -> URIRef:
    """IRIs of organisations and people come from their resolved key, so that two articles
    naming the same entity meet on one node."""
    return CID[f"{kind}/{slug(key)}"]


def article_iri(key: str) -> URIRef:
    return CID[f"article/{short_hash(key, length=16)}"]


def fact_iri(kind: str, article: URIRef, index: int) -> URIRef:
    return CID[f"{kind}/{str(article).rsplit('/', 1)[-1]}-{index}"]
