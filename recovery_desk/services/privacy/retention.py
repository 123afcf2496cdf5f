"""Retention: how long each kind of personal data is kept, and the purge that applies it.

- Personal data of departed customers not won back (any status but won back): erased (as
  on request, reason ``retention``) once they left more than ``customers_months`` ago and
  nobody called them in that time either.
- Free-text call notes: erased once the call is older than ``call_notes_months``.
- Pre-upgrade backups: removed once older than ``backups_days``.

:func:`plan_purge` (``--dry-run``) and :func:`purge` select with the same function, so the
dry run lists exactly what the purge then removes. The app runs :func:`purge_if_due` once a
day on a supervisor's desk; other desks receive the erasure records through the sync.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from recovery_desk.domain.enums import CallStatus, CustomerStatus
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.privacy import Retention, months_before
from recovery_desk.services.audit import audit
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.privacy.erase import after_erasures, record
from recovery_desk.services.users.access import require_supervisor
from recovery_desk.storage.backup import expired_backups
from recovery_desk.storage.privacy import apply_erasure, compact_search_index
from recovery_desk.storage.privacy_tables import REASON_RETENTION, SCOPE_CALL_NOTES, SCOPE_CUSTOMER
from recovery_desk.storage.queries import get_setting, set_setting
from recovery_desk.storage.tables import Call, CallReason, CallStep, Customer, Erasure
from recovery_desk.storage.types import utcnow

log = logging.getLogger("recovery_desk.privacy")

RETENTION_KEY = "privacy.retention"
LAST_PURGE_KEY = "privacy.last_purge"
BATCH = 500
"""Erasures per transaction: a first purge of years of data does not hold the file."""
BAD_PERIOD = QT_TRANSLATE_NOOP("messages", "a retention period must be between 0 and %1")
LIMITS = {"customers_months": 240, "call_notes_months": 240, "backups_days": 3650}


@dataclass(frozen=True)
class PurgeItem:
    """One thing a purge removes: a customer's personal data, one call's notes, a backup."""

    kind: str  # "customer" | "call_notes" | "backup"
    key: str  # the customer's or call's id, or the backup's file name
    since: date | None = None  # departure, call date or backup date


@dataclass(frozen=True)
class PurgePlan:
    """What a purge removes (dry run) or removed."""

    customers: tuple[PurgeItem, ...] = ()
    calls: tuple[PurgeItem, ...] = ()
    backups: tuple[PurgeItem, ...] = ()
    retention: Retention = field(default_factory=Retention)

    def items(self) -> Iterator[PurgeItem]:
        yield from (*self.customers, *self.calls, *self.backups)

    @property
    def empty(self) -> bool:
        return not (self.customers or self.calls or self.backups)


def get_retention(sessions: Sessions) -> Retention:
    """The retention periods of this desk (defaults where none is set)."""
    with sessions() as session:
        stored = get_setting(session, RETENTION_KEY, {}) or {}
    known = {k: int(v) for k, v in stored.items() if k in LIMITS}
    return Retention(**known)


def set_retention(sessions: Sessions, user: UserDTO, retention: Retention) -> None:
    """Change the retention periods (supervisors; audited). 0 means never purge."""
    require_supervisor(user)
    values = asdict(retention)
    for key, value in values.items():
        if not 0 <= value <= LIMITS[key]:
            raise ValidationError(BAD_PERIOD.replace("%1", str(LIMITS[key])), field=key)
    with sessions.begin() as session:
        before = get_setting(session, RETENTION_KEY)
        set_setting(session, RETENTION_KEY, values)
        audit(session, user, "privacy.retention", "settings", RETENTION_KEY, before, values)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _select(session: Session, retention: Retention, today: date) -> tuple[list[PurgeItem], ...]:
    customers: list[PurgeItem] = []
    if retention.customers_months > 0:
        cutoff = months_before(today, retention.customers_months)
        erased = exists().where(Erasure.scope == SCOPE_CUSTOMER, Erasure.customer_id == Customer.id)
        rows = session.execute(
            select(Customer.id, Customer.departed_on)
            .where(
                Customer.status != CustomerStatus.WON_BACK,
                Customer.departed_on < cutoff,
                or_(
                    Customer.last_contact_at.is_(None), Customer.last_contact_at < _start_of(cutoff)
                ),
                ~erased,
            )
            .order_by(Customer.departed_on, Customer.id)
        )
        customers = [PurgeItem(SCOPE_CUSTOMER, str(cid), since) for cid, since in rows]
    calls: list[PurgeItem] = []
    if retention.call_notes_months > 0:
        cutoff_at = _start_of(months_before(today, retention.call_notes_months))
        gone = {item.key for item in customers}
        rows = session.execute(
            select(Call.id, Call.customer_id, Call.started_at)
            .where(
                Call.status != CallStatus.DRAFT,
                Call.started_at < cutoff_at,
                or_(
                    Call.verbatim.is_not(None),
                    Call.readback_text.is_not(None),
                    Call.outcome_notes.is_not(None),
                    exists().where(CallStep.call_id == Call.id, CallStep.notes != ""),
                    exists().where(CallReason.call_id == Call.id, CallReason.verbatim.is_not(None)),
                ),
            )
            .order_by(Call.started_at, Call.id)
        )
        calls = [
            PurgeItem(SCOPE_CALL_NOTES, str(call), started.date())
            for call, customer, started in rows
            if str(customer) not in gone
        ]
    return customers, calls


def _plan(sessions: Sessions, today: date, backup_dir: Path | None) -> PurgePlan:
    retention = get_retention(sessions)
    with sessions() as session:
        customers, calls = _select(session, retention, today)
    old = expired_backups(backup_dir, retention.backups_days) if backup_dir else []
    backups = [
        PurgeItem("backup", p.name, datetime.fromtimestamp(p.stat().st_mtime, UTC).date())
        for p in old
    ]
    return PurgePlan(tuple(customers), tuple(calls), tuple(backups), retention)


def plan_purge(
    sessions: Sessions, user: UserDTO, *, today: date | None = None, backup_dir: Path | None = None
) -> PurgePlan:
    """What :func:`purge` would remove now (``--dry-run``; supervisors)."""
    require_supervisor(user)
    return _plan(sessions, today or date.today(), backup_dir)


def purge(
    sessions: Sessions, user: UserDTO, *, today: date | None = None, backup_dir: Path | None = None
) -> PurgePlan:
    """Erase what retention makes due, each with an erasure record that travels; remove
    expired backups. Returns what was removed (supervisors; audited)."""
    require_supervisor(user)
    plan = _plan(sessions, today or date.today(), backup_dir)
    items = [*plan.customers, *plan.calls]
    made: list[dict[str, Any]] = []
    for start in range(0, len(items), BATCH):
        made += _erase_batch(sessions, user, items[start : start + BATCH])
    for item in plan.backups:
        assert backup_dir is not None
        (backup_dir / item.key).unlink(missing_ok=True)
    if plan.empty:
        return plan  # nothing removed: nothing to account for
    with sessions.begin() as session:
        details = {
            "customers": len(plan.customers),
            "call_notes": len(plan.calls),
            "backups": len(plan.backups),
            "retention": asdict(plan.retention),
        }
        audit(session, user, "privacy.purge", "erasures", "retention", details=details)
        if plan.customers:  # once: it rewrites the whole search index
            compact_search_index(session.connection())
    after_erasures(sessions, made, backup_dir)
    log.info("retention purge: %s", details)
    return plan


def _erase_batch(sessions: Sessions, user: UserDTO, items: list[PurgeItem]) -> list[dict[str, Any]]:
    made: list[dict[str, Any]] = []
    with sessions.begin() as session:
        now = utcnow()
        for item in items:
            key = uuid.UUID(item.key)
            customer = (
                key
                if item.kind == SCOPE_CUSTOMER
                else session.scalar(select(Call.customer_id).where(Call.id == key))
            )
            erasure = Erasure(
                scope=item.kind,
                customer_id=customer,
                call_id=key if item.kind == SCOPE_CALL_NOTES else None,
                reason=REASON_RETENTION,
                erased_at=now,
                erased_by_id=user.id,
            )
            session.add(erasure)
            session.flush()
            apply_erasure(session.connection(), record(erasure))
            made.append(record(erasure))
    return made


def purge_if_due(
    sessions: Sessions, user: UserDTO, backup_dir: Path | None, today: date | None = None
) -> PurgePlan | None:
    """The daily purge: runs at most once a day per desk, on a supervisor's desk only
    (``None`` when it did not run)."""
    if not user.is_supervisor:
        return None
    day = (today or date.today()).isoformat()
    with sessions() as session:
        if get_setting(session, LAST_PURGE_KEY) == day:
            return None
    plan = purge(sessions, user, today=today, backup_dir=backup_dir)
    with sessions.begin() as session:
        set_setting(session, LAST_PURGE_KEY, day)
    return plan
