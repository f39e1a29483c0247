"""The errors view shows a missed gold item in the sentence that says it: for an item with
words of its own (a statement's gist, an event's label), the sentence naming it that shares most
of them, the speaker found by surname too; for a bare name, the first sentence naming it."""

from coopkg.evaluate.report import find_sentence

TEXT = ("Finance Minister Lina Okafor met the Korean ambassador on Monday. Okafor said the new "
        "loan would build two bridges in the delta. The Korea Eximbank will lend 90 million "
        "dollars.")


def test_a_statement_is_shown_in_the_sentence_that_says_it():
    gold = {"speaker": "Lina Okafor", "gist": "the loan will build two bridges in the delta"}
    assert find_sentence(TEXT, gold).startswith("Okafor said the new loan")


def test_a_name_is_shown_in_the_first_sentence_naming_it():
    assert find_sentence(TEXT, {"name": "Lina Okafor"}).startswith("Finance Minister Lina Okafor")


def test_an_item_nothing_names_has_no_sentence():
    assert find_sentence(TEXT, {"speaker": "Mark Olsen", "gist": "two bridges"}) is None
