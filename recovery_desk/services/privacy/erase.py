"""Erasing a customer's personal data on request (LGPD art. 18 VI, GDPR art. 17).

One transaction: the erasure record (an ORM insert, so the outbox queues it for the
centre), the anonymisation of this desk's rows (``storage/privacy.apply_erasure``) and an
audit entry that names no one (the code's hash and the request reference). After the
commit the bytes leave the files: the log is checkpointed into the database file, the
pre-upgrade backups are erased too and the import work files are removed.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.privacy import code_hash, pseudonym
from recovery_desk.services.audit import audit
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import require_supervisor
from recovery_desk.storage.backup import erase_in_backups
from recovery_desk.storage.privacy import apply_erasure, checkpoint, compact_search_index
from recovery_desk.storage.privacy_tables import REASON_REQUEST, SCOPE_CUSTOMER
from recovery_desk.storage.scratch import clean_stale
from recovery_desk.storage.tables import (
    Call,
    Callback,
    CareReview,
    CoachingNote,
    Customer,
    Erasure,
    HealthEvent,
    Promise,
)
from recovery_desk.storage.types import utcnow

log = logging.getLogger("recovery_desk.privacy")

NO_SUCH_CUSTOMER = QT_TRANSLATE_NOOP("messages", "no customer has this code")
REQUEST_TOO_LONG = QT_TRANSLATE_NOOP("messages", "the request reference is longer than 100")


@dataclass(frozen=True)
class ErasurePreview:
    """What an erasure of one customer would remove, for the confirmation."""

    customer_id: uuid.UUID
    name: str
    code: str | None
    has_phone: bool
    has_email: bool
    has_notes: bool
    calls: int
    promises: int
    callbacks: int
    care_reviews: int
    health_events: int
    coaching_notes: int
    already_erased: bool


@dataclass(frozen=True)
class ErasureDone:
    """An erasure made (or found already made: ``already``)."""

    customer_id: uuid.UUID
    pseudonym: str
    already: bool
    erasure_id: uuid.UUID | None = None
    backups: int = 0


def _count(session: Session, model: Any, *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _erased(session: Session, customer_id: uuid.UUID) -> bool:
    found = session.scalar(
        select(Erasure.id)
        .where(Erasure.scope == SCOPE_CUSTOMER, Erasure.customer_id == customer_id)
        .limit(1)
    )
    return found is not None


def find_customer(sessions: Sessions, code: str) -> uuid.UUID | None:
    """The customer whose external code is ``code`` (spaces around it ignored)."""
    with sessions() as session:
        return session.scalar(select(Customer.id).where(Customer.external_id == code.strip()))


def preview(sessions: Sessions, user: UserDTO, customer_id: uuid.UUID) -> ErasurePreview:
    """What :func:`erase_customer` would remove (supervisors only)."""
    require_supervisor(user)
    with sessions() as session:
        row = session.get(Customer, customer_id)
        if row is None:
            raise ValidationError(NO_SUCH_CUSTOMER, field="customer")
        calls = select(Call.id).where(Call.customer_id == customer_id)
        return ErasurePreview(
            customer_id=row.id,
            name=row.name,
            code=row.external_id,
            has_phone=bool(row.phone or row.phone_alt),
            has_email=bool(row.email),
            has_notes=bool(row.notes or row.imported_reason_text),
            calls=_count(session, Call, Call.customer_id == customer_id),
            promises=_count(session, Promise, Promise.customer_id == customer_id),
            callbacks=_count(session, Callback, Callback.customer_id == customer_id),
            care_reviews=_count(session, CareReview, CareReview.customer_id == customer_id),
            health_events=_count(session, HealthEvent, HealthEvent.customer_id == customer_id),
            coaching_notes=_count(
                session,
                CoachingNote,
                (CoachingNote.customer_id == customer_id) | CoachingNote.call_id.in_(calls),
            ),
            already_erased=_erased(session, customer_id),
        )


def erase_customer(
    sessions: Sessions,
    user: UserDTO,
    *,
    code: str | None = None,
    customer_id: uuid.UUID | None = None,
    request_ref: str | None = None,
    backup_dir: Path | None = None,
) -> ErasureDone:
    """Erase the personal data of the customer with ``code`` (or ``customer_id``).

    A code already erased (its hash is on record), or a customer already erased, is a
    no-op that says so (``already``). Supervisors only.

    Raises:
        PermissionDenied: ``user`` is not a supervisor.
        ValidationError: no customer has this code or id.
    """
    require_supervisor(user)
    ref = (request_ref or "").strip() or None
    if ref is not None and len(ref) > 100:
        raise ValidationError(REQUEST_TOO_LONG, field="request")
    with sessions.begin() as session:
        hashed = None
        if code is not None:
            hashed = code_hash(code)
            done = session.scalar(
                select(Erasure.customer_id).where(
                    Erasure.scope == SCOPE_CUSTOMER, Erasure.code_hash == hashed
                )
            )
            if done is not None:
                return ErasureDone(done, pseudonym(done), already=True)
            customer_id = session.scalar(
                select(Customer.id).where(Customer.external_id == code.strip())
            )
        row = session.get(Customer, customer_id) if customer_id is not None else None
        if row is None:
            raise ValidationError(NO_SUCH_CUSTOMER, field="customer")
        if _erased(session, row.id):
            return ErasureDone(row.id, pseudonym(row.id), already=True)
        hashed = hashed or (code_hash(row.external_id) if row.external_id else None)
        session.expunge(row)  # its columns change below, in SQL: no stale copy is flushed
        erasure = Erasure(
            scope=SCOPE_CUSTOMER,
            customer_id=row.id,
            reason=REASON_REQUEST,
            request_ref=ref,
            code_hash=hashed,
            erased_at=utcnow(),
            erased_by_id=user.id,
        )
        session.add(erasure)
        session.flush()
        conn = session.connection()
        apply_erasure(conn, record(erasure))
        compact_search_index(conn)
        audit(
            session,
            user,
            "privacy.erase",
            "erasures",
            erasure.id,
            details={"reason": REASON_REQUEST, "request_ref": ref, "code_hash": hashed},
        )
        values = record(erasure)
    backups = after_erasures(sessions, [values], backup_dir)
    return ErasureDone(row.id, pseudonym(row.id), False, erasure.id, backups)


def record(erasure: Erasure) -> dict[str, Any]:
    """The columns of an erasure row, as ``apply_erasure`` takes them."""
    return {c.key: getattr(erasure, c.key) for c in Erasure.__table__.columns}


def after_erasures(
    sessions: Sessions, erasures: list[dict[str, Any]], backup_dir: Path | None
) -> int:
    """Once erasures are committed: the log into the file, backups erased, work files gone.
    Returns how many backups were erased."""
    if not erasures:
        return 0
    engine = sessions.kw.get("bind")
    if engine is not None and not checkpoint(engine):
        log.warning("the write-ahead log is still in use: the next checkpoint empties it")
    done = erase_in_backups(backup_dir, erasures) if backup_dir is not None else 0
    clean_stale()  # import error files and other work files no running process holds
    log.info("%d erasures applied; %d backups erased", len(erasures), done)
    return done
