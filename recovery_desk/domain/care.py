"""Intensive care for customers who came back: the review calendar.

Reviews fall every ``interval`` months counted from the day the customer was won back
(the *anchor*), never from the previous review, so month-end clamping does not drift.
A day that does not exist in the target month is clamped to that month's last day:

* won back 31 Aug 2023, every 6 months: 29 Feb 2024 (leap year), 31 Aug 2024,
  28 Feb 2025, 31 Aug 2025...
* won back 29 Feb 2024: 29 Aug 2024, 28 Feb 2025, 29 Aug 2025, ..., 29 Feb 2028.
"""

from __future__ import annotations

import calendar
from datetime import date

DEFAULT_INTERVAL_MONTHS = 6


def add_months(start: date, months: int) -> date:
    """``start`` moved by ``months`` calendar months, clamped to the target month's end.

    Args:
        start: the date to move.
        months: how many months (may be negative).

    Returns:
        The same day of month ``months`` later, or the month's last day when it is shorter.
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last))


def next_review_dates(anchor: date, interval_months: int, count: int) -> list[date]:
    """The first ``count`` review dates after ``anchor`` (each counted from the anchor).

    Raises:
        ValueError: the interval is not a positive number of months.
    """
    if interval_months < 1:
        raise ValueError("the review interval must be at least one month")
    return [add_months(anchor, interval_months * n) for n in range(1, count + 1)]


def next_review_due(
    anchor: date,
    interval_months: int,
    *,
    last_due: date | None = None,
    last_done: date | None = None,
) -> date:
    """The next review date on the anchor's calendar after the last review.

    A review done late does not make the next one due at once, and one done early does
    not make the same date due again: the next date is the first calendar date after both
    the last review's due date and the day it was done.

    Args:
        anchor: the day the customer was won back.
        interval_months: months between reviews (at least 1).
        last_due: due date of the last review recorded, if any.
        last_done: the day that review was recorded, if any.
    """
    if interval_months < 1:
        raise ValueError("the review interval must be at least one month")
    after = max((d for d in (last_due, last_done) if d is not None), default=None)
    n = 1
    while True:
        due = add_months(anchor, interval_months * n)
        if after is None or due > after:
            return due
        n += 1
