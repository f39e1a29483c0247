"""An eighth checklist, of events and statements, invented sentences for the shapes still open
after checklist 7.  Events: several forums and a discussion in one sentence ('spoke at A, an
event dedicated to ..., B, and held a discussion with C': one Meeting each), the establishment of
diplomatic relations (an Other event when dated, 'the Nth country' included; anniversaries and 'N
years ago' are none), a meeting's date against a later month in what was said during it, meetings
inside a quoted post (the meeting the text reports already, no second one), a visit to 'that
country' (the dateline's country, never the visitor's own), a prime minister's official visit
(Other, as a minister's; a head of state's is a state visit), 'signed
at the meeting with his counterpart' inside a visit (no generic meeting of its own), one recurring
meeting under two names, and events told over two sentences.  Statements: what both sides said
'according to' a body (the sides speak; the body is a source), passive opinions ('considered by
President X as ...'), a speech verb with a trailing 'according to the ministry', speech carried by
a gerund ('represented the people of X in expressing his gratitude'), a quote paragraph whose
speaker is named in the paragraph before ('X says ...'), a speaker's appositive title (never what
was said), a body that 'reported on <platform>' a fact (an attribution, as '<outlet> reports' is),
and two coordinated acts of one speaker in one clause ('expressed appreciation for A and announced
plans to B': one reported clause, one statement — while 'praised A and said B' and '..., adding
that B' stay two).

Rows are read against Thursday 16 May 2024 (Monday 13, Tuesday 14, Wednesday 15 May).  Every
sentence, person, body and company is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_params as _params
from tests.test_event_forms import PUBLISHED, Expected, check

from coopkg.extract import extract
from coopkg.read.article import Article

A, M, OT = "Amina Odhiambo", "Joseph Mrema", "Peter Otieno"   # Kenyan, Tanzanian, Kenyan (invented)
TUE, WED = "2024-05-14", "2024-05-15"
MET = f"Kenyan President {A} met Tanzanian President {M} in Dodoma on Tuesday."

# (id, text, [(type, date prefix, participants, location prefix)], exact count)
EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # --- several occasions in one sentence: one Meeting each
    ("spoke-at-two-forums-and-held-a-discussion", f"Kenyan Foreign Minister {A} spoke at the Lake Victoria "
     "Economic Forum, an event dedicated to regional trade, the informal Nile Basin Ministerial Dialogue, "
     f"and held a discussion with Tanzanian Foreign Minister {M} in Arusha on Tuesday.",
     [("Meeting", TUE, [A], None), ("Meeting", TUE, [A], None), ("Meeting", TUE, [A, M], None)], True),
    ("addressed-took-part-met", f"On Tuesday, Kenyan Trade Minister {A} addressed the East African "
     f"Investment Summit, took part in the Arusha Trade Dialogue and met Tanzanian Trade Minister {M}.",
     [("Meeting", TUE, [A], None), ("Meeting", TUE, [A], None), ("Meeting", TUE, [A, M], None)], True),
    ("spoke-at-conference-then-discussion", f"Kenyan Energy Minister {A} spoke at the Africa Energy "
     f"Conference in Nairobi on Monday and later held a discussion with Tanzanian Energy Minister {M}.",
     [("Meeting", "2024-05-13", [A], "KE"), ("Meeting", "2024-05-13", [A, M], None)], True),
    ("held-a-discussion-with", f"Kenyan Trade Minister {A} held a discussion with Tanzanian Trade "
     f"Minister {M} on Wednesday.", [("Meeting", WED, [A, M], None)], True),
    ("held-discussions-with", f"Kenyan Trade Minister {A} held discussions with Tanzanian Trade "
     f"Minister {M} in Mombasa on Wednesday.", [("Meeting", WED, [A, M], "KE")], True),
    # --- establishment of diplomatic relations (Other, when dated)
    ("established-diplomatic-relations-with-kingdom", "Kenya established diplomatic relations with the "
     "Kingdom of Bhutan on 12 March 1996.", [("Event", "1996-03-12", ["KE", "BT"], None)], True),
    ("established-relations-nth-partner", "On 3 May, Kenya officially established relations with its "
     "150th partner country, the Kingdom of Tonga.", [("Event", "2024-05-03", ["KE", "TO"], None)], True),
    ("established-relations-nth-country-day-first", "Kenya on Monday established diplomatic relations "
     "with Tonga, the 150th country to do so.", [("Event", "2024-05-13", ["KE", "TO"], None)], True),
    ("relations-were-established-passive", "Diplomatic relations between Kenya and Peru were "
     "established on October 2, 1995.", [("Event", "1995-10-02", ["KE", "PE"], None)], True),
    ("since-the-establishment-of-ties", "Trade between Kenya and Peru has grown tenfold since the "
     "establishment of diplomatic ties in 1974.", [("Event", "1974", ["KE", "PE"], None)], True),
    ("years-ago-is-no-event", "Thirty years ago, Kenya established diplomatic relations with Peru, and "
     "trade has grown every year since.", [], False),
    ("established-relations-with-a-company-undated", "Kenya established relations with several Tongan "
     "exporters last year.", [], False),
    ("anniversary-is-no-event", "Kenya and Peru marked the 30th anniversary of the establishment of "
     "diplomatic relations on Tuesday with a concert in Lima.", [], False),
    # --- a meeting's date, not a later month of what was said during it
    ("said-during-the-meeting-later-month", f"{MET} {A.split()[1]} said during the bilateral meeting "
     "that the new bridge would be open by the harvest festival in August.",
     [("Meeting", TUE, [A, M], "TZ")], True),
    ("said-during-a-meeting-with-later-month", f"NAIROBI, May 14 -- Kenyan President {A} said during a "
     f"bilateral meeting with Tanzanian President {M} that the border railway would be finished by "
     "December.", [("Meeting", "2024-05", [A, M], None)], True),
    ("said-that-the-talks-would-go-on-is-none", f"Kenyan Foreign Minister {A} said on Tuesday that the "
     "talks would resume soon.", [], True),
    ("said-that-they-held-a-forum-is-one", "The Kenyan government said that Kenya and Tanzania also held "
     "an investment forum in Mombasa on Tuesday.", [("Meeting", TUE, [], "KE")], True),
    # --- a meeting inside a quoted post is the meeting the text reports
    ("quoted-post-meeting", f'{MET} "Productive meeting with @EAC Secretary-General {OT} on regional '
     f'trade," {A.split()[1]} wrote on X after the talks.', [("Meeting", TUE, [A, M], "TZ")], True),
    ("posted-great-meeting", f'{MET} Later, {A.split()[1]} posted on X: "Great meeting today with my '
     f'friend and brother {M}."', [("Meeting", TUE, [A, M], "TZ")], True),
    # --- a visit to 'that country': the dateline's country
    ("visit-that-country-dateline", "DODOMA, May 14 -- The two countries signed five agreements as part "
     f"of the official visit that Kenyan Prime Minister {A} is making to that East African country.",
     [("Event", "2024-05", [A, "TZ"], "TZ")], True),
    ("visit-that-country-appositive", "ACCRA, May 14 -- Ghana and Kenya waived visas for diplomats during "
     f"the working visit that the Kenyan foreign minister, {A}, is paying to that West African country.",
     [("Event", "2024-05", [A, "GH"], "GH")], True),
    ("visit-that-country-dateline-is-home", "NAIROBI, May 14 -- The two countries signed five agreements "
     f"during the official visit that Kenyan Prime Minister {A} is making to that East African country. "
     f"Tanzanian President {M} hosted a dinner for the guests.",
     [("Event", "2024-05", [A, "TZ"], "TZ")], False),
    ("led-a-delegation-of-exporters-to", f"Kenyan Trade Minister {A} led a delegation of Kenyan tea "
     "exporters to Tanzania on Tuesday.", [("Event", TUE, [A, "TZ"], "TZ")], True),
    # --- a head of state's official visit is a state visit; a prime minister's is a minister's
    # official visit, Other (GOLD_FORMAT; the fresh sets ana12-14, unseen19-26 read it so
    # throughout, the older blind sets both ways)
    ("prime-minister-official-visit", f"Kenyan Prime Minister {A} is on an official visit to Tanzania "
     "this week.", [("Event", "2024-05", [A, "TZ"], "TZ")], True),
    ("official-visit-of-the-prime-minister", f"The official visit of the Kenyan Prime Minister, {A}, "
     "to Tanzania began on Tuesday.", [("Event", TUE, [A, "TZ"], "TZ")], True),
    ("president-official-visit-stays-state", f"Kenyan President {A} began an official visit to Tanzania "
     "on Tuesday.", [("StateVisit", TUE, [A, "TZ"], "TZ")], True),
    # --- a signing at a meeting inside a visit: no generic meeting of its own
    ("signed-at-the-meeting-with-counterpart", f"Kenyan President {A} paid a state visit to Tanzania on "
     "Tuesday. The agreement on fisheries was signed at the meeting with her Tanzanian counterpart.",
     [("StateVisit", TUE, [A, "TZ"], "TZ")], True),
    ("documents-signed-at-a-meeting-with", f"Kenyan President {A} paid a state visit to Tanzania on "
     "Tuesday. Five documents were signed at a meeting with the Tanzanian counterpart.",
     [("StateVisit", TUE, [A, "TZ"], "TZ")], True),
    ("official-visit-then-signed-by-at-the-meeting", f"Kenyan Prime Minister {A} is on an official visit "
     f"to Tanzania this week. The agreement on fisheries was signed by {A.split()[1]} at the meeting with "
     "her Tanzanian counterpart.", [("Event", "2024-05", [A, "TZ"], "TZ")], True),
    ("arrived-then-minister-signed-at-the-meeting", f"Kenyan Prime Minister {A} arrived in Dodoma on Monday "
     f"for an official visit. Kenyan Trade Minister {OT} signed the agreement on fisheries at the meeting "
     "with his Tanzanian counterpart.", [("Event", "2024-05-13", [A, "TZ"], "TZ")], True),
    ("signed-at-the-meeting-with-named-counterpart", f"Kenyan President {A} paid a state visit to Tanzania "
     f"on Tuesday. The agreement was signed at the meeting with her counterpart {M} on Wednesday.",
     [("StateVisit", TUE, [A, "TZ"], "TZ"), ("Meeting", WED, [M], None)], True),
    # --- one recurring meeting under two names
    ("second-and-ii-binational-cabinet", "The Second Kenya-Tanzania Binational Cabinet was held in "
     "Dodoma on Tuesday. The II Binational Cabinet approved a plan on border roads.",
     [("Meeting", TUE, [], "TZ")], True),
    ("third-and-3rd-joint-commission", "The Third Kenya-Uganda Joint Commission met in Kampala on "
     "Tuesday. The 3rd Joint Commission reviewed trade and transport.", [("Meeting", TUE, [], "UG")],
     True),
    # --- an event told over two sentences
    ("annual-meeting-then-it-took-place", "The Kenya-Tanzania Business Council held its annual meeting "
     "in Mombasa. It took place on Tuesday and gathered 300 firms.", [("Meeting", TUE, [], "KE")], True),
    ("forum-will-take-place", "A business forum will bring Kenyan and Tanzanian firms together in "
     "Arusha. It will take place on June 10.", [("Meeting", "2024-06-10", [], "TZ")], True),
]

# Event forms not read yet: strict xfails, with what goes wrong.
EVENT_XFAIL: dict[str, str] = {
    "official-visit-of-the-prime-minister": "'The visit of X, Y, to Z began on Tuesday': the day is lost",
    "forum-will-take-place": "'It will take place on June 10' after a planned forum: unread",
}




@pytest.mark.parametrize(("form", "text", "expected", "exact"), _params(EVENTS, EVENT_XFAIL))
def test_events_checklist8(form: str, text: str, expected: list[Expected], exact: bool) -> None:
    check(text, expected, exact)


LEAD = f"Kenyan President {A} held talks with Tanzanian President {M} in Dodoma on Tuesday."
# (id, text, [(speaker, a phrase of what was said)]) — exactly these statements
STATEMENTS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- 'according to' a body: the sides it reports speak
    ("according-to-embassy-both-presidents-called-for", f"{LEAD} According to the Kenyan embassy in "
     "Dodoma, both presidents, in official conversations, called for faster work on the border railway.",
     [(A, "border railway"), (M, "border railway")]),
    ("according-to-presidency-the-two-leaders-stressed", f"{LEAD} According to the Kenyan presidency, "
     "the two leaders stressed the need to reopen the lake ferry.", [(A, "lake ferry"), (M, "lake ferry")]),
    ("according-to-ministry-odhiambo-urged", f"{LEAD} According to the Kenyan foreign ministry, "
     f"{A.split()[1]} urged Tanzanian firms to invest in Kenyan ports.", [(A, "invest in Kenyan ports")]),
    ("at-their-press-conference-aside", f"{LEAD} The two presidents, at their joint press conference, "
     "stressed the need to reopen the lake ferry.", [(A, "lake ferry"), (M, "lake ferry")]),
    ("in-a-post-on-x-aside", f"Kenyan President {A}, in a post on X, praised the new border post.",
     [(A, "border post")]),
    ("according-to-ministry-discussed-is-none", f"{LEAD} According to the Kenyan foreign ministry, the "
     "two presidents discussed trade and energy.", []),
    ("according-to-embassy-fact-is-none", "According to the Kenyan embassy in Dodoma, trade between the "
     "two countries rose by a tenth last year.", []),
    # --- passive opinions
    ("considered-by-president-as", "Kenya and Tanzania signed 12 agreements on Tuesday, which were "
     f"considered by President {A} as concrete steps towards regional integration.",
     [(A, "concrete steps towards regional integration")]),
    ("described-by-minister-as", f"The new port, described by Tanzanian Transport Minister {M} as a "
     "gateway for the whole region, opened on Tuesday.", [(M, "gateway for the whole region")]),
    ("hailed-by-prime-minister-as", f"The bridge, hailed by Kenyan Prime Minister {A} as a symbol of "
     "friendship between the two peoples, was opened on Tuesday.", [(A, "symbol of friendship")]),
    ("seen-by-minister-as", f"The plan, seen by Kenyan Trade Minister {A} as a turning point for "
     "exporters, takes effect in June.", [(A, "turning point")]),
    ("welcomed-by-president-as", f"The agreement was welcomed by Tanzanian President {M} as a milestone "
     "in bilateral relations.", [(M, "milestone")]),
    ("described-by-unnamed-observers-is-none", "The visit, described by observers as historic, ended on "
     "Tuesday.", []),
    ("signed-by-president-as-is-none", f"The agreement was signed by President {A} as part of the "
     "state visit.", []),
    # --- a speech verb with a trailing 'according to <body>'
    ("commended-trailing-according-to-ministry", f"Kenyan President {A} commended the progress of "
     "bilateral trade, which increased from USD 10 million in 2020 to USD 50 million in 2023, according "
     "to the Kenyan Ministry of Trade.", [(A, "progress of bilateral trade")]),
    ("praised-trailing-according-to-ministry", f"{LEAD}\n\n{A.split()[1]} praised the growth of tea "
     "exports to Tanzania, which reached $5 million last year, according to the Kenyan Ministry of "
     "Trade.", [(A, "tea exports")]),
    ("noted-that-trailing-according-to-presidency", f"{LEAD}\n\n{A.split()[1]} noted that trade had "
     "doubled since 2020, according to the presidency.", [(A, "trade had doubled")]),
    # --- speech carried by a gerund
    ("represented-in-expressing-gratitude", f"Prime Minister {M} represented the government and the "
     "people of Tanzania in expressing his gratitude to Kenya for its support after the floods.",
     [(M, "gratitude")]),
    ("spoke-on-behalf-in-thanking", f"President {M} spoke on behalf of the Tanzanian people in thanking "
     "Kenya for its help during the drought.", [(M, "thanking Kenya")]),
    ("in-conveying-cargo-is-none", "Bora Logistics specialises in conveying cargo between Mombasa and "
     "Kampala.", []),
    ("joined-in-calling-for", f"{LEAD}\n\n{A.split()[1]} joined the Tanzanian president in calling for "
     "a ceasefire in the region.", [(A, "ceasefire")]),
    # --- a quote paragraph whose speaker the paragraph before names; titles are not what was said
    ("says-then-quote-paragraph", f"The Kenya Tea Board's deputy secretary for exports, {OT}, says the "
     "market in Tanzania is growing fast.\n\n\"We will double our shipments next year. Tanzanian buyers "
     "want more of our tea.\"", [(OT, "market in Tanzania"), (OT, "double our shipments")]),
    ("appositive-title-said", f"The Kenyan Ministry of Trade's director for exports, {OT}, said the tea "
     "market was growing.", [(OT, "tea market was growing")]),
    ("appositive-title-says-ministry-possessive", f"The Tanzanian trade ministry's spokesperson, {M}, "
     "says the border post will open in June.", [(M, "border post will open")]),
    # --- a quote whose opening mark was lost, told to an outlet
    ("lost-opening-mark-body-told-outlet", "The Kenya Ports Authority signed a deal with Tanzanian firms on "
     "Tuesday.\n\nThe new terminal will double our capacity by next year,\u201d The Kenya Ports Authority "
     "told Lake Weekly.", [("Kenya Ports Authority", "double our capacity")]),
    ("lost-opening-mark-surname-told-outlet", f"Kenyan Trade Minister {A} met Tanzanian firms on Tuesday."
     "\n\nThe new terminal will double our capacity by next year,\u201d Odhiambo told Lake Weekly.",
     [(A, "double our capacity")]),
    # --- a body that reports a fact on a platform: an attribution
    ("presidency-reported-on-x-that-signed", "The Kenyan presidency reported on X that officials of the "
     "two countries signed an agreement on fisheries.", []),
    ("ministry-reported-on-facebook", "The Kenyan Ministry of Foreign Affairs reported on Facebook that "
     "the two ministers signed a memorandum on tourism in Nairobi.", []),
    ("embassy-said-that-is-speech", "The Kenyan embassy in Dodoma said in a statement that Kenyan firms "
     "wanted to buy more Tanzanian cashews.", [("Kenyan embassy in Dodoma", "cashews")]),
    # --- two acts in one clause: one statement; 'and said' and 'adding that' make two
    ("expressed-appreciation-and-announced-plans", f"Kenyan President {A} expressed appreciation for "
     "Tanzania's support and announced plans to open a consulate in Arusha.", [(A, "consulate")]),
    ("expressed-congratulations-and-invited", f"Kenyan President {A} expressed her congratulations to "
     f"the Tanzanian people on their national day and invited President {M} to visit Nairobi.",
     [(A, "congratulations")]),
    ("thanked-and-called-on", f"Kenyan President {A} thanked Tanzania for its help and called on both "
     "governments to speed up the railway.", [(A, "thanked")]),
    ("praised-and-said-stay-two", f"Kenyan President {A} praised Tanzania's new port and said the two "
     "countries share a long history of trade.", [(A, "new port"), (A, "long history")]),
    ("adding-that-stays-two", f"Kenyan President {A} welcomed the new border post, adding that it would "
     "halve waiting times for trucks.", [(A, "border post"), (A, "waiting times")]),
]

STATEMENT_XFAIL: dict[str, str] = {}


def _statements(text: str) -> list[tuple[str, str]]:
    facts = extract(Article(text=text, published=PUBLISHED, title="", origin="test"))
    return [(s.speaker.key, s.text) for s in facts.statements]


@pytest.mark.parametrize(("form", "text", "want"), _params(STATEMENTS, STATEMENT_XFAIL))
def test_statements_checklist8(form: str, text: str, want: list[tuple[str, str]]) -> None:
    got = _statements(text)
    assert len(got) == len(want), got
    for speaker, phrase in want:
        assert any(s == speaker and phrase.lower() in t.lower() for s, t in got), got
