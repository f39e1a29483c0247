"""An s25 organisations checklist, by mechanism.

- languages that put a university's head noun first (Malay 'Universiti', German 'Universität',
  Italian 'Università') name it with modifiers after the type word, and a lowercase title after
  the name ('X vice-chancellor Y') ends it; a body named after a sovereign in such a language
  writes the regnal title and name after the type word ('Universiti Sultan X'), which is part
  of the name, no person cutting it short;
- a bilateral body named with its two countries joined by a slash ('the A/B Joint Commission')
  is one name, as with a hyphen; a dateline credit 'CITY/AGENCY/' stays apart;
- a place the run opens with, then 'for the' and a body ('in Lima for the X Commission'): the
  place and its purpose are no part of the body's name;
- standing bilateral mechanisms named as such ('the A-B Strategic Dialogue Mechanism', 'the
  A-B Cooperation Dialogue'): joint bodies (GOLD_FORMAT: Other, of neither country), while a
  lowercase 'cooperation dialogue' names no body;
- 'Kiev', the spelling of Kyiv news long used, is the city (a place), so two capitals on the
  sides of 'between' are no firms ('talks between Moscow and Kiev');
- wire credits in a dateline: an untagged credit in capitals after the date and before a dash
  ('OSTRAVA, Velmar, May 2, VNA – ...'), and two outlets a dash parts inside a bracketed tag
  ('(VNA - Velmar Daily Online / ... - 2nd May, 2024)'), where a dash before a date only closes it;
- a bracketed short form after a programme named with its purpose ('the X Programme for Y (XPY)')
  or after a field of teaching ('Technical and Vocational Education and Training (TVET)') defines
  no body: the head before 'for'/'of' is read, not only the last word;
- a number word in capitals opening the story ('THREE memoranda were signed ...') is the lead's
  first word set in capitals, no outlet's credit glued to it.

Every text is invented (no corpus text).  Each row gives the organisations expected (name or alias,
type, country; ANY and ANYTYPE leave one open) and names that must not be organisations."""

from __future__ import annotations

import pytest
from tests.test_orgs_checklist6 import ANY, MO, OT, UN
from tests.test_orgs_checklist9 import ANYTYPE, _check

ORGS = [
    # (a) head-first university names
    ("universiti-then-title", "The signing was witnessed by Universiti Teknologi Korlia vice-chancellor"
     " Ada Obi.", [("Universiti Teknologi Korlia", UN, ANY)], ["Universiti Teknologi"]),
    ("universiti-sovereign-inner", "The signing was witnessed by Universiti Pendidikan Sultan Omar"
     " vice-chancellor Ada Obi.", [("Universiti Pendidikan Sultan Omar", UN, ANY)],
     ["Universiti Pendidikan"]),
    ("universiti-sovereign-first", "Universiti Sultan Hamid Bakar signed an MoU with a Korlian"
     " college.", [("Universiti Sultan Hamid Bakar", UN, ANY)], []),
    ("universitat-then-title", "The deal was signed by Universität Velmar rector Jan Kolt.",
     [("Universität Velmar", UN, ANY)], []),
    # must not change: an English name ends at its type word; a sovereign after 'and' is a person
    ("english-university-then-title", "The signing was witnessed by Korlia University vice-chancellor"
     " Ada Obi.", [("Korlia University", UN, ANY)], ["Korlia University vice-chancellor"]),
    ("sovereign-person-unchanged", "The Universidad de Velmar rector met Sultan Omar on Monday.",
     [("Universidad de Velmar", UN, ANY)], ["Universidad de Velmar rector met Sultan Omar"]),
    # (b) slash-joined pairs in a joint body's name
    ("slash-joint-commission", "The team is in Lima for the Peru/Malawi Joint Commission and talks on"
     " trade.", [("Peru/Malawi Joint Commission", OT, None)], ["Malawi Joint Commission", "Lima"]),
    ("slash-joint-committee-subject", "The Velmar/Korlia Joint Trade Committee met on Monday.",
     [("Velmar/Korlia Joint Trade Committee", OT, None)], ["Korlia Joint Trade Committee"]),
    # must not change: a wire credit between slashes is no part of a body's name
    ("slash-credit-unchanged", "Velmar/MNX/ On Monday, the Korlia Water Authority signed a deal.",
     [("Korlia Water Authority", ANYTYPE, ANY)], ["Velmar/MNX/ On Monday"]),
    # (c) a place and 'for the' before a body
    ("place-for-the-body", "Delegates gathered in Ostrava for the Korlia Trade Council session.",
     [("Korlia Trade Council", ANYTYPE, ANY)], ["Ostrava for the Korlia Trade Council"]),
    # must not change: 'for the' inside a body's name after its type word
    ("body-for-the-unchanged", "The Centre for the Study of Korlia signed an MoU.",
     [("Centre for the Study of Korlia", ANYTYPE, ANY)], []),
    # (d) named bilateral mechanisms
    ("dialogue-mechanism", "The deal was signed during the second session of the Velmar-Korlia"
     " Strategic Dialogue Mechanism (VKSDM) held on Tuesday.",
     [("Velmar-Korlia Strategic Dialogue Mechanism", OT, None), ("VKSDM", OT, None)], []),
    ("cooperation-dialogue", "On 3 May, the 1st Velmar-Korlia Cooperation Dialogue was held in Ostrava.",
     [("Velmar-Korlia Cooperation Dialogue", OT, None)], []),
    # must not change: the lowercase phrase names no body
    ("lowercase-dialogue-unchanged", "The two sides agreed to deepen their cooperation dialogue on"
     " trade.", [], ["cooperation dialogue"]),
    # (e) a capital's older spelling on a side of 'between'
    ("kiev-between-capitals", "Velmar offered to broker talks between Moscow and Kiev last week.",
     [], ["Kiev", "Moscow"]),
    ("kiev-as-place", "The Velmar Trade Council opened an office in Kiev on Monday.",
     [("Velmar Trade Council", ANYTYPE, ANY)], ["Kiev", "Velmar Trade Council in Kiev"]),
    # must not change: firms on the sides of 'between' are still firms
    ("firms-between-unchanged", "A supply contract between Norgas and Sudria Power was signed on Monday.",
     [("Norgas", ANYTYPE, ANY), ("Sudria Power", ANYTYPE, ANY)], []),
    # (f) dateline credits
    ("credit-untagged-after-date", "LIMA, Peru, May 2, VNA – Peru has signed a fisheries agreement"
     " with Malawi.", [("VNA", MO, ANY)], ["Lima", "Peru"]),
    ("credit-dash-parted-outlets", "OSTRAVA, (VNA - VelmarOnline / Korlia Wire News - 2nd May, 2024)"
     " Velmar's port authority signed a deal.", [("VNA", MO, ANY), ("VelmarOnline", MO, ANY)],
     ["2nd May", "VNA - VelmarOnline"]),
    # must not change: a dateline without a credit gives no outlet; a dash before a date closes a tag
    ("dateline-no-credit-unchanged", "LIMA, Peru, May 2, 2024 - Peru signed a fisheries deal.",
     [], ["Lima", "Peru"]),
    ("credit-dash-date-unchanged", "(Velmar Daily / VNA - 2nd May, 2024) Velmar signed a fisheries"
     " deal.", [("VNA", MO, ANY)], ["2nd May", "VNA - 2nd May"]),
    # (g) short forms of programmes and fields
    ("defined-programme-for", "Funds will go to the Crop Insurance Innovations Programme for Rural"
     " Security (CIIPRS) in Peru.", [], ["Crop Insurance Innovations Programme for Rural Security",
                                         "CIIPRS"]),
    ("defined-training-field", "The college will help deliver Technical and Vocational Education and"
     " Training (TVET) courses in Malawi.", [], ["Technical and Vocational Education and Training", "TVET"]),
    # must not change: a firm's or a body's own short form still defines it
    ("defined-firm-unchanged", "Kilima Steel Works (KSW) signed a supply deal with a Malawian firm.",
     [("Kilima Steel Works", ANYTYPE, ANY), ("KSW", ANYTYPE, ANY)], []),
    ("defined-alliance-for-unchanged", "The Alliance for Rural Growth (ARG) signed a deal with Malawi.",
     [("Alliance for Rural Growth", ANYTYPE, ANY)], []),
    # (h) a number word in capitals opening the story
    ("capitals-number-word-lead", "FOUR agreements were signed between Peru and Malawi on Monday.",
     [], ["FOUR", "Four"]),
    # must not change: an outlet's name in capitals glued to the lead is still a credit
    ("capitals-credit-unchanged", "VELMARPRESS Peru and Malawi signed four agreements on Monday.",
     [("VELMARPRESS", MO, ANY)], []),
]


def test_kiev_is_the_city() -> None:
    """'Kiev' looks up Kyiv (UA-30), as the standard spelling does."""
    from coopkg.reference import gazetteer

    assert [p.code for p in gazetteer().lookup("Kiev")] == ["UA-30"]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_s25o_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


def test_rows_are_unique() -> None:
    assert len({c[0] for c in ORGS}) == len(ORGS)
