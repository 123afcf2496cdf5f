"""Read helpers shared by services (rows in, plain values out)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select
from sqlalchemy.orm import Session

from recovery_desk.storage.tables import Customer, Setting

CURRENCY_SAMPLE = 10_000


def unindexed(column: Any) -> ColumnElement[Any]:
    """``column`` in a form no index serves (``column || ''``: SQLite and PostgreSQL alike).

    Our SQLite files carry no planner statistics, and SQLite then takes an equality on
    ``calls.status`` (almost every call is finished) for a narrow one: it walks the status
    index, every finished call, once per customer, cycle or assignment, instead of the
    index that holds the few rows wanted. Comparing this form keeps the condition and
    leaves the choice of index to the other conditions.
    """
    return column.concat("")


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def all_settings(session: Session) -> dict[str, Any]:
    return {row.key: row.value for row in session.scalars(select(Setting))}


def main_currency(conn: Connection | Session) -> str:
    """The currency most customers are billed in (``BRL`` when there are none): a default
    for a new offer or a band, never a label for figures over several currencies.

    Counted over the first ``CURRENCY_SAMPLE`` customers: a centre bills in one currency
    or a few, and counting a million rows took 0.1-1 s; the sample takes ~5 ms.
    """
    sample = select(Customer.currency).limit(CURRENCY_SAMPLE).subquery()
    query = (
        select(sample.c.currency)
        .group_by(sample.c.currency)
        .order_by(func.count().desc(), sample.c.currency)
        .limit(1)
    )
    return conn.scalar(query) or "BRL"
