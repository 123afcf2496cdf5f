"""Each customer's current primary reason, denormalised on ``customers`` for the reports.

``customers.primary_reason_id`` is the reason confirmed (primary and verified) in the
customer's latest finished call with one (``primary_reason_source = "calls"``), otherwise
the reason imported with them (``"imported"``), otherwise ``NULL``. The reasons report
(``--source all``) then is one ``GROUP BY`` over customers.

:func:`refresh_primary_reasons` recomputes the columns with two set-based statements. It is
called by ``call_finish`` when a call finishes and by ``catalogue_merge`` after a merge, and
:func:`track_primary_reasons` (registered once, on every ORM flush) refreshes the customers
whose rows, calls or call reasons were written through the ORM. Core bulk writers (imports)
call :func:`refresh_primary_reasons` themselves. Migration 0010 backfills with the same rule.
The columns are derived data: refreshing them does not bump versions or queue sync rows (the
customer row travels anyway when a call finishes; merged reasons are resolved by the report).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Connection, Select, Table, case, event, func, select, update
from sqlalchemy.orm import Session

from recovery_desk.storage.queries import unindexed
from recovery_desk.storage.tables import Call, CallReason, Customer

customers = cast(Table, Customer.__table__)
calls = Call.__table__
call_reasons = CallReason.__table__

FINISHED = "finished"
SOURCE_CALLS = "calls"
SOURCE_IMPORTED = "imported"
CHUNK = 500  # customer ids per statement (bound-parameter limits)


def confirmed_reasons_select(*conditions: Any) -> Select[Any]:
    """``(customer_id, reason_id)``: the confirmed primary reason of each customer's latest
    finished call with one (ties on ``started_at`` broken by call id)."""
    ranked = (
        select(
            calls.c.customer_id.label("customer_id"),
            call_reasons.c.reason_id.label("reason_id"),
            func.row_number()
            .over(
                partition_by=calls.c.customer_id,
                order_by=(calls.c.started_at.desc(), calls.c.id.desc()),
            )
            .label("rn"),
        )
        .join_from(calls, call_reasons, call_reasons.c.call_id == calls.c.id)
        .where(
            unindexed(calls.c.status) == FINISHED,  # a period alone reads the status index
            call_reasons.c.is_primary.is_(True),
            call_reasons.c.verified.is_(True),
            *conditions,
        )
        .subquery("ranked")
    )
    return select(ranked.c.customer_id, ranked.c.reason_id).where(ranked.c.rn == 1)


def refresh_primary_reasons(
    session: Session | Connection, customer_ids: Iterable[uuid.UUID] | None = None
) -> None:
    """Recompute ``primary_reason_id``/``primary_reason_source`` (all customers, or some).

    Runs in the caller's transaction (two UPDATE statements per chunk of ids).
    """
    if customer_ids is None:
        _refresh(session, None)
        return
    ids = list(dict.fromkeys(customer_ids))
    for start in range(0, len(ids), CHUNK):
        _refresh(session, ids[start : start + CHUNK])


def _refresh(session: Session | Connection, ids: list[uuid.UUID] | None) -> None:
    imported = customers.c.imported_reason_id
    base = update(customers).values(
        primary_reason_id=imported,
        primary_reason_source=case((imported.is_(None), None), else_=SOURCE_IMPORTED),
    )
    if ids is not None:
        base = base.where(customers.c.id.in_(ids))
    conn = session.connection() if isinstance(session, Session) else session
    conn.execute(base)
    narrow = [calls.c.customer_id.in_(ids)] if ids is not None else []
    confirmed = confirmed_reasons_select(*narrow).subquery("confirmed")
    conn.execute(
        update(customers)
        .where(customers.c.id == confirmed.c.customer_id)
        .values(primary_reason_id=confirmed.c.reason_id, primary_reason_source=SOURCE_CALLS)
    )


def _after_flush(session: Session, _context: object) -> None:
    """Refresh the customers whose rows, calls or call reasons this flush wrote."""
    pending: set[uuid.UUID] = set()
    call_ids: set[uuid.UUID] = set()
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Customer):
            pending.add(obj.id)
        elif isinstance(obj, Call):
            pending.add(obj.customer_id)
        elif isinstance(obj, CallReason):
            call_ids.add(obj.call_id)
    if call_ids:
        found = session.connection().execute(
            select(calls.c.customer_id).where(calls.c.id.in_(list(call_ids)))
        )
        pending.update(found.scalars())
    pending.discard(None)
    if pending:
        refresh_primary_reasons(session, sorted(pending, key=str))


def track_primary_reasons() -> None:
    """Keep the columns right for every ORM write (idempotent)."""
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)
