"""Dates (s29 helper B): a range of days written month first takes the year written after the
last day ('July 4-5, 2016', 'September 9th-10th, 2023', 'May 3 to 5, 2022'); without it the
first day alone was read and its year guessed from the paper's date.  Invented text."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract.dates import find_dates

PAPER = date(2024, 11, 17)


@pytest.mark.parametrize(("text", "expected"), [
    ("The fair ran September 9th-10th, 2023, in Lima.", ["2023-09-09"]),
    ("The minister visited Quito from July 4-5, 2016 at the invitation of her counterpart.", ["2016-07-04"]),
    ("The talks ran from May 3 to 5, 2022 in Cusco.", ["2022-05-03"]),
    ("The expo took place on March 8 and 9, 2021.", ["2021-03-08"]),
    # must not change
    ("The treaty was signed on September 9, 2023.", ["2023-09-09"]),
    ("The forum met on 9-10 September 2023.", ["2023-09-09"]),
    ("The fair opened on September 9 and closed a week later.", ["2024-09-09"]),
])
def test_month_first_range_takes_the_year_after_it(text: str, expected: list[str]) -> None:
    assert [m.when.value for m in find_dates(text, PAPER)] == expected
