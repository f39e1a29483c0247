"""Figures by construction, sixth checklist: the forms held-out news used that the earlier lists
lacked. Ranks a ranking verb states ('ranked fifth among', 'among the top five') are figures in
unit 'rank', and so (since session 50) is an ordinal superlative ('the third-biggest investor');
counts written in words or standing far from their verb ('a dozen agreements', 'six were
clinched', 'some 40 rectors are among the participants'); money given over a span of years
('for 2021-2025', 'between 2019 and 2023', 'in 2022 and 2023'); shares and growth ('40 per cent
of', 'up 8.5 percent year on year');
the indicator named by the phrase that describes the number, never by the source that reports it
('according to data compiled by the X Association'); money in the scripts and abbreviations of
many publishers; and the numbers that are no figure (numbers in names and acronyms, editions,
years, ages, a country's own production target with no partner, ranges, an old value a change
starts from). Every text is written for these tests (invented people, firms and towns; no corpus
text). A case gives (value, unit, period, a word of the indicator[, change percent]) and no more."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_statements_figures_checklist5 import check_figures

JUNE = date(2025, 6, 12)  # a Thursday

Fig = tuple  # (value, unit, period | None, indicator word[, change percent])

FIGURES: dict[str, tuple[str, list[Fig]]] = {
    # ranks: an ordinal after a ranking verb, and an ordinal superlative of a partner ('the second
    # largest market', 'the third-biggest investor'; test_figure_ranks_periods_s25, test_s50)
    "rank-second-largest-market": ("Moldova was the second largest market for Romanian exports in 2024.",
                                   [(2, "rank", "2024", "")]),
    "rank-ranked-fifth-among": ("Ghana ranked fifth among the trading partners of Brazil in Africa.",
                                [(5, "rank", None, "")]),
    "rank-third-biggest-investor": ("Japan is the third-biggest investor in Vietnam.",
                                    [(3, "rank", None, "")]),
    "rank-possessive-partner": ("Turkey is Iraq's second-largest trading partner.", [(2, "rank", None, "")]),
    "rank-recipient-globally": ("Ethiopia was the fourth recipient of Dutch humanitarian aid globally.", []),
    "rank-ranks-numeral": ("Kenya ranks 7th among the export destinations of Egypt.",
                           [(7, "rank", None, "")]),
    "rank-ranked-no": ("Chile ranked No. 3 among the suppliers of Peru last year.",
                       [(3, "rank", None, "")]),
    "rank-top-five": ("India is among the top five buyers of Russian oil.", [(5, "rank", None, "")]),
    "rank-with-amount-span": ("Nepal ranked 12th among countries receiving Korean aid, which amounted "
                              "to $300 million between 2019 and 2023.",
                              [(12, "rank", "2019/2023", ""), (3e8, "USD", "2019/2023", "aid")]),
    # counts in words, far from their verb, or of the people taking part
    "count-dozen-agreements": ("A dozen agreements were signed during the visit of the Ghanaian president "
                               "to Togo.", [(12, "agreements", None, "agreements")]),
    "count-of-the-n-six": ("Gambia and Senegal signed 14 agreements on Monday. Of the 14 agreements, six "
                           "were clinched between the two governments.",
                           [(14, "agreements", "2025-06-09", "agreements"),
                            (6, "agreements", None, "")]),
    "count-some-officials-attended": ("Some 150 government and corporate officials from Kenya and Japan "
                                      "attended the forum.", [(150, "officials", None, "officials")]),
    "count-companies-took-part": ("More than 200 companies took part in the Uzbek-Korean business forum.",
                                  [(200, "companies", None, "companies")]),
    # people said to be 'among the participants' are counted as participants, whatever they are
    "count-rectors-among-participants": ("Some 40 rectors from Polish universities are among the "
                                         "participants of the forum in Kazakhstan.",
                                         [(40, "participants", None, "rectors")]),
    "count-deans-among-participants": ("Approximately 25 deans, provosts and lecturers from member "
                                       "colleges are among the participants of the tour of Japan.",
                                       [(25, "participants", None, "deans")]),
    "count-of-the-n-names-earlier-unit": ("Ghana and Togo signed 12 memoranda of understanding on Monday. "
                                          "Of the 12 agreements, five were clinched between the two "
                                          "governments.", [(12, "memoranda", "2025-06-09", "memoranda"),
                                                           (5, "memoranda", "2025-06-09", "")]),
    # a loan's terms in years
    "loan-repayment-grace-years": ("Japan signed a $100 million loan with Laos. The repayment period is 30 "
                                   "years, which includes 10 years grace period.",
                                   [(1e8, "USD", None, "loan"), (30, "years", None, "repayment"),
                                    (10, "years", None, "grace")]),
    "loan-maturity-of": ("The Korean loan to Ghana has a maturity of 25 years and a grace period of "
                         "seven years.", [(25, "years", None, "maturity"), (7, "years", None, "grace")]),
    "loan-year-adjective": ("India granted Nepal a 20-year loan of $50 million with a five-year grace "
                            "period.", [(5e7, "USD", None, "loan"), (5, "years", None, "grace")]),
    "not-cooperated-years": ("Chile and Peru have cooperated in fisheries for 30 years.", []),
    "count-delegates": ("About 300 delegates from Brazil and Angola attended the conference.",
                        [(300, "delegates", None, "delegates")]),
    "count-twenty-seven-memoranda": ("Twenty-seven memoranda of understanding were signed between Indian "
                                     "and Omani firms.", [(27, "memoranda", None, "memoranda")]),
    "count-two-mous": ("India and Bhutan signed two MoUs on Tuesday.",
                       [(2, "memoranda", "2025-06-10", "")]),
    "count-two-loans-amounting": ("Japan also extended two budget support loans amounting to $300 million "
                                  "to Sri Lanka.", [(2, "loans", None, "loans"), (3e8, "USD", None, "loan")]),
    "count-vessels-purchase": ("Peru will purchase four Korean patrol vessels under the deal.",
                               [(4, "vessels", None, "vessels")]),
    "count-buses-donated": ("China donated 50 buses to Laos for the capital's public transport.",
                            [(50, "buses", None, "buses")]),
    "count-scholarships-each-year": ("Hungary offers 200 scholarships to students from Laos each year.",
                                     [(200, "scholarships", None, "scholarships")]),
    "count-exhibitors": ("Over 120 exhibitors from Turkey and Azerbaijan showed their goods at the fair.",
                         [(120, "exhibitors", None, "exhibitors")]),
    # money given over a span of years
    "period-for-dash-years": ("The EU allocated €300 million to Morocco for 2021-2025.",
                              [(3e8, "EUR", "2021/2025", "")]),
    "period-between-years": ("Korea provided $500 million in aid to Vietnam between 2019 and 2023.",
                             [(5e8, "USD", "2019/2023", "aid")]),
    "period-in-two-years": ("Japan lent Laos 40 billion yen in 2022 and 2023.",
                            [(4e10, "JPY", "2022/2023", "")]),
    "period-from-to-years": ("From 2020 to 2024, Chinese investment in Laos totalled $4 billion.",
                             [(4e9, "USD", "2020/2024", "investment")]),
    "period-en-dash-period": ("Germany pledged €80 million in grants to Namibia for the period 2018–2022.",
                              [(8e7, "EUR", "2018/2022", "grant")]),
    "period-fiscal-short": ("India's grant to Nepal was Rs 700 crore in 2021-22.",
                            [(7e9, "INR", "2021/2022", "grant")]),
    # shares and growth
    "share-per-cent-of": ("About 40 per cent of Mongolian exports go to China.",
                          [(40, "percent", None, "exports")]),
    "share-accounts-for": ("China accounts for 35% of Zambia's copper exports.",
                           [(35, "percent", None, "exports")]),
    "growth-up-yoy-at": ("Kenyan exports to Egypt were up 8.5 percent year on year at $600 million in "
                         "2024.", [(6e8, "USD", "2024", "exports", 8.5)]),
    "growth-grew-to": ("Trade between Ghana and Togo grew 12% to $900 million in 2024.",
                       [(9e8, "USD", "2024", "trade", 12)]),
    "share-decreased-from": ("Japan's share of the aid received by Cambodia decreased to 30 per cent from "
                             "35 per cent.", [(30, "percent", None, "share")]),
    # the indicator from the phrase about the number, not from the source
    "indicator-not-source-association": ("Outbound shipments to Japan rose 9% to $1.2 billion in 2024, "
                                         "according to data compiled by the Korea Fruit Growers "
                                         "Association.", [(1.2e9, "USD", "2024", "shipments", 9)]),
    "indicator-not-source-bank": ("Trade between Ghana and Togo reached $800 million last year, the "
                                  "central bank said.", [(8e8, "USD", "2024", "trade")]),
    "indicator-loan-for": ("The Asian Development Bank approved a $250 million loan to Mongolia for "
                           "rural roads.", [(2.5e8, "USD", None, "loan")]),
    # money in many forms
    "money-usd-code-bn": ("Qatar pledged USD 3 bn to Sudan.", [(3e9, "USD", None, "")]),
    "money-lakh-rupees": ("India gave scholarships worth Rs 3.5 lakh to students from Nepal.",
                          [(3.5e5, "INR", None, "")]),
    "money-naira-sign": ("Nigeria approved ₦2.5 billion for the joint border post with Benin.",
                         [(2.5e9, "NGN", None, "")]),
    "money-real-sign": ("Brazil will invest R$1.2 billion in roads in Paraguay.",
                        [(1.2e9, "BRL", None, "")]),
    "money-sol-sign": ("Peru allocated S/. 40 million to the bridge with Ecuador.",
                       [(4e7, "PEN", None, "")]),
    "money-euro-m": ("Austria gave €1.2m to a clinic in Albania.", [(1.2e6, "EUR", None, "")]),
    "money-decimal-comma": ("France will lend 1,2 billion euros to Senegal.", [(1.2e9, "EUR", None, "")]),
    "money-worth": ("Ghana and Togo signed deals worth $400 million.", [(4e8, "USD", None, "")]),
    "money-valued-at": ("The contract between Egypt and a Korean builder, valued at €75 million, was "
                        "signed in Cairo.", [(7.5e7, "EUR", None, "")]),
    "money-taka-crore": ("Bangladesh and India launched projects worth Tk 500 crore.",
                         [(5e9, "BDT", None, "")]),
    "money-ringgit-rm": ("Malaysia and Turkey signed contracts worth RM2 billion.",
                         [(2e9, "MYR", None, "contract")]),
    "money-cedi-sign": ("Ghana received GH¢ 300 million from Canada for schools.",
                        [(3e8, "GHS", None, "")]),
    "money-birr-word": ("Ethiopia and Djibouti set aside 2 billion birr for the corridor.",
                        [(2e9, "ETB", None, "")]),
    "money-rand-r-scaled": ("South Africa committed R3 billion to the port in Mozambique.",
                            [(3e9, "ZAR", None, "")]),
    "money-tenge": ("Kazakhstan allocated 5 billion tenge for the joint park with Uzbekistan.",
                    [(5e9, "KZT", None, "")]),
    "money-aed-code": ("The UAE pledged AED 500 million to Jordan.", [(5e8, "AED", None, "")]),
    "money-vatu-vt": ("Japan granted VT 12 million to a school in Vanuatu.", [(1.2e7, "VUV", None, "")]),
    "money-kina-word": ("Australia gave 50 million kina to Papua New Guinea for roads.",
                        [(5e7, "PGK", None, "")]),
    "money-fiji-dollar": ("New Zealand gave FJ$5 million to Fiji for clinics.", [(5e6, "FJD", None, "")]),
    "money-tala-word": ("Samoa received 3 million tala from China for a wharf.", [(3e6, "WST", None, "")]),
    # count nouns written with a slash or naming people at an occasion or new jobs
    "count-slash-modifiers": ("The Korean firm runs 12 textile / garment factories in Vietnam.",
                              [(12, "factories", None, "factories")]),
    "count-new-positions": ("The Japanese plant in Thailand will create 300 new positions.",
                            [(300, "positions", None, "positions")]),
    "count-business-people": ("The forum in Accra was attended by more than 80 Kenyan business people.",
                              [(80, "business people", None, "business people")]),
    # a change of a flow between partners stated without its amount
    "change-alone-trade-since": ("Since the beginning of the new government's term in May 2023, trade "
                                 "between Chile and Peru has increased by more than 40 percent.",
                                 [(40, "percent", "2023-05/2025-06", "trade")]),
    "change-alone-exports-fell": ("Kenyan exports to Uganda fell by 12% in 2024.",
                                  [(12, "percent", "2024", "exports")]),
    "not-change-economy": ("Kenya's economy grew by 5 percent in 2024, Ugandan bankers said.", []),
    "not-change-production": ("Ghana's cocoa production rose by 8 percent, a Togolese trader said.", []),
    # an amount told again in another currency is the same figure, kept in the form told first
    "conversion-restated-later": ("Japan signed a loan agreement of USD 60 million with Sri Lanka on Monday."
                                  "\n\nUnder it, Japan will provide Sri Lanka 9 billion Japanese yen "
                                  "(equivalent to USD 60 million) as budget support.",
                                  [(6e7, "USD", None, "loan")]),
    "conversion-told-first": ("China will lend Laos 700 million yuan (about $100 million). The $100 million "
                              "loan from China will fund a railway in Laos.", [(7e8, "CNY", None, "")]),
    # numbers that are no figure
    "not-cop-number": ("Chile and Peru met at COP28 in Dubai.", []),
    "not-5g-network": ("A Chinese firm will build the 5G network in Kenya.", []),
    "not-acronym-year": ("The congress (WCIT2024) opened in Yerevan with guests from Armenia and India.",
                         []),
    "not-year-only": ("In 2024, Chile and Peru opened a consulate in Arica.", []),
    "not-aged": ("The Kenyan minister, aged 60, visited Ghana.", []),
    "not-edition": ("Kazakhstan and Poland held the 17th business forum in Warsaw.", []),
    "not-production-target": ("Kenya signed a deal with a Chinese firm as Kenya targets 500 megawatts of "
                              "solar power.", []),
    "not-production-words": ("Uzbekistan welcomed Korean investors as it strives to produce five "
                             "million tons of cotton annually.", []),
    "not-range-students": ("Between 200 and 300 students from Laos study in Vietnam.", []),
    "not-three-day-visit": ("The Kenyan president began a three-day state visit to Ghana.", []),
    "not-anniversary": ("Chile and Peru marked the 30th anniversary of their trade treaty.", []),
    "not-aircraft-model": ("A Vietnamese airline ordered Airbus A350 jets for flights to France.", []),
    "not-met-second-time": ("The presidents of Chile and Peru met for the second time this year.", []),
    "not-second-round": ("Kenya and Ghana held the second round of talks in Accra.", []),
    "not-law-number": ("Law No. 45 on investment from Turkey was adopted by Azerbaijan.", []),
}


# figure forms known to fail, with why
OPEN_FIGURES: dict[str, str] = {
    "money-sol-sign": "the sentence splitter (sentences.py) ends a sentence at the stop of 'S/.', so the "
                      "amount is cut from its currency",
}


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True,
                                                                          reason=OPEN_FIGURES[c]))
                                  if c in OPEN_FIGURES else c for c in sorted(FIGURES)])
def test_figure_checklist6(case):
    check_figures(*FIGURES[case])
