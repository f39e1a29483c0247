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
    found = facts("The Norwegian Agency for Development Cooperation (Norad) revealed on Monday that it "
                  "had signed a memorandum with Peru's Ministry of Energy and Mines to fund a solar "
                  "plant.").agreements
    assert [[p.key for p in a.parties] for a in found] == [
        ["Norwegian Agency for Development Cooperation", "Ministry of Energy and Mines"]]


def test_an_organiser_in_apposition_is_a_firm():
    found = facts("The Lahore Chamber of Commerce has signed a memorandum with Anatolia Fairs, Turkey's "
                  "top trade fair organiser, to explore business opportunities.")
    assert ("Anatolia Fairs", "Company", "TR") in {(o.name, o.type, o.country) for o in found.orgs}


def test_a_surname_of_two_glued_parts_is_a_speakers_name():
    found = facts("Kenya Airways and Air Tanzania have agreed to share routes. Hailu WoldeGiorgis, Kenya "
                  "Airways chief executive said: “Shared routes will bring more travellers to both "
                  "hubs.”").statements
    assert [s.speaker.key for s in found] == ["Hailu WoldeGiorgis"]


def test_the_day_after_a_guests_apposition_dates_the_meeting():
    found = facts("Chairman of the Kenya News Agency Otieno Mwangi met with Lars Berg, editor in chief "
                  "of Norway's NTB news agency, in Nairobi on Thursday.", date(2024, 5, 17)).events
    assert [(e.type, e.date.value) for e in found] == [("Meeting", "2024-05-16")]


def test_a_call_on_a_minister_for_a_portfolio_is_a_meeting():
    found = facts("Ambassador of Georgia to Kenya, Levan Beridze on Thursday called on Federal Minister "
                  "for Trade Affairs Grace Achieng and discussed tea exports.", date(2024, 10, 31)).events
    assert [(e.label, e.date.value) for e in found] == [("Levan Beridze call on Grace Achieng", "2024-10-31")]


def test_a_month_before_talks_dates_them():
    found = facts("The minister said the visit follows up the June talks between President Ana Ruiz "
                  "and Norwegian Prime Minister Lars Berg.", date(2021, 7, 7)).events
    assert ("June talks", "2021-06") in {(e.label, e.date.value) for e in found}


def test_an_office_held_in_a_body_is_no_part_of_its_name():
    found = facts("The memorandum was signed by Ana Ruiz, Director General of the Lima Port Authority, "
                  "and Lars Berg, Chief Commercial Officer for Port Bergen. Later, Foreign Minister Ana "
                  "Ruiz met the Cabinet Secretary of the Ministry of Trade of the Republic of Kenya, Grace "
                  "Achieng, in Geneva.")
    names = {o.name for o in found.orgs}
    assert {"Port Bergen", "Ministry of Trade of the Republic of Kenya"} <= names
    assert not any(n.startswith(("Commercial Officer", "Cabinet Secretary")) for n in names)
