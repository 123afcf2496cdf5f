"""The desk's side of a sync: outbox windows to push, refusing what can never be sent,
forgetting what the centre committed, and pull cursors.

Push reads the oldest entries as one window (seqs ``lo``..``hi``); each row goes with the
lowest ``base_version`` of its entries in the window, the version it was changed from.
Refused entries (``refused`` set) stay in the outbox to be shown; they are never sent,
never counted as waiting, and do not keep a pulled row from being written.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Text, column, delete, func, select, text, update
from sqlalchemy.orm import Session

from recovery_desk.storage.central.pull import Cursor
from recovery_desk.storage.tables import Base, OutboxEntry, SyncCursor
from recovery_desk.storage.types import utcnow

_WAITING = OutboxEntry.refused.is_(None)


@dataclass(frozen=True)
class OutboxWindow:
    """The oldest waiting entries of the outbox: seqs ``lo``..``hi`` and their tables."""

    lo: int
    hi: int
    count: int
    tables: dict[str, int]


def outbox_window(session: Session, limit: int) -> OutboxWindow | None:
    """The next batch of at most ``limit`` waiting entries (``None`` when none wait)."""
    first = select(OutboxEntry.seq).where(_WAITING).order_by(OutboxEntry.seq).limit(limit)
    sub = first.subquery()
    lo, hi = session.execute(select(func.min(sub.c.seq), func.max(sub.c.seq))).one()
    if lo is None:
        return None
    counts = session.execute(
        select(OutboxEntry.entity, func.count())
        .where(OutboxEntry.seq.between(lo, hi), _WAITING)
        .group_by(OutboxEntry.entity)
    )
    tables = {entity: int(n) for entity, n in counts}
    return OutboxWindow(lo, hi, sum(tables.values()), tables)


def window_rows(
    session: Session,
    table: str,
    window: OutboxWindow,
    *,
    raw: bool = False,
    only: str | None = None,
) -> list[dict[str, Any]]:
    """Current local state of the ``table`` rows named in ``window``, each with
    ``rd_base`` (the version it was changed from) and ``rd_fields`` (the columns changed,
    ",a,,b," — None: all; for a row made here, ``rd_base`` 0, the columns edited since it
    was made — None: none). ``only``: an SQL condition on the row (alias ``t``) a row must meet.

    ``raw``: values as SQLite stores them (hex UUIDs, ISO text, 0/1), for a text COPY.
    """
    local = Base.metadata.tables[table]
    cols = [c.name for c in local.columns]
    condition = f" AND {only}" if only else ""
    sql = (
        f"SELECT {', '.join('t.' + c for c in cols)}, b.rd_base, b.rd_fields FROM {table} t "
        "JOIN (SELECT entity_id, MIN(base_version) AS rd_base, CASE WHEN COUNT(*) = "
        "COUNT(fields) OR MIN(base_version) = 0 THEN GROUP_CONCAT(fields, '') END "
        "AS rd_fields FROM ("
        "SELECT entity_id, base_version, fields FROM sync_outbox "
        "WHERE seq BETWEEN :lo AND :hi AND entity = :entity AND refused IS NULL "
        "ORDER BY seq) "  # earliest change first: its before-values are the base
        f"GROUP BY entity_id) b ON b.entity_id = t.id WHERE 1 = 1{condition}"
    )
    params = {"lo": window.lo, "hi": window.hi, "entity": table}
    if not raw:
        typed = text(sql).columns(
            *local.columns, column("rd_base", Integer), column("rd_fields", Text)
        )
        return [dict(r._mapping) for r in session.execute(typed, params)]
    # The driver's own cursor: rows as stored, without a result object per row.
    driver = session.connection().connection.dbapi_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        cursor.execute(sql, params)
        names = [*cols, "rd_base", "rd_fields"]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        cursor.close()


def refuse(session: Session, window: OutboxWindow, table: str, why: str, keep: str = "") -> int:
    """Set aside the window's entries of ``table`` (those whose row does not meet the SQL
    condition ``keep``, alias ``t``; all when empty). Returns how many."""
    condition = ""
    if keep:
        condition = f" AND entity_id NOT IN (SELECT t.id FROM {table} t WHERE {keep})"
    result = session.execute(
        text(
            "UPDATE sync_outbox SET refused = :why WHERE seq BETWEEN :lo AND :hi "
            f"AND entity = :entity AND refused IS NULL{condition}"
        ),
        {"why": why[:200], "lo": window.lo, "hi": window.hi, "entity": table},
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def refuse_ids(session: Session, table: str, ids: Iterable[uuid.UUID], why: str) -> None:
    """Set aside the waiting entries of these rows."""
    for rid in ids:
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.entity == table, OutboxEntry.entity_id == rid, _WAITING)
            .values(refused=why[:200])
        )


def drop_entries(session: Session, table: str, window: OutboxWindow) -> int:
    """Remove the window's entries of ``table`` (what travels another way)."""
    result = session.execute(
        delete(OutboxEntry).where(
            OutboxEntry.seq.between(window.lo, window.hi),
            OutboxEntry.entity == table,
            _WAITING,
        )
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def drop_ids(session: Session, table: str, window: OutboxWindow, ids: Sequence[uuid.UUID]) -> int:
    """Remove the window's entries of these rows of ``table``."""
    dropped = 0
    for start in range(0, len(ids), 900):
        result = session.execute(
            delete(OutboxEntry).where(
                OutboxEntry.seq.between(window.lo, window.hi),
                OutboxEntry.entity == table,
                OutboxEntry.entity_id.in_(list(ids[start : start + 900])),
                _WAITING,
            )
        )
        dropped += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return dropped


def outbox_count(session: Session) -> int:
    """Entries waiting for the centre (refused ones not counted)."""
    return int(session.scalar(select(func.count()).select_from(OutboxEntry).where(_WAITING)) or 0)


def refused_counts(session: Session) -> dict[str, tuple[int, str]]:
    """Refused entries per table: (how many, why)."""
    rows = session.execute(
        select(OutboxEntry.entity, func.count(), func.max(OutboxEntry.refused))
        .where(OutboxEntry.refused.is_not(None))
        .group_by(OutboxEntry.entity)
    )
    return {entity: (int(n), str(why)) for entity, n, why in rows}


def pending_ids(session: Session, table: str, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """Of ``ids``, those with a local change of ``table`` still waiting to be pushed."""
    found: set[uuid.UUID] = set()
    for start in range(0, len(ids), 900):
        part = list(ids[start : start + 900])
        found.update(
            session.scalars(
                select(OutboxEntry.entity_id).where(
                    OutboxEntry.entity == table, OutboxEntry.entity_id.in_(part), _WAITING
                )
            )
        )
    return found


def forget_entries(session: Session, seqs: Sequence[int]) -> None:
    """Remove pushed entries (after the centre committed them); refused ones stay.

    ``seqs`` is a batch read in order: every entry between its first and last seq belongs
    to it (later changes always get a higher seq).
    """
    if seqs:
        session.execute(
            delete(OutboxEntry)
            .where(OutboxEntry.seq.between(min(seqs), max(seqs)), _WAITING)
            .execution_options(synchronize_session=False)  # no ORM objects to keep in step
        )


def mark_attempt(session: Session, seqs: Sequence[int], error: str) -> None:
    """Count a failed attempt on the waiting entries ``min(seqs)``..``max(seqs)``."""
    session.execute(
        update(OutboxEntry)
        .where(OutboxEntry.seq.between(min(seqs), max(seqs)), _WAITING)
        .values(attempts=OutboxEntry.attempts + 1, last_error=error[:500])
    )


def get_cursor(session: Session, stream: str) -> Cursor:
    row = session.get(SyncCursor, stream)
    return Cursor() if row is None else Cursor(int(row.position), row.after_id)


def set_cursor(session: Session, stream: str, cursor: Cursor) -> None:
    row = session.get(SyncCursor, stream)
    if row is None:
        session.add(
            SyncCursor(
                stream=stream,
                position=cursor.position,
                after_id=cursor.after_id,
                updated_at=utcnow(),
            )
        )
    else:
        row.position = cursor.position
        row.after_id = cursor.after_id
        row.updated_at = utcnow()
