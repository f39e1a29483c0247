"""Organisations of session 29 (helper C), precision first: names no body takes ('We've signed
...', 'the Central Asian countries', 'Ms Ada Obi' after a firm's kind noun, a hospital being
built), a name cut at a preposition after 'and' ('... and between X Department'), and the known
multilateral body opening one of its gatherings' names ('the BRICS Summit'); a field word
('Relations') closing a body's name before a person's; 'the Xian Y Ministry' as an alias of 'the
Y Ministry of X'.  Sentences and names are invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_orgs_checklist6 import ANY
from tests.test_orgs_checklist9 import ANYTYPE, _check

from coopkg.extract import extract
from coopkg.read.article import Article

GOV = "GovernmentBody"
IGO = "IntergovernmentalOrganization"

ORGS = [
    # a pronoun with a contracted auxiliary opens a sentence, never a firm's name
    ("we-have", "We’ve signed several supply deals with Korlan firms this year, Ada Obi said.",
     [], ["We’ve", "We've"]),
    ("they-have", "They've signed a grain contract with Vantix Mining, the minister said.",
     [("Vantix Mining", ANYTYPE, ANY)], ["They've"]),
    # capitalised adjectives of a lowercase plural of states describe the states
    ("central-asian-countries", "Trade between Norway and the Central Asian countries has doubled.",
     [], ["Central Asian"]),
    ("cee-states", "Cooperation between Japan and Central and Eastern European (CEE) states grew fast.",
     [], ["Central", "Eastern European"]),
    ("nordic-nations", "The forum deepened ties between Kenya and the Nordic nations last year.",
     [], ["Nordic"]),
    ("igo-countries-kept", "Trade between Chile and the ASEAN countries rose by a fifth.",
     [("ASEAN", IGO, ANY)], []),
    ("firm-between-kept", "A supply contract between Norgas and Vantix Mining was signed on Monday.",
     [("Norgas", ANYTYPE, ANY), ("Vantix Mining", ANYTYPE, ANY)], []),
    # a form of address opens a person's name, never a firm's
    ("ms-after-kind", "The deal was signed by the director of the Kelvar Trading company Ms Rina Dalto.",
     [], ["Ms Rina Dalto", "Rina Dalto"]),
    ("mr-after-kind", "The contract was signed by the head of the logistics firm Mr Tomas Berglund.",
     [], ["Mr Tomas Berglund"]),
    # a hospital, school or centre being built or repaired is a building
    ("construction-hospital", "The loan will fund the construction of Kelmora Hospital near the port.",
     [], ["Kelmora Hospital"]),
    ("renovation-school", "Funds were set aside for the renovation of the Ostby Girls School.",
     [], ["Ostby Girls School"]),
    ("hospital-signer-kept", "Kelmora Hospital signed a training MoU with Velmar University.",
     [("Kelmora Hospital", ANYTYPE, ANY), ("Velmar University", "University", ANY)], []),
    # a preposition after 'and' opens a phrase, not a word of the next name
    ("and-between", "The two sides signed deals between the Science Academy of Sweden and the Oslo "
     "Police, and between Norway Weather Department and the Swedish Academy of Sciences.",
     [("Norway Weather Department", GOV, ANY)], ["between Norway Weather Department"]),
    ("and-with", "Talks were held with the Science Academy of Sweden and with Norway Weather Department.",
     [("Norway Weather Department", GOV, ANY)], ["with Norway Weather Department"]),
    ("and-lower-field-kept", "The Science and technology Commission of Norway signed the deal.",
     [("Science and technology Commission of Norway", ANYTYPE, ANY)], []),
    # a known multilateral body opening the name of one of its gatherings
    ("brics-summit", "The two presidents met at the BRICS Summit in Kazan.", [("BRICS", IGO, ANY)], []),
    ("g20-leaders-summit", "The ministers met in Rome during the G20 Leaders’ Summit last year.",
     [("G20", IGO, ANY)], []),
    ("asean-summit", "She will attend the ASEAN Summit in Vientiane next week.", [("ASEAN", IGO, ANY)], []),
    ("unknown-summit", "He attended the Korl Summit in Ostra.", [], ["Korl"]),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_s29c_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


FORMS = [
    # a field word closing a body's name in a title is no given name of the person after it
    ("relations-closes-name", "Director of the Korl Institute of International Relations Ada Obi attended.",
     [("Korl Institute of International Relations", ANYTYPE, ANY)], ["Korl Institute of International"]),
    # a firm's officer named after it with 'of' shows it is a firm, type word or none
    ("executive-director-of", "A deal was signed between the executive director of Kelvar Timbers, "
     "Tomas Berglund, and the minister.", [("Kelvar Timbers", "Company", ANY)], ["Tomas Berglund"]),
    ("cooperation-closes-name", "Head of the Velmar Department of International Cooperation Tomas "
     "Berglund spoke at the opening.", [("Velmar Department of International Cooperation", ANYTYPE, ANY)],
     []),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in FORMS])
def test_orgs_s29c_forms_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


def _orgs(text: str) -> list:
    return extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test")).orgs


@pytest.mark.parametrize("text, full, short", [
    ("The Defense Ministry of Norway reported the signing on Friday. The talks were useful, "
     "the Norwegian Defense Ministry said.", "Defense Ministry of Norway", "Norwegian Defense Ministry"),
    ("The Foreign Ministry of Chile welcomed the visit. Later the Chilean Foreign Ministry said a "
     "treaty was near.", "Foreign Ministry of Chile", "Chilean Foreign Ministry"),
])
def test_demonym_form_is_alias_of_country_form(text: str, full: str, short: str) -> None:
    """'the Xian Y Ministry' and 'the Y Ministry of X' are one body, the later form an alias."""
    orgs = _orgs(text)
    assert [o.name for o in orgs if o.name in (full, short)] == [full]
    assert short in next(o for o in orgs if o.name == full).aliases


def test_other_country_form_stays_apart() -> None:
    """'the Peruvian Trade Ministry' is no alias of 'the Trade Ministry of Chile'."""
    names = {o.name for o in _orgs("The Trade Ministry of Chile praised the talks. The Peruvian "
                                   "Trade Ministry disagreed with the plan.")}
    assert {"Trade Ministry of Chile", "Peruvian Trade Ministry"} <= names
