"""Test data for the closed-loop and intensive-care tests, written through the ORM."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import select

from recovery_desk.services.dto import Sessions
from recovery_desk.storage.tables import (
    Call,
    Callback,
    CallReason,
    Customer,
    Cycle,
    Promise,
    Reason,
)


def customer(
    sessions: Sessions,
    name: str,
    *,
    external_id: str | None = None,
    revenue: int = 10000,
    status: str = "departed",
    won_back_on: date | None = None,
    served_by: str | None = None,
) -> uuid.UUID:
    with sessions.begin() as session:
        row = Customer(
            name=name,
            external_id=external_id,
            monthly_revenue_cents=revenue,
            status=status,
            won_back_on=won_back_on,
            departed_on=date(2026, 1, 10),
            served_by=served_by,
        )
        session.add(row)
        session.flush()
        return row.id


def reason_id(sessions: Sessions, code: str) -> uuid.UUID:
    with sessions() as session:
        rid = session.scalar(select(Reason.id).where(Reason.code == code))
        assert rid is not None, code
        return rid


def call(
    sessions: Sessions,
    customer_id: uuid.UUID,
    agent_id: uuid.UUID,
    *,
    reasons: list[tuple[str, str | None]] = (),  # type: ignore[assignment]
    at: datetime | None = None,
    cycle_id: uuid.UUID | None = None,
    verbatim: str | None = None,
) -> uuid.UUID:
    with sessions.begin() as session:
        row = Call(
            customer_id=customer_id,
            agent_id=agent_id,
            cycle_id=cycle_id,
            status="finished",
            started_at=at or datetime(2026, 3, 2, 10, tzinfo=UTC),
            verbatim=verbatim,
        )
        session.add(row)
        session.flush()
        for position, (code, words) in enumerate(reasons):
            rid = session.scalar(select(Reason.id).where(Reason.code == code))
            session.add(
                CallReason(
                    call_id=row.id,
                    reason_id=rid,
                    is_primary=position == 0,
                    verbatim=words,
                    position=position,
                )
            )
        return row.id


def promise(
    sessions: Sessions,
    call_id: uuid.UUID,
    customer_id: uuid.UUID,
    what: str,
    due_on: date,
    *,
    kept_on: date | None = None,
) -> uuid.UUID:
    with sessions.begin() as session:
        row = Promise(
            call_id=call_id,
            customer_id=customer_id,
            what=what,
            owner="Billing",
            due_on=due_on,
            kept_on=kept_on,
        )
        session.add(row)
        session.flush()
        return row.id


def callback(
    sessions: Sessions,
    customer_id: uuid.UUID,
    agent_id: uuid.UUID,
    due_at: datetime,
    note: str = "",
) -> uuid.UUID:
    with sessions.begin() as session:
        row = Callback(customer_id=customer_id, agent_id=agent_id, due_at=due_at, note=note)
        session.add(row)
        session.flush()
        return row.id


def cycle(sessions: Sessions, name: str, start: date, end: date, status: str = "open") -> uuid.UUID:
    with sessions.begin() as session:
        row = Cycle(name=name, period_start=start, period_end=end, status=status)
        session.add(row)
        session.flush()
        return row.id
