from datetime import date

import pytest

from newsgraph.extract.events.dates import iso_date, resolve_date

FRIDAY = date(2026, 3, 6)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Wednesday"], date(2026, 3, 4)),
        (["Friday"], FRIDAY),
        (["yesterday"], date(2026, 3, 5)),
        (["last", "night"], date(2026, 3, 5)),
        (["today"], FRIDAY),
        (["tomorrow"], date(2026, 3, 7)),
    ],
)
def test_relative_days_resolve_against_the_article_date(words, expected):
    assert resolve_date(words, FRIDAY) == expected


def test_a_weekday_in_a_future_clause_is_the_next_one():
    assert resolve_date(["Monday"], FRIDAY, future=True) == date(2026, 3, 9)
    assert resolve_date(["Friday"], FRIDAY, future=True) == FRIDAY


def test_a_month_and_day_after_the_article_date_is_last_years_unless_future():
    assert resolve_date(["September", "29"], FRIDAY) == date(2025, 9, 29)
    assert resolve_date(["September", "29"], FRIDAY, future=True) == date(2026, 9, 29)
    assert resolve_date(["2", "March"], FRIDAY) == date(2026, 3, 2)


def test_words_that_name_no_day_resolve_to_nothing():
    assert resolve_date(["next", "year"], FRIDAY) is None
    assert resolve_date(["March"], FRIDAY) is None
    assert resolve_date(["February", "30"], FRIDAY) is None


def test_iso_date_reads_dates_and_timestamps_and_rejects_other_text():
    assert iso_date("2025-03-14 20:30:26Z") == date(2025, 3, 14)
    assert iso_date("2026-03-06") == FRIDAY
    assert iso_date("March 6, 2026") is None
