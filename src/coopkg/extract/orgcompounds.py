"""Organisation names the capitalised-run scanner cannot see whole, because official English
puts punctuation or a lowercase word inside them:

- a topic list in a name: 'the Ministry of Health, Labour and Welfare', 'the Directorate of
  Energy, Science and Innovation', 'the Ministry of Blue and Green Economy, Agriculture and Food
  Security' (a first topic of two joined by 'and') — the commas would otherwise split one ministry into three
  organisations; a bloc may be one of the topics when the list ends in one ('the Ministry of
  Foreign Affairs, European Union and Cooperation');
- a body housed at another: 'the Language Institute at Riverside University' — one organisation
  (the institute, whose host is its parent), not an institute plus a university.

Both produce `OrgMention`s that `orgs.find_org_mentions` keeps whole."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.orgbetween import split_between
from coopkg.extract.orgextents import extend_mentions
from coopkg.extract.orgfilters import is_country_name, starts_with_place
from coopkg.extract.orginner import acronym_campuses, country_pair_centres, inner_bracket_names
from coopkg.extract.orgs import OrgMention, find_org_mentions
from coopkg.extract.orgsplit import drop_possessor
from coopkg.extract.orgtypes import BODY_WORDS, KNOWN_IGO, has_org_keyword, head_of, known_igo
from coopkg.extract.orgunits import split_units, unit_of_state_body
from coopkg.extract.portfolio_lists import joined_first_field
from coopkg.extract.title_runs import field_noun  # one rule for field nouns
from coopkg.reference import gazetteer

_LEADING = lexicon.words("not_org_starts")
_CAPW = r"[A-Z][\w'’\-&]*"
_ITEM = rf"{_CAPW}(?:\s{_CAPW}){{0,3}}"
_HEADS = "|".join(sorted((w.capitalize() for w in lexicon.words("org_units", "list")), key=len,
                         reverse=True))
_GROUPINGS = lexicon.alternation([w.capitalize() for w in lexicon.words("org_units", "grouping")])
_COMMA_LIST = re.compile(
    rf"(?:(?:{_CAPW}\s){{0,3}}(?:{_GROUPINGS})\sof\s)?"  # 'Federation of Chambers of A, B and C'
    rf"(?:{_CAPW}\s){{0,4}}(?:{_HEADS})\s"
    rf"(?:of\s(?:the\s)?{_CAPW}(?:\s{_CAPW})?\s(?=(?:for|on)\s))?"  # 'Committee of X for A, B and C'
    rf"(?:of|for|on)\s(?:the\s)?"
    rf"(?:(?:{_CAPW}\s){{1,2}}of\s(?:the\s)?)?"  # 'Centre for the Control of A, B and C'
    rf"(?P<items>{_ITEM}(?:\s(?:and|&)\s{_ITEM})?(?:,\s*{_ITEM})+,?\s+(?:and|&)\s+{_ITEM})"
    rf"(?P<tail>\sof\s(?:the\s)?(?P<owner>{_CAPW}(?:\s(?:of\s(?:the\s)?|for\s|and\s)?{_CAPW}){{0,7}}))?")
_ITEM_SPLIT = re.compile(r",\s*(?:and|&)\s+|,\s*|\s+(?:and|&)\s+")
_UNITS = lexicon.words("org_units", "unit")
_HOSTED_GAP = re.compile(r"\s+at\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2}['’]s?\s+)?")


def _topic_item(item: str) -> bool:
    """A list item of a name's topic ('Labour', 'Technical Supervision'), not a body, an acronym
    or a country: 'the Ministry of Energy, Rosgeo and KazMunayGas' lists three bodies."""
    words = item.split()
    if len(words) == 1 and words[0].lower() in BODY_WORDS and not _named(words[0]):
        return True  # 'Ministry of the Presidency, Justice and X': a type word alone names no body
    return not (any(w.lower() in BODY_WORDS or w.lower() in _TITLE_WORDS or _named(w) for w in words)
                or is_country_name(item) or starts_with_place(item))  # 'Office of the Prime Minister, X'


_TITLE_WORDS = lexicon.words("titles", "title")


def _named(word: str) -> bool:
    """An acronym or a camel-cased brand ('ROSGEO', 'PetroNova'): a name, not a topic word; two
    fields joined by a hyphen ('Science-Technology') are topic words, each capitalised."""
    return len(word) > 1 and (word.isupper() or any(any(c.isupper() for c in part[1:])
                                                    for part in word.split("-")))


def _owner_length(owner: str) -> int:
    """How much of the 'of ...' after a listed topic names whose body it is: a country ('of
    Kenya'), or a body up to its type word or its own 'of <country>' ('of the National Academy
    of Sciences of Tajikistan'); 0 when neither ('of Kenya Ada Okafor' gives 'Kenya')."""
    words = owner.split(" ")
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        if words[n - 1][:1].isupper() and (is_country_name(head) or has_org_keyword(words[n - 1]) or
                                           has_org_keyword(head) and _COUNTRY_END.search(head)):
            return len(head)
    return 0


_COUNTRY_END = re.compile(r"\sof\s(?:the\s)?(?P<c>[A-Z].*)$")


_TITLE_BEFORE = re.compile(rf"\b(?i:{lexicon.alternation(lexicon.words('titles', 'title'))})\s+"
                           r"(?:at|in|of)\s+(?:the\s+)?$")


def _list_end(sentence: str, m: re.Match[str]) -> int:
    """Where a ministry's comma list ends: after its last field noun, else (after a title)
    before the holder's name its last item runs into."""
    end = _topic_end(sentence, m)
    return end if end < m.end("items") else m.end("items") - _named_after_list(sentence, m)


def _named_after_list(sentence: str, m: re.Match[str]) -> int:
    """'Secretary at the Ministry of Trade, Industry and Cooperatives Ada Mwangi Obi': after a
    title, a last list item of three or more words is its topic word and the holder's name; the
    length of the name cut off the body (0 when the item is the topic alone)."""
    last = re.split(r" (?:and|&) ", m.group("items"))[-1].split(" ")
    if len(last) < 3 or not _TITLE_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
        return 0
    return len(" ".join(last[1:])) + 1


# a possessor of up to three capitalised words opening a name ("South Korea's Ministry of X")
_OWNER_LEAD = re.compile(r"(?:[A-Z][\w\-]*\s){1,2}[A-Z][\w\-]*(?:['’]s|(?<=s)['’])\s+(?=[A-Z])")


def comma_list_names(sentence: str) -> list[OrgMention]:
    """Names whose topic complement is a comma list closed by 'and' (see the module doc)."""
    if "," not in sentence or "and" not in sentence and "&" not in sentence:
        return []  # speed only: every match's list holds a comma and 'and' (or '&')
    out = []
    for m in _COMMA_LIST.finditer(sentence):
        items = _ITEM_SPLIT.split(m.group("items"))
        if not all(_topic_item(item) or known_igo(item) and _topic_item(items[-1]) for item in items):
            continue
        if not joined_first_field(m.group("items")):
            continue
        owner = _owner_length(m.group("owner")) if m.group("tail") else 0
        end = m.start("owner") + owner if owner else _list_end(sentence, m)
        if end == m.end("items"):
            end -= _trailing_country(m.group("items"))
        start = m.start()
        words = sentence[start:end].split(" ")
        while words and (words[0].lower() in _LEADING or words[0].endswith(("'s", "’s"))):
            start += len(words[0]) + 1
            words = words[1:]
        owner = _OWNER_LEAD.match(sentence, start, end)  # "South Korea's", "the United States'"
        start = owner.end() if owner else start
        written = sentence[m.start():end]
        name = sentence[start:end]
        out.append(OrgMention(start, end, name, written if written != name and
                              written.endswith(name) and "'" in written.replace("’", "'") else ""))
    return out


def _trailing_country(items: str) -> int:
    """'of Drugs, Food and Medical Technology Argentina': a country written after a state body's
    listed topic without 'of' is whose body it is, not a topic word (lists of signed documents
    write each side's country so); the length to cut, 0 when the last item ends in none."""
    words = items.split(" ")
    for n in (2, 1):
        if len(words) > n + 1 and words[-n - 1][:1].isupper() and is_country_name(" ".join(words[-n:])):
            return len(" ".join(words[-n:])) + 1
    return 0


_LAST_ITEM = re.compile(r",?\s+and\s+(?=[A-Z][^,]*$)")
_CAP_RUN = re.compile(r"[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*)*")


def _topic_end(sentence: str, m: re.Match[str]) -> int:
    """Where the listed topic ends: 'of Lands, Housing and Urban Development Mary Wanjiru Achieng
    met' — a last item that runs on into two or more capitalised words after its last field noun
    ('Development') runs into the name of the person holding the title."""
    last = list(_LAST_ITEM.finditer(m.group("items")))
    if not last:
        return m.end("items")
    start = m.start("items") + last[-1].end()
    words = _CAP_RUN.match(sentence, start).group().split(" ")
    fields = [i for i, w in enumerate(words) if field_noun(w) and len(words) - i > 2]
    if len(words) < 3 or not fields:
        return m.end("items")
    return min(m.end("items"), start + len(" ".join(words[:fields[-1] + 1])))


def join_hosted(sentence: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """'the X Institute at Y University' → one mention, whose host `host_of` finds again."""
    out: list[OrgMention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if prev is not None and head_of(prev.name).split()[-1].lower() in _UNITS and \
                _HOSTED_GAP.fullmatch(sentence, prev.end, mention.start) and \
                has_org_keyword(mention.name) and not unit_of_state_body(head_of(prev.name), mention.name):
            out[-1] = OrgMention(prev.start, mention.end, sentence[prev.start:mention.end])
            continue
        out.append(mention)
    return out


_AT = re.compile(r"\sat\s+(?:the\s+)?")


def host_of(name: str) -> str | None:
    """The host of a housed body: 'X Institute at Ruritania's Y University' → 'Y University'."""
    m = _AT.search(name)
    if m and head_of(name[:m.start()]).split()[-1].lower() in _UNITS and has_org_keyword(name[m.end():]):
        return drop_possessor(name[m.end():])
    return None


_MARKERS = lexicon.alternation(lexicon.words("shared_bodies", "marker"))
# 'the Kenyan-Ugandan (economic) cooperation committee': the field it works on before a standing
# body of members (a 'trade forum' or 'investment fund' may be one occasion or one proposal)
_TOPIC_WORDS = lexicon.alternation(lexicon.words("shared_bodies", "topic end"))
_JOINT_LOWER = re.compile(
    rf"\b(?:(?:{_MARKERS})\s)?(?P<pair>[A-Z][a-z]+)-(?P<other>[A-Z][a-z]+)\s"
    rf"(?:(?:economic\s)?(?:{_TOPIC_WORDS})\s(?=(?:{_MARKERS}\s)*(?:committee|commission|council)\b))?"
    rf"(?:(?:{_MARKERS})\s)*"
    rf"(?:{lexicon.alternation(lexicon.words('shared_bodies', 'body'))})\b"
    r"(?P<topic>\s(?:for|on)\s(?:[a-z][a-z\-]*,?\s?)+)?")
_TOPIC_END = re.compile(
    rf".*\b(?:{lexicon.alternation(lexicon.words('shared_bodies', 'topic end'))})\b")


def _country_word(word: str) -> bool:
    return is_country_name(word) or gazetteer().country_of_demonym(word) is not None


def joint_body_names(sentence: str) -> list[OrgMention]:
    """'the joint Kenyan-Ugandan commission for trade and economic cooperation': a bilateral
    body named in lowercase, its topic up to the last word that closes one ('cooperation')."""
    out = []
    for m in _JOINT_LOWER.finditer(sentence):
        if not (_country_word(m.group("pair")) and _country_word(m.group("other"))):
            continue
        end = m.start("topic") if m.group("topic") else m.end()
        topic = _TOPIC_END.match(m.group("topic") or "")
        if topic:
            end += topic.end()
        out.append(OrgMention(m.start(), end, sentence[m.start():end]))
    return out


_LOWER_WORD = (r"(?!(?:the|a|an|its|their|his|her|this|that|which|who|said|has|have|had|is|was|will)\b)"
               r"[a-z][a-z\-]+")
# a lowercase field of one word, or of two whose second closes a portfolio ('foreign affairs')
_FIELD = rf"{_LOWER_WORD}(?:\s(?:{lexicon.alternation(lexicon.words('field_second_words'))})\b)?"
_LOWER_MINISTRY = re.compile(
    rf"\b(?!(?:The|A|An|In|At|For|By)\s)(?P<adj>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?P<of>['’]s?)?\s"
    rf"(?P<field>(?:{_LOWER_WORD},?\s(?:and\s)?){{0,4}})"
    rf"ministry\b(?P<topic>\s(?:of|for)\s{_FIELD}(?:(?:,\s(?:and\s)?|\sand\s){_FIELD}){{0,5}})?")


_UNDER = re.compile(r"\bunder\s+(?:the\s+)?$")


def lower_ministries(sentence: str) -> list[OrgMention]:
    """'the Kenyan foreign ministry', 'the Ugandan ministry for oil, energy and mines': a
    country's ministry written in lowercase, named by its demonym and its field (a bare 'the
    Kenyan ministry' only points back to one).  After 'under' it only places a lowercase unit
    ('a department under the Kenyan trade ministry'): the parent of the body that acts, whose
    capitalised name the story gives elsewhere.  The name is as written, with the country's
    possessive ("Kenya's trade ministry", GOLD_FORMAT: a descriptor stands as in the text); a
    country after 'of' ('the trade and tourism ministry of Uganda') only says whose it is."""
    if "ministry" not in sentence:
        return []  # speed only: every match of both patterns holds the word as written
    out = []
    for m in _LOWER_MINISTRY.finditer(sentence):
        if not (m.group("field") or m.group("topic")) or _UNDER.search(sentence, 0, m.start()):
            continue
        start = _owner_start(m)
        if start is not None:
            out.append(OrgMention(start, m.end(), sentence[start:m.end()]))
    if " ministry of " in sentence:
        out.extend(OrgMention(m.start("name"), m.end("name"), m.group("name"))
                   for m in _MINISTRY_OF_COUNTRY.finditer(sentence) if _opens_with_country(m.group("c")))
    return out


# 'the industry, commerce and supplies ministry of Nepal': the fields before, the country after
_MINISTRY_OF_COUNTRY = re.compile(rf"\bthe\s(?P<name>(?:{_LOWER_WORD},?\s(?:and\s)?){{1,4}}ministry)\sof\s"
                                  rf"(?:the\s)?(?P<c>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){{0,2}})")


def _opens_with_country(words: str) -> bool:
    """'Uganda Omar Said': the capitalised run after 'of' opens with a country's name."""
    parts = words.split(" ")
    return any(is_country_name(" ".join(parts[:n])) for n in range(len(parts), 0, -1))


def _owner_start(m: re.Match[str]) -> int | None:
    """Where a lowercase ministry's name opens: at its demonym ('the Kenyan trade ministry') or
    its country's possessive ("Kenya's trade ministry"); a capitalised word before the country
    ('And Kenya's trade ministry') is the sentence's.  None when no country says whose it is."""
    words = m.group("adj").split(" ")
    for n in range(len(words)):
        adj = " ".join(words[n:])
        owned = is_country_name(adj) if m.group("of") else gazetteer().country_of_demonym(adj) is not None
        if owned:
            return m.start("adj") + len(" ".join(words[:n])) + (1 if n else 0)
    return None


_LOWER_BODY = re.compile(r"\b(?!(?:The|A|An|In|At|For|By)\s)(?P<adj>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
                         r"(?P<of>['’]s?)?\s"
                         rf"(?:government\s)?(?:{lexicon.alternation(lexicon.words('lower_bodies'))})\b")
_LOWER_BODY_ENDS = tuple(sorted({body.split()[-1] for body in lexicon.words("lower_bodies")}))


def lower_bodies(sentence: str) -> list[OrgMention]:
    """'the Tunisian presidency', 'the Kenyan parliament', 'the Ukrainian government press
    service': a country's one body of its kind, written in lowercase after the demonym."""
    if not any(map(sentence.__contains__, _LOWER_BODY_ENDS)):
        return []  # speed only: every match holds the last word of a body as written
    return [OrgMention(m.start(), m.end(), m.group()) for m in _LOWER_BODY.finditer(sentence)
            if _country_before(m)]


def _country_before(m: re.Match[str]) -> bool:
    """'the Kenyan parliament': a demonym says whose the lowercase body is.  After a country's
    possessive ("Kenya's parliament") the lowercase words describe the body, no name of it
    (GOLD_FORMAT: descriptors such as "Ankara's textile exporters' association" are no
    organisations)."""
    return not m.group("of") and gazetteer().country_of_demonym(m.group("adj")) is not None


_LOWER_OFFICE = re.compile(r"\bOffice\s+of\s+the\s+(?:president|prime\s+minister|vice[\s\-]president)\s+of\s+"
                           r"(?:the\s+)?(?P<c>[A-Z][\w'’\-]+(?:\s(?:of\s)?[A-Z][\w'’\-]+){0,2})")


_SERVICE_OF_LEADER = re.compile(r"\b(?:press\s+service|press\s+office|office)\s+of\s+the\s+"
                                r"(?P<adj>[A-Z][a-z]+)\s+(?:president|prime\s+minister|government)\b")


def lower_offices(sentence: str) -> list[OrgMention]:
    """'the Office of the president of X': a head of state's office, its title written in
    lowercase inside the name, which the capitalised-run scanner would cut there; 'the press
    service of the Kenyan president' (or '... government'): the office of a country's leader or
    government, all in lowercase."""
    out = [OrgMention(m.start(), m.end(), m.group()) for m in _SERVICE_OF_LEADER.finditer(sentence)
           if gazetteer().country_of_demonym(m.group("adj")) is not None] if " of the " in sentence else []
    if "Office of the" not in sentence:
        return out  # speed only
    for m in _LOWER_OFFICE.finditer(sentence):
        words = m.group("c").split(" ")
        n = next((n for n in range(len(words), 0, -1) if is_country_name(" ".join(words[:n]))), 0)
        if n:
            end = m.start("c") + len(" ".join(words[:n]))
            out.append(OrgMention(m.start(), end, sentence[m.start():end]))
    return out


def org_mentions(sentence: str, known: dict[str, str],
                 cuts: list[tuple[int, int]] | None = None) -> list[OrgMention]:
    """Every organisation mention of a sentence: compound names first, the scanner elsewhere."""
    igos = igo_in_compounds(sentence)  # speed only: read once, used twice (a pure function)
    compounds = comma_list_names(sentence) + joint_body_names(sentence) + lower_ministries(sentence) + \
        lower_bodies(sentence) + lower_offices(sentence) + inner_bracket_names(sentence) + \
        country_pair_centres(sentence) + acronym_campuses(sentence) + \
        [m for m in igos if "-" in m.name]  # 'the OIC-CFM': an organ
    stretches = [*(cuts or []), *((m.start, m.end) for m in compounds)]
    found = [m for m in find_org_mentions(sentence, known, stretches)
             if not any(c.start <= m.start < c.end for c in compounds)]
    mentions = split_between(sentence, split_units(sentence, extend_mentions(
        sentence, [_named_after(sentence, m) for m in join_hosted(sentence, compounds + found)])))
    return mentions + [m for m in igos + numbered_blocs(sentence)
                       if not any(o.start < m.end and m.start < o.end for o in mentions)]


_NUMBERED_BLOC = re.compile(r"\bGroup\s+of\s+(?:\d{1,2}|[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\b")


def numbered_blocs(sentence: str) -> list[OrgMention]:
    """'a Group of 20 summit', 'the Group of Seven': a bloc named by its number of members, which
    the capitalised-run scanner cuts at the number (known_orgs.tsv lists the blocs)."""
    if "Group of" not in sentence:
        return []  # speed only
    return [OrgMention(m.start(), m.end(), m.group()) for m in _NUMBERED_BLOC.finditer(sentence)
            if m.group().lower() in KNOWN_IGO]


_IGO_PART = re.compile(r"(?<![\w\-])(?P<a>[A-Z]{2,8})(?=-[A-Z]|-[a-z]+\b)|"  # 'EU-China', 'UN-led'
                       r"(?<=[A-Za-z]-)(?P<b>[A-Z]{2,8})(?![\w\-])")


def igo_in_compounds(sentence: str) -> list[OrgMention]:
    """'the ASEAN-Australia Special Summit', 'the China-CELAC Forum', 'UN-led funding': a
    multilateral body named by its acronym inside a hyphenated compound is mentioned there, and
    an acronym after it that names no body of its own ('the OIC-CFM') names its organ instead."""
    if "-" not in sentence:
        return []  # speed only: both forms of `_IGO_PART` hold a hyphen
    out = []
    for m in _IGO_PART.finditer(sentence):
        word = m.group("a") or m.group("b")
        organ = _ORGAN.match(sentence, m.end()) if m.group("a") else None
        if known_igo(word) and organ and not known_igo(organ.group(1)) and \
                not is_country_name(organ.group(1)):
            out.append(OrgMention(m.start(), organ.end(), sentence[m.start():organ.end()]))
        elif known_igo(word):
            out.append(OrgMention(m.start(), m.end(), word))
    return out


# 'the OIC-CFM': a body's acronym, a hyphen and an acronym of one of its organs names the organ
_ORGAN = re.compile(r"-([A-Z]{2,8})(?![\w\-])")


_NAMED_AFTER = re.compile(r"\s+named\s+after\s+(?:[A-Z][\w'’\-]*\.?(?:\s(?=[A-Z])|(?=[\s,.;:)]|$))){1,4}")


def _named_after(sentence: str, mention: OrgMention) -> OrgMention:
    """'the National University of Arts named after Ada Okafor': the dedication is part of the
    name (the naming style of post-Soviet institutions), and its person no person of the story."""
    m = _NAMED_AFTER.match(sentence, mention.end)
    if m is None or not has_org_keyword(mention.name):
        return mention
    end = m.end() - (1 if sentence[m.end() - 1:m.end()] == " " else 0)
    return OrgMention(mention.start, end, sentence[mention.start:end].rstrip())
