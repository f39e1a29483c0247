"""The one intermediate representation of the extractor, in the shape of spaCy's `Doc`/`Span`:
an article split into sentences, typed spans that components add to each sentence (each tagged
with the rule that proposed it), and the entities the linking stage resolved those spans to.
Nothing here knows RDF; `Facts` are read off a finished `Doc`.

Span offsets are relative to their sentence's text: sentences are rebuilt from hard-wrapped
lines, so sentence-local offsets are the ones every rule can trust."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from coopkg.extract.cues import index
from coopkg.extract.dates import DateMention
from coopkg.extract.facts import Org, Person, Ref
from coopkg.extract.sentences import Sentence
from coopkg.read.article import Article
from coopkg.reference import Gazetteer, Place

ORG, PERSON, PLACE = "ORG", "PERSON", "PLACE"
LABEL_OF_KIND = {"org": ORG, "person": PERSON, "place": PLACE}


@dataclass(frozen=True)
class Span:
    """A typed stretch of one sentence: `label` is ORG, PERSON or PLACE; `ref` the entity it was
    linked to; `name` that entity's label (a place's name even where the text has an adjective);
    `rule` the rule id (lexicon/rules.tsv) that proposed it."""

    start: int
    end: int
    ref: Ref
    name: str
    rule: str = ""

    @property
    def label(self) -> str:
        return LABEL_OF_KIND[self.ref.kind]


@dataclass(frozen=True)
class Dropped:
    """A candidate span the overlap policy turned down, and why: kept for debugging rules."""

    span: Span
    lost_to: Span
    reason: str


@dataclass
class Sent:
    sentence: Sentence
    spans: list[Span] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    person_candidates: list | None = None  # people.find_people's output, computed once

    @cached_property
    def text(self) -> str:  # read thousands of times per article: a plain attribute after the first
        return index(self.sentence.text)  # and read by every rule: its cue set found once

    def refs(self, kind: str) -> list[Ref]:
        seen: list[Ref] = []
        for m in self.spans:
            if m.ref.kind == kind and m.ref not in seen:
                seen.append(m.ref)
        return seen

    def taken(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.spans]

    def undated(self, start: int, end: int) -> str:
        """The text in [start, end) without the dates inside it: 'Ghana on Wednesday, 25 August
        2021 signed' puts a date, not another clause, between the subject and its verb."""
        text = self.text[start:end]
        for d in self.dates:
            if start <= d.start and d.end <= end:
                text = text.replace(self.text[d.start:d.end], " ")
        return text


@dataclass
class Doc:
    article: Article
    gaz: Gazetteer
    countries: list[str]  # by mention count, most mentioned first
    dateline: str | None = None  # country of the dateline place ("BISHKEK, June 6 --")
    sents: list[Sent] = field(default_factory=list)
    captions: list[Sent] = field(default_factory=list)
    orgs: dict[str, Org] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # lower alias → org name
    regions: set[str] = field(default_factory=set)
    local_places: dict[str, Place] = field(default_factory=dict)  # iri → a town no gazetteer lists
    dropped: list[Dropped] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # components that failed, and why

    def pair(self) -> list[str]:
        """The two countries an article is about, for 'the two countries', 'both sides'."""
        return self.countries[:2]

    def country_iri(self, code: str) -> str:
        return self.gaz.countries[code].iri
