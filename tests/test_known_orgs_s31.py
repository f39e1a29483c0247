"""Battery (s31 korg): a broad gazetteer of well-known organisations written without a type word
(known_orgs.tsv: multilateral bodies of every region, news outlets; known_firms.tsv: state aid,
export-credit and space agencies).  Each family is found with its class, with its home country
only when the article names that country (GOLD_FORMAT), whatever the construction: the short form
alone, defined after the full name, the full name alone, after 'the', as a possessor, inside a
longer name (the longest name wins).  A short form the list writes in capitals ('IMO', 'ECO') is
the body only when the text writes it so.  Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

IGO = "IntergovernmentalOrganization"


def _orgs(text: str) -> dict[str, tuple[str, str | None, frozenset[str]]]:
    facts = extract(Article(text=text, published=date(2024, 5, 16), origin="test"))
    return {o.name: (o.type, o.country, frozenset(o.aliases)) for o in facts.orgs}


@pytest.mark.parametrize("text, name", [
    ("UNFPA will train forty midwives in Kenya next year.", "UNFPA"),
    ("Officials of Kenya met the UNODC team in Nairobi.", "UNODC"),
    ("The ESCAP report praised Thailand's logistics reforms.", "ESCAP"),
    ("The IDB's board approved a loan to Peru on Monday.", "IDB"),
    ("Kenya joined the IMO in 1973, the Kenyan ministry said.", "IMO"),
    ("Peru's finance minister met the heads of CAF in Lima.", "CAF"),
    ("The G77 and Kenya discussed climate finance.", "G77"),
    ("Egypt hosted the OAPEC council in Cairo.", "OAPEC"),
    ("The Kenyan bank is a member of the BIS, officials said.", "BIS"),
    ("UN Women opened an office in Dodoma, Tanzania.", "UN Women"),
    ("Ghana and Togo discussed the UEMOA tariff with Benin.", "UEMOA"),
    ("Fiji signed a memorandum with SPREP on Tuesday.", "SPREP"),
])
def test_multilateral_short_form_alone(text: str, name: str) -> None:
    assert _orgs(text).get(name, ("missing",))[:2] == (IGO, None)


@pytest.mark.parametrize("text, name", [
    ("The Economic Commission for Africa said Kenya's growth would slow.", "Economic Commission for Africa"),
    ("Uzbekistan hosted the Gas Exporting Countries Forum on Monday.", "Gas Exporting Countries Forum"),
    ("The Arab Monetary Fund lent Egypt $300 million.", "Arab Monetary Fund"),
    ("Peru and Chile briefed the Inter-American Development Bank.", "Inter-American Development Bank"),
    ("Nepal and Bangladesh joined the International Solar Alliance.", "International Solar Alliance"),
    ("The Union for the Mediterranean funded a Tunisian desalination plant.", "Union for the Mediterranean"),
])
def test_multilateral_full_name_alone(text: str, name: str) -> None:
    assert _orgs(text).get(name, ("missing",))[:2] == (IGO, None)


def test_defined_short_form_is_an_alias_of_the_full_name() -> None:
    orgs = _orgs("The Gas Exporting Countries Forum (GECF) met in Doha, Qatar. "
                 "The GECF said demand would grow.")
    assert orgs["Gas Exporting Countries Forum"] == (IGO, None, frozenset({"GECF"}))


@pytest.mark.parametrize("text, name, kind", [
    ("The ESCAP Secretariat in Bangkok, Thailand, hosted the talks.", "ESCAP Secretariat", IGO),
    ("The World Bank Group lent Kenya $750 million.", "World Bank Group", IGO),
    ("Kenya Broadcasting Corporation aired the Kenyan president's speech.", "Kenya Broadcasting Corporation",
     "MediaOutlet"),
])
def test_the_longest_name_wins(text: str, name: str, kind: str) -> None:
    orgs = _orgs(text)
    assert orgs.get(name, ("missing",))[0] == kind
    assert not set(orgs) - {name}


@pytest.mark.parametrize("text, word", [
    ("The imo plan was debated by Kenyan farmers.", "imo"),
    ("An eco project started in Kenya on Monday.", "eco"),
    ("Kenya and Egypt held talks in Cairo, and the ida of a new port was raised.", "ida"),
])
def test_a_capitals_only_short_form_written_otherwise_is_a_word(text: str, word: str) -> None:
    assert not {n for n in _orgs(text) if n.lower() == word}


def test_a_short_form_in_a_title_is_the_body_not_the_person() -> None:
    orgs = _orgs("UNFPA Executive Director Ada Korlan said Kenya would host the meeting.")
    assert set(orgs) == {"UNFPA"} and orgs["UNFPA"][0] == IGO


@pytest.mark.parametrize("text, name, country", [
    ("The Kathmandu Post reported that Nepal and India signed a power deal.", "The Kathmandu Post", "NP"),
    ("According to the Straits Times, Singapore and Kenya agreed on a port plan.", "The Straits Times", "SG"),
    ("Deutsche Welle said Germany and Kenya would work together.", "Deutsche Welle", "DE"),
    ("The Financial Times said Kenya and Ghana agreed to cooperate.", "The Financial Times", None),
    ("Reporters of the Voice of America asked the Kenyan minister about the deal.", "Voice of America", None),
    ("Kenya and Uganda signed the deal, Daily Nation reported.", "Daily Nation", "KE"),
])
def test_outlets_of_every_region(text: str, name: str, country: str | None) -> None:
    assert _orgs(text).get(name, ("missing",))[:2] == ("MediaOutlet", country)


@pytest.mark.parametrize("text, name, kind, country", [
    ("Sida will fund a water project in Kenya, Swedish officials said.", "Sida", "GovernmentBody", "SE"),
    ("NASA and JAXA signed an agreement on lunar exploration, Japan said.", "JAXA", "GovernmentBody", "JP"),
    ("NASA and JAXA signed an agreement on lunar exploration, Japan said.", "NASA", "GovernmentBody", None),
    ("Sinosure insured the Chinese loan to Kenya.", "Sinosure", "Company", "CN"),
    ("Danida will fund a school in Kenya, Danish officials said.", "Danida", "GovernmentBody", "DK"),
    ("UKEF guaranteed a British loan for a Ghanaian hospital.", "UKEF", "GovernmentBody", "GB"),
])
def test_state_agencies_by_short_form(text: str, name: str, kind: str, country: str | None) -> None:
    assert _orgs(text).get(name, ("missing",))[:2] == (kind, country)
