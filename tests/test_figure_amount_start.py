"""figures._amounts scans a sentence for amounts from a little before its first digit: the same
matches as the scan of the whole sentence."""

import itertools

from coopkg.extract import figures

SENTENCES = [
    "The Tarnish ministry said on Monday that the loan of US$ 45 million would be repaid by 2031.",
    "Officials in Vell approved two billion dollars for the port, and a further N$ 4 for each ton.",
    "Lenia will spend Rs 20 crore and KES 9bn, up from 100 000 euros in 2019 to 1,5 million euros now.",
    "No amount is named here, only the talks of the 3rd round.",
    "A grant worth half a billion euros was signed.",
    "Exports rose from 2020 to $3bn, the agency said, while imports were 12.5 million yuan.",
]
PREFIXES = ["", "US$ ", "€ ", "£", "KES ", "x ", "About ", "the 7 "]


def _key(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_the_scan_from_the_first_digit_finds_every_amount():
    for prefix, sentence in itertools.product(PREFIXES, SENTENCES):
        text = prefix + sentence
        assert _key(figures._amounts(text)) == _key(figures.MONEY.finditer(text)), text


def test_the_lead_is_the_longest_currency_before_a_number(monkeypatch):
    assert max(map(len, [*figures._SYMBOLS, *figures._UPPER])) + 1 == figures._LEAD
    text = "Lenia paid KES 9 to each of the farmers."  # no scale word: scanned from near the 9
    assert figures._amounts(text)[0].group("cur1") == "KES"
    monkeypatch.setattr(figures, "_LEAD", 1)  # too short: the currency would be lost
    assert _key(figures._amounts(text)) != _key(figures.MONEY.finditer(text))
