"""A twelfth checklist of invented organisation forms, written from the classes that recur in
errors pooled over sixty fresh real articles (not from any one of them).

(a) One body written in two forms is one organisation: a head-last short form ('the Fisheries
    Ministry', 'the Kenyan Parliament') beside the full 'Ministry of Fisheries and …' /
    'Parliament of Kenya', and a company named with and without its legal form ('Acme Limited',
    'Acme').  Not when the short form names another country's body.
(b) Plural heads name several bodies or office-holders, no one organisation: 'the Foreign
    Ministries of A and B', 'Foreign Ministers signed …'.
(c) The government of a sub-national place ('the Provincial Government of X', 'the Government
    of X' for a state or province) is no organisation (GOLD_FORMAT: not 'the Government of X').
(d) A minister's portfolio written as a list of fields names no body and no person: 'Minister of
    Foreign Affairs, African Union and Cooperation X', 'Minister for Housing, Urban Planning and
    Environment X', 'Energy, Trade and Industry Cabinet Secretary X'.

Every text is invented (invented people, firms and towns; no corpus text).  An organisation row
gives (name or alias, type or ANYTYPE, country or ANY) and names that must not be organisations;
a merge row gives the forms that must be one organisation's name and aliases."""

from __future__ import annotations

from datetime import date

import pytest
from tests.checklist_rows import xfail_params as _params
from tests.test_orgs_checklist6 import ANY
from tests.test_orgs_people_checklist10 import ANYTYPE, check_orgs, check_people

from coopkg.extract import extract
from coopkg.read.article import Article

GB = "GovernmentBody"

# (id, text, forms that must belong to one organisation)
MERGES: list[tuple[str, str, set[str]]] = [
    ("field-ministry-short-form", "The Ministry of Fisheries and Marine Affairs signed a deal with"
     " Uganda on Monday, a statement from the Fisheries Ministry said.",
     {"Ministry of Fisheries and Marine Affairs", "Fisheries Ministry"}),
    ("field-ministry-short-form-first", "Kenya's Tourism Ministry said on Monday that the Ministry of"
     " Tourism and Wildlife of Kenya would host Ugandan officials.",
     {"Ministry of Tourism and Wildlife of Kenya", "Tourism Ministry"}),
    ("demonym-parliament-short-form", "The Parliament of Uganda ratified the accord with Kenya. The"
     " Ugandan Parliament had debated it for a week.",
     {"Parliament of Uganda", "Ugandan Parliament"}),
    ("company-without-legal-form", "Uganda's state-owned Lakeview Power Limited signed a deal with"
     " Kenya. The Ugandan company Lakeview Power will build two dams.",
     {"Lakeview Power Limited", "Lakeview Power"}),
]

# (id, text, forms that must stay two organisations)
APART: list[tuple[str, str, tuple[str, str]]] = [
    ("other-countrys-short-form", "The Ministry of Foreign Affairs of Kenya hosted the talks, and the"
     " Ugandan Foreign Ministry sent a delegation.",
     ("Ministry of Foreign Affairs of Kenya", "Ugandan Foreign Ministry")),
    ("different-field-stays-apart", "The Ministry of Fisheries of Kenya met the Trade Ministry of"
     " Kenya on Monday.", ("Ministry of Fisheries of Kenya", "Trade Ministry of Kenya")),
]

# (id, text, [(name, type, country)], names that must not be organisations)
ORGS: list[tuple[str, str, list, list]] = [
    # (b) plural heads
    ("foreign-ministries-of-two", "The two sides signed a memorandum on consultations between Foreign"
     " Ministries of Kenya and the Republic of Uganda.", [], ["Foreign Ministries"]),
    ("ministers-signed-programme", "Following the talks, Foreign Ministers signed the Cooperation"
     " Program between the Foreign Ministries of Kenya and Uganda for 2025-2026.", [],
     ["Foreign Ministers", "Foreign Ministries"]),
    ("trade-ministries-plural", "Kenya and Uganda agreed that their Trade Ministries would meet in"
     " June.", [], ["Trade Ministries"]),
    ("embassies-plural", "The Kenyan and Ugandan Embassies in Lima hosted a reception.", [],
     ["Ugandan Embassies", "Embassies"]),
    # controls for (b): a plural word inside a single body's name
    ("council-of-ministers-kept", "The Council of Ministers of Kenya approved the deal with Uganda.",
     [("Council of Ministers", GB, ANY)], []),
    ("ports-authority-kept", "The Kenya Ports Authority signed a deal with Uganda Railways.",
     [("Kenya Ports Authority", ANYTYPE, ANY)], []),
    # (c) the government of a sub-national place
    ("provincial-government-of", "Kenya signed a memorandum with the Provincial Government of"
     " Lakeshire, Uganda, on Monday.", [], ["Provincial Government of Lakeshire"]),
    ("government-of-acronym-state", "Kenya and the Government of NWL agreed to cooperate on"
     " solar power.", [], ["Government of NWL"]),
    ("government-of-province", "The Government of Kisumu signed a deal with Uganda.", [],
     ["Government of Kisumu"]),
    # controls for (c)
    ("government-agency-kept", "Kenya and the Government Printing Agency of Uganda signed a deal.",
     [("Government Printing Agency", ANYTYPE, ANY)], []),
]

ORGS += [
    # (d) a portfolio's list of fields
    ("field-list-after-minister-of", "Kenya is a key partner, said the Ugandan Minister of Foreign"
     " Affairs, African Union and Cooperation, Jane Akello.", [], ["African Union and Cooperation"]),
    ("field-list-before-cabinet-secretary", "The deal was signed by Kenyan Energy, Trade and"
     " Industry Cabinet Secretary John Kamau.", [], ["Trade and Industry Cabinet", "Industry Cabinet"]),
    ("field-cabinet-secretary", "It was signed by Energy Cabinet Secretary John Kamau of Kenya.", [],
     ["Energy Cabinet"]),
    # controls for (d): bodies listed after a title, a cabinet that acts
    ("body-listed-after-minister-kept", "The Minister of Trade, the Kenya Ports Authority and"
     " Uganda Railways met on Monday.", [("Kenya Ports Authority", ANYTYPE, ANY)], []),
    ("cabinet-approved-kept", "The Kenyan Cabinet approved the deal with Uganda on Monday.",
     [("Kenyan Cabinet", ANYTYPE, ANY)], []),
]

# (id, text, {name: (role or None, country)}, names that must not be people)
PEOPLE: list[tuple[str, str, dict, set]] = [
    ("field-list-before-name", "President Mutesa will be accompanied by Minister for Industry, Mining"
     " and Energy Ruth Nankya and Minister for Housing, Urban Planning and Environment Mary Akello.",
     {"Ruth Nankya": ("Minister for Industry, Mining and Energy", ANY),
      "Mary Akello": ("Minister for Housing, Urban Planning and Environment", ANY)},
     {"Urban Planning"}),
    ("field-list-regional-development", "Minister for Trade, Regional Development and Tourism Peter"
     " Okello met Kenyan officials.", {"Peter Okello": (None, ANY)}, {"Regional Development"}),
    # control: a name after a one-field title
    ("one-field-title-kept", "Minister for Planning Jane Wanjiru met Ugandan officials.",
     {"Jane Wanjiru": ("Minister for Planning", ANY)}, set()),
]

ORG_GAPS: dict[str, str] = {}
PEOPLE_GAPS: dict[str, str] = {}
MERGE_GAPS: dict[str, str] = {}


def _orgs(text: str) -> list:
    return extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test")).orgs


def _forms(org) -> set[str]:
    return {org.name, *org.aliases}


@pytest.mark.parametrize("case, text, forms", _params(MERGES, MERGE_GAPS))
def test_merges_checklist12_row(case: str, text: str, forms: set[str]) -> None:
    """All the forms are one organisation's name and aliases."""
    orgs = _orgs(text)
    assert any(forms <= _forms(o) for o in orgs), [(o.name, o.aliases) for o in orgs]


@pytest.mark.parametrize("case, text, pair", _params(APART, {}))
def test_apart_checklist12_row(case: str, text: str, pair: tuple[str, str]) -> None:
    """Both forms are found, as two organisations."""
    orgs = _orgs(text)
    owners = [[o for o in orgs if form in _forms(o)] for form in pair]
    assert all(len(found) == 1 for found in owners), [(o.name, o.aliases) for o in orgs]
    assert owners[0][0] is not owners[1][0]


@pytest.mark.parametrize("case, text, expected, absent", _params(ORGS, ORG_GAPS))
def test_orgs_checklist12_row(case: str, text: str, expected: list, absent: list) -> None:
    check_orgs(text, expected, absent)


@pytest.mark.parametrize("case, text, expected, absent", _params(PEOPLE, PEOPLE_GAPS))
def test_people_checklist12_row(case: str, text: str, expected: dict, absent: set) -> None:
    check_people(text, expected, absent)


def test_rows_are_unique() -> None:
    ids = [row[0] for row in MERGES + APART + ORGS + PEOPLE]
    assert len(set(ids)) == len(ids)
