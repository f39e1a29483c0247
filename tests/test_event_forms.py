"""A checklist of the constructions English news uses to report an event, each an invented
sentence with the events GOLD_FORMAT expects: type, date at its precision, participants (people
by name, countries by ISO code), location (its ISO code or a prefix of it).  A date is
right when the predicted one starts with it, as the scorer reads a gold date at its precision.  Visits (state,
official, working; arrived, landed, travelled, hosted, received, welcomed, 'on a visit to',
'currently on a state visit', 'after visiting'), meetings (met, held talks, discussed, reviewed,
exchanged views, telephone and video calls, on the sidelines of), summits, forums, joint
commissions and sessions, press briefings, ceremonies, openings and foundings, with the date
forms news uses (weekday, 'on Monday', 'yesterday', 'last week', 'earlier this month', a dateline
day, 'on the same day', the day of an earlier sentence of the same episode).

Rows marked xfail (strict) are constructions the extractor does not read yet."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Event
from coopkg.read.article import Article
from coopkg.reference import gazetteer

PUBLISHED = date(2024, 5, 16)  # a Thursday: Monday 13, Tuesday 14, Wednesday 15 May
TORRES, VEGA = "Ana Torres", "Luis Vega"

# (text, [(type, date, participants, location prefix or None)], exact count of events)
Expected = tuple[str, str, list[str], str | None]
ROWS: list[tuple[str, str, list[Expected], bool]] = [
    # --- visits
    ("state-visit-arrived", "Chilean President Ana Torres arrived in Lima on Monday for a state "
     "visit to Peru.", [("StateVisit", "2024-05-13", [TORRES, "PE"], "PE")], True),
    ("state-visit-paid", "Chilean President Ana Torres paid a state visit to Peru last week.",
     [("StateVisit", "2024-05", [TORRES, "PE"], "PE")], True),
    ("official-visit-began", "Chilean Foreign Minister Ana Torres began an official visit to "
     "Peru on Tuesday.", [("Event", "2024-05-14", [TORRES, "PE"], "PE")], True),
    ("landed-on-a-state-visit", "Chilean President Ana Torres landed in Lima on Monday on a "
     "two-day state visit to Peru.", [("StateVisit", "2024-05-13", [TORRES, "PE"], "PE")], True),
    ("city-only-state-visit", "Chilean President Ana Torres arrived in Lima on Monday for a "
     "state visit.", [("StateVisit", "2024-05-13", [TORRES, "PE"], "PE")], True),
    ("minister-visited-last-week", "Chilean Foreign Minister Ana Torres visited Peru last week.",
     [("Event", "2024-05", [TORRES, "PE"], "PE")], True),
    ("planned-visit-with-day", "Chilean Foreign Minister Ana Torres will travel to Peru on 12 "
     "June for an official visit.", [("Event", "2024-06-12", [TORRES, "PE"], "PE")], True),
    ("currently-on-a-state-visit", "Chilean President Ana Torres, currently on a state visit to "
     "Peru, held talks with Peruvian President Luis Vega on Wednesday.",
     [("StateVisit", "2024-05", [TORRES, "PE"], "PE"),
      ("Meeting", "2024-05-15", [TORRES, VEGA], None)], True),
    ("who-is-on-a-state-visit", "Chilean President Ana Torres, who is on a state visit to Peru, "
     "met Peruvian President Luis Vega on Wednesday.",
     [("StateVisit", "2024-05", [TORRES, "PE"], "PE"),
      ("Meeting", "2024-05-15", [TORRES, VEGA], None)], True),
    ("on-a-working-visit", "Chilean Foreign Minister Ana Torres, on a working visit to Peru, met "
     "Peruvian President Luis Vega on Monday.",
     [("Event", "2024-05", [TORRES, "PE"], "PE"),
      ("Meeting", "2024-05-13", [TORRES, VEGA], None)], True),
    ("after-visiting", "Chilean Foreign Minister Ana Torres arrived in Lima on Tuesday, after "
     "visiting Ecuador and Colombia.",
     [("Event", "2024-05-14", [TORRES, "PE"], "PE"), ("Event", "2024-05", [TORRES, "EC"], "EC"),
      ("Event", "2024-05", [TORRES, "CO"], "CO")], True),
    ("visit-noun-during", "During her visit to Peru on Monday, Chilean Foreign Minister Ana "
     "Torres opened a trade office.", [("Event", "2024-05-13", [TORRES, "PE"], "PE")], False),
    ("trip-to-a-capital-by", "The agreement was signed on the second day of a trip to the "
     "Peruvian capital Lima by Chilean President Ana Torres.",
     [("Event", "2024-05", [TORRES, "PE"], "PE")], True),
    ("arrived-on-a-state-visit", "Chilean President Ana Torres arrived in Peru on Monday on a "
     "three-day state visit.", [("StateVisit", "2024-05-13", [TORRES, "PE"], "PE")], True),
    # --- receptions, hosting
    ("received", "Peruvian President Luis Vega received Chilean Foreign Minister Ana Torres in "
     "Lima on Wednesday.", [("Meeting", "2024-05-15", [VEGA, TORRES], "PE")], False),
    ("hosted", "Chilean President Ana Torres hosted Peruvian President Luis Vega at the "
     "presidential palace in Santiago on Monday.", [("Meeting", "2024-05-13", [TORRES, VEGA],
                                                    None)], False),
    ("welcomed", "Peruvian President Luis Vega welcomed Chilean President Ana Torres to Lima on "
     "Monday.", [("Meeting", "2024-05-13", [VEGA, TORRES], None)], False),
    # --- meetings stated by a verb
    ("met-weekday", "Chilean Foreign Minister Ana Torres met Peruvian Foreign Minister Luis Vega "
     "on Tuesday.", [("Meeting", "2024-05-14", [TORRES, VEGA], None)], True),
    ("met-bare-weekday", "Chilean Foreign Minister Ana Torres met Peruvian Foreign Minister "
     "Luis Vega Tuesday.", [("Meeting", "2024-05-14", [TORRES, VEGA], None)], True),
    ("held-talks-yesterday", "Chilean Foreign Minister Ana Torres held talks with her Peruvian "
     "counterpart Luis Vega in Lima yesterday.",
     [("Meeting", "2024-05-15", [TORRES, VEGA], "PE")], True),
    ("met-earlier-this-month", "Chilean President Ana Torres met Peruvian President Luis Vega "
     "earlier this month.", [("Meeting", "2024-05", [TORRES, VEGA], None)], True),
    ("discussed", "Peruvian President Luis Vega and Chilean President Ana Torres discussed trade "
     "and security on Tuesday.", [("Meeting", "2024-05-14", [VEGA, TORRES], None)], True),
    ("reviewed", "Chilean Foreign Minister Ana Torres and her Peruvian counterpart Luis Vega "
     "reviewed bilateral cooperation in Lima on Wednesday.",
     [("Meeting", "2024-05-15", [TORRES, VEGA], "PE")], True),
    ("exchanged-views", "Chilean Foreign Minister Ana Torres and Peruvian Foreign Minister Luis "
     "Vega exchanged views on regional issues on Monday.",
     [("Meeting", "2024-05-13", [TORRES, VEGA], None)], True),
    ("telephone-conversation", "Chilean President Ana Torres held a telephone conversation with "
     "Peruvian President Luis Vega on Monday.", [("Meeting", "2024-05-13", [TORRES, VEGA], None)],
     True),
    ("spoke-by-phone", "Chilean President Ana Torres spoke by phone with Peruvian President Luis "
     "Vega on Monday.", [("Meeting", "2024-05-13", [TORRES, VEGA], None)], True),
    ("video-call", "Chilean President Ana Torres and Peruvian President Luis Vega held a video "
     "call on Tuesday.", [("Meeting", "2024-05-14", [TORRES, VEGA], None)], True),
    ("sidelines", "Chilean President Ana Torres met Peruvian President Luis Vega on the sidelines "
     "of the summit in Brasilia on Tuesday.", [("Meeting", "2024-05-14", [TORRES, VEGA], None)],
     False),
    ("planned-meeting", "Chilean President Ana Torres will meet Peruvian President Luis Vega in "
     "Lima on 12 June.", [("Meeting", "2024-06-12", [TORRES, VEGA], "PE")], True),
    # --- dates from the dateline and the episode
    ("dateline-day", "LIMA, May 15 (Xinhua) -- Chilean President Ana Torres met Peruvian "
     "President Luis Vega here.", [("Meeting", "2024-05-15", [TORRES, VEGA], None)], True),
    ("same-day", "Chilean President Ana Torres arrived in Lima on Monday for a state visit to "
     "Peru. On the same day, she met Peruvian President Luis Vega.",
     [("StateVisit", "2024-05-13", [TORRES, "PE"], "PE"),
      ("Meeting", "2024-05-13", [TORRES, VEGA], None)], True),
    ("episode-then", "Chilean President Ana Torres arrived in Lima on Monday for a state visit to "
     "Peru. She then held talks with Peruvian President Luis Vega.",
     [("StateVisit", "2024-05-13", [TORRES, "PE"], "PE"),
      ("Meeting", "2024-05-13", [TORRES, VEGA], None)], True),
    ("next-day", "Chilean President Ana Torres arrived in Lima on Monday for a state visit to "
     "Peru. The next day, she held talks with Peruvian President Luis Vega.",
     [("StateVisit", "2024-05-13", [TORRES, "PE"], "PE"),
      ("Meeting", "2024-05-14", [TORRES, VEGA], None)], True),
    ("dated-sentence-then-discussed", "Chilean President Ana Torres met Peruvian President Luis "
     "Vega in Lima on Monday. The two presidents discussed trade and investment.",
     [("Meeting", "2024-05-13", [TORRES, VEGA], "PE")], True),
    ("bracketed-day", "Chilean Foreign Minister Ana Torres held talks with her Peruvian "
     "counterpart Luis Vega this morning (May 15) in Lima.",
     [("Meeting", "2024-05-15", [TORRES, VEGA], None)], True),
    # --- press briefings
    ("joint-press-conference", "Chilean President Ana Torres and Peruvian President Luis Vega "
     "held talks in Lima on Monday. Afterwards, the two presidents addressed a joint press "
     "conference.", [("Meeting", "2024-05-13", [TORRES, VEGA], "PE"),
                     ("PressBriefing", "2024-05-13", [TORRES, VEGA], None)], True),
    ("addressed-the-media", "Chilean President Ana Torres and Peruvian President Luis Vega "
     "addressed the media in Lima on Monday.",
     [("PressBriefing", "2024-05-13", [TORRES, VEGA], "PE")], True),
    ("briefed-reporters", "Chilean Foreign Minister Ana Torres briefed reporters in Santiago on "
     "Tuesday.", [("PressBriefing", "2024-05-14", [TORRES], None)], True),
    ("regular-press-briefing", "Chilean Foreign Ministry spokesperson Ana Torres told a regular "
     "press briefing on Tuesday that the talks would continue.",
     [("PressBriefing", "2024-05-14", [TORRES], None)], True),
    # --- summits, sessions, forums, commissions
    ("heads-of-government-meeting", "Chile will host the Commonwealth Heads of Government "
     "Meeting in October.", [("Summit", "2024-10", ["CL"], "CL")], True),
    ("leaders-meeting-hosted", "Peru hosted the Andean Leaders' Meeting last year.",
     [("Summit", "2023", ["PE"], "PE")], True),
    ("meeting-of-a-council-of-heads", "Chilean Prime Minister Ana Torres attended the meeting of "
     "the Council of Heads of Government of the Andean Community in Lima on Monday.",
     [("Meeting", "2024-05-13", [TORRES], "PE")], True),
    ("named-summit", "The leaders of Chile, Peru and Bolivia attended the Andean Summit in La Paz "
     "on Monday.", [("Summit", "2024-05-13", [], "BO")], True),
    ("joint-commission-session", "The fifth session of the Chile-Peru Joint Commission was held "
     "in Santiago on Tuesday.", [("Meeting", "2024-05-14", [], "CL")], True),
    ("forum-opened", "The Chile-Peru Business Forum opened in Lima on Monday.",
     [("Meeting", "2024-05-13", [], "PE")], True),
    ("co-chaired", "Chilean Foreign Minister Ana Torres co-chaired the third meeting of the "
     "Chile-Peru Joint Commission in Lima on Wednesday.",
     [("Meeting", "2024-05-15", [TORRES], "PE")], True),
    # --- ceremonies, openings, foundings
    ("signing-ceremony", "Chilean President Ana Torres and Peruvian President Luis Vega attended "
     "the signing ceremony of a trade agreement in Lima on Monday.",
     [("Event", "2024-05-13", [TORRES, VEGA], "PE")], True),
    ("inaugurated", "Chilean President Ana Torres inaugurated the Chile-Peru Trade Centre in Lima "
     "on Monday.", [("Event", "2024-05-13", [TORRES], None)], True),
    ("founded-in-a-year", "The Chile-Peru Chamber of Commerce was established in 1998.",
     [("Event", "1998", [], None)], True),
    # --- no event
    ("signing-alone", "Chile and Peru signed a trade agreement on Monday.", [], True),
    ("regular-consultations", "Both countries hold regular consultations on trade.", [], True),
]

XFAIL: dict[str, str] = {
    "joint-press-conference": "'the two presidents addressed a press conference' has no participants",
}


def _key(ref_key: str) -> str:
    return ref_key.rsplit("/", 1)[-1]


def _code(location: str | None) -> str:
    """The ISO code a location is scored by: a city's own code, else its subdivision's."""
    place = gazetteer().regions.get(location or "")
    return (place.code or place.parent or place.country or "") if place else _key(location or "")


def _fits(event: Event, want: Expected) -> bool:
    kind, when, participants, place = want
    got = {_key(r.key) for r in event.participants}
    return event.type == kind and event.date is not None and event.date.value.startswith(when) \
        and set(participants) <= got and (place is None or _code(event.location).startswith(place))


def _describe(events: list[Event]) -> list[tuple]:
    return [(e.type, e.date.value if e.date else None, sorted(_key(r.key) for r in e.participants),
             _code(e.location)) for e in events]


@pytest.mark.parametrize("name,text,expected,exact", [
    pytest.param(*row, id=row[0], marks=pytest.mark.xfail(strict=True, reason=XFAIL[row[0]]))
    if row[0] in XFAIL else pytest.param(*row, id=row[0]) for row in ROWS])
def test_event_form(name: str, text: str, expected: list[Expected], exact: bool) -> None:
    check(text, expected, exact)


def check(text: str, expected: list[Expected], exact: bool) -> None:
    """Every expected event is among those extracted from `text` (and, if `exact`, no other)."""
    events = extract(Article(text=text, published=PUBLISHED, title="", origin="test")).events
    missing = [want for want in expected if not any(_fits(e, want) for e in events)]
    assert not missing, (missing, _describe(events))
    if exact:
        assert len(events) == len(expected), _describe(events)


@pytest.mark.parametrize("text", [
    "Kenyan Foreign Minister Ana Wanjiru and her Peruvian counterpart Luis Soto met in Mombasa on Tuesday.",
    "Kenyan Foreign Minister Ana Wanjiru and her Peruvian counterpart, Luis Soto, met on Tuesday.",
    "Kenyan Foreign Minister Ana Wanjiru and Peruvian Foreign Minister Luis Soto met on Tuesday.",
    "On Tuesday, Kenyan Foreign Minister Ana Wanjiru held a phone talk with her Peruvian counterpart "
    "Luis Soto.",
])
def test_a_pair_with_a_counterpart_meets_once(text):
    events = extract(Article(text=text, published=PUBLISHED, origin="test")).events
    assert [(e.type, e.date.value, sorted(_key(p.key) for p in e.participants)) for e in events] == \
        [("Meeting", "2024-05-14", ["Ana Wanjiru", "Luis Soto"])]


def checklist_tests(events: list[tuple], no_event: list[tuple], xfail: dict[str, str]) -> tuple:
    """The two tests every events checklist runs over its rows — each row of `events` finds its
    expected events, each row of `no_event` finds none — with `xfail`'s rows as strict xfails.
    A checklist binds them by name: `test_event, test_no_event = checklist_tests(...)`."""
    from tests.checklist_rows import xfail_params

    @pytest.mark.parametrize(("name", "text", "expected", "exact"), xfail_params(events, xfail))
    def test_event(name: str, text: str, expected: list[Expected], exact: bool) -> None:
        check(text, expected, exact)

    @pytest.mark.parametrize(("name", "text"), xfail_params(no_event, xfail))
    def test_no_event(name: str, text: str) -> None:
        check(text, [], True)

    return test_event, test_no_event
