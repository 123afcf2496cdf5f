"""Departed customers and lost revenue per month and quarter."""

from __future__ import annotations

from datetime import date
from typing import Any

from recovery_desk.services.reports.departed import DepartedFilters, departed_by_period
from tests.unit.services.cycles.test_manage import TODAY, add_customers


def _rows(sessions: Any) -> None:
    add_customers(
        sessions,
        [
            {"monthly_revenue_cents": 1000, "segment": "PME", "region": "SP", "days": 0},
            {"monthly_revenue_cents": 2500, "segment": "PME", "region": "RJ", "days": 0},
            {"monthly_revenue_cents": None, "segment": "Premium", "region": "SP", "days": 40},
            {"monthly_revenue_cents": 7000, "segment": "Premium", "region": "SP", "days": 120},
        ],
    )
    add_customers(sessions, [{"monthly_revenue_cents": 400, "departed_on": None}])


def test_per_month_with_unknown_last(sessions: Any) -> None:
    _rows(sessions)
    rows = departed_by_period(sessions, "month")
    assert [(r.period, r.customers, r.lost_revenue_cents, r.unknown_revenue) for r in rows] == [
        ("2026-07", 1, 7000, 0),
        ("2026-10", 1, 0, 1),
        ("2026-11", 2, 3500, 0),
        (None, 1, 400, 0),
    ]
    assert date(2026, 11, 22) == TODAY


def test_per_quarter_and_filters(sessions: Any) -> None:
    _rows(sessions)
    quarters = departed_by_period(sessions, "quarter", DepartedFilters(region="SP"))
    assert [(r.period, r.customers, r.lost_revenue_cents) for r in quarters] == [
        ("2026-Q3", 1, 7000),
        ("2026-Q4", 2, 1000),
    ]
    premium = departed_by_period(sessions, "month", DepartedFilters(segment="Premium"))
    assert sum(r.customers for r in premium) == 2
