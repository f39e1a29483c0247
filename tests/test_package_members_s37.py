"""Members of a signed package told one by one: 'The agreement in the field of broadcasting is
for cooperation between A and B' is A and B's document; 'X said the first memo aims to ...' and
'The second memo seeks to ...' count two documents off."""

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article

QA = "https://w3id.org/coopkg/id/country/QA"
FJ = "https://w3id.org/coopkg/id/country/FJ"


def agreements(text: str):
    return extract(Article(text=text, published=date(2024, 3, 8), title="", source="Test Wire")).agreements


def test_a_member_told_by_its_field_names_its_own_parties():
    found = agreements("Ghana and Togo on Saturday signed agreements on a wide range of domains "
                       "including fisheries, public broadcasting, urban development and housing. The "
                       "agreements were exchanged after talks between the two foreign ministers in Accra. "
                       "The agreement in the field of broadcasting is for cooperation between the Ghana "
                       "Broadcasting Corporation and Radio Lome, the official state radio of Togo.")
    assert [[p.key for p in a.parties] for a in found] == [["Ghana Broadcasting Corporation", "Radio Lome"]]


def test_members_counted_off_inside_a_report_are_documents():
    found = agreements("GENEVA -- Qatar's Permanent Representative to the UN and non-resident Ambassador to "
                       "Fiji Ali Al-Mansouri signed on Tuesday two memoranda of understanding (MoUs) on "
                       "political and economic collaboration. In a statement, Al-Mansouri said the first "
                       "memo aims to establish a mechanism of political consultations between the foreign "
                       "ministries. The second memo seeks to expand cooperation in investment, trade and "
                       "tourism, he said.")
    assert [([p.key for p in a.parties], a.date.value) for a in found] == [([QA, FJ], "2024-03-05")] * 2


def test_a_memo_told_as_a_note_is_no_document():
    assert agreements("The minister wrote a memo to his staff about a visit to Fiji by Qatar's envoy.") == []


def test_two_agencies_named_before_sign_though_two_leaders_witness():
    found = agreements("BEIJING, May 16 (Xinhua) -- President of Xinhua News Agency Fu Hua met with Andrey "
                       "Kondrashov, director general of Russia's TASS news agency, in Beijing on Thursday. "
                       "Witnessed by the two heads of state, the two agencies signed a new agreement on news "
                       "exchange, Fu said.")
    assert [[p.key for p in a.parties] for a in found] == [["Xinhua News Agency", "TASS news agency"]]


def test_a_standing_told_to_date_is_dated_the_papers_day():
    found = extract(Article(text="The Export Bank of Korea has to date extended 12 lines of credit worth "
                                 "$3.1 billion to the government of Ghana.", published=date(2024, 3, 8),
                            title="", source="Test Wire")).figures
    money = [(f.value, f.period_start.value, f.period_start.inherited) for f in found if f.unit == "USD"]
    assert money == [(3100000000.0, "2024-03-08", True)]
