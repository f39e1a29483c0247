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
    found = agreements("Ghana and Togo on Saturday signed agreements covering ports, radio, schools and "
                       "roads. The agreements were handed over after the two foreign ministers met in "
                       "Accra. The agreement in the field of radio is for cooperation between the Ghana "
                       "Broadcasting Corporation and Radio Lome, which Togo's state owns.")
    assert [[p.key for p in a.parties] for a in found] == [["Ghana Broadcasting Corporation", "Radio Lome"]]


def test_members_counted_off_inside_a_report_are_documents():
    found = agreements("GENEVA -- Qatar's envoy to Fiji Omar Haddad signed on Tuesday two memoranda of "
                       "understanding on fisheries and culture. Speaking afterwards, Haddad said the first "
                       "memo aims to set up yearly talks on fishing quotas. The second memo seeks to bring "
                       "Fijian dancers to Doha, he said.")
    assert [(sorted(p.key for p in a.parties), a.date.value) for a in found] == [([FJ, QA], "2024-03-05")] * 2


def test_a_memo_told_as_a_note_is_no_document():
    assert agreements("The minister wrote a memo to his staff about a visit to Fiji by Qatar's envoy.") == []


def test_two_agencies_named_before_sign_though_two_leaders_witness():
    found = agreements("NAIROBI -- Chairman of the Kenya News Agency Otieno Mwangi hosted Lars Berg, head "
                       "of Norway's NTB news agency, on Thursday. Watched by the two presidents, the two "
                       "agencies signed a deal to share photographs, Mwangi said.")
    assert [[p.key for p in a.parties] for a in found] == [["Kenya News Agency", "NTB"]]


def test_a_standing_told_to_date_is_dated_the_papers_day():
    found = extract(Article(text="So far, the Export Bank of Korea has lent Ghana's government $3.1 billion "
                                 "through 12 credit lines.", published=date(2024, 3, 8),
                            title="", source="Test Wire")).figures
    money = [(f.value, f.period_start.value, f.period_start.inherited) for f in found if f.unit == "USD"]
    assert money == [(3100000000.0, "2024-03-08", True)]
