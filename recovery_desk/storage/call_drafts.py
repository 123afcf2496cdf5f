"""The fast path of the call draft: small UPDATEs with prepared statements (≤5 ms).

Called on every debounced keystroke, so it skips the ORM unit of work but keeps its rules:
``version`` grows, ``updated_at`` moves, and the outbox gets an entry in the same
transaction (as :func:`storage.outbox.enqueue` does for Core writes).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, bindparam, insert, update

from recovery_desk.storage.tables import Call, CallStep, OutboxEntry

_STEP = (
    update(CallStep)
    .where(CallStep.call_id == bindparam("b_call"), CallStep.step == bindparam("b_step"))
    .values(
        notes=bindparam("notes"),
        checklist_done=bindparam("checklist_done"),
        duration_ms=bindparam("duration_ms"),
        updated_at=bindparam("updated_at"),
        version=CallStep.version + 1,
    )
    .returning(CallStep.id, CallStep.version)
)
_OUTBOX = insert(OutboxEntry)


def write_draft(
    engine: Engine,
    call_id: uuid.UUID,
    call_values: dict[str, Any] | None,
    steps: list[dict[str, Any]],
    now: datetime,
) -> None:
    """Update the call row (only when ``call_values``) and each step row in ``steps``
    (dicts with ``step``, ``notes``, ``checklist_done``, ``duration_ms``)."""
    queued: list[dict[str, Any]] = []
    with engine.begin() as conn:
        if call_values:
            version = conn.execute(
                update(Call)
                .where(Call.id == call_id)
                .values(**call_values, version=Call.version + 1, updated_at=now)
                .returning(Call.version)
            ).scalar_one()
            queued.append(_entry("calls", call_id, version, now))
        for row in steps:
            params = {
                "b_call": call_id,
                "b_step": row["step"],
                "notes": row["notes"],
                "checklist_done": row["checklist_done"],
                "duration_ms": row["duration_ms"],
                "updated_at": now,
            }
            step_id, version = conn.execute(_STEP, params).one()
            queued.append(_entry("call_steps", step_id, version, now))
        conn.execute(_OUTBOX, queued)


def _entry(entity: str, entity_id: uuid.UUID, version: int, now: datetime) -> dict[str, Any]:
    return {
        "entity": entity,
        "entity_id": entity_id,
        "version": version,
        "queued_at": now,
        "attempts": 0,
    }
