"""Agreements on articles written for these tests (unseen-news classes): documents counted in
one sentence and described item by item in the next, a singular document with its own signing
clause after an aggregate, an anniversary of a treaty the article dates again, a document in an
adverbial before the verb, and 'agreed to boost trade' as a wish rather than an agreement."""

from datetime import date

from coopkg.extract import extract
from coopkg.extract.facts import Agreement, Ref
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 8)  # a Friday


def found(text: str) -> list[Agreement]:
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test")).agreements


def parties(agreement: Agreement) -> set[str]:
    return {_short(p) for p in agreement.parties}


def _short(ref: Ref) -> str:
    return ref.key.rsplit("/", 1)[-1] if ref.kind == "place" else ref.key


TWO_MEMORANDA = ("Chile and Peru on Tuesday signed two memoranda of understanding. "
                 "The two memoranda cover cooperation in mining between Chile's Ministry of Mining "
                 "and Peru's Geological Institute as well as tourism cooperation between the two "
                 "countries.")


def test_each_described_item_is_a_document_with_its_own_parties():
    mining, tourism = found(TWO_MEMORANDA)
    assert parties(mining) == {"Ministry of Mining", "Geological Institute"}
    assert mining.topic == "cooperation in mining"
    assert parties(tourism) == {"CL", "PE"}
    assert "tourism" in tourism.topic
    assert {a.kind for a in (mining, tourism)} == {"memorandum"}
    assert {a.date.value for a in (mining, tourism)} == {"2024-03-05"}


def test_a_count_that_disagrees_with_the_items_gives_no_documents():
    text = TWO_MEMORANDA.replace("two memoranda", "three memoranda")
    assert found(text) == []


def test_a_description_without_a_signing_before_is_no_document():
    text = ("Chile and Peru discussed mining. The memoranda cover cooperation in mining as well as "
            "tourism cooperation.")
    assert found(text) == []


def test_a_singular_document_signed_after_an_aggregate_is_an_agreement():
    (road,) = found("Among the agreements reached is a contract for the construction of the "
                    "Lakeside ring road signed between the Roads Authority and Acme Builders Ltd.")
    assert parties(road) == {"Roads Authority", "Acme Builders Ltd."}
    assert road.kind == "contract"
    assert "Lakeside ring road" in road.topic and "signed" not in road.topic


def test_an_aggregate_without_a_later_document_stays_a_count():
    assert found("Among the agreements reached by Chile and Peru are deals on mining.") == []


def test_an_anniversary_of_a_treaty_the_article_dates_is_that_treaty():
    (treaty,) = found(
        "In 2019 Bolivia and Paraguay marked the 30th anniversary of the signing of the treaty "
        "that ended their border dispute. The Peace and Friendship Treaty was signed on 12 May "
        "1989, after mediation by the Vatican.")
    assert treaty.date.value == "1989-05-12"


def test_a_treaty_in_an_adverbial_is_not_what_the_verb_signed():
    text = "Before the Treaty of Lima, Chile and Peru on Tuesday signed four additional protocols."
    assert found(text) == []


def test_agreeing_to_boost_trade_is_a_wish_not_an_agreement():
    assert found("The two presidents met in Lima, and Chile and Peru agreed to boost trade "
                 "and investment.") == []


def test_a_document_dated_by_the_years_since_it():
    treaty, = [a for a in found("Ten years after the Treaty of Lima, Chile and Peru on Tuesday "
                                "signed four additional protocols.") if a.kind == "treaty"]
    assert (parties(treaty), treaty.date.value) == ({"CL", "PE"}, "2014")


def test_a_titled_document_is_about_its_title():
    (treaty,) = found("Chile and Peru marked the date. The Peace and Friendship Treaty was signed "
                      "on 12 May 1989 by Chile and Peru.")
    assert treaty.topic == "Peace and Friendship"


def test_a_country_after_a_company_locates_it():
    (mou,) = found("Blue Sky Energy Limited, Ghana and Lakeside University signed a memorandum "
                   "of understanding on solar research on 3 March 2024.")
    assert parties(mou) == {"Blue Sky Energy Limited", "Lakeside University"}


def test_what_the_document_spans_elaborates_its_topic():
    (mou,) = found("Chile and Peru on Tuesday signed a memorandum of understanding on development "
                   "cooperation. The memorandum which was signed on Tuesday encompasses a broad "
                   "range of issues including: fisheries; mining; and tourism.")
    assert mou.topic == "development cooperation: fisheries; mining; and tourism"


def test_a_document_to_be_signed_elaborates_nothing():
    (mou,) = found("Chile and Peru on Tuesday signed a memorandum of understanding on development "
                   "cooperation. The memorandum to be signed next week covers fisheries.")
    assert mou.topic == "development cooperation"


def test_fields_of_an_uncounted_package_are_no_documents():
    assert found("Chile and Peru signed nine agreements on Tuesday. The agreements covered "
                 "mining, fisheries, tourism as well as sports, and diplomacy.") == []


def test_the_count_of_the_signing_before_agrees_with_the_items():
    mining, tourism = found("Chile and Peru on Tuesday signed two memoranda. The memoranda cover "
                            "cooperation in mining as well as tourism cooperation.")
    assert (mining.kind, tourism.kind) == ("memorandum", "memorandum")
