"""Quantify who left: departed customers and lost monthly revenue per month or quarter.

The figures a supervisor brings to the monthly meeting. Customers without a departure date
form an "unknown" period; customers without revenue are counted and reported apart. Money
is never added across currencies: a period with customers billed in several has a row for
each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import Engine, case, extract, func, select
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.storage.tables import Customer

Grouping = Literal["month", "quarter"]


@dataclass(frozen=True)
class DepartedFilters:
    segment: str | None = None
    region: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class DepartedRow:
    period: str | None  # "2026-03", "2026-Q1", or None for an unknown date
    customers: int
    lost_revenue_cents: int
    unknown_revenue: int  # customers in the period whose revenue is not known
    currency: str = "BRL"  # of ``lost_revenue_cents``; the counts are of customers billed in it


def departed_by_period(
    source: sessionmaker[Session] | Engine,
    by: Grouping = "month",
    filters: DepartedFilters | None = None,
) -> list[DepartedRow]:
    """Departures and lost monthly revenue per period and currency, oldest first, unknown
    last; within a period, the currency with most customers first."""
    f = filters or DepartedFilters()
    year = extract("year", Customer.departed_on)
    month = extract("month", Customer.departed_on)
    query = select(
        year,
        month,
        Customer.currency,
        func.count(),
        func.coalesce(func.sum(Customer.monthly_revenue_cents), 0),
        func.sum(case((Customer.monthly_revenue_cents.is_(None), 1), else_=0)),
    ).group_by(year, month, Customer.currency)
    if f.segment:
        query = query.where(Customer.segment == f.segment)
    if f.region:
        query = query.where(Customer.region == f.region)
    if f.date_from:
        query = query.where(Customer.departed_on >= f.date_from)
    if f.date_to:
        query = query.where(Customer.departed_on <= f.date_to)
    if isinstance(source, Engine):
        with source.connect() as conn:
            raw = conn.execute(query).all()
    else:
        with source() as session:
            raw = session.execute(query).all()
    totals: dict[tuple[str | None, str], list[int]] = {}
    for y, m, currency, count, revenue, unknown in raw:
        key = (_period(y, m, by), currency or "BRL")
        acc = totals.setdefault(key, [0, 0, 0])
        acc[0] += int(count)
        acc[1] += int(revenue or 0)
        acc[2] += int(unknown or 0)

    def order(key: tuple[str | None, str]) -> tuple[bool, str, int, str]:
        period, currency = key
        return (period is None, period or "", -totals[key][0], currency)

    return [
        DepartedRow(period, count, cents, unknown, currency)
        for (period, currency), (count, cents, unknown) in (
            (key, totals[key]) for key in sorted(totals, key=order)
        )
    ]


def _period(year: object, month: object, by: Grouping) -> str | None:
    if year is None or month is None:
        return None
    y, m = int(str(year).split(".")[0]), int(str(month).split(".")[0])
    if by == "quarter":
        return f"{y}-Q{(m - 1) // 3 + 1}"
    return f"{y}-{m:02d}"


def segments_and_regions(sessions: sessionmaker[Session]) -> tuple[list[str], list[str]]:
    """The distinct segments and regions, for filter pickers."""
    with sessions() as session:
        segments = session.scalars(
            select(Customer.segment)
            .distinct()
            .where(Customer.segment.is_not(None))
            .order_by(Customer.segment)
        )
        regions = session.scalars(
            select(Customer.region)
            .distinct()
            .where(Customer.region.is_not(None))
            .order_by(Customer.region)
        )
        return [s for s in segments if s], [r for r in regions if r]
