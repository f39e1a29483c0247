"""Organisations under paraphrase (session 30, helper org): one base fact written the many ways
wire services, ministries and newspapers write it — where the type word stands, legal forms,
bracketed short forms and their later bare uses, agencies named as sources, bare firm names that
only their slot shows to be firms, coordination, long names with commas, sub-units in titles,
lowercase descriptors, boundaries against following words, definite mentions — and, for each
family, forms that must give no organisation.  Sentences, bodies and people are invented.

Each row: id, family, text, expected, absent, same.  `expected` holds (name, type, country): the
organisation's *name* (not an alias) must be one of the '|'-separated forms; `absent` forms must
be no organisation's name or alias; `same` forms must all be written forms of one organisation."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

ANY = "*"
GOV = "GovernmentBody"
CO = "Company"
UNI = "University"
RES = "ResearchInstitute"
MEDIA = "MediaOutlet"
IGO = "IntergovernmentalOrganization"
OTHER = "Organization"  # GOLD_FORMAT's Other
FOUND = "Foundation"

# family: where the type word of a government body stands
GOVERNMENT = [
    ("gov-of-country", "gov", "The Ministry of Trade of Kenya signed a pact with Norway on Monday.",
     [("Ministry of Trade of Kenya", GOV, "KE")], [], []),
    ("gov-possessive", "gov", "Kenya's Ministry of Trade said exports to Norway rose.",
     [("Ministry of Trade", GOV, "KE")], [], []),
    ("gov-country-head-last", "gov", "The Kenya Trade Ministry said exports to Norway rose.",
     [("Kenya Trade Ministry", GOV, "KE")], [], []),
    ("gov-head-last-of", "gov", "The Trade Ministry of Kenya said exports to Norway rose.",
     [("Trade Ministry of Kenya", GOV, "KE")], [], []),
    ("gov-demonym", "gov", "The Kenyan Ministry of Trade said exports to Norway rose.",
     [("Kenyan Ministry of Trade|Ministry of Trade", GOV, "KE")], [], []),
    ("gov-long-commas", "gov", "Norway's Ministry of Energy, Industry and Mineral Resources hosted "
     "the talks.", [("Ministry of Energy, Industry and Mineral Resources", GOV, "NO")],
     ["Industry and Mineral Resources"], []),
    ("gov-agency-for", "gov", "The Kenya Agency for Investment Promotion met investors from Norway.",
     [("Kenya Agency for Investment Promotion", GOV, "KE")], [], []),
    ("gov-committee", "gov", "The State Committee for Tourism of Uzbekistan opened an office in Oslo.",
     [("State Committee for Tourism of Uzbekistan", GOV, "UZ")], [], []),
    ("gov-embassy", "gov", "The Embassy of Kenya in Oslo hosted a reception on Friday.",
     [("Embassy of Kenya in Oslo|Embassy of Kenya", GOV, "KE")], ["Oslo"], []),
    ("gov-title-for-body", "gov", "Permanent Secretary for the Ministry of Trade Ada Obi met envoys "
     "from Norway.", [("Ministry of Trade", GOV, ANY)],
     ["Permanent Secretary for the Ministry of Trade"], []),
    ("gov-title-for-agency", "gov", "Commissioner General for the Kenya Revenue Authority Ada Obi "
     "met Norwegian officials.", [("Kenya Revenue Authority", GOV, "KE")],
     ["Commissioner General for the Kenya Revenue Authority"], []),
    ("gov-treasury-possessive", "gov", "Kenya’s National Treasury signed the loan with Norway.",
     [("National Treasury", GOV, "KE")], [], []),
    ("gov-treasury-of", "gov", "The National Treasury of Kenya signed the loan with Norway.",
     [("National Treasury of Kenya", GOV, "KE")], [], []),
    ("gov-ombudsman", "gov", "The Kenya Ombudsman received complaints from Norwegian firms.",
     [("Kenya Ombudsman", GOV, "KE")], [], []),
    ("gov-neg-treasury-bonds", "gov", "Kenya sold Treasury bonds to Norwegian investors.",
     [], ["Treasury bonds", "Treasury"], []),
    ("gov-neg-title", "gov", "Deputy Minister of Trade Ada Obi visited Oslo on Monday.",
     [], ["Deputy Minister", "Deputy Minister of Trade", "Minister of Trade"], []),
    ("gov-neg-government", "gov", "The Government of Kenya and Norway signed the accord.",
     [], ["Government of Kenya"], []),
]

# family: universities and institutes
ACADEMIA = [
    ("uni-x-university", "uni", "Kelmora University signed a memorandum with a firm from Norway.",
     [("Kelmora University", UNI, ANY)], [], []),
    ("uni-university-of", "uni", "The University of Kelmora signed a memorandum with a Norwegian firm.",
     [("University of Kelmora", UNI, ANY)], [], []),
    ("uni-state", "uni", "Students from Velmar State University arrived in Oslo on Sunday.",
     [("Velmar State University", UNI, ANY)], ["Sunday"], []),
    ("uni-institute-of-y-and-z", "uni", "The Velmar Institute of Science and Technology will host "
     "the course.", [("Velmar Institute of Science and Technology", RES, ANY)], ["Technology"], []),
    ("uni-academy", "uni", "The Korlan Academy of Agricultural Sciences sent experts to Kenya.",
     [("Korlan Academy of Agricultural Sciences", RES, ANY)], [], []),
    ("uni-coordinated", "uni", "Kelmora University and Velmar University signed an exchange deal.",
     [("Kelmora University", UNI, ANY), ("Velmar University", UNI, ANY)],
     ["Kelmora University and Velmar University"], []),
    ("uni-definite-links", "uni", "Kelmora University opened a centre in Nairobi. The university "
     "said it would admit Kenyan students.", [("Kelmora University", UNI, ANY)], ["university"], []),
    ("uni-neg-topic", "uni", "Experts discussed Higher Education and Renewable Energy in Oslo.",
     [], ["Higher Education", "Renewable Energy", "Higher Education and Renewable Energy"], []),
]

# family: firms with a legal form or an industry word
FIRMS = [
    ("firm-bank", "firm", "Velmar Bank will lend $20 million to Kenyan farmers.",
     [("Velmar Bank", CO, ANY)], [], []),
    ("firm-corporation", "firm", "Korlan Corporation opened a plant near Nairobi, Kenya.",
     [("Korlan Corporation", CO, ANY)], [], []),
    ("firm-co-ltd", "firm", "Ostra Trading Co., Ltd. signed a supply contract with Kenya.",
     [("Ostra Trading Co., Ltd.", CO, ANY)], [], []),
    ("firm-llc", "firm", "Nexa Logistics LLC will build a warehouse in Mombasa.",
     [("Nexa Logistics LLC", CO, ANY)], [], []),
    ("firm-jsc", "firm", "Altyn Grain JSC shipped wheat to Kenya last month.",
     [("Altyn Grain JSC", CO, ANY)], [], []),
    ("firm-group", "firm", "The deal was signed by Borel Group and a Kenyan distributor.",
     [("Borel Group", CO, ANY)], [], []),
    ("firm-holding", "firm", "Kestrel Holding will invest in Kenyan solar parks.",
     [("Kestrel Holding", CO, ANY)], [], []),
    ("firm-gmbh", "firm", "Velmar Textiles GmbH and Kenya signed a cotton deal.",
     [("Velmar Textiles GmbH", CO, ANY)], [], []),
    ("firm-llc-and-gmbh", "firm", "Nexa Logistics LLC and Velmar Textiles GmbH signed a joint venture "
     "agreement.", [("Nexa Logistics LLC", CO, ANY), ("Velmar Textiles GmbH", CO, ANY)], [], []),
    ("firm-plc", "firm", "Ardent Foods Plc reported higher sales in Kenya.",
     [("Ardent Foods Plc", CO, ANY)], [], []),
    ("firm-company-lower", "firm", "The Korlan Cement Company will supply the new port.",
     [("Korlan Cement Company", CO, ANY)], [], []),
    ("firm-stock-exchange", "firm", "The Nairobi Stock Exchange listed a Norwegian firm last week.",
     [("Nairobi Stock Exchange", ANY, ANY)], [], []),
    ("firm-consortium", "firm", "The Velmar Consortium won the Kenyan port tender.",
     [("Velmar Consortium", CO, ANY)], [], []),
    ("firm-cooperative", "firm", "Kelmora Dairy Cooperative signed a deal with Kenya.",
     [("Kelmora Dairy Cooperative", ANY, ANY)], [], []),
    ("firm-neg-building", "firm", "The delegation visited Kelmora Tower and Velmar Bridge.",
     [], ["Kelmora Tower", "Velmar Bridge"], []),
]

# family: bracketed short forms and their later bare uses
ACRONYMS = [
    ("acr-gov", "acr", "The Kenya Export Promotion Agency (KEPA) met Norwegian buyers. KEPA said "
     "orders rose.", [("Kenya Export Promotion Agency", GOV, "KE")], [],
     ["Kenya Export Promotion Agency", "KEPA"]),
    ("acr-firm", "acr", "Velmar Mining Corporation (VMC) will invest in Kenya. VMC plans a mine.",
     [("Velmar Mining Corporation", CO, ANY)], [], ["Velmar Mining Corporation", "VMC"]),
    ("acr-uni", "acr", "The Kelmora University of Technology (KUT) hosted the forum. Later KUT "
     "signed a deal.", [("Kelmora University of Technology", UNI, ANY)], [],
     ["Kelmora University of Technology", "KUT"]),
    ("acr-foundation", "acr", "The Norway Science Foundation (NSF) funded the study. NSF said more "
     "grants will follow.", [("Norway Science Foundation", FOUND, "NO")], [],
     ["Norway Science Foundation", "NSF"]),
    ("acr-before-name", "acr", "KEPA, the Kenya Export Promotion Agency, led the trade mission.",
     [("Kenya Export Promotion Agency", GOV, "KE")], [], ["Kenya Export Promotion Agency", "KEPA"]),
    ("acr-or-after", "acr", "The deal was signed by the Kenya Export Promotion Agency, or KEPA, and "
     "Norway.", [("Kenya Export Promotion Agency", GOV, "KE")], [],
     ["Kenya Export Promotion Agency", "KEPA"]),
    ("acr-chamber", "acr", "The Korlan Chamber of Commerce and Industry (KCCI) met Kenyan firms. KCCI "
     "said trade rose.", [("Korlan Chamber of Commerce and Industry", OTHER, ANY)], [],
     ["Korlan Chamber of Commerce and Industry", "KCCI"]),
    ("acr-neg-apposed-other", "acr", "Talks with KEMRI, the Kenya Export Promotion Agency, and others "
     "went on.", [("Kenya Export Promotion Agency", GOV, "KE")], [], []),
    ("acr-apposed-bare-later", "acr", "The deal with KEPA, the Kenya Export Promotion Agency, was signed. "
     "KEPA said orders rose.", [("Kenya Export Promotion Agency", GOV, "KE")], [],
     ["Kenya Export Promotion Agency", "KEPA"]),
    ("acr-neg-year", "acr", "The Velmar Textiles (2019) plant opened in Kenya.",
     [], ["2019"], []),
    ("acr-neg-country", "acr", "Velmar University (Norway) signed the memorandum with Kenya.",
     [("Velmar University", UNI, ANY)], ["Norway"], []),
]

# family: agencies and press services named as sources
SOURCES = [
    ("src-known-agency", "src", "Xinhua reported that the two sides signed a trade accord.",
     [("Xinhua", MEDIA, ANY)], [], []),
    ("src-news-agency", "src", "The Korlan News Agency reported that Kenya signed the accord.",
     [("Korlan News Agency", MEDIA, ANY)], [], []),
    ("src-told-paper", "src", "The minister told the Velmar Daily Herald that talks with Kenya went well.",
     [("Velmar Daily Herald", MEDIA, ANY)], [], []),
    ("src-press-service", "src", "The press service of Kenya's Ministry of Energy said talks "
     "went well.", [("Ministry of Energy", GOV, "KE")], ["press service"], []),
    ("src-according-to", "src", "According to the Velmar Times, Kenya signed the accord on Monday.",
     [("Velmar Times", MEDIA, ANY)], [], []),
    ("src-demonym-broadcaster", "src", "Ada Obi told Norwegian broadcaster NRK that talks went well.",
     [("NRK", MEDIA, "NO")], [], []),
    ("src-state-agency", "src", "Kenya's state news agency KNA reported the deal.",
     [("KNA", MEDIA, "KE")], [], []),
    ("src-interview-with", "src", "In an interview with the Fjord Daily, Ada Obi said Kenya matters.",
     [("Fjord Daily", MEDIA, ANY)], [], []),
    ("src-neg-said", "src", "Kenya signed the accord, Ada Obi said on Monday.", [], ["Ada Obi"], []),
]

# family: bare firm names that only the sentence's slot shows to be firms
BARE = [
    ("bare-x-and-y-signed", "bare", "Norgas and Vantix signed a supply deal in Nairobi.",
     [("Norgas", ANY, ANY), ("Vantix", ANY, ANY)], [], []),
    ("bare-between", "bare", "A supply deal between Norgas and Vantix was signed on Monday.",
     [("Norgas", ANY, ANY), ("Vantix", ANY, ANY)], [], []),
    ("bare-ceo", "bare", "Vantix's CEO Ada Obi met the Kenyan minister on Monday.",
     [("Vantix", CO, ANY)], [], []),
    ("bare-apposition", "bare", "Vantix, a Kenyan fintech firm, signed a deal with Norway.",
     [("Vantix", CO, "KE")], [], []),
    ("bare-shares-in", "bare", "Norway's pension fund bought shares in Vantix last year.",
     [("Vantix", CO, ANY)], [], []),
    ("bare-signed-with", "bare", "Norgas signed a contract with Vantix to supply gas to Kenya.",
     [("Norgas", ANY, ANY), ("Vantix", ANY, ANY)], [], []),
    ("bare-shares-after", "bare", "Vantix shares rose 5% after the deal with Kenya.",
     [("Vantix", CO, ANY)], [], []),
    ("bare-demonym-maker", "bare", "Norwegian fertiliser maker Fjordkjem signed a supply deal with "
     "Kenya.",
     [("Fjordkjem", CO, "NO")], [], []),
    ("bare-demonym-builder", "bare", "The contract went to Chinese builder Sinoroad last year.",
     [("Sinoroad", CO, "CN")], [], []),
    ("bare-demonym-supplier", "bare", "Kenya signed a deal with Norwegian supplier Fjordkjem.",
     [("Fjordkjem", CO, "NO")], [], []),
    ("bare-demonym-contractor", "bare", "Kenyan contractor Mjenzi Works won the port tender.",
     [("Mjenzi Works", CO, "KE")], [], []),
    ("bare-demonym-lender", "bare", "Kenyan lender Equibank signed a deal with Norway's Fjordbank.",
     [("Equibank", CO, "KE"), ("Fjordbank", CO, "NO")], [], []),
    ("bare-relative-clause", "bare", "Vantix, which is based in Nairobi, signed a deal with Norway.",
     [("Vantix", CO, ANY)], [], []),
    ("bare-ceo-after", "bare", "Vantix chief executive Tomas Berglund said the deal was good.",
     [("Vantix", CO, ANY)], ["Tomas Berglund"], []),
    ("bare-neg-person", "bare", "Ada Obi and Tomas Berglund signed the accord in Nairobi.",
     [], ["Ada Obi", "Tomas Berglund"], []),
    ("bare-neg-places", "bare", "Kenya and Norway signed the accord in Nairobi.",
     [], ["Kenya", "Norway", "Nairobi"], []),
]

# family: sub-units named in a person's title
UNITS = [
    ("unit-department-of", "unit", "Ada Obi, head of the Department of External Relations of the "
     "Korlan Academy of Sciences, visited Nairobi.",
     [("Department of External Relations", ANY, ANY), ("Korlan Academy of Sciences", RES, ANY)],
     [], []),
    ("unit-director-of", "unit", "Tomas Berglund, Director of the International Office of Kelmora "
     "University, met Kenyan students.",
     [("International Office", ANY, ANY), ("Kelmora University", UNI, ANY)], [], []),
    ("unit-faculty-at", "unit", "Tomas Berglund, Dean of the Faculty of Law at Kelmora University, "
     "met students.", [("Faculty of Law", ANY, ANY), ("Kelmora University", UNI, ANY)],
     ["Faculty of Law at Kelmora University"], []),
    ("unit-division-at", "unit", "Tomas Berglund, head of the Asia Division at Norway's Ministry of "
     "Foreign Affairs, spoke.", [("Asia Division", GOV, "NO"), ("Ministry of Foreign Affairs", GOV, "NO")],
     [], []),
    ("unit-neg-title", "unit", "Ada Obi, Director General of Kelmora University, met students.",
     [("Kelmora University", UNI, ANY)], ["Director General", "Director General of Kelmora University"],
     []),
]

# family: lowercase descriptors
DESCRIPTORS = [
    ("desc-health-ministry", "desc", "The Kenyan health ministry said the clinics will open in May.",
     [], ["Kenyan health ministry", "health ministry"], []),
    ("desc-embassy-in", "desc", "The Turkish embassy in Nairobi hosted a reception on Friday.",
     [("Turkish embassy in Nairobi", GOV, "TR")], [], []),
    ("desc-research-institutes", "desc", "A dozen foreign research institutes joined the Kenyan project.",
     [], ["research institutes", "foreign research institutes"], []),
    ("desc-exporters", "desc", "Nairobi's textile exporters' association welcomed the deal.",
     [], ["textile exporters' association"], []),
]

# family: boundaries against following and preceding words
BOUNDARIES = [
    ("bnd-on-weekday", "bnd", "Kelmora University on Tuesday signed a memorandum with Kenya.",
     [("Kelmora University", UNI, ANY)], ["Kelmora University on Tuesday"], []),
    ("bnd-date-after", "bnd", "The Ministry of Trade of Kenya in May 2024 opened an office in Oslo.",
     [("Ministry of Trade of Kenya", GOV, "KE")], ["Ministry of Trade of Kenya in May"], []),
    ("bnd-on-weekday-the", "bnd", "On Tuesday the Ministry of Trade of Kenya signed a pact with Norway.",
     [("Ministry of Trade of Kenya", GOV, "KE")], ["Tuesday the Ministry of Trade of Kenya"], []),
    ("bnd-on-weekday-bare", "bnd", "On Tuesday Kelmora University signed a memorandum with Kenya.",
     [("Kelmora University", UNI, ANY)], ["Tuesday Kelmora University"], []),
    ("bnd-in-month-the", "bnd", "In March the Kenya Investment Authority opened an office in Oslo.",
     [("Kenya Investment Authority", GOV, "KE")], ["March the Kenya Investment Authority"], []),
    ("bnd-in-may-the", "bnd", "In May the Kenya Investment Authority opened an office in Oslo.",
     [("Kenya Investment Authority", GOV, "KE")], ["May the Kenya Investment Authority"], []),
    ("bnd-last-weekday", "bnd", "Last Friday the Velmar Bank board approved a loan to Kenya.",
     [("Velmar Bank", CO, ANY)], ["Last Friday the Velmar Bank", "Friday the Velmar Bank"], []),
    ("bnd-next-weekday", "bnd", "Next Monday the Kenya Investment Authority will open an office.",
     [("Kenya Investment Authority", GOV, "KE")], ["Next Monday the Kenya Investment Authority"], []),
    ("bnd-neg-month-name-kept", "bnd", "The March Eighth Textile Company signed a deal with Kenya.",
     [("March Eighth Textile Company", CO, ANY)], [], []),
    ("bnd-commission-on", "bnd", "The Kenya Commission on Vocational Training signed a programme "
     "with Norway.", [("Kenya Commission on Vocational Training", GOV, "KE")], [], []),
    ("bnd-sentence-initial", "bnd", "Yesterday Kelmora University signed a memorandum with Kenya.",
     [("Kelmora University", UNI, ANY)], ["Yesterday Kelmora University"], []),
    ("bnd-headline-caps", "bnd", "Kelmora University Signs Memorandum With Kenyan Partners. The deal "
     "was signed in Nairobi.", [("Kelmora University", UNI, ANY)],
     ["Kelmora University Signs Memorandum", "Kenyan Partners"], []),
    # GOLD_FORMAT: bilateral forums are bodies of type Other (the forum's opening is also an event)
    ("bnd-business-forum-event", "bnd", "The Kenya-Norway Business Forum opened in Oslo on Monday.",
     [("Kenya-Norway Business Forum", OTHER, None)], [], []),
    ("bnd-en-dash-council", "bnd", "The Kenya–Norway Business Council was set up in 2020.",
     [("Kenya–Norway Business Council", OTHER, None)], ["Norway Business Council"], []),
    ("bnd-en-dash-commission", "bnd", "The Kenya–Norway Joint Commission met in Oslo on Monday.",
     [("Kenya–Norway Joint Commission", OTHER, None)], ["Norway Joint Commission"], []),
    ("bnd-en-dash-chamber", "bnd", "Ada Obi, head of the Kenya–Norway Chamber of Commerce, spoke.",
     [("Kenya–Norway Chamber of Commerce", OTHER, None)], ["Norway Chamber of Commerce"], []),
    ("bnd-hyphen-chamber", "bnd", "Ada Obi, head of the Kenya-Norway Chamber of Commerce, spoke.",
     [("Kenya-Norway Chamber of Commerce", OTHER, None)], [], []),
    ("bnd-en-dash-forum-event", "bnd", "The Kenya–Norway Business Forum opened in Oslo on Monday.",
     [("Kenya–Norway Business Forum", OTHER, None)], ["Norway Business Forum"], []),
    ("bnd-topic-after", "bnd", "The Velmar Chamber of Commerce Trade Week opened in Oslo.",
     [], ["Velmar Chamber of Commerce Trade Week"], []),
]

# family: definite mentions link to the one body, never make a second one
DEFINITE = [
    ("def-ministry", "def", "The Ministry of Trade of Kenya hosted the talks. The ministry said "
     "exports to Norway rose.", [("Ministry of Trade of Kenya", GOV, "KE")], ["ministry"], []),
    ("def-company", "def", "Velmar Mining Corporation opened a mine in Kenya. The company said it "
     "would hire 300 workers.", [("Velmar Mining Corporation", CO, ANY)], ["company"], []),
    ("def-bank", "def", "Velmar Bank lent $20 million to Kenya. The bank said more would follow.",
     [("Velmar Bank", CO, ANY)], ["bank"], []),
]

# family: capitalised events, documents, programmes, laws, places and topics are no bodies
NEGATIVES = [
    ("neg-belt-road-forum", "neg", "Leaders met at the Belt and Road Forum in Beijing.",
     [], ["Belt and Road Forum", "Belt", "Road Forum"], []),
    ("neg-mou", "neg", "Kenya and Norway signed the Memorandum of Understanding on Monday.",
     [], ["Memorandum of Understanding", "Memorandum"], []),
    ("neg-programme", "neg", "Kenya joined the National Irrigation Programme last year.",
     [], ["National Irrigation Programme"], []),
    ("neg-law", "neg", "The Foreign Investment Act was passed by Kenya's parliament.",
     [], ["Foreign Investment Act"], []),
    ("neg-strategy", "neg", "Kenya adopted the Digital Economy Strategy 2030 last year.",
     [], ["Digital Economy Strategy", "Digital Economy Strategy 2030"], []),
    ("neg-square", "neg", "Crowds gathered in Uhuru Square to greet the Norwegian guests.",
     [], ["Uhuru Square"], []),
    ("neg-corridor", "neg", "The Northern Transport Corridor links Kenya with Uganda.",
     [], ["Northern Transport Corridor"], []),
    ("neg-conference", "neg", "The Kenya Energy Conference opened in Nairobi on Monday.",
     [], ["Kenya Energy Conference"], []),
]

ROWS = (GOVERNMENT + ACADEMIA + FIRMS + ACRONYMS + SOURCES + BARE + UNITS + DESCRIPTORS
        + BOUNDARIES + DEFINITE + NEGATIVES)

# rows the extractor does not yet pass: case id → the construction it misses
GAPS: dict[str, str] = {
    "bare-shares-after": "a bare firm name before 'shares' ('Vantix shares rose')",
    "bare-demonym-maker": "'<demonym> fertiliser maker <Name>': 'maker' also ends 'policy maker'",
    "bare-relative-clause": "a signer cut from its verb by a relative clause ('X, which is based in Y,')",
    "unit-faculty-at": "'Faculty of X at Y University' is kept one name ('unit' role of org_units.tsv)",
    "desc-health-ministry": "a lowercase '<demonym> health ministry' is made an organisation",
    "bnd-topic-after": "an event noun after a body's name ('... Chamber of Commerce Trade Week') stays in it",
}


def _norm(form: str) -> str:
    return form.replace("’", "'").lower().removeprefix("the ")


def _orgs(text: str) -> list:
    return extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test")).orgs


def _check(text: str, expected: list, absent: list, same: list) -> None:
    """Expected names with type and country; no absent form; the `same` forms one body."""
    orgs = _orgs(text)
    names = {(_norm(o.name), o.type, o.country) for o in orgs}
    forms = [{_norm(f) for f in (o.name, *o.aliases)} for o in orgs]
    for name, type_name, country in expected:
        wanted = {_norm(n) for n in name.split("|")}
        assert any(n in wanted and type_name in (ANY, t) and country in (ANY, c) for n, t, c in names), (
            name, names)
    for name in absent:
        assert not any(_norm(name) in f for f in forms), (name, forms)
    if same:
        assert any({_norm(s) for s in same} <= f for f in forms), (same, forms)


def _mark(case: str) -> list:
    return [pytest.mark.xfail(strict=True, reason=GAPS[case])] if case in GAPS else []


@pytest.mark.parametrize("text, expected, absent, same",
                         [pytest.param(*r[2:], id=r[0], marks=_mark(r[0])) for r in ROWS])
def test_orgs_variants_s30_row(text: str, expected: list, absent: list, same: list) -> None:
    _check(text, expected, absent, same)


def test_rows_are_unique() -> None:
    assert len({r[0] for r in ROWS}) == len(ROWS)
    assert set(GAPS) <= {r[0] for r in ROWS}
