"""Agreements checklist (s26, round 2): signers named as the representatives of two bodies.

- 'Representatives of the A Council and B Assembly signed a memorandum': the plural title's 'of'
  complement lists the signing bodies, not people holding the title; read as a list of people,
  the bodies were lost and the document fell back to the two countries.

Rows are read against Thursday 2 May 2024.  Every sentence, person and body is invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_agreements_checklist6 import agreement_checklist_tests

from coopkg.extract import extract
from coopkg.read.article import Article

THU = "2024-05-02"
BODIES = ["Riverton City Council", "Valemont Prefectural Assembly"]

AGREEMENTS: list[tuple] = [
    ('representatives-of-council-and-assembly', 'Representatives of the Riverton City Council and '
     'Valemont Prefectural Assembly signed a friendship memorandum of understanding on Thursday.',
     [(BODIES, 'memorandum', THU, 'friendship')]),
    ('representatives-of-chamber-and-federation', 'Representatives of the Lakeside Chamber of '
     'Commerce and Harbour Trade Federation signed a cooperation agreement on Thursday.',
     [(["Lakeside Chamber of Commerce", "Harbour Trade Federation"], 'agreement', THU)]),
    # --- controls: what the rule must leave alone
    ('representatives-of-the-two-bodies-stays', 'Representatives of the Riverton City Council and '
     'the Valemont Prefectural Assembly signed a joint memorandum on Thursday.',
     [(BODIES, 'memorandum', THU)]),
]

NO_AGREEMENT: list[tuple] = [
    ('representatives-met-no-signing', 'Representatives of the Riverton City Council and the '
     'Valemont Prefectural Assembly met on Thursday to discuss a future memorandum.'),
]

XFAIL: dict[str, str] = {
    'representatives-of-chamber-and-federation': "org bounds: 'A Chamber of Commerce and B "
    "Federation' without 'the' reads as one body",
}

test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)


def _people(text: str) -> set[tuple[str, str]]:
    facts = extract(Article(text=text, published=date(2024, 5, 2), origin="checklist"))
    return {(p.name, p.role) for p in facts.people}


@pytest.mark.parametrize(("form", "text", "present", "absent"), [
    ('bodies-are-not-representatives', 'Representatives of the Riverton City Council and Valemont '
     'Prefectural Assembly met on Thursday.', set(), {"Riverton City Council"}),
    # --- controls: names listed after a plural title are still its holders
    ('directors-listed-stay', 'The directors of the chamber Ann Baker, Tom Hill and Ivo Berg were '
     'present.', {("Ann Baker", "director"), ("Ivo Berg", "director")}, set()),
    ('representatives-listed-stay', 'Company representatives Ann Baker and Tom Hill attended the '
     'talks.', {("Ann Baker", "Company representative")}, set()),
])
def test_listed_people(form: str, text: str, present: set, absent: set) -> None:
    people = _people(text)
    assert present <= people
    assert not {name for name, _ in people} & absent
