"""Plain records the extractor produces; `build` turns them into RDF.  Keeping them free of RDF
lets the rules be tested on their own and keeps extraction fast."""

from __future__ import annotations

from dataclasses import dataclass, field

from coopkg.extract.lexicon import confidence as rule_confidence


class _Ruled:
    """Every entity and fact names the rule that made it (lexicon/rules.tsv); its confidence is
    that rule's unless set explicitly (a later, weaker rule may lower it)."""

    rule: str
    confidence: float

    def __post_init__(self) -> None:
        if self.rule and not self.confidence:
            self.confidence = rule_confidence(self.rule)


@dataclass(frozen=True)
class When:
    """A date at the precision the text supports: '2021-09-20', '2021-09' or '2021'."""

    value: str
    inherited: bool = field(default=False, compare=False)  # from the visit, context or paper's date

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.value)]


@dataclass(frozen=True)
class Ref:
    """A pointer from a fact to an entity: an organisation or person by name, or a place IRI."""

    kind: str  # "org" | "person" | "place"
    key: str  # organisation/person name, or place IRI


@dataclass
class Org(_Ruled):
    name: str
    type: str  # local name of a coop class
    country: str | None = None
    region: str | None = None  # region IRI
    aliases: set[str] = field(default_factory=set)
    parent: str | None = None
    evidence: str = ""
    rule: str = ""
    confidence: float = 0.0


@dataclass
class Person(_Ruled):
    name: str
    role: str | None = None
    country: str | None = None
    affiliation: str | None = None
    evidence: str = ""
    rule: str = ""
    confidence: float = 0.0


@dataclass
class Agreement(_Ruled):
    parties: list[Ref]
    date: When | None
    kind: str
    topic: str
    evidence: str
    rule: str = ""
    confidence: float = 0.0


@dataclass
class Event(_Ruled):
    type: str  # Summit | StateVisit | Meeting | PressBriefing | Event
    label: str
    date: When | None
    participants: list[Ref]
    location: str | None  # place IRI
    evidence: str
    rule: str = ""
    confidence: float = 0.0


@dataclass
class Statement(_Ruled):
    speaker: Ref
    text: str
    date: When | None
    evidence: str
    rule: str = ""
    confidence: float = 0.0


@dataclass
class Figure(_Ruled):
    indicator: str
    value: float
    unit: str
    countries: list[str]
    period_start: When | None
    period_end: When | None
    change_percent: float | None
    evidence: str
    rule: str = ""
    confidence: float = 0.0


@dataclass
class Facts:
    countries: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)  # region IRIs
    towns: dict[str, tuple[str, str]] = field(default_factory=dict)  # iri → (label, country), unlisted
    orgs: list[Org] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # extractor components that failed
