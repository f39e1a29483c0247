"""The extractor as an ordered pipeline of components over one `Doc`, spaCy-style: span
components add typed spans, linking resolves them to entities, relation components read spans
and produce facts.  Each component is isolated: an exception in one costs that component's
output for this article, is recorded on the Doc (and logged), and never loses the article."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from coopkg.extract import (
    described_bodies,
    entities,
    linking,
    lone_names,
    nationality,
    orgaliases,
    orgattrs,
    orgcontext,
    orgcredits,
    orgdefined,
    orgdescribed_acronyms,
    orgemployers,
    orglists,
    orgmissions,
    orgoffices,
    orgprograms,
    orgtails,
    orgunits,
    person_home,
    person_nouns,
    person_variants,
    place_unlisted,
    titled_surnames,
)
from coopkg.extract.agreements import find_agreements
from coopkg.extract.doc import Doc
from coopkg.extract.events import find_events
from coopkg.extract.facts import Facts
from coopkg.extract.figures import find_figures
from coopkg.extract.statements import find_statements
from coopkg.read.article import Article
from coopkg.reference import Gazetteer

log = logging.getLogger("coopkg.extract")

# (name, component) in the order they run; names are what errors and docs refer to.
SPAN_COMPONENTS: list[tuple[str, Callable[[Doc], None]]] = [
    ("dates", entities.dates),
    ("organisations", entities.organisations),
    ("credits", orgcredits.credits),
    ("people", entities.people),
    ("places", entities.places),
    ("unlisted_places", place_unlisted.unlisted_places),
    ("short_person_names", linking.short_person_names),
    ("titled_surnames", titled_surnames.titled_surnames),
    ("lone_names", lone_names.lone_names),
    ("adjective_nouns", person_nouns.adjective_nouns),
    ("later_mentions", linking.later_mentions),
    ("name_variants", person_variants.name_variants),
    ("orgs_from_context", orgcontext.orgs_from_context),
    ("person_employers", orgemployers.person_employers),
    ("defined_names", orgdefined.defined_names),
    ("described_acronyms", orgdescribed_acronyms.described_acronyms),
    ("industry_named_firms", orgtails.industry_named_firms),
    ("listed_firms", orglists.listed_firms),
    ("diplomatic_missions", orgmissions.diplomatic_missions),
    ("repeated_org_names", linking.repeated_org_names),
    ("titled_programmes", orgprograms.titled_programmes),
    ("one_entity_per_key", linking.one_entity_per_key),
    ("university_units", orgunits.university_units),
    ("parent_bodies", orgunits.parent_bodies),
    ("dateline", linking.dateline),
    ("office_countries", orgoffices.office_countries),
    ("affiliations", linking.affiliations),
    ("person_countries", nationality.person_countries),
    # last: a guess for bodies nothing placed, which people's countries must not build on
    ("home_country", orgattrs.home_country),
    # a body placed only now may share its key with another form ('the Ministry of Foreign
    # Affairs' of a dateline's country): one entity, or the store would get one node two labels
    ("placed_entities", linking.one_entity_per_key),
]
RELATION_COMPONENTS: list[tuple[str, Callable[[Doc], list[Any]]]] = [
    ("agreements", find_agreements),
    ("events", find_events),
    ("statements", find_statements),
    ("figures", find_figures),
]
# Run once the relations are found: they may use what these take away.
FINISHING_COMPONENTS: list[tuple[str, Callable[[Doc], None]]] = [
    # a guess the relations must not build on ('Interior Ministers A and B signed' pairs the
    # two sides; two guessed compatriots would make one)
    ("home_people", person_home.home_people),
    ("countries_in_article", linking.countries_in_article),
    ("org_short_forms", orgaliases.short_forms),
    # last: the relations treat a described body like any other (see the module)
    ("described_bodies", described_bodies.described_bodies),
]


def _guarded(doc: Doc, name: str, component: Callable[[Doc], Any], default: Any = None) -> Any:
    try:
        return component(doc)
    except Exception as exc:  # noqa: BLE001 — any rule defect costs its own output only
        doc.errors.append(f"{name}: {type(exc).__name__}: {exc}")
        log.warning("extractor component %s failed on %s: %s", name, doc.article.origin, exc)
        return default


def annotate(article: Article, gaz: Gazetteer) -> Doc:
    """The article as a Doc with every span component applied."""
    doc = entities.new_doc(article, gaz)
    for name, component in SPAN_COMPONENTS:
        _guarded(doc, name, component)
    return doc


def run(article: Article, gaz: Gazetteer) -> tuple[Doc, Facts]:
    doc = annotate(article, gaz)
    results = {name: _guarded(doc, name, component, []) for name, component in RELATION_COMPONENTS}
    for name, component in FINISHING_COMPONENTS:
        _guarded(doc, name, component)
    facts = Facts(
        countries=set(doc.countries),
        regions=set(doc.regions),
        towns={iri: (p.label, p.country) for iri, p in doc.local_places.items()},
        orgs=list(doc.orgs.values()),
        people=list(doc.people.values()),
        agreements=results["agreements"],
        events=results["events"],
        statements=results["statements"],
        figures=results["figures"],
        errors=list(doc.errors),
    )
    return doc, facts
