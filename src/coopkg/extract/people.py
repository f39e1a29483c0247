"""People and their roles: titles before the name ("Kenyan Ambassador to Ghana Ada Okafor"),
appositions after it ("Ada Okafor, Ghana's minister of science and technology"), and names next
to a speech verb.  Later single-word mentions ("said Wang") resolve to the full name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from coopkg.extract import lexicon
from coopkg.extract.appositions import role_after
from coopkg.extract.end_anchored import EndAnchored
from coopkg.extract.facts import Person
from coopkg.extract.memo import by_text
from coopkg.extract.name_countries import country_item, placed_country
from coopkg.extract.name_patterns import (
    GIVEN_WORDS,
    LOW,
    NAME,
    NOT_NAME_WORDS,
    PARTICLES,
    UP,
    after_break,
    given_title_before_family,
    weekday_trimmed,
)
from coopkg.extract.orgtypes import has_org_keyword
from coopkg.extract.person_given import given_named
from coopkg.extract.person_honorifics import (
    acronym_lead,
    after_honorifics,
    fathers_honorific,
    four_after_honorific,
    given_before_father,
    initials_honorific,
    name_word_before,
    place_lead,
)
from coopkg.extract.person_nonnames import not_a_name, possessed_place
from coopkg.extract.person_regnal import regnal_names
from coopkg.extract.portfolio_lists import continues_field_list
from coopkg.extract.respective_titles import respective_people
from coopkg.extract.speaker_bodies import BODY_THEN_SPEECH
from coopkg.extract.title_runs import TITLE_COMPLEMENTS, field_noun, placed_run, plural_field
from coopkg.extract.titles import (
    HONORIFICS,
    NON_HONORIFIC_TITLES,
    SPEECH,
    TITLE_WORDS,
    countries_named,
    plural_role,
    role_before,
    strip_honorifics,
)
from coopkg.reference import Gazetteer, gazetteer

_UP, _LOW, _PARTICLES, _GIVEN_WORDS = UP, LOW, PARTICLES, GIVEN_WORDS
_NOT_NAME = NOT_NAME_WORDS
PRONOUNS = {"he", "she"}
_BODY_HEADS = lexicon.words("org_units")
_SURNAMES = lexicon.words("title_surnames")  # 'Julie Bishop': a title word as a family name
# words that end the name of a place or body, so never open a person's name ('Bali Province
# Made Santika', 'Lakeside Railways Ivo Berg'), unless also a family name ('Park Sung-ho')
_NEVER_FIRST = lexicon.words("place_words", "area") | lexicon.words("place_words", "city") | \
    lexicon.words("titles", "modifier") | lexicon.words("title_fields") | \
    lexicon.words("world_regions") | TITLE_COMPLEMENTS  # 'Foreign Employment', 'Minister for Africa Ada Obi'
_PORTFOLIOS = lexicon.words("title_fields")  # 'Renewable Energy' ends a portfolio, not a name
_COUNTRY_GIVEN = lexicon.words("country_given_names")  # 'Jordan Peter Hale'
_LONE_NAME_HONORIFICS = lexicon.words("lone_name_honorifics")  # 'Sheikh Amina'
_KEYWORD_SURNAMES = lexicon.words("body_word_surnames")
# 'King Hamad Causeway' names a structure, 'Islands Forum' an occasion or its body
_BUILT = lexicon.words("infrastructure") | {w for w in lexicon.words("event_words", "noun") if " " not in w}
_LATER_NAME_WORDS = lexicon.words("later_name_words")  # 'Nguyen Van An'
_AREAS = lexicon.words("world_areas")  # "East Africa's largest port" names no person


@dataclass
class PersonMention:
    start: int
    end: int
    name: str


_NAME_SPLIT = re.compile(r"\s|(?<=\.)")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_NAME_PARTS = re.compile(r"[\s.]+")


def _is_name(candidate: str, gaz: Gazetteer) -> bool:
    words = [w for w in _NAME_SPLIT.split(candidate) if w]
    return _name_words(candidate, words, gaz) and (len(words) >= 2 or "." in candidate)


def _name_words(candidate: str, words: list[str], gaz: Gazetteer) -> bool:
    """Whether the words may make a personal name: no title, place, demonym or body word (a
    letter inside a name is an initial, not the article: 'Nawaf Saeed A Al Harbi')."""
    if not words or candidate.lower() in _AREAS:
        return False
    if any((w.lower() in _NOT_NAME and not (i == 0 and w in ("She", "He") and len(words) > 1)
            and not (i and (w.lower() in _LATER_NAME_WORDS or i < len(words) - 1 and len(w) == 1)))
                        or w.lower() in TITLE_WORDS and not (i and w.lower() in _SURNAMES)
                        and not (i == 0 and given_title_before_family(words, 1))
                        and not fathers_honorific(words, i)
                        for i, w in enumerate(words)):
        return False
    if any(len(p.label.split()) == len(words) or p.kind == "country" for p in gaz.lookup(candidate)):
        return False  # a country, or a place of as many words (not 'Bo Gota' for 'Bogotá')
    if any((gaz.country_of_demonym(w) or countries_named(w, gaz)) and not (
            i == 0 and len(words) >= 3 and w.lower() in _COUNTRY_GIVEN or
            i and w.lower() in _LATER_NAME_WORDS) for i, w in enumerate(words)):
        return False
    # 'Director of the X Service John Kamau': 'Service' ends the body
    return not (has_org_keyword(words[-1]) or words[0].lower() in _NEVER_FIRST or placed_run(words) or
                words[-1].lower() in _BUILT or words[0].lower() in _BODY_HEADS or
                has_org_keyword(words[0]) and words[0].lower() not in _KEYWORD_SURNAMES)


def _name_within(text: str, start: int, gaz: Gazetteer, before: str = ""
                 ) -> tuple[str, int, int] | None:
    """The longest name inside a capitalised run: 'Spokesperson Ada Okafor' → 'Ada Okafor'."""
    first = four_after_honorific(text) or max(_title_words(text), after_honorifics(text))
    if not first and text.count(" ") == 2 and before.rstrip().endswith(("and", "&")) and \
            _IN_TITLE_COMPLEMENT.search(before) and not country_item(before, gaz):  # end first: speed
        first += 1  # 'Minister of Economy, Trade and Industry X Y': 'Industry' ends the title
    elif _opens_long_name(text.split(" "), first, before):
        first -= 1
    placed = _place_before(before)
    found = _name_from(text, first, placed) if gaz is gazetteer() else \
        _find_name(text, first, gaz, placed)
    if found is None:
        return None
    candidate, offset = found
    return candidate, start + offset, start + offset + len(candidate)


# ', and' closes a list item ('between A, mayor of X, and B'); 'and' alone may join a title's
# fields ('Minister of Trade and Fisheries X Y Z')
_OPENS_RUN = re.compile(rf"(?:^|[.!?]\s*|\b(?:{SPEECH}|by|with|between)\s+|,\s+and\s+)$")


def _opens_long_name(words: list[str], first: int, before: str) -> bool:
    """'Foreign Minister José Luis Rodríguez Pardo', 'Minister of Foreign Affairs Ana María Ruiz
    López': a four-word name right after a title word, after a portfolio noun ('Affairs') or a
    body's name ('of the National Assembly Mai Thi Lan Anh'), or opening the run after a verb or a
    lowercase title ('said José Luis ...'); an initial opens one anywhere ('counterpart U Wunna
    Maung Lwin', the Burmese 'U' as a name writes it)."""
    if len(words) - first != 3 or not first:
        return False
    word = words[first - 1]
    if len(word) == 1 and word.isupper():
        return True
    low = word.lower()
    if low in TITLE_WORDS or low in _NOT_NAME or field_noun(word) or has_org_keyword(word) \
            or low in _NEVER_FIRST or not word[:1].isupper() or word.isupper():
        return False
    if first == 1:
        lead = before.rstrip().split()[-1:] if before.strip() else []
        return not lead or lead[0].lower() in TITLE_WORDS or after_break(lead[0]) or \
            bool(_OPENS_RUN.search(before))
    prev = words[first - 2]
    return prev.lower() in NON_HONORIFIC_TITLES or field_noun(prev) or prev.lower() in _PORTFOLIOS or \
        has_org_keyword(" ".join(words[:first - 1]))


@by_text
def _title_words(text: str) -> int:
    """How many leading words of a capitalised run can only be its title (none past 'X bin')."""
    words = text.split(" ")
    particles = sum(1 for i, w in enumerate(words) if w.lower() in _PARTICLES or _INITIALS.fullmatch(w)
                    or fathers_honorific(words, i))
    first = min(max(0, len(words) - 3 - (particles + 1 if particles else 0)), given_before_father(words))
    if len(words) - first == 3 and field_noun(words[first]) and \
            not (first and words[first - 1].lower() in TITLE_WORDS and not plural_field(words[first])):
        first += 1  # 'Minister of Electricity Mohamed Shaker', not 'Minister Florence Ada Obi'
    return first


@by_text
def _name_from(text: str, first: int, placed: bool) -> tuple[str, int] | None:
    return _find_name(text, first, gazetteer(), placed)


# 'Consul General in Mombasa Li Wenhao', 'Governor of Lagos State Ada Obi': a place opening the
# run ends a title only after a preposition; elsewhere a word that is also a place's name is a
# given name ('President Victoria Ruiz Soto')
_PLACE_BEFORE = re.compile(r"\b(?:in|of|at|to|for|from)\s+$")


def _place_before(before: str) -> bool:
    """`_PLACE_BEFORE` searched in the last word before the closing whitespace only: asked of
    the whole text before every name, a full scan would cost its length each time."""
    end = len(before.rstrip())
    return end < len(before) and bool(_PLACE_BEFORE.search(before, max(0, end - 4)))


def _find_name(text: str, first: int, gaz: Gazetteer, placed: bool) -> tuple[str, int] | None:
    """The first name (and its offset) made of the words from the `first` on."""
    words = text.split(" ")
    if first and words[first - 1].lower().rstrip(".") + "." in _GIVEN_WORDS:
        first -= 1  # 'Md Karim Abdul Hossain': the abbreviated given name opens a long name
    if placed:  # 'Consul General in Cape Town Li Wenhao': the place after 'in' ends the title
        first = max(first, next((j for j in range(min(3, len(words) - 2), 0, -1)
                                 if gaz.lookup(" ".join(words[:j]))), 0))
    for i in range(first, len(words)):
        candidate = " ".join(words[i:])
        if _is_name(candidate, gaz) or i and i == len(words) - 2 and _lone_named(words[i], words[-1], gaz):
            return candidate, len(" ".join(words[:i])) + (1 if i else 0)
    return None


def _lone_named(honorific: str, name: str, gaz: Gazetteer) -> bool:
    """'Prime Minister Sheikh Amina': after a title, an honorific that names a person with one
    word stays in the name, which would otherwise be that word alone ('Sheikh Khalid said', with
    no title, is a later mention of a longer name)."""
    return honorific.lower() in _LONE_NAME_HONORIFICS and _name_words(name, [name], gaz)


_TITLE_ALT = "|".join(re.escape(w) for w in sorted(TITLE_WORDS - HONORIFICS))
_IN_TITLE_COMPLEMENT = re.compile(rf"\b(?i:{_TITLE_ALT})\s+of\s+[^.;:\"“”]{{0,60}}?(?:\band|&)\s*$")
_COMPLEMENT_OF_TITLE = re.compile(r"\b(?:for|of|in|at|on)\s+(?:the\s+)?$")
# A speech verb right before or after a name ('said Ada Okafor', 'Okafor told'), compiled once:
# they are asked of every name found.
_SPEECH_BEFORE = re.compile(rf"(?:{SPEECH}|according to)\s*,?\s*$", re.I)
_ADVERB = lexicon.word_pattern("speech_adverbs")  # 'Ada Obi also said'
_SPEECH_AFTER = re.compile(rf"\s*(?:{SPEECH}|,\s+{SPEECH}|{_ADVERB}\s+{SPEECH})\b(?![’'])",
                           re.I)  # not "the states' unity"
# a role of one honorific or weak title before a name yields to an apposition's role: 'Chief Ada
# Obi, the consul general in Lima' is the consul general
_LONE_WORD_ROLES = HONORIFICS | lexicon.words("weak_titles")
# 'led by Ada Obi', 'signed by Ada Obi and Luis Vega'
_CUED = EndAnchored(re.compile(rf"\b{lexicon.word_pattern('person_cues')}\s+(?:(?:[{_UP}][\w.\-'’]*\s+)"
                                rf"{{2,6}}and\s+)?$"),
                    tuple(sorted({c.split()[-1] for c in lexicon.words("person_cues")} | {"and"})))
# 'Chairman of the Zones Authority (ZA) Ada Obi': the body's acronym ends the title
_ACRONYM_END = EndAnchored(re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)\s*$"), (")",))
_POSSESSIVE_AFTER = re.compile(r"['’]s\s")
# 'quoted X as saying', 'X was quoted as saying'
_WAS_QUOTED_AS = re.compile(r"\s+(?:is|was|were|has\s+been)\s+(?:also\s+)?(?:quoted|cited)\s+as\s+"
                            r"(?:saying|telling|stating|declaring|adding)\b")
_AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|stating|declaring|adding)\b")
_QUOTED_BEFORE = re.compile(r"\b(?:quoted|cited)\s+(?:[A-Z][\w.’'\-]*\s+){0,4}$")
_WHO_SPEAKS = re.compile(rf",\s+who\s+(?:\w+\s+)?{SPEECH}")
# "Japan's Ada Obi met her Kenyan counterpart": a country's possessive before a name and an act
# only a person does after it
_POSSESSED = EndAnchored(re.compile(rf"\b(?P<owner>[{_UP}][\w.\-]*(?:\s[{_UP}][\w.\-]*){{0,2}})['’]s?\s+$"),
                         ("'", "’", "'s", "’s"))
_PERSON_ACT = re.compile(rf"\s*(?:{lexicon.word_pattern('person_acts')}\b|met\s+(?=[{_UP}]))")


def find_people(sentence: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[
        tuple[PersonMention, Person]]:
    out = [(PersonMention(s, e, name), Person(name=name, role=title, evidence=sentence, rule="person.titled"))
           for s, e, name, title in regnal_names(sentence, gaz, taken)]
    out += [(PersonMention(r.start, r.end, r.person.name), r.person) for r in respective_people(sentence, gaz)
            if not any(s < r.end and r.start < e for s, e in taken)]
    taken = taken + [(m.start, m.end) for m, _ in out]
    titled_before = {m.end for m, _ in out}  # names whose title comes before them
    for m in NAME.finditer(sentence):
        if "." not in (run := m.group(1)) and len(run.split()) == 1:
            continue  # speed only: `_name_within` finds no name in a lone word (`_one_word`, inline)
        span = _name_within(weekday_trimmed(run), m.start(1), gaz, sentence[:m.start(1)])
        if span is None:
            continue
        name, start, end = initials_honorific(*span)
        name, start = place_lead(*acronym_lead(sentence, name, start), gaz)
        if any(s <= start < e or s < end <= e for s, e in taken):
            continue
        head, honorific = strip_honorifics(_ACRONYM_END.sub(" ", sentence[:start]))
        if honorific and (lead := name_word_before(head)) is not None:  # 'Minister Tengku Datuk X'
            name, start, head = f"{head[lead:].strip()} {name}", lead, head[:lead]
        listed = head[head.rfind(";") + 1:]  # a title never runs back over a list item's end
        before = _own_title_text(head, len(head) - len(listed), out, titled_before)
        post = role_after(sentence[end:], gaz)
        if not honorific and _title_complement(before, post[0]):
            continue  # 'Director for International Programs'; not 'the work of Prof. X'
        role, country, affiliation = role_before(before, gaz) if before else (None, None, None)
        if role:
            titled_before.add(end)
        if post[0] and (role is None or role.lower() in _LONE_WORD_ROLES and not affiliation):
            role, country, affiliation = post[0], post[1] or country, post[2] or affiliation
        elif post[1] and not country:
            country = post[1]
        role = role or plural_role(listed)
        bracketed = placed_country(sentence, (start, end), name, gaz, bool(role or honorific))
        country = country or bracketed
        cued = "person.cued" if _CUED.search(sentence, 0, start) else \
            "person.possessed" if _country_person(sentence, start, end, gaz) else ""
        if role is None and not honorific and not bracketed and not cued and \
                not _speaks(sentence, start, end):  # else a common given name opening it alone
            cued = "person.given" if given_named(name, sentence, start, gaz) else None
        if cued is None:
            continue
        if role is None and not honorific and (not_a_name(name) or possessed_place(name, sentence, end, gaz)):
            continue  # 'El X reported', 'French-speaking West Africa', "showed X Lima's sights"
        if role is None and not honorific and name.split()[-1].lower() in _PORTFOLIOS:
            continue  # 'the Minister of Electricity and Renewable Energy, said': a title's field
        if name.split()[-1].lower() in _PORTFOLIOS and continues_field_list(sentence[:start], True):
            continue  # 'Minister for Housing, Urban Planning and Environment X': a field
        rule = "person.titled" if role else cued or ("person.placed" if bracketed else "person.speaker")
        person = Person(name=name, role=role, country=country, affiliation=affiliation,
                        evidence=sentence, rule=rule)
        out.append((PersonMention(start, end, name), person))
    return out


_CAPITAL_THEN_OF = re.compile(r"\b[A-Z][\w\-]*\s+(?:for|of|in|at|on)\s+(?:the\s+)?$")


def _title_complement(before: str, role_after_name: str | None) -> bool:
    """'Director for International Programs': capitalised words after a title's 'of' complete
    the title.  After a lowercase noun ('in the presence of X, Prime Minister of Y') a name with
    its own role in apposition is a person."""
    if not _COMPLEMENT_OF_TITLE.search(before):
        return False
    return role_after_name is None or bool(_CAPITAL_THEN_OF.search(before))


def _one_word(text: str) -> bool:
    """A run of one word with no point: `_find_name` tries it alone, and a name needs two words
    or an initial's point ('Ts.Elbegdorj')."""
    return "." not in text and len(text.split()) == 1


def _own_title_text(head: str, item_start: int, found: list[tuple[PersonMention, Person]],
                    titled_before: set[int]) -> str:
    """The text a name's title may come from: its list item, never back over another person's
    name, and nothing when that text is the other person's apposition: in 'A, the scientist of
    X, Dr. B' the phrase is A's, in 'Head of Y, A, Director of Z, Dr. B' (A titled before the
    name) it is B's title."""
    previous = max((m.end for m, _ in found if m.end <= len(head)), default=0)
    if previous <= item_start:
        return head[item_start:]
    own = head[previous:]
    return "" if previous not in titled_before and _APPOSED.fullmatch(own) else own


_APPOSED = re.compile(r"\s*,(?!\s*(?:and|or|as\s+well\s+as|while|with|whereas)\b)[^,;]*,\s*")


# '..., Harbour Courier reported.': a bare name tagging a sentence with 'reported' is the outlet
# ('..., Ada Obi wrote.' is a writer)
_OUTLET_TAG = re.compile(r"\s(?:reports|reported)(?=\s*(?:[.;,]|$|on\s|citing\s|quoting\s))")


def _speaks(sentence: str, start: int, end: int) -> bool:
    """A name next to a speech verb ('said X', 'X said', "X's remarks", 'X, who noted'); a
    bare name in a trailing reporting tag is a news outlet, not a speaker."""
    if sentence[:start].rstrip().endswith(",") and _OUTLET_TAG.match(sentence, end):
        return False
    return bool(_SPEECH_BEFORE.search(sentence[:start]) or _SPEECH_AFTER.match(sentence, end) or
                _POSSESSIVE_AFTER.match(sentence, end) or _WHO_SPEAKS.match(sentence, end) or
                _APPOSED_SPEAKER.match(sentence, end) or _quoted_as(sentence, start, end) or
                BODY_THEN_SPEECH.match(sentence, end))


def _quoted_as(sentence: str, start: int, end: int) -> bool:
    """'quoted X as saying', 'X was quoted as saying': a relayed speaker (not 'quoted by Y as')."""
    return bool(_WAS_QUOTED_AS.match(sentence, end) or
                _AS_SAYING.match(sentence, end) and _QUOTED_BEFORE.search(sentence, 0, start))


def _country_person(sentence: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """'Kenya's Ada Obi held talks with …': a country's own person, by what the name does."""
    owner = _POSSESSED.search(sentence, 0, start)
    return bool(owner and _PERSON_ACT.match(sentence, end) and countries_named(owner["owner"], gaz))


# 'X, who heads the agency, said', 'X, a senior fellow at Y, told': an apposition between a
# name and its speech verb
_APPOSED_SPEAKER = re.compile(rf",\s+[^,;:\"“”()]{{3,90}},\s+(?:also\s+)?{SPEECH}\b", re.I)


def resolve_short(token: str, people: list[Person]) -> Person | None:
    """'Okafor' → 'Ada Okafor'; 'Mensah' → 'Kofi Mensah'; ambiguous → None."""
    hits = [p for p in people if token in _name_parts(p.name)]
    return hits[-1] if len({p.name for p in hits}) == 1 else None


def name_words(people: list[Person]) -> frozenset[str]:
    """Every word of the people's names: a word outside it resolves to no one (`resolve_short`)."""
    return frozenset().union(*(_name_parts(p.name) for p in people))


@by_text
def _name_parts(name: str) -> frozenset[str]:
    """The words of a name, split once: every capitalised word of an article is looked up
    among every person's name parts.  A surname in capitals is also the word as later mentions
    write it ('Marta RAMIREZ' is 'Ramirez' after), and an accented word is also itself without
    its accents."""
    parts = _NAME_PARTS.split(name)
    parts += [p.capitalize() for p in parts if len(p) > 2 and p.isupper()]
    return frozenset(parts + [_unaccented(p) for p in parts if not p.isascii()])


def _unaccented(word: str) -> str:
    """'Ramírez' as a text that drops its accents writes it ('Ramirez')."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
