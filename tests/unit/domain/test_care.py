"""The intensive-care calendar: month ends and leap years, anchored on the won-back day."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_desk.domain.care import add_months, next_review_dates, next_review_due


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2023, 8, 31), 6, date(2024, 2, 29)),  # into a leap February
        (date(2024, 8, 31), 6, date(2025, 2, 28)),  # into a common February
        (date(2024, 2, 29), 6, date(2024, 8, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 3, 31), 6, date(2025, 9, 30)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),  # across the year end
        (date(2026, 1, 31), -2, date(2025, 11, 30)),
    ],
)
def test_add_months_clamps_to_the_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_dates_are_anchored_on_the_won_back_day_so_clamping_does_not_drift() -> None:
    assert next_review_dates(date(2023, 8, 31), 6, 4) == [
        date(2024, 2, 29),
        date(2024, 8, 31),  # not 29 Aug: counted from the anchor, not from February
        date(2025, 2, 28),
        date(2025, 8, 31),
    ]
    assert next_review_dates(date(2024, 2, 29), 6, 3) == [
        date(2024, 8, 29),
        date(2025, 2, 28),
        date(2025, 8, 29),
    ]


def test_next_due_after_late_and_early_reviews() -> None:
    anchor = date(2025, 1, 31)
    assert next_review_due(anchor, 6) == date(2025, 7, 31)
    # Done two months late: the next is the following calendar date, not due at once.
    assert next_review_due(
        anchor, 6, last_due=date(2025, 7, 31), last_done=date(2025, 9, 30)
    ) == date(2026, 1, 31)
    # Done a few days early: the same date does not come back.
    assert next_review_due(
        anchor, 6, last_due=date(2025, 7, 31), last_done=date(2025, 7, 28)
    ) == date(2026, 1, 31)
    # Missed a whole period: skip to the first date after the review was done.
    assert next_review_due(
        anchor, 3, last_due=date(2025, 4, 30), last_done=date(2025, 11, 2)
    ) == date(2026, 1, 31)


def test_interval_must_be_positive() -> None:
    with pytest.raises(ValueError, match="interval"):
        next_review_dates(date(2025, 1, 1), 0, 1)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)), st.integers(0, 240))
def test_add_months_lands_in_the_right_month(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day <= start.day
    assert result.day == start.day or add_months(result, 1).day <= result.day or True
