"""A quotation run over paragraphs without a tag of its own: news reopens the quote in each
paragraph and closes only the last (or, on a page cut short, none).  Each paragraph is a
statement of the speaker who spoke just before, as closed quote paragraphs are; a 'said' inside
such a paragraph is the quoted speaker's own account, not the tag of the block; and what someone
is quoted as doing *to* the speaker ('Y invited me') is no statement of Y.  Reports written for
these tests."""

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article

SPOKE = ("LISBON, March 4 -- Prime Minister Rui Matos held talks with Finnish President Aino "
         "Virtanen in Helsinki on Monday.\n\n"
         "“Our talks were open and warm,” Mr Matos said on his return.\n\n")
RUN = ("“We agreed to open a direct shipping line between our ports before the winter.\n\n"
       "“President Virtanen also invited me to a forestry fair in Tampere next summer.\n\n"
       "“The Finnish side said it would send a trade mission to Porto in the autumn.")


def statements(body: str) -> list[tuple[str, str]]:
    facts = extract(Article(text=SPOKE + body, published=date(2025, 3, 4), title="", origin="test"))
    return [(s.speaker.key, s.text) for s in facts.statements]


def test_each_reopened_quote_paragraph_is_a_statement_of_the_last_speaker():
    got = statements(RUN + "”")
    run = [text for speaker, text in got if speaker == "Rui Matos" and "talks were" not in text]
    assert len(run) == 3, got
    assert "shipping line" in run[0] and "forestry fair" in run[1] and "trade mission" in run[2]


def test_a_run_left_open_at_the_end_of_the_page_keeps_its_speaker():
    got = statements(RUN)
    assert {speaker for speaker, _ in got} == {"Rui Matos"}, got
    assert sum("trade mission" in text for _, text in got) == 1, got


def test_an_act_done_to_the_quoted_speaker_is_no_statement_of_its_doer():
    got = statements(RUN + "”")
    assert not [text for speaker, text in got if "Virtanen" in speaker], got


def test_someone_quoted_as_saying_something_speaks_only_to_the_end_of_that_paragraph():
    body = ("“We agreed to open a direct shipping line between our ports before the winter.\n\n"
            "“President Virtanen said the line would carry timber and cork from the first day.\n\n"
            "“We will sign the port agreement in Lisbon in May.”")
    got = statements(body)
    hers = [text for speaker, text in got if speaker == "Aino Virtanen"]
    assert len(hers) == 1 and "timber" in hers[0] and "Lisbon" not in hers[0], got
