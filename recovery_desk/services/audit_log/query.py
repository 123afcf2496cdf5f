"""The audit log as a supervisor reads it: filtered by who, action and period, newest
first, a page at a time (keyset on ``(at, id)``, so page 1000 costs what page 1 does)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, or_, select

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import require_supervisor
from recovery_desk.storage.tables import AuditEntry, User

PAGE_SIZE = 200
MSG_PERIOD = QT_TRANSLATE_NOOP("messages", "the period ends before it starts")


@dataclass(frozen=True)
class AuditFilter:
    """Which entries: ``None`` means any. Days are whole days, in UTC, both included."""

    user_id: uuid.UUID | None = None
    action: str | None = None  # exact; or a group: "sign_in." is sign_in and sign_in.*
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditRow:
    """One entry, as shown: ``who`` is the actor's name (``None``: the app itself)."""

    id: uuid.UUID
    at: datetime
    who: str | None
    user_id: uuid.UUID | None
    action: str
    entity: str | None
    entity_id: str | None
    details: dict[str, Any] | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def key(self) -> tuple[datetime, uuid.UUID]:
        """Where the next page starts (pass it as ``after``)."""
        return (self.at, self.id)


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _query(flt: AuditFilter) -> Select[Any]:
    if flt.since and flt.until and flt.until < flt.since:
        raise ValidationError(MSG_PERIOD, field="period")
    query = select(AuditEntry, User.name).outerjoin(User, User.id == AuditEntry.user_id)
    if flt.user_id is not None:
        query = query.where(AuditEntry.user_id == flt.user_id)
    if flt.action:
        if flt.action.endswith("."):
            group = flt.action[:-1]
            query = query.where(
                or_(
                    AuditEntry.action == group,
                    AuditEntry.action.startswith(flt.action, autoescape=True),
                )
            )
        else:
            query = query.where(AuditEntry.action == flt.action)
    if flt.since:
        query = query.where(AuditEntry.at >= _start(flt.since))
    if flt.until:
        query = query.where(AuditEntry.at < _start(flt.until + timedelta(days=1)))
    return query


def page(
    sessions: Sessions,
    actor: UserDTO,
    flt: AuditFilter,
    *,
    after: tuple[datetime, uuid.UUID] | None = None,
    limit: int = PAGE_SIZE,
) -> list[AuditRow]:
    """Up to ``limit`` entries older than ``after`` (newest first; ``None``: from the top).

    Raises:
        PermissionDenied: ``actor`` is not a supervisor.
        ValidationError: the period ends before it starts.
    """
    require_supervisor(actor)
    query = _query(flt)
    if after is not None:
        at, last = after
        query = query.where(
            or_(AuditEntry.at < at, and_(AuditEntry.at == at, AuditEntry.id < last))
        )
    query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    with sessions() as session:
        return [
            AuditRow(
                id=entry.id,
                at=entry.at,
                who=name,
                user_id=entry.user_id,
                action=entry.action,
                entity=entry.entity,
                entity_id=entry.entity_id,
                details=entry.details,
                before=entry.before,
                after=entry.after,
            )
            for entry, name in session.execute(query)
        ]


def every(sessions: Sessions, actor: UserDTO, flt: AuditFilter) -> Iterator[AuditRow]:
    """Every matching entry, newest first, read a page at a time (for the CLI)."""
    after = None
    while True:
        rows = page(sessions, actor, flt, after=after)
        yield from rows
        if len(rows) < PAGE_SIZE:
            return
        after = rows[-1].key


def actions(sessions: Sessions, actor: UserDTO) -> list[str]:
    """The actions the log holds, sorted (the Audit page's choices)."""
    require_supervisor(actor)
    with sessions() as session:
        return sorted(session.scalars(select(AuditEntry.action).distinct()))


def people(sessions: Sessions, actor: UserDTO) -> list[UserDTO]:
    """Every user, active or not, by name (who may appear in the log)."""
    from recovery_desk.services.users.admin import list_all_users

    return list_all_users(sessions, actor)
