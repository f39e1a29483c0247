"""One pass over an article that finds every entity mention, sentence by sentence; the fact rules
(agreements, events, statements, figures) then read these mentions instead of re-parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coopkg.extract.dates import DateMention, find_dates
from coopkg.extract.facts import Org, Person, Ref
from coopkg.extract.orgs import (
    acronym_after,
    attribute,
    described_orgs,
    find_org_mentions,
    make_org,
    parent_after,
    parent_of,
)
from coopkg.extract.people import PRONOUNS, find_people, resolve_short
from coopkg.extract.places import article_countries, find_places
from coopkg.extract.sentences import Sentence, split_sentences
from coopkg.read.article import Article
from coopkg.reference import Gazetteer


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    ref: Ref
    label: str


@dataclass
class SentenceView:
    sentence: Sentence
    mentions: list[Mention]
    dates: list[DateMention]

    @property
    def text(self) -> str:
        return self.sentence.text

    def refs(self, kind: str) -> list[Ref]:
        seen: list[Ref] = []
        for m in self.mentions:
            if m.ref.kind == kind and m.ref not in seen:
                seen.append(m.ref)
        return seen


@dataclass
class Context:
    article: Article
    gaz: Gazetteer
    countries: list[str]  # by mention count, most mentioned first
    dateline: str | None = None  # country of the dateline place ("BISHKEK, June 6 --")
    views: list[SentenceView] = field(default_factory=list)
    orgs: dict[str, Org] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # lower alias → org name
    regions: set[str] = field(default_factory=set)

    def pair(self) -> list[str]:
        """The two countries an article is about, for 'the two countries', 'both sides'."""
        return self.countries[:2]

    def country_iri(self, code: str) -> str:
        return self.gaz.countries[code].iri


def build_context(article: Article, gaz: Gazetteer) -> Context:
    body = "\n\n".join([*article.captions, article.text]) if article.captions else article.text
    counts = article_countries(" ".join([article.title, body]), gaz)
    ctx = Context(article, gaz, [c for c, _n in counts.most_common()])
    countries = set(counts)
    ctx.dateline = _dateline_country(article.text, gaz, countries)
    last_person: Person | None = None
    for sentence in split_sentences(article.text):
        view, last_person = _view(ctx, sentence, countries, last_person)
        ctx.views.append(view)
    for caption in article.captions:
        _view(ctx, Sentence(caption, -1, -1), countries, None)
    return ctx


def _view(ctx: Context, sentence: Sentence, countries: set[str],
          last_person: Person | None) -> tuple[SentenceView, Person | None]:
    text = sentence.text
    mentions: list[Mention] = []
    for om in find_org_mentions(text, ctx.aliases):
        name = ctx.aliases.get(om.name.lower(), om.name)
        org = _register_org(ctx, name, text, om.end, countries)
        mentions.append(Mention(om.start, om.end, Ref("org", org.name), org.name))
    for om, kind in described_orgs(text):
        if any(m.start <= om.start < m.end for m in mentions):
            continue
        if om.name not in ctx.orgs:
            ctx.orgs[om.name] = _described(om.name, kind, text, om.end, ctx, countries)
        ctx.aliases.setdefault(om.name.lower(), om.name)
        mentions.append(Mention(om.start, om.end, Ref("org", om.name), om.name))
    taken = [(m.start, m.end) for m in mentions]
    for pm, person in find_people(text, ctx.gaz, taken):
        known = ctx.people.setdefault(person.name, person)
        _merge_person(known, person, ctx)
        mentions.append(Mention(pm.start, pm.end, Ref("person", known.name), known.name))
        taken.append((pm.start, pm.end))
        last_person = known
    for m in re.finditer(r"(?<![\w.])([A-Z][a-z]+|She|He|she|he)(?![\w])", text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        token = m.group(1)
        as_pronoun = token.lower() in PRONOUNS and (m.start() == 0 or token.islower())
        person = last_person if as_pronoun else resolve_short(token, list(ctx.people.values()))
        if person is not None and (not as_pronoun or _speech_near(text, m)):
            mentions.append(Mention(m.start(), m.end(), Ref("person", person.name), person.name))
            last_person = person
    for pm in find_places(text, ctx.gaz, countries):
        if any(s <= pm.start < e for s, e in taken):
            continue
        mentions.append(Mention(pm.start, pm.end, Ref("place", pm.place.iri), pm.place.label))
        if pm.place.kind == "region" and not _quoted(text, pm.start):
            ctx.regions.add(pm.place.iri)
    mentions.sort(key=lambda m: m.start)
    dates = find_dates(text, ctx.article.published)
    return SentenceView(sentence, mentions, dates), last_person


_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z'’\- ]{2,30}?)\s*(?:,|:|\s--|\s—)")


def _dateline_country(text: str, gaz: Gazetteer, countries: set[str]) -> str | None:
    m = _DATELINE.match(text)
    if not m:
        return None
    name = m.group(1).strip()
    places = find_places(name.title(), gaz, countries) or find_places(name, gaz, countries)
    return places[0].place.country if places and places[0].end >= len(name) - 1 else None


def apply_dateline(ctx: Context) -> None:
    """Organisations nothing else places are taken to be local to the dateline; a weak rule,
    so it runs last and only where the name names no other country."""
    if ctx.dateline is None:
        return
    for org in ctx.orgs.values():
        if org.country is None and org.type not in ("IntergovernmentalOrganization",
                                                     "MediaOutlet"):
            org.country = ctx.dateline
            org.confidence = min(org.confidence, 0.6)


def _speech_near(text: str, m: re.Match[str]) -> bool:
    return bool(re.match(r"\s+(?:said|says|told|noted|added|stressed|expressed|thanked)",
                         text[m.end():]) or re.search(r"(?:said|told|according\s+to)\s*$",
                                                      text[: m.start()], re.I))


def _quoted(text: str, pos: int) -> bool:
    """Inside a short quoted phrase ('the "Shanghai spirit"'): a name used as a label."""
    for m in re.finditer(r"[\"“]([^\"“”]*)[\"”]", text):
        if m.start() < pos < m.end() and len(m.group(1).split()) < 5:
            return True
    return False


def _register_org(ctx: Context, name: str, sentence: str, end: int, countries: set[str],
                  nested: bool = False) -> Org:
    org = ctx.orgs.get(name)
    if org is None:
        org = make_org(name, sentence)
        attribute(org, sentence, end, ctx.gaz, countries)
        ctx.orgs[name] = org
        if org.region:
            ctx.regions.add(org.region)
        parent = parent_of(name) or parent_after(sentence, end)
        if parent and parent != name:
            parent_org = _register_org(ctx, parent, sentence, end, countries, nested=True)
            org.parent = parent_org.name
            if org.country is None and org.type != "IntergovernmentalOrganization":
                org.country = parent_org.country
    acronym = None if nested else acronym_after(sentence, end)
    if acronym and acronym.lower() not in ctx.aliases:
        org.aliases.add(acronym)
        ctx.aliases[acronym.lower()] = org.name
    return org


def _described(name: str, kind: str, sentence: str, end: int, ctx: Context,
               countries: set[str]) -> Org:
    type_name = {"agency": "GovernmentBody", "bank": "Company", "broadcaster": "MediaOutlet",
                 "newspaper": "MediaOutlet"}.get(kind, "Company")
    org = Org(name=name, type=type_name, evidence=sentence, confidence=0.6)
    attribute(org, sentence, end, ctx.gaz, countries)
    return org


def _merge_person(known: Person, new: Person, ctx: Context) -> None:
    if known is new:
        return
    known.role = known.role or new.role
    known.country = known.country or new.country
    known.affiliation = known.affiliation or new.affiliation
