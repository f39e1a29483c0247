"""People written without a title (session 30, helper gn): a paraphrase battery.  Each family
takes one kind of fact — a person named by given name and surname alone — and writes it the ways
wire services, ministries and newspapers do: with a firm's possessive, in lists, as the subject
of an act only people do, after 'led by'/'with'/'from', before a relative clause, with a first
name that is also a place or a word; and the negatives of each family, where the same words name
a place, a firm, a building or an award.  Every sentence, person, body and firm is invented
(real country and city names only)."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def _names(text: str) -> tuple[set[str], set[str]]:
    """The people's names and the organisations' names the extractor finds in `text`: an
    expected person must not be taken for a body as well."""
    facts = extract(Article(text=text, published=date(2024, 5, 17), title="", origin="test"))
    return {p.name for p in facts.people}, {o.name for o in facts.orgs}


# (family, id, text, people expected, names that must not be people)
ROWS = [
    # possessive affiliation: a firm's or body's possessive before the name
    ("possessive", "firm-pair", "Executives including Kestor's Ada Obi and Brumel's Tom Hart toured "
     "the port in Mombasa.", {"Ada Obi", "Tom Hart"}, set()),
    ("possessive", "firm-one", "Talvor's Ingrid Sorensen will take charge of the Kenyan venture.",
     {"Ingrid Sorensen"}, {"Talvor's Ingrid Sorensen"}),
    ("possessive", "country-one", "Peru's Marisol Quispe is expected in Nairobi next week.",
     {"Marisol Quispe"}, set()),
    ("possessive", "bank-one", "The lender's Rajesh Menon and Fintra's Chioma Eze signed for the "
     "two sides.", {"Rajesh Menon", "Chioma Eze"}, set()),
    ("possessive", "neg-place", "Kenya's Victoria Falls trip was cancelled, officials in Nairobi said.",
     set(), {"Victoria Falls"}),
    ("possessive", "neg-firm", "Norway's Morgan Stanley office advised the fund on the deal.",
     set(), {"Morgan Stanley"}),
    # lists of names
    ("list", "and-pair", "Ada Obi and Tom Hart signed the contract in Accra on Monday.",
     {"Ada Obi", "Tom Hart"}, set()),
    ("list", "three", "The panel included Kwame Boateng, Lucia Ferreira and Hiroshi Tanabe.",
     {"Kwame Boateng", "Lucia Ferreira", "Hiroshi Tanabe"}, set()),
    ("list", "attended", "Among those present were Fatima Benali, Olga Petrenko and Diego Morales.",
     {"Fatima Benali", "Olga Petrenko", "Diego Morales"}, set()),
    ("list", "semicolon", "Guests: Amina Yusuf; Pedro Salgado; Anneli Virtanen.",
     {"Amina Yusuf", "Pedro Salgado", "Anneli Virtanen"}, set()),
    ("list", "three-word", "The award went to Maria Elena Cortes and Jean Paul Mbeki.",
     {"Maria Elena Cortes"}, set()),
    ("list", "neg-firms", "Contracts went to Kestor Holdings, Brumel Logistics and Talvor Group.",
     set(), {"Kestor", "Brumel"}),
    ("list", "neg-months", "Talks were held in March, May and June in Lima.", set(), {"May", "June"}),
    # subjects of acts only people do
    ("acts", "signed", "Ingrid Sorensen signed the loan agreement on behalf of the bank.",
     {"Ingrid Sorensen"}, set()),
    ("acts", "met", "Kofi Mensah met officials of the Peruvian trade ministry in Lima.",
     {"Kofi Mensah"}, set()),
    ("acts", "visited", "Svetlana Morozova visited the new plant near Astana on Tuesday.",
     {"Svetlana Morozova"}, set()),
    ("acts", "said", "Ahmed Haddad said the line would open next year.", {"Ahmed Haddad"}, set()),
    ("acts", "attended", "Priya Raghavan attended the opening of the trade fair in Nairobi.",
     {"Priya Raghavan"}, set()),
    ("acts", "opened", "Carlos Mendoza opened the exhibition of Chilean wines in Seoul.",
     {"Carlos Mendoza"}, set()),
    ("acts", "handed", "Yuki Tanabe handed over the keys of the clinic to local officials.",
     {"Yuki Tanabe"}, set()),
    ("acts", "welcomed", "Nguyen Van Thanh welcomed the visitors at the factory gate.",
     {"Nguyen Van Thanh"}, set()),
    ("acts", "turkish", "Mehmet Aydemir toured the shipyard with the Kenyan guests.",
     {"Mehmet Aydemir"}, set()),
    ("acts", "neg-firm-signed", "Morgan Stanley signed the underwriting agreement in London.",
     set(), {"Morgan Stanley"}),
    ("acts", "neg-weekday", "Friday Market traders welcomed the new rules.", set(), {"Friday Market"}),
    # objects after 'led by', 'headed by', 'with', 'by', 'from'
    ("objects", "led-by", "The delegation, led by Ada Obi, arrived in Lima on Sunday.",
     {"Ada Obi"}, set()),
    ("objects", "headed-by", "A team headed by Lars Eriksen inspected the wind farm.",
     {"Lars Eriksen"}, set()),
    ("objects", "with", "The ambassador held talks with Samuel Ofori on port investment.",
     {"Samuel Ofori"}, set()),
    ("objects", "by", "The book was written by Ngozi Adeyemi and launched in Abuja.",
     {"Ngozi Adeyemi"}, set()),
    ("objects", "from", "The mission received a letter from Giorgos Pappas about the project.",
     {"Giorgos Pappas"}, set()),
    ("objects", "interview", "In an interview with Ana Beatriz Souza, the minister spoke about "
     "trade.", {"Ana Beatriz Souza"}, set()),
    ("objects", "accompanied", "He was accompanied by Dmitry Volkov and Elena Sokolova.",
     {"Dmitry Volkov", "Elena Sokolova"}, set()),
    ("objects", "neg-airport", "The plane landed at the Jomo Kenyatta International Airport on "
     "Monday.", set(), {"Jomo Kenyatta"}),
    ("objects", "neg-bay", "Investors from Nelson Mandela Bay toured the plant.", set(),
     {"Nelson Mandela Bay", "Nelson Mandela"}),
    ("objects", "neg-institute", "Students from the Confucius Institute visited the museum.", set(),
     {"Confucius"}),
    # relative clauses and appositions without a title
    ("relative", "who-heads", "Ada Obi, who heads the fund, spoke at the launch in Accra.",
     {"Ada Obi"}, set()),
    ("relative", "who-founded", "The firm was set up by Tariq Hamdan, who founded it in 2009.",
     {"Tariq Hamdan"}, set()),
    ("relative", "whose", "Helga Brandt, whose company makes turbines, joined the mission.",
     {"Helga Brandt"}, set()),
    ("relative", "aged", "Joseph Kamau, 54, has run the cooperative since 2010.",
     {"Joseph Kamau"}, set()),
    ("relative", "a-founder", "Li Wenjie, a founder of the start-up, showed the robots to the guests.",
     {"Li Wenjie"}, set()),
    ("relative", "neg-street", "The office moved to Julius Nyerere Road, which runs past the port.",
     set(), {"Julius Nyerere Road", "Julius Nyerere"}),
    ("relative", "neg-prize", "The Kofi Annan Prize, which honours peace work, was awarded in Oslo.",
     set(), {"Kofi Annan Prize", "Kofi Annan"}),
    # a first name that is also a place or a word
    ("ambiguous", "victoria", "Victoria Mensah signed the memorandum for the Ghanaian side.",
     {"Victoria Mensah"}, set()),
    ("ambiguous", "jordan", "Jordan Peterson Hale met the trade attaché on Monday.",
     {"Jordan Peterson Hale"}, set()),
    ("ambiguous", "florence", "Florence Wanjiru said the cooperative would double its exports.",
     {"Florence Wanjiru"}, set()),
    ("ambiguous", "grace", "Grace Achieng and Hope Nduta signed for the growers.",
     {"Grace Achieng", "Hope Nduta"}, set()),
    ("ambiguous", "mark", "Mark Ellison held talks with the Kenyan buyers in Nairobi.",
     {"Mark Ellison"}, set()),
    ("ambiguous", "bill", "Bill Ndlovu visited the mine near Kitwe.", {"Bill Ndlovu"}, set()),
    ("ambiguous", "rose", "Rose Akinyi and Joy Muthoni attended the ceremony.",
     {"Rose Akinyi", "Joy Muthoni"}, set()),
    ("ambiguous", "chad", "Chad Morrison met the Kenyan delegation at the fair.", {"Chad Morrison"},
     set()),
    ("ambiguous", "said", "Said Benkirane visited the port of Tangier on Friday.",
     {"Said Benkirane"}, set()),
    ("ambiguous", "santiago", "Santiago Herrera signed the supply contract in Bogota.",
     {"Santiago Herrera"}, set()),
    ("ambiguous", "neg-falls", "Tourists flocked to Victoria Falls this summer.", set(),
     {"Victoria Falls"}),
    ("ambiguous", "neg-valley", "Farmers in the Jordan Valley export dates to Kenya.", set(),
     {"Jordan Valley"}),
    ("ambiguous", "neg-tech", "Researchers at Georgia Tech built the sensor.", set(), {"Georgia Tech"}),
    ("ambiguous", "neg-city", "Santiago Metro ordered new trains from China.", set(),
     {"Santiago Metro"}),
    ("ambiguous", "neg-abu-dhabi", "Abu Dhabi Ports signed a deal with Kenya.", set(),
     {"Abu Dhabi"}),
    ("ambiguous", "neg-grace-period", "Exporters get a grace period until June.", set(),
     {"Grace"}),
    # firms, buildings and names of things named after people
    ("things", "neg-ford", "Ford Motor will build a plant in Kenya.", set(), {"Ford Motor"}),
    ("things", "neg-johnson", "Johnson & Johnson donated vaccines to Kenya.", set(), {"Johnson"}),
    ("things", "neg-mercedes", "Mercedes Benz opened a plant in Egypt.", set(), {"Mercedes Benz"}),
    ("things", "neg-hotel", "The talks took place at the Grace Garden Hotel in Lima.", set(),
     {"Grace Garden"}),
    ("things", "neg-the-run", "Delegates visited the Marina Bay area of Singapore.", set(),
     {"Marina Bay"}),
    ("things", "neg-stadium", "The match was played at the Moshood Abiola Stadium in Abuja.", set(),
     {"Moshood Abiola"}),
    ("things", "neg-headline", "Grace Period Ends For Kenyan Tea Exporters", set(),
     {"Grace Period"}),
    ("things", "neg-bridge", "Traffic crossed the Samuel Ofori Bridge for the first time.", set(),
     {"Samuel Ofori"}),
    # world regions' name shapes
    ("regions", "arabic", "Khalid Al Mansouri and Noura Saeed visited the Kenyan pavilion.",
     {"Khalid Al Mansouri", "Noura Saeed"}, set()),
    ("regions", "persian", "Reza Karimi met traders from Kazakhstan in Tehran.", {"Reza Karimi"},
     set()),
    ("regions", "south-asian", "Sunita Rao and Imran Qureshi signed the research agreement.",
     {"Sunita Rao", "Imran Qureshi"}, set()),
    ("regions", "east-asian", "Kim Soo-jin visited the Kenyan embassy in Seoul.", {"Kim Soo-jin"},
     set()),
    ("regions", "japanese", "Takeshi Moriyama opened the Japanese pavilion at the fair.",
     {"Takeshi Moriyama"}, set()),
    ("regions", "west-african", "Kwabena Asante and Aminata Diop attended the forum in Dakar.",
     {"Kwabena Asante", "Aminata Diop"}, set()),
    ("regions", "east-african", "Wanjiku Kariuki met the Chilean buyers in Nairobi.",
     {"Wanjiku Kariuki"}, set()),
    ("regions", "slavic", "Piotr Nowicki and Katarzyna Lis signed the shipping contract.",
     {"Piotr Nowicki", "Katarzyna Lis"}, set()),
    ("regions", "nordic", "Sigrid Halvorsen visited the geothermal plant near Naivasha.",
     {"Sigrid Halvorsen"}, set()),
    ("regions", "turkic", "Nurlan Abenov and Aigerim Sultanova met the Kenyan delegation.",
     {"Nurlan Abenov", "Aigerim Sultanova"}, set()),
    ("regions", "lusophone", "João Pedro Almeida visited the port of Luanda.",
     {"João Pedro Almeida"}, set()),
    ("regions", "francophone", "Jean-Claude Mbarga met traders in Douala.", {"Jean-Claude Mbarga"},
     set()),
    # unknown given names stay unread (no cue, no known given name): precision first
    ("regions", "neg-unknown-first", "Kestor Brumel announced record profits.", set(),
     {"Kestor Brumel"}),
]

# rows the current extractor does not get right, with the construction each one shows
GAPS: dict[str, str] = {
    "chad": "a two-word name opening with a country's name ('Chad Morrison') is read as the country "
            "and a word: only a three-word name may open with one (country_given_names)",
    "santiago": "a given name that is also a city's name ('Santiago Herrera') opens no untitled "
                "name: 'Santiago Metro', 'Milan Expo' name the place more often",
    "neg-unknown-first": "a bare two-word name before 'announced' is read as a speaker "
                         "(person.speaker) though no word of it is a given name",
}


def _marks(row_id: str) -> list:
    return [pytest.mark.xfail(strict=True, reason=GAPS[row_id])] if row_id in GAPS else []


@pytest.mark.parametrize("text, expected, absent",
                         [pytest.param(*r[2:], id=f"{r[0]}-{r[1]}", marks=_marks(r[1])) for r in ROWS])
def test_people_variant(text: str, expected: set[str], absent: set[str]) -> None:
    people, orgs = _names(text)
    assert expected <= people, (people, orgs)
    assert not expected & orgs, (people, orgs)
    assert not absent & people, (people, orgs)
