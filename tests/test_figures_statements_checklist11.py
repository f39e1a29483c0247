"""An eleventh checklist, of figures and statements, written from the classes of errors seen on
the last fresh set and on a small analysis set of real articles read this session (none of their
text is here).  Figures: a percentage with a European decimal comma ('16,6%'), a percentage in
words ('seven per cent'), a change noun after a rate adjective ('a 35 percent annual growth to
reach $2.5 billion'), a transitive change ('increased bilateral trade by 18 percent'), a change
told again in a quote ('a trade growth amounting to 18 percent'), a span of years after 'for the
years' ('2021 through 2025'), 'from $A in 2019-20 to $B in 2023-24' (each amount its own split
year), 'in the same year' after a comparison with 'a year earlier', a change in a new paragraph
that names no amount of the paragraph before, and money after a giving verb ('has given 50
million dinars') read as an amount, not as a count of things given.  Counts after 'has led to'
(already read) stay as guards.

Statements: a definite title heading a sentence whose speech is a participle after another act
('The Chilean envoy had a more ambitious goal, saying ...'), and 'She' in the next sentence; a
title noun as speaker ('Speaking on the occasion, the prince stated ...', then 'He'); the passive
'This was stated on Tuesday by X' (a time or place before the agent); a quote tagged by a
participle clause ('"...," X said, noting that ...': two statements; after a reported clause the
decided convention stays one); 'X said, adding, "..."'; a bare quote paragraph tagged only in the
next paragraph ('"...," X told reporters.'); 'called upon X to ...'; and negative rows: an -s
plural noun that spells a speech verb ('the member states and ...'), a bare quote paragraph
followed by an untagged one, 'called upon X' as a courtesy visit.  'The minister said' with
several ministers in the article: the minister who has spoken in the last three sentences, else
the one named last.

Rows are read against Thursday 12 June 2025.  Every sentence, person and number is invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.checklist_rows import xfail_cases
from tests.checklist_rows import xfail_params as _params
from tests.test_statements_figures_checklist5 import check_figures

from coopkg.extract import extract
from coopkg.read.article import Article

# case -> (text, [(value, unit, period or None, a word of the indicator[, change_percent])])
FIGURES: dict[str, tuple[str, list[tuple]]] = {
    # --- counts in a list after 'has led to'
    "led-to-projects-and-labs": ("Cooperation between Kenya and Peru has led to 14 joint projects and 3 "
                                 "laboratories.", [(14, "projects", None, "projects"),
                                                   (3, "laboratories", None, "laborator")]),
    "resulted-in-projects-and-labs": ("The joint programme between Ghana and Chile resulted in 14 joint "
                                      "projects and 3 laboratories.",
                                      [(14, "projects", None, "projects"),
                                       (3, "laboratories", None, "laborator")]),
    # --- a European decimal comma: one or two digits after the comma, no further group
    "decimal-comma-percent": ("Ghana's share of Chilean cocoa imports rose to 16,6% in 2024.",
                              [(16.6, "percent", "2024", "")]),
    "decimal-comma-percent-word": ("Chile's share of Ghana's fruit imports reached 8,25 percent in 2023.",
                                   [(8.25, "percent", "2023", "")]),
    "decimal-comma-million": ("Peruvian exports to Kenya reached $2,6 million in 2024.",
                              [(2.6e6, "USD", "2024", "exports")]),
    "thousands-comma-percent-is-not-decimal": ("Trade between Kenya and Peru reached $1,250 million in "
                                               "2024.", [(1.25e9, "USD", "2024", "trade")]),
    "decimal-comma-euro-million": ("Chile provided Ghana with €2,6 million in 2024.",
                                   [(2.6e6, "EUR", "2024", "")]),
    "decimal-comma-code-billion": ("Chilean exports to Ghana reached USD 16,6 billion in 2024.",
                                   [(1.66e10, "USD", "2024", "exports")]),
    "decimal-comma-per-cent": ("Ghana's share of Chile's cocoa imports was 16,6 per cent in 2024.",
                               [(16.6, "percent", "2024", "")]),
    # --- a percentage in words
    "change-in-words-alone": ("Kenya's exports to Peru increased by seven percent last year.",
                              [(7, "percent", "2024", "exports")]),
    "change-in-words-per-cent-of-amount": ("Kenya's trade with Peru reached $4.2 billion in 2023-24, which "
                                           "was increased by seven per cent as compared to the previous "
                                           "year.", [(4.2e9, "USD", "2023/2024", "trade", 7.0)]),
    "share-in-words": ("Twelve percent of Ghana's cocoa exports go to Chile.", [(12, "percent", None, "")]),
    # --- a change noun after a rate adjective; a transitive change verb
    "annual-growth-to-reach": ("Bilateral trade between Ghana and Chile had witnessed a 35 percent annual "
                               "growth to reach $2.5 billion last year.",
                               [(2.5e9, "USD", "2024", "trade", 35.0)]),
    "average-increase-of-amount": ("Chilean investment in Ghana reached $800 million in 2024 after a 4% "
                                   "average increase.", [(8e8, "USD", "2024", "investment", 4.0)]),
    "increased-trade-by": ("Ghana and Chile increased bilateral trade by 18 percent in 2024.",
                           [(18, "percent", "2024", "trade")]),
    "boosted-exports-by": ("Peru boosted its exports to Kenya by 12% in 2023.",
                           [(12, "percent", "2023", "exports")]),
    # --- the same change told again in a quote: one figure
    "change-told-again-in-quote": ("\"We really have a trade growth amounting to 18 percent,\" Ghanaian "
                                   "Trade Minister Kwame Mensah said. Ghana and Chile increased bilateral "
                                   "trade by 18 percent in 2024.", [(18, "percent", "2024", "trade")]),
    "two-changes-different-percent": ("Ghana's exports to Chile grew by 18 percent in 2024. Chile's "
                                      "exports to Ghana grew by 9 percent in 2024.",
                                      [(18, "percent", "2024", "exports"),
                                       (9, "percent", "2024", "exports")]),
    # --- a span of years
    "for-the-years-through": ("Chile will provide Ghana with $45 million for the years 2021 through 2025.",
                              [(4.5e7, "USD", "2021/2025", "")]),
    "for-split-span": ("Chile will provide Ghana with $45 million for 2021-2025.",
                       [(4.5e7, "USD", "2021/2025", "")]),
    "in-the-span-period": ("Chile will provide Ghana with $45 million in the 2021–2025 period.",
                           [(4.5e7, "USD", "2021/2025", "")]),
    "over-the-period-to": ("Peru granted Kenya $12 million over the period 2019 to 2023.",
                           [(1.2e7, "USD", "2019/2023", "")]),
    "in-two-years-is-both": ("Kenya exported goods worth $3 million to Peru in 2022 and 2023.",
                             [(3e6, "USD", "2022/2023", "")]),
    # --- each amount of 'from A in P1 to B in P2' its own period
    "from-split-year-to-split-year": ("Kenyan trade with Peru increased from $1.2 billion in 2019-20 to $3.4 "
                                      "billion in 2023-24.", [(1.2e9, "USD", "2019/2020", "trade"),
                                                              (3.4e9, "USD", "2023/2024", "trade")]),
    # --- 'in the same year' after a comparison with a year earlier
    "same-year-after-year-earlier": ("Trade between Chile and Ghana amounted to $1.9 billion in 2024, up "
                                     "6.7% from a year earlier, while Chilean exports to Ghana grew 10% to "
                                     "reach $1.5 billion in the same year.",
                                     [(1.9e9, "USD", "2024", "trade", 6.7),
                                      (1.5e9, "USD", "2024", "exports", 10.0)]),
    "compared-with-year-earlier": ("Trade between Chile and Ghana reached $5 billion in 2023, compared with "
                                   "$4 billion a year earlier.", [(5e9, "USD", "2023", "trade"),
                                                                  (4e9, "USD", "2022", "trade")]),
    # --- a change in a new paragraph names no amount of the paragraph before
    "change-new-paragraph-own-figure": ("Kenya's trade with Peru grew from $1 billion in 2020 to $2 billion "
                                        "in 2024.\n\nKenyan exports to Peru increased by 9 percent, the "
                                        "minister said.",
                                        [(1e9, "USD", "2020", "trade"), (2e9, "USD", "2024", "trade"),
                                         (9, "percent", None, "exports")]),
    "change-same-paragraph-of-amount": ("Kenya's trade with Peru reached $2 billion in 2024. This was 9 "
                                        "percent more than in 2023.", [(2e9, "USD", "2024", "trade", 9.0)]),
    # --- money after a giving verb is an amount only
    "given-dinars-is-money": ("The Kuwait Fund has given 50 million dinars to Ghana.",
                              [(5e7, "KWD", None, "")]),
    "given-ambulances-is-count": ("Kuwait has given 40 ambulances to Ghana.", [(40, "ambulances", None, "")]),
    # --- negative rows
    "growth-of-economy-in-words-is-none": ("Kenya's economy grew by five percent in 2024, Peruvian bankers "
                                           "said.", []),
    "percent-word-without-number-is-none": ("A large percent of Peruvian coffee goes to Kenya.", []),
}

OPEN_FIGURES: dict[str, str] = {}


@pytest.mark.parametrize("case", xfail_cases(FIGURES, OPEN_FIGURES))
def test_figure_checklist11(case: str) -> None:
    check_figures(*FIGURES[case])


PUBLISHED = date(2025, 6, 12)  # a Thursday
M, P, K = "Kwame Mensah", "Rosa Pinto", "Karim Al Nour"   # Ghanaian, Chilean, Jordanian (invented)
MET = f"Ghanaian Trade Minister {M} met Chilean envoy {P} in Accra on Tuesday."

# (id, text, [(speaker, a phrase of what was said, date prefix or None)]) — exactly these statements
STATEMENTS: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- a title noun as speaker, then a pronoun
    ("title-head-participle-then-she", f"Ghanaian Trade Minister {M} told Chilean envoy {P} that trade had "
     "grown quickly. The Chilean envoy had a more ambitious goal, saying trade could reach $5 billion by "
     "2030. She also noted that Chile would buy more cocoa.",
     [(M, "grown quickly", None), (P, "$5 billion", None), (P, "buy more cocoa", None)]),
    ("speaking-on-occasion-the-prince-then-he", f"Peruvian Foreign Minister Ana Torres received Prince {K} "
     "of Jordan in Lima on Tuesday.\n\nSpeaking on the occasion, the prince stated that Jordan was keen to "
     "expand trade with Peru. He said Jordanian firms would invest in Peruvian mining.",
     [(K, "expand trade", "2025-06-10"), (K, "Peruvian mining", None)]),
    ("crown-prince-noted-then-he-added", "Peruvian Foreign Minister Ana Torres received the Crown Prince "
     f"of Jordan, {K}, in Lima on Tuesday.\n\nSpeaking on the occasion, the Crown Prince noted that Jordan "
     "was keen to expand trade with Peru. He added that Jordanian firms would invest in Peruvian mining.",
     [(K, "expand trade", "2025-06-10"), (K, "Peruvian mining", None)]),
    ("title-head-two-holders-is-none", f"{MET} Chilean envoy Luis Vega joined them. The Chilean envoy "
     "had a plan, saying trade could reach $5 billion by 2030.", []),
    # --- the passive 'This was stated ... by X'
    ("this-was-stated-on-day-by", "Chile will build a cocoa processing plant in Ghana. This was stated on "
     f"Tuesday by Ghanaian Trade Minister {M} during a meeting with Chilean investors.",
     [(M, "cocoa processing plant", "2025-06-10")]),
    ("this-was-said-in-city-by", "Chile will build a cocoa processing plant in Ghana. This was said in "
     f"Accra by Ghanaian Trade Minister {M}.", [(M, "cocoa processing plant", None)]),
    ("these-remarks-were-made-by", "Ghana will export more cocoa to Chile. These remarks were made by "
     f"Ghanaian Trade Minister {M} on Tuesday.", [(M, "export more cocoa", "2025-06-10")]),
    ("remarks-made-by-without-antecedent-is-none", f"These remarks were made by Ghanaian Trade Minister {M} "
     "on Tuesday.", []),
    ("this-was-announced-by-title-comma-name", "Chile will open a trade office in Accra. This was "
     f"announced by the Ghanaian Trade Minister, {M}, on Tuesday.", [(M, "trade office", "2025-06-10")]),
    # --- a quote with a participle clause in its tag; 'said, adding, "..."'
    ("quote-said-noting-that", f"\"Trade must double by 2030,\" Ghanaian Trade Minister {M} said, noting "
     "that Ghana's cocoa exports to Chile grew last year.",
     [(M, "Trade must double", None), (M, "cocoa exports to Chile grew", None)]),
    ("quote-said-stressing-that", f"\"Our ports are open to Chilean fruit,\" {M} said, stressing that "
     "Ghana wants more direct flights to Santiago.",
     [(M, "ports are open", None), (M, "direct flights", None)]),
    ("reported-said-noting-stays-one", f"{M} said the talks went well, noting that cocoa exports had "
     "doubled.", [(M, "talks went well", None)]),
    ("said-adding-quote", f"Ghanaian Trade Minister {M} said, adding, \"Our cocoa farmers will benefit "
     "from the new market.\"", [(M, "cocoa farmers will benefit", None)]),
    ("quote-said-adding-that", f"\"The cocoa deal is ready,\" {M} said, adding that Chile would sign it "
     "in July.", [(M, "cocoa deal is ready", None), (M, "sign it in July", None)]),
    # --- a bare quote paragraph tagged in the next paragraph
    ("bare-quote-then-told-reporters", f"{MET}\n\n\"The cocoa agreement will bring jobs to thousands of "
     "farmers in both countries.\"\n\n\"We are ready to sign it this year,\" Mensah told reporters.",
     [(M, "jobs to thousands of farmers", "2025-06-10"), (M, "ready to sign", "2025-06-10")]),
    ("bare-quote-then-he-told-reporters", f"{MET}\n\n\"The cocoa agreement will bring jobs to thousands "
     "of farmers in both countries.\"\n\n\"We are ready to sign it this year,\" he told reporters.",
     [(M, "jobs to thousands of farmers", None), (M, "ready to sign", None)]),
    ("bare-quote-then-said-name-first", f"{MET}\n\n\"Chilean fruit will reach Ghanaian shops within a "
     f"month.\"\n\n{P} said: \"We will send the first ship in July.\"",
     [(P, "first ship", None)]),
    ("bare-quote-then-untagged-is-none", f"{MET}\n\n\"The cocoa agreement will bring jobs to thousands "
     "of farmers in both countries.\"\n\nThe agreement takes effect in July.", []),
    # --- 'The minister said' among several ministers: the one who has the floor
    ("the-minister-who-has-the-floor", f"Ghanaian Trade Minister {M} on Monday urged firms to invest in "
     "Chile.\n\n\"Chile is a gateway to South America for our cocoa,\" he said.\n\nGhanaian Energy "
     "Minister Ama Boateng and Chilean envoy Luis Vega attended the event as guests.\n\nThe minister said "
     "Ghana and Chile had excellent relations.",
     [(M, "invest in Chile", None), (M, "gateway", None), (M, "excellent relations", None)]),
    ("the-minister-named-last-without-speaker", f"Ghanaian Trade Minister {M} and Ghanaian Energy Minister "
     "Ama Boateng visited Santiago on Monday.\n\nBoateng toured a solar plant. The minister said Ghana "
     "would buy Chilean panels.", [("Ama Boateng", "Chilean panels", None)]),
    # --- 'called upon X to ...' is speech; 'called upon X' alone is a courtesy visit
    ("called-upon-to", f"Ghanaian Trade Minister {M} on Monday called upon the business community to "
     "work for sustainable trade ties with Chile.", [(M, "sustainable trade ties", "2025-06-09")]),
    ("called-upon-visit-is-none", f"Ghanaian Trade Minister {M} called upon Chilean President {P} at her "
     "office in Santiago on Monday.", []),
    # --- an -s plural noun is no speech verb
    ("member-states-is-none", f"Ghanaian Trade Minister {M} has met with {P}, the executive president of "
     "the Cocoa Technical Unit, where they explored means of boosting cocoa trade among the member "
     "states and increasing their exports to other markets.", []),
    ("both-states-is-none", f"{MET} They discussed how both states and their ports could cut costs.", []),
    ("named-body-states-that-is-speech", f"{MET}\n\nThe Ghana Cocoa Board states that cocoa exports to "
     "Chile doubled in 2024.", [("Ghana Cocoa Board", "cocoa exports", None)]),
]

STATEMENT_XFAIL: dict[str, str] = {}


def _facts(text: str):  # noqa: ANN202 - the extractor's Facts
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test"))


@pytest.mark.parametrize(("form", "text", "want"), _params(STATEMENTS, STATEMENT_XFAIL))
def test_statements_checklist11(form: str, text: str, want: list[tuple[str, str, str | None]]) -> None:
    got = [(s.speaker.key, s.text, s.date.value if s.date else None) for s in _facts(text).statements]
    assert len(got) == len(want), got
    for speaker, phrase, when in want:
        assert any(speaker.lower() in s.lower() and phrase.lower() in t.lower() and
                   (when is None or (d or "").startswith(when)) for s, t, d in got), got
