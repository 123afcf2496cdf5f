"""The driver-level bulk insert stores exactly what SQLAlchemy's Core insert stores."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select, text

from recovery_desk.storage.driver_insert import insert_rows
from recovery_desk.storage.tables import Customer, Reason

CUSTOMERS = cast(Table, Customer.__table__)
STAMP = datetime(2026, 11, 22, 13, 45, 6, 789, tzinfo=UTC)


def _row(external_id: str, reason: uuid.UUID | None) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "external_id": external_id,
        "name": "Conceição Araújo",
        "phone": "+5511912345678",
        "phone_valid": False,
        "email": None,
        "monthly_revenue_cents": 123_456,
        "customer_since": date(2015, 1, 2),
        "departed_on": date(2024, 2, 29),
        "imported_reason_id": reason,
        "version": 1,
    }


def test_rows_read_back_the_same_as_through_core(sessions: Any) -> None:
    with sessions.begin() as session:
        reason = session.scalar(select(Reason.id).limit(1))
        conn = session.connection()
        core = [_row("core-1", reason), _row("core-2", None)]
        driver = [_row("drv-1", reason), _row("drv-2", None)]
        conn.execute(insert(CUSTOMERS).values(created_at=STAMP, updated_at=STAMP), core)
        insert_rows(conn, CUSTOMERS, driver, {"created_at": STAMP, "updated_at": STAMP})
    with sessions() as session:
        stored = {
            r.external_id: r._asdict()
            for r in session.execute(select(CUSTOMERS).order_by(CUSTOMERS.c.external_id))
        }
        raw = {
            r[0]: r[1:]
            for r in session.execute(
                text(
                    "SELECT external_id, id, customer_since, created_at, imported_reason_id,"
                    " phone_valid, status, currency FROM customers"
                )
            )
        }
    for core_key, driver_key in (("core-1", "drv-1"), ("core-2", "drv-2")):
        a, b = dict(stored[core_key]), dict(stored[driver_key])
        assert {k for k in a if a[k] != b[k]} == {"id", "external_id"}
        # The same text in the file, column by column (not only equal after reading back).
        assert raw[core_key][1:] == raw[driver_key][1:]
    assert stored["drv-1"]["imported_reason_id"] == reason
    assert stored["drv-2"]["created_at"] == STAMP
    assert stored["drv-2"]["status"] == "departed"  # a column default filled in


def test_rows_of_different_shapes_still_go_in(sessions: Any) -> None:
    rows = [_row("a", None), {**_row("b", None), "segment": "PME"}]
    with sessions.begin() as session:
        insert_rows(
            session.connection(), CUSTOMERS, rows, {"created_at": STAMP, "updated_at": STAMP}
        )
    with sessions() as session:
        segments = dict(session.execute(select(CUSTOMERS.c.external_id, CUSTOMERS.c.segment)).all())
    assert segments == {"a": None, "b": "PME"}
