"""Merging reasons and reviewing the reasons imports created under "Unreviewed".

A merge A → B points every call reason, customer imported reason and coaching note at B (with
version bumps and outbox entries, so the change travels), retires A with
``merged_into_id = B`` and writes the merge to the audit log of both reasons.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.orm import Session

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.labels import Label
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.money import sum_per_currency
from recovery_desk.services.audit import audit
from recovery_desk.services.catalogue.common import label_in, labels_of
from recovery_desk.services.catalogue.reasons import (
    MSG_NO_REASON,
    ReasonDTO,
    reason_dto,
    reason_snapshot,
)
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.primary_reason import refresh_primary_reasons
from recovery_desk.services.users.access import require_supervisor
from recovery_desk.storage.tables import (
    CallReason,
    CoachingNote,
    Customer,
    OutboxEntry,
    Reason,
    ReasonCategory,
)
from recovery_desk.storage.types import UTCDateTime, utcnow

MSG_MERGE_SELF = QT_TRANSLATE_NOOP("messages", "a reason cannot be merged into itself")
MSG_MERGE_TARGET_RETIRED = QT_TRANSLATE_NOOP(
    "messages", "the target reason is retired; pick an active reason"
)


@dataclass(frozen=True)
class MergeResult:
    source: ReasonDTO
    target: ReasonDTO
    calls_moved: int
    customers_moved: int


@dataclass(frozen=True)
class ReviewRow:
    """An "Unreviewed" reason created by an import, with what it carries."""

    reason_id: uuid.UUID
    code: str
    label: Label
    customers: int
    # Their monthly revenue, cents per currency (the commonest first), never added across.
    revenue_by_currency: dict[str, int]


def _repoint(
    session: Session,
    model: type[CallReason] | type[Customer] | type[CoachingNote],
    column: str,
    source: uuid.UUID,
    target: uuid.UUID,
) -> int:
    """Point ``column`` of every ``model`` row from ``source`` to ``target``, set-based:
    queue the rows for sync (next version) and then update them with that version."""
    attr = getattr(model, column)
    now = utcnow()
    session.execute(
        insert(OutboxEntry).from_select(
            ["entity", "entity_id", "version", "queued_at", "attempts"],
            select(
                literal(model.__tablename__),
                model.id,
                model.version + 1,
                literal(now, UTCDateTime),
                literal(0),
            ).where(attr == source),
        )
    )
    result = session.execute(
        update(model)
        .where(attr == source)
        .values({column: target, "version": model.version + 1, "updated_at": now}),
        execution_options={"synchronize_session": False},
    )
    return int(getattr(result, "rowcount", 0) or 0)


def merge_in_session(
    session: Session,
    user: UserDTO,
    source: Reason,
    target: Reason,
    *,
    require_active: bool = True,
) -> tuple[int, int]:
    """Merge ``source`` into ``target`` inside the caller's transaction.

    Uses move to the end of the merge chain (a target that was itself merged later).
    """
    if source.id == target.id:
        raise ValidationError(MSG_MERGE_SELF, field="target")
    if require_active and not target.active:
        raise ValidationError(MSG_MERGE_TARGET_RETIRED, field="target")
    before = reason_snapshot(source)
    final = target
    while final.merged_into_id is not None and final.merged_into_id != source.id:
        following = session.get(Reason, final.merged_into_id)
        if following is None:
            break
        final = following
    calls = _repoint(session, CallReason, "reason_id", source.id, final.id)
    customers = _repoint(session, Customer, "imported_reason_id", source.id, final.id)
    coaching = _repoint(session, CoachingNote, "reason_id", source.id, final.id)
    # Reasons earlier merged into the source now lead to the target as well.
    for earlier in session.scalars(select(Reason).where(Reason.merged_into_id == source.id)):
        earlier.merged_into_id = target.id
    source.active = False
    source.needs_review = False
    source.merged_into_id = target.id
    session.flush()
    refresh_primary_reasons(
        session, session.scalars(select(Customer.id).where(Customer.primary_reason_id == source.id))
    )
    details = {
        "source_id": source.id,
        "source_code": source.code,
        "target_id": target.id,
        "target_code": target.code,
        "calls_moved": calls,
        "customers_moved": customers,
        "coaching_notes_moved": coaching,
    }
    audit(
        session,
        user,
        "reason.merge",
        "reasons",
        source.id,
        before,
        reason_snapshot(source),
        details,
    )
    audit(session, user, "reason.merged_from", "reasons", target.id, None, None, details)
    return calls, customers


def merge_reasons(
    sessions: Sessions, user: UserDTO, source_id: uuid.UUID, target_id: uuid.UUID
) -> MergeResult:
    """Merge reason ``source_id`` into ``target_id`` (see the module docstring)."""
    require_supervisor(user)
    with sessions.begin() as session:
        source = session.get(Reason, source_id)
        target = session.get(Reason, target_id)
        if source is None:
            raise ValidationError(MSG_NO_REASON, field="source")
        if target is None:
            raise ValidationError(MSG_NO_REASON, field="target")
        calls, customers = merge_in_session(session, user, source, target)
        session.flush()
        src_cat = session.get(ReasonCategory, source.category_id)
        dst_cat = session.get(ReasonCategory, target.category_id)
        assert src_cat is not None and dst_cat is not None
        return MergeResult(
            reason_dto(source, src_cat), reason_dto(target, dst_cat), calls, customers
        )


def review_list(sessions: Sessions, user: UserDTO, lang: str) -> list[ReviewRow]:
    """Active reasons waiting for review, with their customers' revenue per currency.

    Ranked by revenue in the currency most of the listed customers are billed in (amounts
    in different currencies are not comparable), then by customers, then by code.
    """
    require_supervisor(user)
    with sessions() as session:
        carried = (
            select(
                Customer.imported_reason_id.label("rid"),
                func.count().label("n"),
                func.coalesce(func.sum(Customer.monthly_revenue_cents), 0).label("revenue"),
                func.min(Customer.currency).label("low"),
                func.max(Customer.currency).label("high"),
            )
            .group_by(Customer.imported_reason_id)
            .subquery()
        )
        rows = session.execute(
            select(Reason, carried.c.n, carried.c.revenue, carried.c.low, carried.c.high)
            .join(ReasonCategory, Reason.category_id == ReasonCategory.id)
            .outerjoin(carried, carried.c.rid == Reason.id)
            .where(
                Reason.active.is_(True),
                (Reason.needs_review.is_(True)) | (ReasonCategory.is_unreviewed.is_(True)),
            )
        ).all()
        # Most reasons are carried in one currency; only the others are grouped by currency
        # too (a second pass: grouping every customer by reason and currency took twice as long).
        mixed = [reason.id for reason, _n, _rev, low, high in rows if low != high]
        split = (
            session.execute(
                select(
                    Customer.imported_reason_id,
                    Customer.currency,
                    func.count(),
                    func.coalesce(func.sum(Customer.monthly_revenue_cents), 0),
                )
                .where(Customer.imported_reason_id.in_(mixed))
                .group_by(Customer.imported_reason_id, Customer.currency)
            ).all()
            if mixed
            else []
        )
    reasons: dict[uuid.UUID, Reason] = {}
    counts: Counter[uuid.UUID] = Counter()
    billed: Counter[str] = Counter()
    amounts: dict[uuid.UUID, list[tuple[str, int]]] = {}
    per_currency = [(rid, cur, n, rev) for rid, cur, n, rev in split]
    for reason, n, revenue, low, high in rows:
        reasons[reason.id] = reason
        amounts.setdefault(reason.id, [])
        if n and low == high:  # a reason no customer carries has no currency
            per_currency.append((reason.id, low, n, revenue))
    for rid, currency, n, revenue in per_currency:
        cur = currency or "BRL"
        counts[rid] += int(n)
        billed[cur] += int(n)
        amounts[rid].append((cur, int(revenue or 0)))
    order = sorted(billed, key=lambda cur: (-billed[cur], cur))
    ranking = order[0] if order else "BRL"
    result = []
    for rid, reason in reasons.items():
        totals = sum_per_currency(amounts[rid])
        result.append(
            ReviewRow(
                rid,
                reason.code,
                label_in(labels_of(reason), lang),
                counts[rid],
                {cur: totals[cur] for cur in order if cur in totals},
            )
        )
    result.sort(
        key=lambda row: (-row.revenue_by_currency.get(ranking, 0), -row.customers, row.code)
    )
    return result
