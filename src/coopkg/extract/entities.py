"""Span components: each walks the sentences in order and proposes spans of one label, tagged with
the rule that found them; `overlap.add_span` decides between competing spans.  Organisations run
first so the aliases and acronyms they define are known to later sentences."""

from __future__ import annotations

import re
from copy import copy
from datetime import date

from coopkg.extract import lexicon
from coopkg.extract.dates import DateMention, find_dates, may_hold_date, with_relative_years
from coopkg.extract.doc import ORG, PERSON, Doc, Sent, Span
from coopkg.extract.facts import Org, Ref
from coopkg.extract.knownfirms import known_firm
from coopkg.extract.memo import by_text, by_text_and_table
from coopkg.extract.orgacronyms import acronym_after, acronym_before, acronym_fits_inner
from coopkg.extract.orgattrs import attribute, government_of, owned_name, parent_after, parent_of
from coopkg.extract.orgclasses import former_or_latter, is_party, party_owned, referred_pair
from coopkg.extract.orgcompounds import host_of, org_mentions
from coopkg.extract.orgcredits import glued_credit, opening
from coopkg.extract.orgdescribed import described_orgs
from coopkg.extract.orgfilters import sovereign_in_body, sovereign_named_body
from coopkg.extract.orgnonbodies import names_no_body
from coopkg.extract.orgs import OrgMention, make_org
from coopkg.extract.orgtypes import is_shared
from coopkg.extract.overlap import add_span, blocked
from coopkg.extract.people import find_people
from coopkg.extract.place_chunks import article_countries
from coopkg.extract.places import find_places, place_in_name
from coopkg.extract.quote_days import reanchor
from coopkg.extract.sentences import Sentence, split_sentences
from coopkg.extract.storydate import dateline_date
from coopkg.read.article import Article
from coopkg.reference import Gazetteer, gazetteer


def new_doc(article: Article, gaz: Gazetteer) -> Doc:
    """Sentences and the article's countries by mention count; the first component."""
    body = "\n\n".join([*article.captions, article.text]) if article.captions else article.text
    counts = article_countries(" ".join([article.title, body]), gaz)
    doc = Doc(article, gaz, [c for c, _n in counts.most_common()])
    doc.sents = [Sent(s) for s in split_sentences(article.text)]
    doc.captions = [Sent(Sentence(c, -1, -1)) for c in article.captions]
    doc.dateline = _dateline_country(article.text, gaz, set(counts))
    return doc


def dates(doc: Doc) -> None:
    """Each sentence's dates, with weekdays and 'yesterday' read against the day the story was
    filed when a dated dateline says it was filed before it was published ('ARUSHA, May 10 --
    ... met on Thursday' in a paper of May 16 is the Thursday before May 10)."""
    published = doc.article.published
    for sent in doc.sents:
        sent.dates = list(_dates_in(sent.text, published)) if _may_hold_date(sent.text) else []
    filed = dateline_date(doc.sents[0]) if doc.sents else None
    if filed is None or len(filed.when.value) != 10:
        reanchor(doc)
        return
    day = date.fromisoformat(filed.when.value)
    if 0 < (published - day).days <= _FILED_WITHIN:
        for sent in doc.sents:
            sent.dates = list(_dates_in(sent.text, day)) if _may_hold_date(sent.text) else []
    reanchor(doc)


_FILED_WITHIN = 31  # days: a dateline further back is a dated archive, not the story's filing


@by_text
def _may_hold_date(text: str) -> bool:
    """Speed only: most sentences can hold no date whatever the paper's date (`may_hold_date`),
    and that is kept by the text alone, while their dates are kept by text and paper date."""
    return may_hold_date(text)


@by_text
def _dates_in(text: str, published: date) -> tuple[DateMention, ...]:
    """A sentence's dates (frozen values), kept: boilerplate sentences recur across articles.
    'in March last year' is one month of the year before, for every component that reads dates."""
    return tuple(with_relative_years(text, find_dates(text, published), published))


def organisations(doc: Doc) -> None:
    """Organisation spans from capitalised runs that hold a type word or a known name (orgs.py), in
    every sentence and caption, each linked to one organisation per name."""
    countries = set(doc.countries)
    first = opening(doc)
    for sent in [*doc.sents, *doc.captions]:
        text = sent.text
        cuts = [(pm.start, pm.end) for pm, person in _person_candidates(doc, sent)
                if person.role and not sovereign_in_body(text, pm.start)
                and not sovereign_named_body(text, pm.start, pm.end)]
        if sent is first:
            cuts.extend(filter(None, [glued_credit(doc, text)]))  # 'KILIMAPRESS Kenya and ...'
        for om in _org_mentions(text, doc.aliases, tuple(cuts)):  # read, never changed: no copy
            if state_span(doc, sent, om.start, om.end, om.name) or names_no_body(text, om.end, om.name) \
                    or _firm_named_person(doc, om.name) or _seat_as_venue(text, om.start, om.name):
                continue  # 'the Government of Ghana' is the state; 'the X Port' a harbour
            name = owned_name(doc, doc.aliases.get(om.name.lower(), om.name), om.written)
            org = _register_org(doc, name, text, om.end, countries)
            _alias_before(doc, org, acronym_before(text, om.start, om.end, org.name))
            if om.written:
                org.aliases.add(om.written)
                if party_owned(om.written):
                    org.type = "Organization"  # a party's organ (GOLD_FORMAT: Other)
            add_span(doc, sent, Span(om.start, om.end, Ref("org", org.name), org.name, org.rule))
            _referred_owner(doc, sent, org, om.start)
        for om, kind in described_orgs(text):
            known = doc.orgs.get(om.name)
            if known is not None and known.type == "Organization":
                known.type = _DESCRIBED_TYPES.get(kind, "Company")
            if blocked(sent, om.start, om.end, ORG):
                continue
            if om.name not in doc.orgs:
                doc.orgs[om.name] = _described(om.name, kind, text, om.end, doc, countries)
            doc.aliases.setdefault(om.name.lower(), om.name)
            add_span(doc, sent, Span(om.start, om.end, Ref("org", om.name), om.name,
                                     "org.described"))


_AT = re.compile(r"\b(?:at|in|inside|outside)\s+(?:the\s+)?$", re.I)
_SEATS = lexicon.words("government_seats")


def _seat_as_venue(text: str, start: int, name: str) -> bool:
    """'met at Cheong Wa Dae', 'arriving at the White House in Cairo': a state body known by its
    seat, written after 'at' or 'in', is the building where something happened, not the body."""
    return name.lower() in _SEATS and _AT.search(text, 0, start) is not None


def _firm_named_person(doc: Doc, name: str) -> bool:
    """'Ravi Tata ... Tata said': a known firm's name that is the surname of a person the article
    names is that person written short, as news writes a person after the first mention."""
    if known_firm(name) is None:
        return False
    tail = " " + name
    return any(person.name.endswith(tail) for sent in [*doc.sents, *doc.captions]
               for _pm, person in _person_candidates(doc, sent))


@by_text_and_table
def _org_mentions(text: str, aliases, cuts: tuple[tuple[int, int], ...]) -> tuple[OrgMention, ...]:
    """A sentence's organisation mentions, kept while the aliases it looked up are unchanged."""
    return tuple(org_mentions(text, aliases, list(cuts)))


def _referred_owner(doc: Doc, sent: Sent, org: Org, start: int) -> None:
    """"between the KPP and the UUP; and between the former's Youth Commission and the latter's
    Women's Commission": each body is of the country of the one its possessive refers to."""
    which = former_or_latter(sent.text[:start])
    if which is None:
        return
    named = [(s.start, doc.orgs[s.ref.key]) for s in sent.spans
             if s.ref.kind == "org" and s.ref.key in doc.orgs and s.start < start]
    pair = referred_pair(sent.text, named)
    if pair and pair[which].country:
        org.country = pair[which].country
    if pair and is_party(pair[which].name):
        org.type = "Organization"  # a party's organ (GOLD_FORMAT: Other)


def state_span(doc: Doc, sent: Sent, start: int, end: int, name: str) -> bool:
    """'the Government of Ghana' stands for the state: a place span for the country (kept or
    not), and True so that no organisation is made of it."""
    state = government_of(name, doc.gaz)
    if state not in doc.gaz.countries:
        return False
    add_span(doc, sent, Span(start, end, Ref("place", doc.country_iri(state)),
                             doc.gaz.countries[state].label, "place.government"))
    return True


def people(doc: Doc) -> None:
    """Person spans from names with a title, a given name or an apposition (people.py), unless a
    span that outranks them already holds the words."""
    for sent in [*doc.sents, *doc.captions]:
        for pm, person in _person_candidates(doc, sent):
            if blocked(sent, pm.start, pm.end, PERSON):
                continue
            known = doc.people.get(person.name)
            if known is None:  # the candidate is shared (`_person_candidates`): the kept one a copy
                known = doc.people[person.name] = copy(person)
            else:
                _merge_person(known, person)
            rule = "person.titled" if person.role else "person.speaker"
            add_span(doc, sent, Span(pm.start, pm.end, Ref("person", known.name), known.name, rule))


def _person_candidates(doc: Doc, sent: Sent) -> list:
    """Names with their titles, found once per sentence: organisations use them to keep people
    out of their names, the people component keeps those no organisation holds.  They are read
    only: `people` keeps a copy of a person it adds, since the linking stage completes it."""
    if sent.person_candidates is None:
        sent.person_candidates = find_people(sent.text, doc.gaz, []) if doc.gaz is not gazetteer() \
            else list(_people_in(sent.text))
    return sent.person_candidates


@by_text
def _people_in(text: str) -> tuple:
    """`find_people` on a sentence, kept by its text for the reference gazetteer; shared by
    every caller, which must not change them (`people` copies the person it keeps)."""
    return tuple(find_people(text, gazetteer(), []))


def places(doc: Doc) -> None:
    """Place spans for countries, demonyms and regions the gazetteer knows (places.py)."""
    countries = frozenset(doc.countries)  # frozen once: `find_places` keys its answers by it
    for sent in [*doc.sents, *doc.captions]:
        for pm in find_places(sent.text, doc.gaz, countries):
            if place_in_name(doc, sent, pm):
                continue
            span = Span(pm.start, pm.end, Ref("place", pm.place.iri), pm.place.label,
                        f"place.{pm.via}")
            if add_span(doc, sent, span) and pm.place.kind == "region" and \
                    not _quoted(sent.text, pm.start):
                doc.regions.add(pm.place.iri)
    _drop_name_only_countries(doc)


def _drop_name_only_countries(doc: Doc) -> None:
    """'Prime Minister Luís Montenegro': a country whose name is only a word of a person's name
    the article writes, with no place mention of its own, is not a country the article names."""
    placed = {s.ref.key for sent in [*doc.sents, *doc.captions] for s in sent.spans if s.ref.kind == "place"}
    words = {w for name in doc.people for w in name.split()[1:]}
    doc.countries = [c for c in doc.countries if doc.gaz.countries[c].iri in placed or
                     doc.gaz.countries[c].label not in words]


_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z'’\- ]{2,30}?)\s*(?:,|:|\s--|\s—)")


def _dateline_country(text: str, gaz: Gazetteer, countries: set[str]) -> str | None:
    m = _DATELINE.match(text)
    if not m:
        return None
    name = m.group(1).strip()
    found = find_places(name.title(), gaz, countries) or find_places(name, gaz, countries)
    return found[0].place.country if found and found[0].end >= len(name) - 1 else None


_QUOTED_RE = re.compile(r"[\"“]([^\"“”]*)[\"”]")


def _quoted(text: str, pos: int) -> bool:
    """Inside a short quoted phrase ('the "Shanghai spirit"'): a name used as a label."""
    return any(m.start() < pos < m.end() and len(m.group(1).split()) < 5 for m in _QUOTED_RE.finditer(text))


def _register_org(doc: Doc, name: str, sentence: str, end: int, countries: set[str],
                  nested: bool = False) -> Org:
    org = doc.orgs.get(name)
    if org is None:
        org = make_org(name, sentence)
        attribute(org, sentence, end, doc.gaz, countries)
        doc.orgs[name] = org
        if org.region:
            doc.regions.add(org.region)
        parent = host_of(name) or parent_of(name) or parent_after(sentence, end)
        if parent and parent != name:
            parent_org = _register_org(doc, parent, sentence, end, countries, nested=True)
            org.parent = parent_org.name
            if org.country is None and org.type != "IntergovernmentalOrganization" and \
                    not is_shared(name):  # a Confucius Institute is its host's and China's
                org.country = parent_org.country
    acronym = None if nested else acronym_after(sentence, end, org.name)
    owner = doc.orgs[org.parent] if acronym and org.parent in doc.orgs and \
        acronym_fits_inner(org.name, org.parent, acronym) else org  # the body named last
    if acronym and acronym.lower() not in doc.aliases:
        owner.aliases.add(acronym)
        doc.aliases[acronym.lower()] = owner.name
    return org


_DESCRIBED_TYPES = {**lexicon.mapping("org_descriptors"),
                    "agency": "GovernmentBody", "bank": "Company", "broadcaster": "MediaOutlet",
                    "newspaper": "MediaOutlet"}


def _described(name: str, kind: str, sentence: str, end: int, doc: Doc,
               countries: set[str]) -> Org:
    org = Org(name=name, type=_DESCRIBED_TYPES.get(kind, "Company"), evidence=sentence,
              rule="org.described")
    attribute(org, sentence, end, doc.gaz, countries)
    return org


def _alias_before(doc: Doc, org: Org, acronym: str | None) -> None:
    """'KMA (Kenya Maritime Authority)': the short form written before the name is its alias."""
    if acronym and acronym.lower() not in doc.aliases:
        org.aliases.add(acronym)
        doc.aliases[acronym.lower()] = org.name


def _merge_person(known, new) -> None:
    if known is new:
        return
    known.role = known.role or new.role
    known.country = known.country or new.country
    known.affiliation = known.affiliation or new.affiliation
