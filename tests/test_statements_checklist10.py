"""A tenth checklist, of statements only, written from the classes that recur across the readable
analysis sets and the masked summaries of the blind sets (each class seen in two or more sets):
the day of a statement (the talks or ceremony the paragraph dates, 'X made the remarks after ... on
<weekday> (<Mon> NUM)', vs the day a release came out), present-tense 'says' after a long
appositive, speech verbs of evaluation with content ('welcomed the visit', 'praised the progress',
'hailed the deal as ...'), a named body or its document as speaker ('A <Name> statement reads that
...', '..., the document also mentioned'; an organisation with an adverbial before its verb), a
statement inside another speaker's reported speech, a gist that must not be cut to a quoted fragment,
surname-only and misspelt later mentions of a speaker, quotes across sentences and paragraphs, and
negative rows: 'according to <anyone>', a trailing source tag, hearsay, a signed document's
content, greetings without content.  Decided convention kept: two coordinated speech acts of one
subject in one reported clause are one statement.

Rows are read against Friday 18 October 2024.  Every sentence, person, body and company is
invented.  Forms still wrong stay strict xfails with the reason."""

from __future__ import annotations

from datetime import date

import pytest
from tests.checklist_rows import xfail_params as _params

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 10, 18)   # a Friday
Q, B, S = "Marisol Quintero", "Kwabena Adjetey", "Ingrid Solvang"   # Peruvian, Ghanaian, Norwegian (invented)
LEAD = (f"Peruvian Foreign Minister {Q} held talks with Ghanaian Foreign Minister {B} in Lima on "
        "Tuesday.")

# (id, text, [(speaker, a phrase of what was said, date prefix or None)]) — exactly these statements
STATEMENTS: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- the day of the statement: the occasion the text dates, not the release day
    ("made-remarks-after-talks-weekday-paren", f"Peruvian Foreign Minister {Q} said that trade with "
     f"Ghana would double. {Q.split()[1]} made the remarks after holding talks with her "
     "Ghanaian counterpart in Lima on Tuesday (Oct 15).", [(Q, "trade with Ghana", "2024-10-15")]),
    ("made-comments-during-visit-weekday", f"\"Our ports are open to Ghanaian cocoa,\" {Q} said. She "
     "made the comments during a visit to Accra on Wednesday.", [(Q, "ports are open", "2024-10-16")]),
    ("quote-said-at-news-conference-weekday", f"{LEAD}\n\n\"We will open a trade office in Accra,\" "
     f"{Q.split()[1]} said at a joint news conference on Wednesday.",
     [(Q, "trade office", "2024-10-16")]),
    ("speaking-at-ceremony-on-monday", f"Speaking at the signing ceremony on Monday, Ghanaian Trade "
     f"Minister {B} said that the accord would open new markets.", [(B, "new markets", "2024-10-14")]),
    ("speaking-on-occasion-after-dated-signing", "Peru and Ghana signed a fisheries agreement in Lima on "
     f"14th of October 2024.\n\nSpeaking on the occasion, Ghanaian Ambassador {B} noted that the "
     "accord would protect coastal jobs.", [(B, "coastal jobs", "2024-10-14")]),
    ("remarks-released-on-thursday-talks-tuesday", f"In a statement released on Thursday, {Q} said the "
     "two countries would cooperate on mining. The Peruvian minister made the remarks after talks "
     f"with {B} in Lima on Tuesday (Oct. 15).", [(Q, "cooperate on mining", "2024-10-15")]),
    ("said-wednesday-plain", f"Ghanaian President {B} said on Wednesday that cocoa exports to Peru "
     "would rise.", [(B, "cocoa exports", "2024-10-16")]),
    # --- present-tense 'says' after a long appositive
    ("says-after-who-is-appositive", "Head of the Norwegian delegation, "
     f"{S}, who is the chair of Norway's Seafood Council, says her country is eager to share its "
     "fishing know-how with Ghanaian firms.", [(S, "eager to share", None)]),
    ("says-after-two-part-appositive", f"{S}, the chief executive of Fjordline Salmon AS and a board "
     "member of the Norwegian Seafood Council, says the deal will create hundreds of jobs in Ghana.",
     [(S, "create hundreds of jobs", None)]),
    ("says-after-age-appositive", f"{B}, 54, a cocoa trader from Kumasi, says prices have never been "
     "better.", [(B, "prices have never been better", None)]),
    ("says-inverted-after-quote", f"\"The market is open to everyone,\" says {S}, the head of the "
     "Norwegian Seafood Council.", [(S, "market is open", None)]),
    ("said-after-who-led-appositive", f"{S}, who led the Norwegian delegation to Accra last month, "
     "said Norway would fund two fish-processing plants.", [(S, "fish-processing plants", None)]),
    # --- speech verbs of evaluation with content
    ("also-warmly-welcomed-the-visit", f"{LEAD} {Q.split()[1]} said the talks were fruitful. She also "
     "warmly welcomed the recent visit by Ghanaian ministers to Peru.",
     [(Q, "talks were fruitful", None), (Q, "recent visit by Ghanaian ministers", None)]),
    ("praised-the-progress", f"Ghanaian President {B} praised the progress of the joint fisheries "
     "project.", [(B, "joint fisheries project", None)]),
    ("hailed-as-milestone", f"Peruvian Foreign Minister {Q} hailed the agreement as a milestone in "
     "relations with Ghana.", [(Q, "milestone", None)]),
    ("commended-growth", f"Norwegian Ambassador {S} commended the growth of bilateral trade.",
     [(S, "growth of bilateral trade", None)]),
    ("applauded-the-decision", f"Ghanaian Trade Minister {B} applauded Peru's decision to lift the "
     "tariffs on cocoa.", [(B, "lift the tariffs", None)]),
    ("welcomed-the-delegation-is-none", f"Peruvian Foreign Minister {Q} welcomed the Ghanaian "
     "delegation at the airport.", []),
    ("welcomed-named-guest-to-palace-is-none", f"Peruvian President {Q} welcomed Ghanaian President "
     f"{B} to the Government Palace on Tuesday.", []),
    ("welcomed-the-visit-of-ministers", f"Ghanaian President {B} welcomed the visit of Peruvian "
     "ministers to Accra as a sign of growing trust.", [(B, "visit of Peruvian ministers", None)]),
    ("welcomed-head-of-delegation-is-none", f"Peruvian Foreign Minister {Q} welcomed the head of the "
     "Ghanaian delegation at the airport.", []),
    ("was-welcomed-by-is-none", f"Ghanaian President {B} was welcomed by Peruvian officials in Lima.",
     []),
    # --- a named body, or its document, as speaker
    ("building-statement-reads-that", "A Casa Verde statement reads that the foreign ministers "
     "\u201cagreed to hold a meeting of presidents in April.\u201d",
     [("Casa Verde", "meeting of presidents", None)]),
    ("org-statement-reads-that", "A Ghana Cocoa Board statement reads that exports to Peru rose in the "
     "third quarter.", [("Ghana Cocoa Board", "exports to Peru", None)]),
    ("document-also-mentioned-after-org-statement", "A Ghana Cocoa Board statement reads that exports "
     "to Peru rose in the third quarter.\n\nBoth sides also agreed to share research on pests, "
     "\u201cfavoring joint laboratories and the training of young scientists,\u201d the document also "
     "mentioned.", [("Ghana Cocoa Board", "exports to Peru", None),
                    ("Ghana Cocoa Board", "joint laboratories", None)]),
    ("statement-added-after-org-said-in-statement", "The Ghana Cocoa Board said in a statement that "
     "shipments to Lima would start in March. The statement added that a second port would follow in "
     "June.", [("Ghana Cocoa Board", "shipments to Lima", None),
               ("Ghana Cocoa Board", "second port", None)]),
    ("document-said-after-person-is-none", f"{LEAD} {Q.split()[1]} said the talks were useful.\n\n"
     "The document also mentioned a plan for a joint fishing fleet.", [(Q, "talks were useful", None)]),
    ("org-on-weekday-said", "The Andean Export Bank (AEB) on Wednesday said Ghana had signed a "
     "$40 million credit line to fund cocoa processing.", [("Andean Export Bank", "credit line",
                                                            "2024-10-16")]),
    ("org-said-in-a-statement", "The Ghana Cocoa Board said in a statement that shipments to Lima would "
     "start in March.", [("Ghana Cocoa Board", "shipments to Lima", None)]),
    ("org-stated-that", "The Ghana Cocoa Board stated that the two countries also held a business "
     "forum attended by more than 100 traders.", [("Ghana Cocoa Board", "business forum", None)]),
    ("quoted-title-then-ministry-tag-is-none", "The two sides signed the \"Programme of Cooperation in "
     "Culture for 2025-2027\", the Ghanaian Ministry of Foreign Affairs said.", []),
    ("signed-document-states-is-none", "The memorandum, signed by the Ghana Cocoa Board and Peru's "
     "Ministry of Agriculture, states that both sides will share research.", []),
    # --- a statement inside another speaker's reported speech
    ("said-that-during-summit-president-announced", f"Ambassador {B} said that during the Accra "
     f"summit last year, President {Q} announced ten actions that Peru would take with Ghana.",
     [(B, "ten actions", None), (Q, "ten actions", None)]),
    ("said-president-had-proposed", f"Ambassador {B} said President {Q} had proposed a joint fund for "
     "fisheries during her visit last week.", [(B, "joint fund", None), (Q, "joint fund", None)]),
    ("quote-with-president-proposed-inside", "\"The forum matters, as President Marisol Quintero "
     "proposed a joint fisheries fund during her trip to Accra last week,\" the Ghana Cocoa Board said.",
     [("Ghana Cocoa Board", "forum matters", None), (Q, "joint fisheries fund", None)]),
    ("stressed-that-minister-had-announced", f"Ghanaian President {B} stressed that Trade Minister "
     f"{S} had announced new credit lines for cocoa farmers at the forum.",
     [(B, "new credit lines", None), (S, "new credit lines", None)]),
    ("said-that-president-visited-is-one", f"Ambassador {B} said that President {Q} visited the "
     "cocoa farms near Kumasi last year.", [(B, "cocoa farms", None)]),
    ("said-that-presidents-met-is-one", f"Ambassador {B} said that President {Q} met Ghanaian traders "
     "in Lima last week.", [(B, "met Ghanaian traders", None)]),
    # --- a gist that must not be cut to a quoted fragment
    ("said-only-member-that-was-fragment", f"{S} said Norway was the only member state that was "
     "\u201cenergy-isolated\u201d.", [(S, "only member state", None)]),
    ("said-deal-was-quoted-milestone", f"{B} said the deal was \"a real milestone\" for both "
     "countries.", [(B, "deal was", None)]),
    ("said-that-quoted-tail", f"{Q} said that the two countries had reached \u201ca new stage of "
     "partnership\u201d.", [(Q, "two countries had reached", None)]),
    # --- surname-only and misspelt later mentions
    ("surname-later-mention", f"{LEAD}\n\n\"We will double trade by 2027,\" {B.split()[1]} said.",
     [(B, "double trade", None)]),
    ("mr-surname-later-mention", f"{LEAD} Mr {B.split()[1]} said cocoa exports would grow.",
     [(B, "cocoa exports", None)]),
    ("misspelt-surname-with-title", "Also present was Bongani Nkulumbe, Minister of Central Province "
     "of Zambia.\n\nMinister Nkurumbe said that Zambia welcomed Peruvian investors.",
     [("Bongani Nkulumbe", "Peruvian investors", None)]),
    ("misspelt-surname-one-letter", f"{LEAD}\n\nMinister Adjety said that cocoa exports would grow.",
     [(B, "cocoa exports", None)]),
    ("surname-shared-is-not-misspelt", f"{LEAD}\n\nMinister Adjei said that cocoa exports would grow.",
     [("Adjei", "cocoa exports", None)]),
    # --- quotes across sentences and paragraphs
    ("quote-two-sentences-one-statement", f"{LEAD}\n\n\"Trade has doubled. We expect more next year,\" "
     f"{Q.split()[1]} said.", [(Q, "trade has doubled", None)]),
    ("quote-speaker-before-colon-two-sentences", f"{LEAD}\n\n{B.split()[1]} told reporters: \"Our "
     "cocoa is the best. Peru will buy more of it.\"", [(B, "cocoa is the best", None)]),
    ("quote-block-next-paragraph-after-says", f"{LEAD}\n\nGhanaian Trade Minister {B} says the market "
     "is growing.\n\n\"We will double our shipments next year,\" he added.",
     [(B, "market is growing", None), (B, "double our shipments", None)]),
    ("quote-tag-then-quote-same-paragraph", f"{LEAD}\n\n\"Trade has doubled in two years,\" "
     f"{Q.split()[1]} said. \"We expect it to double again by 2027.\"",
     [(Q, "trade has doubled", None), (Q, "double again", None)]),  # the closing tag ends the block
    ("role-description-said-after-lead", f"{LEAD} The Ghanaian minister said cocoa exports to Peru "
     "would rise next year.", [(B, "cocoa exports", None)]),
    ("says-possessive-lowercase-title", f"Norway's fisheries minister {S} says the two countries will "
     "sign a deal on salmon farming.", [(S, "sign a deal", None)]),
    # --- one statement for two coordinated speech acts (decided convention)
    ("expressed-appreciation-and-announced", f"Ghanaian President {B} expressed appreciation to Peru "
     "and announced plans to open an embassy in Lima.", [(B, "embassy in Lima", None)]),
    ("thanked-and-invited", f"Peruvian President {Q} thanked Ghana for its support and invited Ghanaian "
     "investors to Lima.", [(Q, "Ghanaian investors", None)]),
    # --- wire copy's place between speaker and verb
    ("minister-in-place-said", f"Ghanaian Trade Minister {B} in Accra said the cocoa deal was ready.",
     [(B, "cocoa deal was ready", None)]),
    ("days-after-minister-in-place-pledged-quote", f"The visit comes days after Peruvian Foreign "
     f"Minister {Q} in Lima pledged to \"stand by Ghana\" in the fisheries talks.",
     [(Q, "stand by Ghana", None)]),
    ("minister-in-place-signed-is-none", f"Ghanaian Trade Minister {B} in Accra signed the cocoa deal.",
     []),
    ("after-talks-with-x-in-place-y-said", f"After talks with {B} in Accra, {Q} said the cocoa deal was "
     "ready.", [(Q, "cocoa deal was ready", None)]),
    # --- a plural title naming the two holders the article has named
    ("the-prime-ministers-said", f"Peruvian Prime Minister {Q} is visiting Ghana on Tuesday, where she "
     f"will take part in a joint government meeting with her Ghanaian counterpart {B}.\n\nThe prime "
     "ministers said they were in talks with the African Union over export rules for cocoa.",
     [(Q, "talks with the African Union", None), (B, "talks with the African Union", None)]),
    ("the-foreign-ministers-stressed", f"{LEAD}\n\nThe foreign ministers stressed that the fisheries "
     "accord must be signed this year.", [(Q, "fisheries accord", None), (B, "fisheries accord", None)]),
    ("the-ministers-three-holders-is-none", f"{LEAD} Norwegian Foreign Minister {S} joined them.\n\n"
     "The foreign ministers stressed that the fisheries accord must be signed this year.", []),
    # --- negative rows: attributions, hearsay, greetings
    ("according-to-data-is-none", "Cocoa exports to Peru rose 12 percent, according to data from the "
     "Ghana Statistical Service.", []),
    ("told-reporters-no-content-is-none", f"{Q} told reporters in Lima on Tuesday.", []),
    ("according-to-ministry-figure-is-none", "Trade between Peru and Ghana reached $300 million in "
     "2023, according to the Ghanaian Ministry of Trade.", []),
    ("trailing-tag-said-ministry-is-none", "Peru exported 40,000 tonnes of fishmeal to Ghana last year, "
     "the Peruvian Ministry of Production said.", []),
    ("told-journalists-the-deal-was-ready", f"{B} told journalists in Accra the cocoa deal was ready.",
     [(B, "cocoa deal was ready", None)]),
    ("told-the-media-after-talks-is-none", f"{B} told the local media after the talks.", []),
    ("hearsay-reportedly-is-none", f"{Q} reportedly plans to visit Accra in December.", []),
    ("sources-said-is-none", "Sources close to the talks said the deal was almost ready.", []),
    ("presidency-reported-signed-is-none", "The Ghanaian presidency reported on Tuesday that officials "
     "of both countries signed three memoranda.", []),
    ("outlet-reports-is-none", "The Lima Courier reports that the ferry will start in June.", []),
]

STATEMENT_XFAIL: dict[str, str] = {
    "building-statement-reads-that": "orgs: a seat-of-government building named as a body ('A Casa"
                                     " Verde statement') is no organisation, so no speaker",
}


def _facts(text: str):  # noqa: ANN202 - the extractor's Facts
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test"))


@pytest.mark.parametrize(("form", "text", "want"), _params(STATEMENTS, STATEMENT_XFAIL))
def test_statements_checklist10(form: str, text: str, want: list[tuple[str, str, str | None]]) -> None:
    got = [(s.speaker.key, s.text, s.date.value if s.date else None) for s in _facts(text).statements]
    assert len(got) == len(want), got
    for speaker, phrase, when in want:
        assert any(s == speaker and phrase.lower() in t.lower() and (when is None or (d or "") == when)
                   for s, t, d in got), got
