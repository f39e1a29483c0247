"""A second round of invented organisation forms, for what tests/test_org_forms.py does not
cover: capitalised things that are no body (venues, nature parks, awards, strategies and plans
written in a company's slot), name boundaries (a title after 'Bank of X', portfolio words joined
by 'and' inside a ministry's name), bodies written in lowercase after a demonym ('the Kenyan
foreign ministry'), bodies found only from their place in a sentence ('with Japan's X', 'X,
Kenya's largest producer'), and attributes (a multilateral bank's type, a national body whose
topic holds a region word, the same ministry of two countries).  Each case gives the
organisations expected (name or alias as written, type, country) and names that must not be
organisations; forms still wrong are strict xfails."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

GB, CO, UN, RI, FO, MO, IGO, OT = ("GovernmentBody", "Company", "University", "ResearchInstitute",
                                   "Foundation", "MediaOutlet", "IntergovernmentalOrganization",
                                   "Organization")

# (id, text, expected [(name, type, country)], names that are no organisation)
CASES = [
    # (a) capitalised things that are no body
    ("venue-convention-centre", "The talks took place at the Lakeside International Convention"
                                " Centre in Nairobi, Kenya, with Ugandan envoys.",
     [], ["Lakeside International Convention Centre"]),
    ("venue-exhibition-center", "Ugandan firms showed goods at the Nairobi Exhibition Center in Kenya.",
     [], ["Nairobi Exhibition Center"]),
    ("venue-conference-centre", "Kenya and Uganda met at the Tsavo Conference Centre.",
     [], ["Tsavo Conference Centre"]),
    ("nature-park", "The delegation visited the Tsavo National Park in Kenya with Ugandan guides.",
     [], ["Tsavo National Park"]),
    ("technology-park", "The Nairobi Science and Technology Park hosted Ugandan start-ups in Kenya.",
     [("Nairobi Science and Technology Park", OT, "KE")], []),
    ("award-cut", "Kenya's Tsavo Gold won the Africa Mining Excellence Award in Uganda.",
     [], ["Africa Mining"]),
    ("strategy-possessed", "Kenya's Digital Economy Strategy was presented to Ugandan officials.",
     [], ["Digital Economy Strategy"]),
    ("plan-possessed", "Uganda's National Irrigation Plan will draw on Kenyan experience.",
     [], ["National Irrigation Plan"]),
    ("policy-subject", "The Blue Economy Policy signed by Kenya and Uganda takes effect in May.",
     [], ["Blue Economy Policy"]),
    ("event-forum-year", "Kenya and Uganda took part in the Lakeside Investment Forum 2024 in Nairobi.",
     [], ["Lakeside Investment Forum"]),
    ("event-expo", "Ugandan firms showed their products at the Nairobi Agri Expo.",
     [], ["Nairobi Agri Expo"]),
    ("initiative", "Kenya joined the Blue Economy Initiative launched by Uganda.",
     [], ["Blue Economy Initiative"]),
    ("project", "Kenya and Uganda launched the Lake Victoria Clean Water Project.",
     [], ["Lake Victoria Clean Water Project"]),
    ("protocol", "Kenya and Uganda signed the Lake Victoria Basin Protocol.",
     [], ["Lake Victoria Basin Protocol"]),
    ("law-act", "The Kenyan Parliament passed the Finance Act 2024 after talks with Uganda.",
     [("Kenyan Parliament", GB, "KE")], ["Finance Act"]),
    ("hotel", "The Sheraton Kampala Hotel hosted the Kenyan delegation in Uganda.",
     [], ["Sheraton Kampala Hotel"]),
    ("summit-of-body", "Kenya and Uganda attended the Lake Victoria Basin Commission Summit.",
     [], ["Lake Victoria Basin Commission Summit"]),
    ("scholarship", "Kenyan students received the Uganda Government Scholarship.",
     [], ["Uganda Government Scholarship", "Uganda Government"]),
    # (b) boundaries
    ("title-after-of-country", "The Central Bank of Uganda Governor met Kenyan bankers.",
     [("Central Bank of Uganda", GB, "UG")], ["Central Bank of Uganda Governor"]),
    ("title-after-of-topic", "The Ministry of Health Spokesperson in Kenya met Ugandan reporters.",
     [("Ministry of Health", GB, "KE")], ["Ministry of Health Spokesperson"]),
    ("ministry-portfolio-and", "Uganda's Ministry of Energy and Mineral Development signed with"
                               " Kenya's Ministry of Petroleum and Mining.",
     [("Ministry of Energy and Mineral Development", GB, "UG"),
      ("Ministry of Petroleum and Mining", GB, "KE")], ["Ministry of Petroleum"]),
    ("ministry-mining-and-energy", "The Ministry of Mining and Energy of Kenya hosted Ugandan experts.",
     [("Ministry of Mining and Energy of Kenya", GB, "KE")], []),
    ("republic-of", "The Ministry of Foreign Affairs of the Republic of Uganda thanked Kenya.",
     [("Ministry of Foreign Affairs of the Republic of Uganda", GB, "UG")], []),
    ("business-council", "The Kenya-Uganda Business Council met in Kampala.",
     [("Kenya-Uganda Business Council", OT, None)], []),
    ("acronym-reuse", "The Kenya Export Promotion and Branding Agency (KEPROBA) hosted Ugandan"
                      " traders. KEPROBA said sales rose.",
     [("Kenya Export Promotion and Branding Agency", GB, "KE"), ("KEPROBA", GB, "KE")], []),
    ("long-portfolio", "The Ministry of Agriculture, Livestock, Fisheries and Cooperatives of"
                       " Kenya met Ugandan officials.",
     [("Ministry of Agriculture, Livestock, Fisheries and Cooperatives of Kenya", GB, "KE")],
     ["Livestock", "Fisheries"]),
    ("defence-force-singular", "Kenya's Ministry of Defence and the Uganda People's Defence Force"
                               " held drills.",
     [("Ministry of Defence", GB, "KE"), ("Uganda People's Defence Force", GB, "UG")], []),
    # (c) recall
    ("demonym-lower-ministry", "The Kenyan foreign ministry said the talks with Uganda went well.",
     [("Kenyan foreign ministry", "DescribedBody", "KE")], []),
    ("demonym-lower-two-fields", "The Ugandan science and technology ministry hosted Kenyan experts.",
     [("Ugandan science and technology ministry", "DescribedBody", "UG")], []),
    ("demonym-ministry-for", "Officials at the Ugandan ministry for oil, energy and mines met Kenyans.",
     [("Ugandan ministry for oil, energy and mines", GB, "UG")], []),
    ("lower-ministry-no-demonym", "The trade ministry said the talks between Kenya and Uganda went well.",
     [], ["trade ministry"]),
    ("tourism-board", "The Uganda Tourism Board met Kenyan tour operators.",
     [("Uganda Tourism Board", GB, "UG")], []),
    ("board-of", "The Board of Investment of Kenya met Ugandan investors.",
     [("Board of Investment of Kenya", GB, "KE")], []),
    ("board-of-directors", "The Board of Directors of Tsavo Gold Ltd. approved the Ugandan deal in Kenya.",
     [("Tsavo Gold Ltd.", CO, None)], ["Board of Directors"]),
    ("object-possessive", "Uganda signed a memorandum with Japan's Mitsuyama Shoji on Monday.",
     [("Mitsuyama Shoji", CO, "JP")], []),
    ("object-possessive-list", "Uganda signed contracts with Japan's Mitsuyama Shoji and Kenya's"
                               " Baraka Foods.",
     [("Mitsuyama Shoji", CO, "JP"), ("Baraka Foods", CO, "KE")], []),
    ("apposition-possessive", "Tsavo Gold, Kenya's largest gold producer, will invest in Uganda.",
     [("Tsavo Gold", CO, "KE")], []),
    ("apposition-demonym", "Kenya signed the deal with Lakeside Partners, a Qatari investment firm.",
     [("Lakeside Partners", CO, "QA")], []),
    ("described-state-firm", "Kenya's state oil company Sawa Petroleum signed with Uganda.",
     [("Sawa Petroleum", CO, "KE")], []),
    ("camel-case-subject", "PetroLakes signed a deal with Kenya on Monday.",
     [("PetroLakes", CO, None)], []),
    ("acronym-ministry", "The Kenyan Ministry of Foreign Affairs (MFA) met Ugandan diplomats."
                         " The MFA said talks went well.",
     [("Kenyan Ministry of Foreign Affairs", GB, "KE")], []),
    # (d) attributes
    ("igo-export-import-bank", "The African Export-Import Bank lent money to Kenya and Uganda.",
     [("African Export-Import Bank", IGO, None)], []),
    ("igo-investment-bank", "The European Investment Bank will fund roads in Kenya and Uganda.",
     [("European Investment Bank", IGO, None)], []),
    ("igo-dev-bank", "The Islamic Development Bank will fund Uganda and Kenya.",
     [("Islamic Development Bank", IGO, None)], []),
    ("national-bank-region-word", "The Gulf Commercial Bank of Kuwait lent money to Kenya.",
     [("Gulf Commercial Bank of Kuwait", CO, "KW")], []),
    ("fund-for-region", "The Kuwait Fund for Arab Economic Development signed a loan with Kenya.",
     [("Kuwait Fund for Arab Economic Development", GB, "KW")], []),
    ("univ-of-country-region-word", "The Islamic University of Technology of Bangladesh hosted"
                                    " Kenyan students.",
     [("Islamic University of Technology of Bangladesh", UN, "BD")], []),
    ("national-fund-for", "The Saudi Fund for Development signed a loan with Kenya.",
     [("Saudi Fund for Development", GB, "SA")], []),
    ("embassy-a-in-b", "The Embassy of Japan in Kenya funded a Kenyan school.",
     [("Embassy of Japan in Kenya", GB, "JP")], []),
    ("demonym-embassy-in", "The Ugandan Embassy in Nairobi hosted Kenyan traders.",
     [("Ugandan Embassy in Nairobi", GB, "UG")], []),
    ("same-ministry-two-countries", "Kenya's Ministry of Education and Uganda's Ministry of"
                                    " Education signed an MoU.",
     [("Kenya's Ministry of Education", GB, "KE"), ("Uganda's Ministry of Education", GB, "UG")],
     []),
    ("same-ministry-demonyms", "The Kenyan Ministry of Education and the Ugandan Ministry of"
                              " Education signed an MoU.",
     [("Kenyan Ministry of Education", GB, "KE"), ("Ugandan Ministry of Education", GB, "UG")], []),
    ("univ-department-owner", "The University of Nairobi's Department of Geology hosted Ugandan"
                              " geologists.",
     [("University of Nairobi", UN, "KE")], []),
    ("vietnam-ministry", "Officials of the Vietnamese Ministry of Industry and Trade met Kenyan traders.",
     [("Vietnamese Ministry of Industry and Trade", GB, "VN")], []),
    ("korean-agency", "The Korea Trade-Investment Promotion Agency (KOTRA) opened an office in Kenya.",
     [("Korea Trade-Investment Promotion Agency", GB, "KR")], []),
    ("joint-venture-company", "Kenya Ports Authority and Uganda Railways Corporation signed an MoU.",
     [("Kenya Ports Authority", GB, "KE"), ("Uganda Railways Corporation", CO, "UG")], []),
]

# forms the extractor still gets wrong (see the report of this round)
KNOWN_GAPS: set[str] = {"univ-department-owner"}


def _forms(org) -> set[str]:
    return {f.replace("’", "'").lower().removeprefix("the ") for f in {org.name, *org.aliases}}


def _check(text: str, expected: list, absent: list) -> None:
    facts = extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test"))
    found = {}
    for org in facts.orgs:
        for form in _forms(org):
            found.setdefault(form, set()).add((org.type, org.country))
    for name, type_name, country in expected:
        assert (type_name, country) in found.get(name.replace("’", "'").lower(), set()), (name, found)
    for name in absent:
        assert name.replace("’", "'").lower() not in found, name


_PARAMS = [pytest.param(*c[1:], id=c[0], marks=[pytest.mark.xfail(strict=True)]
                        if c[0] in KNOWN_GAPS else []) for c in CASES]


@pytest.mark.parametrize("text, expected, absent", _PARAMS)
def test_organisation_forms(text, expected, absent):
    _check(text, expected, absent)
