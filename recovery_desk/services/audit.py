"""The audit log: who did what to which record, written in the caller's transaction.

Shared by every feature that changes data a supervisor may need to account for (catalogue
edits, users, coaching, follow-ups, care). The row syncs to the centre like any other.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from sqlalchemy.orm import Session

from recovery_desk.services.dto import UserDTO
from recovery_desk.storage.tables import AuditEntry

log = logging.getLogger("recovery_desk.audit")


def jsonable(value: Any) -> Any:
    """Snapshot values for the audit log (UUIDs as text)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def audit(
    session: Session,
    user: UserDTO | None,
    action: str,
    entity: str,
    entity_id: uuid.UUID | str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Add an audit entry to ``session``, committed with the change it describes.

    Args:
        user: who acted; ``None`` for the app itself (a scheduled review, say).
        before: the record before the change, if it existed.
        after: the record after the change, if it still exists.
        details: anything else worth keeping (counts, file names).
    """
    session.add(
        AuditEntry(
            user_id=user.id if user is not None else None,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            before=jsonable(before) if before is not None else None,
            after=jsonable(after) if after is not None else None,
            details=jsonable(details) if details is not None else None,
        )
    )
    log.info("%s %s %s by %s", action, entity, entity_id, user.name if user else "the app")
