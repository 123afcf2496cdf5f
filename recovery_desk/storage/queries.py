"""Read helpers shared by services (rows in, plain values out)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from recovery_desk.storage.tables import Setting


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
