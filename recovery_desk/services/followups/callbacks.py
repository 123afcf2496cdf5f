"""Call-backs and next attempts scheduled by calls, and the reminders when they fall due."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.storage.tables import Call, Callback, Customer


@dataclass(frozen=True)
class CallbackDTO:
    id: uuid.UUID
    customer_id: uuid.UUID
    customer_name: str
    due_at: datetime
    kind: str  # "callback" or "next_attempt"
    note: str | None


def schedule(
    session: Session, call: Call, user: UserDTO, due_at: datetime, kind: str, note: str | None
) -> Callback:
    """Add a call-back (``kind="callback"``) or next attempt for the agent."""
    row = Callback(
        call_id=call.id,
        customer_id=call.customer_id,
        agent_id=user.id,
        due_at=due_at,
        kind=kind,
        note=note,
    )
    session.add(row)
    return row


def close_open_callbacks(session: Session, customer_id: uuid.UUID, now: datetime) -> int:
    """Mark the customer's pending call-backs done: a call was just made."""
    rows = list(
        session.scalars(
            select(Callback).where(Callback.customer_id == customer_id, Callback.done_at.is_(None))
        )
    )
    for row in rows:
        row.done_at = now
    return len(rows)


def pending_callbacks(
    sessions: Sessions, user: UserDTO, *, due_before: datetime | None = None
) -> list[CallbackDTO]:
    """The agent's call-backs and next attempts not yet done, soonest first.

    Args:
        due_before: only those due at or before this instant (the reminders).
    """
    with sessions() as session:
        query = (
            select(Callback, Customer.name)
            .join(Customer, Customer.id == Callback.customer_id)
            .where(Callback.agent_id == user.id, Callback.done_at.is_(None))
            .order_by(Callback.due_at)
        )
        if due_before is not None:
            query = query.where(Callback.due_at <= due_before)
        return [
            CallbackDTO(cb.id, cb.customer_id, name, cb.due_at, cb.kind, cb.note)
            for cb, name in session.execute(query)
        ]
