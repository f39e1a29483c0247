"""Packages of documents told over several sentences or clauses (articles written for these
tests): a list announced by a short sentence after the signing, a package sentence whose
subject is the signed documents, the items of an 'including agreements on X; on Y' clause,
two counted memoranda whose second subject is an action noun, and topics after 'concerning'."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 8)  # a Friday


def agreements(text: str):
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test")).agreements


def keys(found) -> list[tuple[str, str]]:
    return sorted((a.kind, a.topic) for a in found)


def parties(agreement) -> set[str]:
    return {p.key.rsplit("/", 1)[-1] for p in agreement.parties}


LIST_AFTER_SHORT_INTRO = (
    "Chile and Peru held talks in Lima on Wednesday. The foreign ministers signed a total of four "
    "documents.\n\nThese include:\n\n-the Plan for the celebration of the anniversary of relations,"
    "\n\n-Memorandum of Understanding on a joint trade fair,\n\n-Protocol between the Ministry of "
    "Mining of Chile and the Ministry of Energy of Peru on geological surveys,\n\n-Agreement on "
    "fisheries cooperation and")


def test_a_short_sentence_opens_the_list_of_the_documents_counted_before_it():
    found = agreements(LIST_AFTER_SHORT_INTRO)
    assert keys(found) == [("agreement", "fisheries cooperation"), ("agreement", "geological surveys"),
                           ("memorandum", "a joint trade fair"),
                           ("plan", "the celebration of the anniversary of relations")]
    assert {a.date.value for a in found} == {"2024-03-06"}


def test_a_short_sentence_without_a_signing_before_opens_no_list():
    text = LIST_AFTER_SHORT_INTRO.replace("signed a total of four documents", "discussed trade")
    assert agreements(text) == []


PACKAGE = ("Chile and Peru on Tuesday signed six instruments. The deals also include an agreement "
           "concerning the upgrade of the Arica rail line, an MoU between the University of Lima and "
           "the University of Chile and an MoU on cooperation in youth affairs.")


def test_a_sentence_about_the_package_lists_its_documents():
    found = agreements(PACKAGE)
    assert keys(found) == [("agreement", "the upgrade of the Arica rail line"),
                           ("memorandum", ""), ("memorandum", "cooperation in youth affairs")]
    rail = next(a for a in found if a.kind == "agreement")
    assert parties(rail) == {"CL", "PE"}


def test_a_package_sentence_about_something_else_lists_nothing():
    assert agreements("Chile and Peru on Tuesday signed six instruments. The talks also included an "
                      "exchange on the upgrade of the Arica rail line.") == []


@pytest.mark.parametrize("separator", ["; on", ", on", "; and on"])
def test_the_items_of_included_agreements_are_documents(separator):
    found = agreements(
        "Chile and Peru held talks today. In total, 11 documents have been signed, including "
        "agreements between the governments on trade and economic cooperation"
        f"{separator} the avoidance of double taxation; on the prevention of emergencies, and others.")
    assert keys(found) == [("agreement", "the avoidance of double taxation"),
                           ("agreement", "the prevention of emergencies"),
                           ("agreement", "trade and economic cooperation")]


def test_included_agreements_on_fields_stay_an_aggregate():
    assert agreements("Chile and Peru held talks today. In total, 11 documents have been signed, "
                      "including agreements on trade, health and energy.") == []


def test_two_counted_memoranda_with_an_action_noun_second():
    found = agreements("Chile and Peru held talks. The two ministers signed two MoUs for cooperation "
                       "in the field of culture and "
                       "the establishment of a joint committee for consular affairs in Lima on Monday.")
    assert keys(found) == [("memorandum", "cooperation in the field of culture"),
                           ("memorandum", "the establishment of a joint committee for consular affairs")]


def test_two_counted_memoranda_on_one_joined_field_stay_one_pair_of_words():
    assert agreements("Chile and Peru held talks. The two ministers signed two MoUs for cooperation "
                      "in science and technology "
                      "in Lima on Monday.") == []


def test_to_that_effect_is_no_topic():
    (found,) = agreements("Chile and Peru agreed to twin their ports. The mayors of Arica and Ilo "
                          "signed an agreement to that effect on March 4.")
    assert found.topic != "that effect on March"
    assert "effect" not in (found.topic or "")
