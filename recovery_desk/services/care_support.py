"""Helpers shared by the closed-loop and intensive-care services (audit, settings, owners)."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from recovery_desk.domain.care import DEFAULT_INTERVAL_MONTHS
from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.dto import UserDTO
from recovery_desk.storage.queries import get_setting, set_setting
from recovery_desk.storage.tables import AuditEntry

CARE_INTERVAL_KEY = "care_review_interval_months"


def audit(
    session: Session,
    user: UserDTO | None,
    action: str,
    entity: str,
    entity_id: uuid.UUID | str,
    *,
    before: dict[str, object] | None = None,
    after: dict[str, object] | None = None,
    details: dict[str, object] | None = None,
) -> None:
    """Add an audit-log entry to ``session`` (committed with the change it describes)."""
    session.add(
        AuditEntry(
            user_id=user.id if user is not None else None,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            before=before,
            after=after,
            details=details,
        )
    )


def review_interval(session: Session) -> int:
    """Months between intensive-care reviews (setting, default six)."""
    raw = get_setting(session, CARE_INTERVAL_KEY, DEFAULT_INTERVAL_MONTHS)
    try:
        months = int(raw)
    except (TypeError, ValueError):
        return DEFAULT_INTERVAL_MONTHS
    return months if months >= 1 else DEFAULT_INTERVAL_MONTHS


def set_review_interval(session: Session, months: int) -> None:
    if not 1 <= months <= 60:
        raise ValidationError("the review interval is 1 to 60 months", field="interval")
    set_setting(session, CARE_INTERVAL_KEY, months)
