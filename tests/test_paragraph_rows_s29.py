"""Documents listed a paragraph each, bullets dropped, after a sentence announcing them ('The
documents are as follows:'): each row is one agreement of its own kind and topic, dated as the
signing the article reported; a twinning row has the twinned places for its sides.  A paragraph
that opens with a document noun but with no list announced before it is no row.  Reports
written for these tests."""

from datetime import date

from coopkg.extract import extract
from coopkg.extract.agreement_rows import paragraph_row
from coopkg.read.article import Article

SIGNED = ("LISBON, May 14 -- Portugal and Ghana on Monday signed five agreements of cooperation "
          "during the visit of the Ghanaian president to Lisbon.\n\n")
ROWS = ("Agreement between the two foreign ministers Ana Sousa and Kwame Mensah on the creation "
        "of a joint economic commission.\n\n"
        "Memorandum of Understanding between Sousa and Ghanaian health minister Ama Owusu on the "
        "training of nurses.\n\n"
        "Sister city agreement between the mayor of Porto Rui Costa and the mayor of Kumasi "
        "Kofi Boateng.\n\n"
        "Contract between Ghana's energy minister Yaw Asante and Marta Reis for the supply of "
        "solar panels.")


def agreements(text: str):
    return extract(Article(text=text, published=date(2024, 5, 14), title="", origin="test")).agreements


def test_each_paragraph_row_after_an_announced_list_is_an_agreement():
    got = agreements(SIGNED + "The documents are as follows:\n\n" + ROWS)
    assert sorted(a.kind for a in got) == ["agreement", "agreement", "contract", "memorandum"], got
    topics = {a.topic for a in got}
    assert {"creation of a joint economic commission", "training of nurses",
            "supply of solar panels"} <= topics, topics
    assert {a.date.value for a in got} == {"2024-05-13"}, got


def test_a_twinning_row_has_the_places_for_its_sides():
    got = agreements(SIGNED + "The documents are as follows:\n\n" + ROWS)
    twin = [a for a in got if "Sister city" in a.evidence]
    assert len(twin) == 1 and all("/region/" in p.key for p in twin[0].parties), twin


def test_document_paragraphs_without_an_announced_list_are_no_rows():
    got = agreements(SIGNED + "The visit ended on Tuesday.\n\n" + ROWS)
    assert not [a for a in got if a.rule == "agreement.listed"], got


def test_a_row_opens_with_a_document_noun_and_tells_no_signing():
    assert paragraph_row("Protocol on cultural exchanges for 2025-2027.", None)
    assert paragraph_row("Twinning agreement between Braga and Tamale.", None)
    assert not paragraph_row("The new agreement will take effect in June.", None)
    assert not paragraph_row("Under the agreement, Ghana will export cocoa.", None)
