"""Figures by construction: a checklist of the ways English news states amounts, counts and
their periods, each in a sentence written for these tests (no corpus text).  Every case names
the figures it must give — (value, unit, period, a word of the indicator) — and no more; the
cases of what is not a figure (years, ages, ordinals, ranges, conversions) must give none.

A period is checked as the scorer checks a gold period: the predicted start (and end) begin
with the expected one; None leaves the period unchecked (a gold without one accepts any)."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Figure
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 8)  # a Friday

Expected = tuple[float, str, str | None, str]


def _figures(text: str) -> list[Figure]:
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test")).figures


def _period_ok(expected: str | None, f: Figure) -> bool:
    if expected is None:
        return True
    start, _, end = expected.partition("/")
    got_start = f.period_start.value if f.period_start else ""
    got_end = f.period_end.value if f.period_end else ""
    return got_start.startswith(start) and (not end or got_end.startswith(end))


def _fits(e: Expected, f: Figure) -> bool:
    value, unit, period, word = e
    return abs(f.value - value) <= abs(value) * 0.005 and f.unit == unit and _period_ok(period, f) \
        and word.lower() in f.indicator.lower()


def _check(text: str, expected: list[Expected]) -> None:
    got = _figures(text)
    shown = [(f.value, f.unit, f.period_start and f.period_start.value,
              f.period_end and f.period_end.value, f.indicator) for f in got]
    assert len(got) == len(expected), shown
    for e in expected:
        assert any(_fits(e, f) for f in got), (e, shown)


CASES: dict[str, tuple[str, list[Expected]]] = {
    # currency before or after the number, symbols, codes, words, scale words
    "dollar-sign-billion": ("Bilateral trade between Chile and Peru reached $5.2 billion in 2023.",
                            [(5.2e9, "USD", "2023", "trade")]),
    "us-dollar-sign": ("Chilean exports to Peru were US$3.1bn in 2023.", [(3.1e9, "USD", "2023", "exports")]),
    "us-space-dollar": ("Chilean exports to Peru amounted to US $ 41 million in 2023.",
                        [(4.1e7, "USD", "2023", "exports")]),
    "usd-code-bn": ("Peru's imports from Chile totalled USD 1.2 bn in 2023.",
                    [(1.2e9, "USD", "2023", "imports")]),
    "usd-code-after": ("Peru's imports from Chile totalled 1.2 billion USD in 2023.",
                       [(1.2e9, "USD", "2023", "imports")]),
    "dollars-word": ("Kenya and Ghana traded goods worth 3.5 billion US dollars in 2022.",
                     [(3.5e9, "USD", "2022", "")]),
    "euro-symbol-m": ("Finland will provide €40m in aid to Kenya.", [(4e7, "EUR", None, "aid")]),
    "euro-word": ("Finland will provide 40 million euros in aid to Kenya.", [(4e7, "EUR", None, "aid")]),
    "eur-code": ("Finland will provide EUR 40 million in aid to Kenya.", [(4e7, "EUR", None, "aid")]),
    "rs-crore": ("India extended a line of credit of Rs 500 crore to Nepal.", [(5e9, "INR", None, "credit")]),
    "rs-dot-crore": ("India extended a line of credit of Rs. 500 crore to Nepal.",
                     [(5e9, "INR", None, "credit")]),
    "rupee-symbol-crore": ("India extended a line of credit of ₹500 crore to Nepal.",
                           [(5e9, "INR", None, "credit")]),
    "rupees-lakh": ("India gave a grant of 50 lakh rupees to a school in Nepal.",
                    [(5e6, "INR", None, "grant")]),
    "lakh-crore": ("Trade between India and Nepal reached Rs 1.2 lakh crore in 2023.",
                   [(1.2e12, "INR", "2023", "trade")]),
    "kes-billion": ("Japan gave Kenya a grant of KES 2 billion for a hospital.",
                    [(2e9, "KES", None, "grant")]),
    "ksh-prefix": ("Japan gave Kenya a grant of KSh 2 billion for a hospital.",
                   [(2e9, "KES", None, "grant")]),
    "sh-prefix": ("Japan gave Kenya a grant of Sh2 billion for a hospital.", [(2e9, "KES", None, "grant")]),
    "shillings-word": ("Japan gave Kenya a grant of 2 billion shillings for a hospital.",
                       [(2e9, "KES", None, "grant")]),
    "pound-symbol": ("Britain will invest £3.5m in Ghana's cocoa sector.", [(3.5e6, "GBP", None, "invest")]),
    "yen-word": ("Japan signed a loan of 10 billion yen with Laos.", [(1e10, "JPY", None, "loan")]),
    "yuan-symbol": ("China pledged ¥200 million in aid to Laos.", [(2e8, "CNY", None, "aid")]),
    "won-trillion": ("Korea will lend 1.5 trillion won to Uzbekistan.", [(1.5e12, "KRW", None, "")]),
    "aed-glued": ("Dubai and Mumbai firms formed an AED3.67 billion joint venture.",
                  [(3.67e9, "AED", None, "")]),
    "real-sign": ("Brazil pledged R$ 2 billion in loans to Angola.", [(2e9, "BRL", None, "loan")]),
    "aud-sign": ("Australia announced A$500m in aid to Fiji.", [(5e8, "AUD", None, "aid")]),
    "mln-abbrev": ("Kazakhstan exported goods worth $450 mln to China in 2023.",
                   [(4.5e8, "USD", "2023", "")]),
    "plain-thousands": ("Japan donated $250,000 to the Red Cross of Laos.", [(2.5e5, "USD", None, "")]),
    "compound-million-thousand": ("Trade between Kyrgyzstan and Turkmenistan reached US $ 63 million 546 "
                                  "thousand in 2023.", [(63546000, "USD", "2023", "trade")]),
    "hyphen-billion-adjective": ("A $5-billion refinery will be built by Saudi Arabia in Pakistan.",
                                 [(5e9, "USD", None, "refinery")]),
    "dirham-prefix": ("Dubai pledged Dh5 billion for projects in India.", [(5e9, "AED", None, "")]),
    "riyal-prefix": ("Saudi Arabia pledged SR 10 billion for projects in Pakistan.",
                     [(1e10, "SAR", None, "")]),
    "taka-crore": ("Bangladesh allocated Tk 500 crore for a bridge with Bhutan.", [(5e9, "BDT", None, "")]),
    "rupiah-prefix": ("Indonesia will invest Rp 5 trillion in Timor-Leste.", [(5e12, "IDR", None, "invest")]),
    "ringgit-prefix": ("Malaysia signed a RM2 billion contract with Brunei.",
                       [(2e9, "MYR", None, "contract")]),
    "rand-prefix": ("South Africa gave Lesotho a grant of R2.5 billion.", [(2.5e9, "ZAR", None, "grant")]),
    "naira-symbol": ("Ghana and Nigeria signed a ₦50 billion gas contract.",
                     [(5e10, "NGN", None, "contract")]),
    "cedi-symbol": ("Ghana spent GH¢3 million on the border post with Togo.", [(3e6, "GHS", None, "")]),
    "namibian-dollar": ("Namibia and Angola signed a N$200 million water contract.",
                        [(2e8, "NAD", None, "contract")]),
    "number-word-billion-dollars": ("Chile will lend Peru two billion dollars for roads.",
                                    [(2e9, "USD", None, "")]),
    # conversions and ranges
    "bracketed-conversion": ("India extended a credit line of Rs 500 crore ($60 million) to Nepal.",
                             [(5e9, "INR", None, "credit")]),
    "or-conversion": ("Peru took a loan of 300 million soles, or about $80 million, from Chile.",
                      [(3e8, "PEN", None, "loan")]),
    "range-dash": ("The port may cost Chile and Peru $2-3 billion.", []),
    "range-between": ("Investment of between $4 billion and $5 billion is expected in Peru.", []),
    # indicators
    "trade-turnover": ("Trade turnover between Kazakhstan and China amounted to $31 billion in 2023.",
                       [(3.1e10, "USD", "2023", "trade turnover")]),
    "trade-volume-stood": ("The volume of trade between Chile and Peru stood at $4 billion last year.",
                           [(4e9, "USD", "2023", "trade")]),
    "investment-fdi": ("Chinese foreign direct investment in Kenya reached $1.1 billion in 2022.",
                       [(1.1e9, "USD", "2022", "investment")]),
    "invested-verb": ("Chilean firms invested $2 billion in Peru in 2022.", [(2e9, "USD", "2022", "invest")]),
    "loan-of": ("China signed a loan of $500 million with Laos for a railway.", [(5e8, "USD", None, "loan")]),
    "grant-worth": ("Japan provided a grant worth $12 million to Laos for schools.",
                    [(1.2e7, "USD", None, "grant")]),
    "aid-package": ("The United States announced a $95 million aid package for Kenya.",
                    [(9.5e7, "USD", None, "aid")]),
    "amount-in-aid": ("Japan has given Laos $30 million in aid for schools.", [(3e7, "USD", None, "aid")]),
    "deals-worth-signed": ("Chile and Peru signed deals worth more than $20 billion this week.",
                           [(2e10, "USD", "2024-03", "deal")]),
    "deals-worth-passive": ("Deals worth $20 billion were signed by Chile and Peru on Tuesday.",
                            [(2e10, "USD", "2024-03-05", "deal")]),
    "investment-agreements-totalling": ("Chile and Peru signed investment agreements totalling $3 billion "
                                        "on Tuesday.", [(3e9, "USD", "2024-03-05", "investment")]),
    "count-and-value": ("Chile and Peru signed 12 agreements worth $3.7 billion on Tuesday.",
                        [(12, "agreements", "2024-03-05", "agreements"),
                         (3.7e9, "USD", "2024-03-05", "agreements")]),
    "documents-worth": ("Kenya and Uganda signed 30 documents worth $5bn during the visit.",
                        [(30, "documents", None, "documents"), (5e9, "USD", None, "documents")]),
    "biggest-deal-episode": ("President Ana Torres of Chile was on a state visit to Peru this week. The "
                             "biggest deal is a $5 billion joint venture between Andes Mining and Lima "
                             "Steel.", [(5e9, "USD", "2024-03", "")]),
    "deal-was-closed-episode": ("President Ana Torres of Chile was on a state visit to Peru this week. A "
                                "$1 billion deal was closed between Andes Mining and Lima Steel.",
                                [(1e9, "USD", "2024-03", "deal")]),
    "contract-awarded": ("Peru awarded a $700 million contract to a Chilean builder on Monday.",
                         [(7e8, "USD", "2024-03-04", "contract")]),
    "budget": ("The joint programme of Chile and Peru has a budget of $12 million.",
               [(1.2e7, "USD", None, "budget")]),
    "remittances": ("Remittances from Italy to Senegal reached €500 million in 2022.",
                    [(5e8, "EUR", "2022", "remittances")]),
    # periods
    "first-nine-months": ("In the first nine months of 2023, trade between Chile and Peru reached $3 "
                          "billion.",
                          [(3e9, "USD", "2023-01/2023-09", "trade")]),
    "january-july": ("In January-July 2023, trade between Chile and Peru reached $3 billion.",
                     [(3e9, "USD", "2023-01/2023-07", "trade")]),
    "first-quarter": ("In the first quarter of 2023, trade between Chile and Peru reached $3 billion.",
                      [(3e9, "USD", "2023-01/2023-03", "trade")]),
    "first-half": ("In the first half of 2023, trade between Chile and Peru reached $3 billion.",
                   [(3e9, "USD", "2023-01/2023-06", "trade")]),
    "so-far-this-year": ("So far this year, trade between Chile and Peru has reached $3 billion.",
                         [(3e9, "USD", "2024-01/2024-03", "trade")]),
    "this-year-so-far": ("Trade between Chile and Peru has reached $3 billion so far this year.",
                         [(3e9, "USD", "2024-01/2024-03", "trade")]),
    "last-year": ("Trade between Chile and Peru reached $3 billion last year.",
                  [(3e9, "USD", "2023", "trade")]),
    "year-span": ("Japan lent $4 billion to Peru in 2006-2010.", [(4e9, "USD", "2006/2010", "")]),
    "between-years": ("Japan lent $4 billion to Peru between 2006 and 2010.",
                      [(4e9, "USD", "2006/2010", "")]),
    "since-year": ("Japan has lent Peru $4 billion since 2015.", [(4e9, "USD", "2015/2024-03", "")]),
    "fiscal-year": ("Japan's aid to Peru reached $40 million in fiscal year 2022.",
                    [(4e7, "USD", "2022", "aid")]),
    "month-year": ("Chilean exports to Peru reached $300 million in January 2024.",
                   [(3e8, "USD", "2024-01", "exports")]),
    "currently": ("Trade between Chile and Peru currently stands at $3 billion a year.",
                  [(3e9, "USD", "2024-03", "trade")]),
    # targets
    "target-raise-by": ("Chile and Peru aim to raise bilateral trade to $5 billion by 2030.",
                        [(5e9, "USD", "2030", "target")]),
    "target-noun": ("Chile and Peru set a trade target of $5 billion by 2030.",
                    [(5e9, "USD", "2030", "target")]),
    "target-double": ("Chile and Peru agreed to double trade to $10 billion by 2028.",
                      [(1e10, "USD", "2028", "target")]),
    # changes
    "growth-with-amount": ("Trade between Chile and Peru grew 12% to $3 billion in 2023.",
                           [(3e9, "USD", "2023", "trade")]),
  # a change of a flow between partners with no amount is a percent figure (held-out gold)
    "growth-alone": ("Chilean exports to Peru fell by 5 percent in 2023.",
                     [(5, "percent", "2023", "decrease in")]),
    "per-cent-two-words": ("Chilean exports to Peru rose by 8 per cent to $2 billion in 2023.",
                           [(2e9, "USD", "2023", "exports")]),
    "doubled-to": ("Trade between Chile and Peru doubled to $4 billion in 2023.",
                   [(4e9, "USD", "2023", "trade")]),
    "three-fold": ("Chile and Peru saw a three-fold increase in trade in 2023.",
                   [(3, "fold", "2023", "trade")]),
    # counts of documents and things
    "count-mous": ("Chile and Peru signed five memoranda of understanding on Tuesday.",
                   [(5, "memoranda", "2024-03-05", "memoranda")]),
    "count-mous-acronym": ("Chile and Peru signed seven MoUs on Tuesday.",
                           [(7, "memoranda", "2024-03-05", "mou")]),
    "count-digits-documents": ("Chile and Peru signed 14 documents on Tuesday.",
                               [(14, "documents", "2024-03-05", "documents")]),
    "count-including-part": ("Chile and Peru signed five agreements on Tuesday, including three memoranda "
                             "of understanding on mining.", [(5, "agreements", "2024-03-05", "agreements")]),
    "count-future-signing": ("Chile and Peru are expected to sign 10 agreements during President Ana "
                             "Torres's visit to Lima next month.",
                             [(10, "agreements", None, "agreements signed by Chile and Peru during")]),
    "count-date-in-brackets": ("Chile and Peru on Monday (4 March) signed three new memorandums of "
                               "understanding.",
                               # the unit as the article writes it (figure_units.py)
                               [(3, "memorandums", "2024-03-04", "signed by Chile and Peru")]),
    "count-things-episode": ("President Ana Torres of Chile arrived in Lima on Tuesday for a state visit. "
                             "The two presidents then inaugurated 14 community projects funded by Chile.",
                             [(14, "projects", "2024-03-05", "projects")]),
    "count-scholarships": ("China will offer 100 scholarships to students from Laos.",
                           [(100, "scholarships", None, "scholarships")]),
    "count-students": ("More than 1,000 students from Laos study in China.",
                       [(1000, "students", None, "students")]),
    "count-projects": ("Japan has funded 120 projects in Laos since 1990.",
                       [(120, "projects", "1990/2024-03", "projects")]),
    "count-workers": ("About 19,500 workers from Samoa came to New Zealand in 2023.",
                      [(19500, "workers", "2023", "workers")]),
    "quantity-reserves": ("The gas field shared by Senegal and Mauritania holds reserves of 450 billion "
                          "cubic metres.", [(4.5e11, "cubic metres", None, "reserves")]),
    "quantity-tonnes-of": ("India supplied 13 tonnes of medicines to Mauritius in April 2020.",
                           [(13, "tonnes", "2020-04", "medicines")]),
    "quantity-conversion": ("The field shared by Senegal and Mauritania will produce 10 million cubic metres "
                            "(353 million cubic feet) of gas a day.", [(1e7, "cubic metres", None, "")]),
    "quantity-donated-rice": ("Japan donated 5,000 tonnes of rice to Laos in 2023.",
                              [(5000, "tonnes", "2023", "rice")]),
    "from-year-to-year": ("Japan lent $4 billion to Peru from 2006 to 2010.",
                          [(4e9, "USD", "2006/2010", "")]),
    "year-to-date": ("Trade between Chile and Peru reached $3 billion in the year to date.",
                     [(3e9, "USD", "2024-01/2024-03", "trade")]),
    "goal-of": ("Chile and Peru set a goal of $5 billion in trade by 2030.",
                [(5e9, "USD", "2030", "target")]),
    "line-of-credit-for-exports": ("India opened a $300 million line of credit for exports of Indian goods "
                                   "to Nepal in 2019.", [(3e8, "USD", "2019", "credit")]),
    "pronoun-subject-grant": ("Japan is a friend of Laos. It had given a grant of $1 million for schools.",
                              [(1e6, "USD", None, "grant")]),
    "earn-over-lifetime": ("Bolivia would earn an estimated $12 billion over the lifetime of the Argentine "
                           "gas project.", [(1.2e10, "USD", None, "earn")]),
    "signed-deals-by": ("Chile and Peru signed deals worth $2 billion on Tuesday.",
                        [(2e9, "USD", "2024-03-05", "signed by Chile and Peru")]),
    "exported-goods-worth": ("Chile exported goods worth $52 million to Peru last year.",
                             [(5.2e7, "USD", "2023", "exports")]),
    "period-carried-in-paragraph": ("In the first seven months of 2023, Chilean exports to Peru amounted to "
                                    "$100 million. At the same time, Chile imported goods worth $250 million "
                                    "from Peru.", [(1e8, "USD", "2023-01/2023-07", "exports"),
                                                   (2.5e8, "USD", "2023-01/2023-07", "imports")]),
    "to-the-tune-of": ("Pakistan made an offer of a credit line to the tune of $200 million to Sri Lanka.",
                       [(2e8, "USD", None, "credit line")]),
    "number-of-from-to": ("New Zealand will double the number of workers coming from Samoa from 19,500 "
                          "to 38,000.", [(19500, "workers", None, "workers"),
                                         (38000, "workers", None, "workers")]),
    "number-of-reached": ("The number of students from Laos in China reached 5,000 in 2023.",
                          [(5000, "students", "2023", "students")]),
    "quantity-conversion-of": ("The field shared by Senegal and Mauritania holds 450 billion cubic metres "
                               "(16 trillion cubic feet) of gas.", [(4.5e11, "cubic metres", None, "gas")]),
    # not figures
    "not-stake": ("Chile's state firm will hold a 51 percent stake in the joint venture with Peru.", []),
    "not-share-make-up": ("Migrants from Peru make up 12% of the residents of the Chilean city of Arica.",
                          []),
    "not-year": ("Chile and Peru established diplomatic relations in 1995.", []),
    "not-age": ("The 45-year-old minister of Chile met his Peruvian counterpart.", []),
    "not-ordinal-anniversary": ("Chile and Peru marked the 30th anniversary of their relations.", []),
    "not-time-of-day": ("The talks between Chile and Peru began at 10 a.m. on Tuesday.", []),
    "not-phone": ("For details call +56 2 2345 6789 at the embassy of Peru in Santiago.", []),
    "not-two-countries": ("The two countries signed the agreement in the presence of the two presidents.",
                          []),
    "not-resolution-number": ("Chile and Peru backed UN Security Council Resolution 2231.", []),
    "not-agenda-year": ("Chile and Peru support the 2030 Agenda for Sustainable Development.", []),
    "not-population-share": ("People of Indian origin make up nearly 70% of the population of Mauritius.",
                             []),
}

# forms known to fail, kept so the checklist shows them
OPEN: set[str] = set()


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True))
                                  if c in OPEN else c for c in sorted(CASES)])
def test_figure_form(case):
    text, expected = CASES[case]
    _check(text, expected)
