"""The linking stage owns identity: later mentions of people by surname or pronoun, acronyms
and short forms of organisations, affiliations written as text ('the academy'), one entity per
resolved key (so an organisation never gets two labels), and the weak dateline attribute.
Keys and labels themselves come from `resolve`, which the RDF builder shares."""

from __future__ import annotations

import re
from collections.abc import Callable

from coopkg.extract.affiliation_tails import without_closing_initial, without_person_tail
from coopkg.extract.cues import words
from coopkg.extract.doc import LABEL_OF_KIND, Doc, Sent, Span
from coopkg.extract.facts import Org, Person, Ref
from coopkg.extract.lexicon import confidence
from coopkg.extract.orgbrackets import bracketed_owner
from coopkg.extract.orgfilters import is_country_name
from coopkg.extract.orgforms import full_form
from coopkg.extract.orgs import make_org, names_job
from coopkg.extract.orgsplit import without_members_portfolio
from coopkg.extract.orgtitled import after_title, before_second_title, fields_only
from coopkg.extract.orgtypes import has_org_keyword, is_shared
from coopkg.extract.orgunits import unit_name
from coopkg.extract.overlap import PRIORITY, add_span
from coopkg.extract.people import PRONOUNS, name_words, resolve_short
from coopkg.extract.person_initials import initials_of
from coopkg.extract.resolve import resolve_org

# a surname alone, diacritics included ('Patiño', 'Müller', 'Şahin'), hyphenated surnames whole
# ('Amir-Nouri' after 'Reza Amir-Nouri': its halves are no name part), a surname whose particle
# is one letter and an apostrophe ('O’Connor', "D'Souza", "N'Diaye": the whole word is the name
# part, the part after the apostrophe is none), or a pronoun
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿ\u0100-\u017f]+"
_SHORT = re.compile(rf"(?<![\w.-])((?:[A-Z][’']){_CAP}(?:-{_CAP})*|{_CAP}(?:-{_CAP})*|She|He|she|he)"
                    r"(?![\w-])")


def later_mentions(doc: Doc) -> None:
    """A person's full name written again without a title; 'Okafor said' after 'Ada Okafor';
    'he said' right after a named speaker."""
    _full_names(doc)
    last: Person | None = None
    known = list(doc.people.values())
    parts = name_words(known)
    whole = "\n".join(sent.text for sent in doc.sents)
    present = [part for part in parts if part in whole]
    for sent in doc.sents:
        if _may_mention(sent.text, present):
            _short_mentions(doc, sent, last, known, parts)
        people = [s for s in sent.spans if s.ref.kind == "person"]
        if people:
            last = doc.people.get(people[-1].ref.key, last)


def _may_mention(text: str, parts: list[str]) -> bool:
    """Speed only: whether `_short_mentions` can find anything in `text`: a pronoun ('he',
    'she': a whole run of letters, cues.words) or one of the name words in it as a substring;
    a sentence with neither (most) is passed over without a scan of its capitalised words."""
    runs = words(text)
    return runs is None or not runs.isdisjoint(PRONOUNS) or any(map(text.__contains__, parts))


def short_person_names(doc: Doc) -> None:
    """'El Idrissi' after 'Amina El Idrissi': a name that ends exactly one longer name is that
    person (a surname of two words, written alone later); so is 'Batbayar Ochir' after
    'O.Batbayar' (`_initialled`), 'A. Odhiambo' after 'Amina Odhiambo' (`initials_of`), and an
    untitled 'Siti Aminah' after 'Siti Aminah Yusof' (Malay, Arab and Indonesian copy calls a
    person by the given names that begin the full name), or one with the full name's own title
    ('Vice Chancellor Dr Omar Farooq' after 'Vice Chancellor Dr Omar Farooq Butt': Pakistani
    and Bangladeshi copy drops the family name the second time; the title shows it is the same
    office holder, not a namesake)."""
    renamed = {}
    for name in list(doc.people):
        longer = [n for n in doc.people if n != name and n.endswith(" " + name)]
        order = list(doc.people)  # the later form joins the one named first
        if not (len(longer) == 1 and " " in name):
            longer = [n for n in order if (_initialled(n, name) or _initialled(name, n) or
                                           initials_of(name, n)) and
                      order.index(n) < order.index(name)]
        if not longer and " " in name:
            longer = [n for n in order[: order.index(name)] if n.startswith(name + " ") and
                      doc.people[name].role in (None, doc.people[n].role)]
        if len(longer) == 1 and name in doc.people:
            person, full = doc.people.pop(name), doc.people[longer[0]]
            full.role = full.role or person.role
            full.country = full.country or person.country
            full.affiliation = full.affiliation or person.affiliation
            renamed[name] = longer[0]
    if renamed:
        for sent in [*doc.sents, *doc.captions]:
            sent.spans = [Span(s.start, s.end, Ref("person", renamed[s.ref.key]), renamed[s.ref.key],
                               s.rule) if s.ref.kind == "person" and s.ref.key in renamed else s
                          for s in sent.spans]


_INITIALLED = re.compile(r"(?P<initial>[A-Z][a-z]{0,2})\.\s?(?P<given>[A-Z][\w\-]+)")


def _initialled(short: str, full: str) -> bool:
    """'O.Batbayar' and 'Batbayar Ochir' are one person: Mongolian and Kazakh copy writes a
    person as the patronymic's initial and the given name, or as given name and patronymic, or
    (official Mongolian copy) as patronymic and given name in capitals ('Ochir BATBAYAR')."""
    m = _INITIALLED.fullmatch(short)
    words = full.split()
    if m is None or len(words) != 2:
        return False
    given, initial = m.group("given").lower(), m.group("initial").lower()
    return any(words[i].lower() == given and words[1 - i].lower().startswith(initial) for i in (0, 1))


def _full_names(doc: Doc) -> None:
    _mark_names(doc, {n: n for n in doc.people if " " in n}, "person", "person.repeat")


def _mark_names(doc: Doc, names: dict[str, str], kind: str, rule: str,
                skip: Callable[[Sent, int], bool] | None = None) -> None:
    """Every place a known name (written form → entity key) occurs that no span holds yet, or
    only spans of a lower rank strictly inside it hold ('Produce in Georgia' written again holds
    the place 'Georgia': the name read before is the longer reading)."""
    if not names:
        return
    whole = "\n".join(sent.text for sent in doc.sents)
    present = [n for n in sorted(names, key=len, reverse=True) if n in whole]
    for sent in doc.sents:
        for start, end, name in _whole_word_hits(sent.text, present):
            if any(s.start < end and start < s.end and not _inside_lower(s, start, end, kind)
                   for s in sent.spans) or skip is not None and skip(sent, start):
                continue
            key = names[name]
            add_span(doc, sent, Span(start, end, Ref(kind, key), key, rule))


def _inside_lower(span: Span, start: int, end: int, kind: str) -> bool:
    """A span of a lower rank than `kind` strictly inside [start, end)."""
    return PRIORITY[span.label] < PRIORITY[LABEL_OF_KIND[kind]] and start <= span.start and span.end <= end \
        and (span.end - span.start) < end - start


_WORDISH = re.compile(r"[\w-]")


def _whole_word_hits(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    r"""What `(?<![\w-])(name1|name2|...)(?![\w-])` with the names longest first finds (leftmost,
    then longest, never overlapping), without compiling a new pattern for every article."""
    longest: dict[int, str] = {}
    for name in names:
        at = text.find(name)
        while at >= 0:
            if at not in longest and not (at and _WORDISH.match(text, at - 1)) and \
                    not _WORDISH.match(text, at + len(name)):
                longest[at] = name
            at = text.find(name, at + 1)
    hits, free = [], 0
    for start in sorted(longest):
        if start >= free:
            free = start + len(longest[start])
            hits.append((start, free, longest[start]))
    return hits


def _short_mentions(doc: Doc, sent: Sent, last: Person | None, known: list[Person],
                    parts: frozenset[str]) -> None:
    """Pronouns and single names in a sentence; `parts` are all the words of the `known`
    people's names: a capitalised word that is none of them (most) is passed over at once."""
    text = sent.text
    for m in _SHORT.finditer(text):
        token = m.group(1)
        as_pronoun = token.lower() in PRONOUNS and (m.start() == 0 or token.islower())
        if not as_pronoun and token not in parts or \
                any(s.start <= m.start() < s.end for s in sent.spans):
            continue
        person = _named_before(doc, sent, m.start(), last) if as_pronoun else resolve_short(token, known)
        if person is None or (as_pronoun and not _speech_near(text, m)):
            continue
        rule = "person.pronoun" if as_pronoun else "person.surname"
        add_span(doc, sent, Span(m.start(), m.end(), Ref("person", person.name), person.name, rule))


def _named_before(doc: Doc, sent: Sent, pos: int, last: Person | None) -> Person | None:
    """Whom a pronoun at `pos` points back to: the last person named before it in its sentence,
    else the last one of the sentences before — never one named after it ('She said during talks
    with X' is not X speaking)."""
    before = [s for s in sent.spans if s.ref.kind == "person" and s.end <= pos]
    return doc.people.get(before[-1].ref.key, last) if before else last


_SPEECH_NEAR_RE = re.compile(r"\s+(?:said|says|told|noted|added|stressed|expressed|thanked)")
_SPEECH_NEAR_RE2 = re.compile(r"(?:said|told|according\s+to)\s*$", re.I)


def _speech_near(text: str, m: re.Match[str]) -> bool:
    return bool(_SPEECH_NEAR_RE.match(text[m.end():]) or _SPEECH_NEAR_RE2.search(text[: m.start()]))


def repeated_org_names(doc: Doc) -> None:
    """An organisation's name or alias written again anywhere in the article — before the
    sentence that made it known, too (a headline, a lead) — is a mention of it."""
    names = {n: o.name for o in doc.orgs.values() for n in (o.name, *o.aliases) if len(n) > 2}
    names.update({a: n for a, n in doc.aliases.items() if len(a) > 2 and a.isupper()})
    _mark_names(doc, names, "org", "org.repeat", _defines_acronym)


def _defines_acronym(sent: Sent, start: int) -> bool:
    """'the X Corporation (XC)': the bracket restates the name just written, no new mention."""
    before = sent.text[:start]
    return before.endswith("(") and any(s.end >= len(before.rstrip(" (")) - 1 and s.end <= start
                                        for s in sent.spans if s.label == "ORG")


def affiliations(doc: Doc) -> None:
    """Affiliations are written as text ('the academy', 'NUST'); point them at known orgs."""
    for person in doc.people.values():
        text = person.affiliation
        if not text:
            continue
        text = unit_name(text) or text  # the unit, not its parent, of 'Department of X of the Y'
        text = before_second_title(after_title(text) or text)  # 'Chairman of the X Council' before
        # a second title; 'X Committee and Chairman of the Y': the second title is no body's
        text = without_closing_initial(without_person_tail(text, doc.people))  # 'X Authority and <the
        # next signer>', 'Department of X S' before the next person's initial
        if without_members_portfolio(text) != text:
            person.affiliation = None  # 'Member of the Council of Ministers for X Affairs': a
            continue  # member of the state's council signs for the state (GOLD_FORMAT)
        org = find_org(doc, text) or find_org(doc, _without_seat(doc, text))
        if org is None and has_org_keyword(text) and _name_like(text) and " " in text and \
                not _OWNER_INSIDE.search(text) and not is_country_name(text.removeprefix("the ")) and \
                not _titles_word(text, person.role) and not fields_only(text):  # "Division
            # Director": a type word alone; 'Petroleum and Energy': a portfolio's fields;
            # "of the Russian Federation": a state, which GOLD_FORMAT writes as its code
            org = doc.orgs.setdefault(text, make_org(text, person.evidence))
            org.confidence = min(org.confidence, confidence("org.affiliation"))
        person.affiliation = org.name if org else None
        if org and person.country is None:
            person.country = org.country


_SEAT = re.compile(r"(?:\s+\([A-Z][\w\-]{1,12}\))?\s+in\s+(?:the\s+)?"
                   r"(?P<place>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2})$")


def _without_seat(doc: Doc, text: str) -> str:
    """'the X Agency (XA) in Kenya' → 'the X Agency': the country a body's office sits in, after
    its name in a title ('Chief Representative of the X Agency in Kenya'), is no part of it; a
    city or province stays ('the Party Committee in X' is that place's own branch)."""
    m = _SEAT.search(text)
    abroad = m and any(p.kind == "country" for p in doc.gaz.lookup(m.group("place")))
    return text[:m.start()] if abroad else text


_OWNER_INSIDE = re.compile(r"\s[A-Z]{2,9}['’]s\s")  # 'School of X and NUM’s Dean ...': two phrases


def _titles_word(text: str, role: str | None) -> bool:
    """'Research Scientist' (of 'Chief Senior Research Scientist'), "Kenya's Cabinet" (of
    'Cabinet Secretary for Energy'): a job, or a type word that opens the person's own title,
    is no body the person belongs to."""
    return names_job(text) or bool(role) and role.split()[0] == text.split()[-1]


def _name_like(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 12 and all(w[:1].isupper() or w in {"of", "and", "for", "the", "on"}
                                        for w in words)


def find_org(doc: Doc, text: str) -> Org | None:
    """The organisation a short or descriptive form refers to: an alias, the same name, the one
    longer name it begins, or for a lowercase description ('the academy') the last org whose
    name contains it."""
    lower = text.lower().removeprefix("the ")
    if lower in doc.aliases:
        return doc.orgs[doc.aliases[lower]]
    for org in doc.orgs.values():
        if org.name.lower() == lower:
            return org
    if len(text.split()) >= 2:
        longer = [o for o in doc.orgs.values() if o.name.lower().startswith(lower)]
        if len(longer) == 1:
            return longer[0]
    if text.islower():
        hits = [o for o in doc.orgs.values() if re.search(rf"\b{re.escape(lower)}\b", o.name.lower())]
        return hits[-1] if hits else None
    return None


def dateline(doc: Doc) -> None:
    """Organisations nothing else places are taken to be local to the dateline; a weak rule,
    so it runs last and only where the name names no other country."""
    if doc.dateline is None:
        return
    for org in doc.orgs.values():
        if org.country is None and org.rule != "org.context" and not is_shared(org.name) and \
                org.type not in ("IntergovernmentalOrganization", "MediaOutlet"):
            org.country = doc.dateline
            org.confidence = min(org.confidence, confidence("org.dateline"))


def countries_in_article(doc: Doc) -> None:
    """An organisation's or person's country is only stated when the article names that
    country: knowing that an outlet is Chinese does not make a story about two other countries
    concern China (GOLD_FORMAT: 'only if that country is also in the article's countries').
    Runs after the relations, which may still use the country to find who signed for whom."""
    named = set(doc.countries)
    for entity in [*doc.orgs.values(), *doc.people.values()]:
        if entity.country is not None and entity.country not in named:
            entity.country = None


def one_entity_per_key(doc: Doc) -> None:
    """Two written forms that resolve to one key ('Co. Ltd' / 'Co., Ltd.', 'the X University' /
    'X University') become one organisation: the first form seen is kept, the other turns alias,
    and every span, affiliation and parent pointing at the other is repointed."""
    first: dict[str, Org] = {}
    renamed: dict[str, str] = {}
    aliases = {a.lower(): o for o in doc.orgs.values() for a in o.aliases}
    for name, org in list(doc.orgs.items()):
        key = resolve_org(org, doc.gaz)[0]
        owner = aliases.get(name.lower()) or _longer_form(doc, org) or _expansion(doc, org) or \
            bracketed_owner(doc, org) or full_form(doc, org)
        if owner is not None and owner is not org and owner.name in doc.orgs:
            key = resolve_org(owner, doc.gaz)[0]  # 'BUE' written alone is the body it abbreviates
            first.setdefault(key, owner)
        kept = first.setdefault(key, org)
        if kept is org:
            continue
        if kept.name.endswith(".") and not org.name.endswith("."):
            first[key], kept, org, name = org, org, kept, kept.name
        kept.aliases |= org.aliases | {org.name}
        kept.country = kept.country or org.country
        kept.region = kept.region or org.region
        kept.parent = kept.parent or org.parent
        renamed[name] = kept.name
        del doc.orgs[name]
    if renamed:
        _repoint(doc, renamed)


def _longer_form(doc: Doc, org: Org) -> Org | None:
    """'Lakeside University' beside 'Lakeside University of Accra': the one longer name it
    begins, continued by 'of'/'in' — a short form of the same body; so is 'the Ministry of
    Trade' beside 'the Ministry of Trade and Industry', and 'the Joint Commission' beside 'the
    Kenya-Uganda Joint Commission'; a commission or agency named by its topic ('on', 'for') is
    written without it after the first mention."""
    if len(org.name.split()) < 2:
        return None
    longer = [o for o in doc.orgs.values() if o is not org and o.name.startswith(org.name) and
              (_CONTINUED.match(o.name, len(org.name)) or o.name.startswith(" ", len(org.name)) and
               _places(doc, o.name[len(org.name):]) or
               " of " in org.name and o.name.startswith(" and ", len(org.name)))]
    longer = longer or [o for o in doc.orgs.values() if o is not org and
                        o.name.endswith(" " + org.name) and _places(doc, o.name[:-len(org.name)])
                        and org.country in (None, o.country)]  # not Kenya's X beside Uganda X
    longer = longer or [o for o in doc.orgs.values() if o is not org and len(o.name) > len(org.name) + 4 and
                        " of " in o.name and _place_within(doc, o.name, org.name)]
    return longer[0] if len(longer) == 1 else None


_OF_PLACE = re.compile(r"\sof\s(?:the\s)?([A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)(?=\s[A-Z])")


def _place_within(doc: Doc, longer: str, short: str) -> bool:
    """'the Port Authority' beside 'the Port of Lagos Authority': the longer name with the place
    its body serves, written between its words, taken out."""
    return any(f"{longer[:m.start()]}{longer[m.end():]}" == short and _places(doc, m.group(1))
               for m in _OF_PLACE.finditer(longer))


_CONTINUED = re.compile(r"\s+(?:of|in|at|under|on|for)\s")  # 'the X Commission on Y', 'X Agency for Y'


_PLACES_RE = re.compile(r"[\s\-–]+")


def _places(doc: Doc, text: str) -> bool:
    """'Kenya-Uganda', 'Kenyan', 'the Kenyan-Ugandan': the words before a body's short form
    ('the Joint Commission', 'the Foreign Ministry') only say whose it is."""
    words = [w for w in _PLACES_RE.split(text) if w and w.lower() != "the"]
    gaz = doc.gaz
    return bool(words) and all(gaz.country_of_demonym(w) or gaz.lookup(w) for w in words)
_MINOR = {"of", "and", "for", "the", "on", "in", "&"}


def _expansion(doc: Doc, org: Org) -> Org | None:
    """'LNA' beside 'Lakeside News Agency': an acronym written alone is the one body whose
    capitalised words it abbreviates, even when the text never defines it."""
    if not (org.name.isupper() and 2 <= len(org.name) <= 8 and org.name.isalpha()):
        return None
    spelled = [o for o in doc.orgs.values() if o is not org and
               "".join(w[0] for w in o.name.split() if w.lower() not in _MINOR).upper() == org.name]
    return spelled[0] if len(spelled) == 1 else None


def _repoint(doc: Doc, renamed: dict[str, str]) -> None:
    for alias, name in doc.aliases.items():
        doc.aliases[alias] = renamed.get(name, name)
    for org in doc.orgs.values():
        if org.parent in renamed:
            org.parent = renamed[org.parent]
        org.aliases.discard(org.name)
    for person in doc.people.values():
        if person.affiliation in renamed:
            person.affiliation = renamed[person.affiliation]
    for sent in [*doc.sents, *doc.captions]:
        sent.spans = [Span(s.start, s.end, Ref("org", renamed[s.ref.key]), renamed[s.ref.key], s.rule)
                      if s.ref.kind == "org" and s.ref.key in renamed else s for s in sent.spans]
