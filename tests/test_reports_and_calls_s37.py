"""A body that says 'it has signed' is the signer; 'X, <country>'s top trade fair organiser' is a
firm; a surname of two glued parts ('GebreMariam') is a name; a meeting's day told after its
guest's apposition ('met X, director general of the Y news agency, in Z on Thursday'); a call on
a minister whose title holds 'for' ('called on Minister for Economic Affairs X'); 'the June
talks' are June's."""

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article


def facts(text: str, published: date = date(2024, 3, 8)):
    return extract(Article(text=text, published=published, title="", source="Test Wire"))


def test_a_body_reporting_that_it_signed_is_the_signer():
    found = facts("The Korea International Cooperation Agency (KOICA) announced on October 15 that it "
                  "has signed a memorandum with Colombia's Ministry of Commerce, Industry and Tourism to "
                  "help build a shipyard.").agreements
    assert [[p.key for p in a.parties] for a in found] == [
        ["Korea International Cooperation Agency", "Ministry of Commerce, Industry and Tourism"]]


def test_an_organiser_in_apposition_is_a_firm():
    found = facts("The Lahore Chamber of Commerce has signed a memorandum with Anatolia Fairs, Turkey's "
                  "top trade fair organiser, to explore business opportunities.")
    assert ("Anatolia Fairs", "Company", "TR") in {(o.name, o.type, o.country) for o in found.orgs}


def test_a_surname_of_two_glued_parts_is_a_speakers_name():
    found = facts("Ethiopian Airlines and Air Senegal have entered into a code-share agreement. Tewolde "
                  "GebreMariam, Ethiopian Airlines Group CEO said: “Such partnerships among African "
                  "airlines are crucial for the continent.”").statements
    assert [s.speaker.key for s in found] == ["Tewolde GebreMariam"]


def test_the_day_after_a_guests_apposition_dates_the_meeting():
    found = facts("President of Xinhua News Agency Fu Hua met with Andrey Kondrashov, director general "
                  "of Russia's TASS news agency, in Beijing on Thursday.", date(2024, 5, 17)).events
    assert [(e.type, e.date.value) for e in found] == [("Meeting", "2024-05-16")]


def test_a_call_on_a_minister_for_a_portfolio_is_a_meeting():
    found = facts("Ambassador of Azerbaijan to Pakistan, Khazar Farhadov on Thursday called on Federal "
                  "Minister for Economic Affairs Ahad Cheema and discussed trade.", date(2024, 10, 31)).events
    assert [(e.label, e.date.value) for e in found] == [("Khazar Farhadov call on Ahad Cheema", "2024-10-31")]


def test_a_month_before_talks_dates_them():
    found = facts("She said the meeting is meant to build on the June talks between President Abdel "
                  "Fattah El Sisi and Malaysian Prime Minister Muhyiddin Yassin.", date(2021, 7, 7)).events
    assert ("June talks", "2021-06") in {(e.label, e.date.value) for e in found}


def test_an_office_held_in_a_body_is_no_part_of_its_name():
    found = facts("The memorandum was signed by Ana Ruiz, Director General of the Lima Port Authority, "
                  "and Ricky W. Kunz, Chief Commercial Officer for Port Houston. Later, Foreign Minister "
                  "Ana Ruiz met the Cabinet Secretary of the Ministry of Foreign Affairs of the Republic "
                  "of Kenya, Monica Juma, in New York.")
    names = {o.name for o in found.orgs}
    assert {"Port Houston", "Ministry of Foreign Affairs of the Republic of Kenya"} <= names
    assert not any(n.startswith(("Commercial Officer", "Cabinet Secretary")) for n in names)
