"""The centre's side of a pull: which rows are final, pages of them in change order, and
rows fetched by id (a parent a desk lacks, a held row tried again).

A row is final when the transaction that wrote it is older than the oldest one still in
flight (``pg_snapshot_xmin``): a later-committing writer can then never slip in below
the cursor, and no writer waits for a reader or for another writer. Rows of newer
transactions are left for the next pull. The SQLite stand-in runs one writer at a time,
so everything committed is final there.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, or_, select

from recovery_desk.storage.central.schema import CENTRAL, conflicts

SOURCES = {**CENTRAL, "rd_conflicts": conflicts}


@dataclass(frozen=True)
class Cursor:
    """Rows up to ``position`` (exclusive) are read; with ``after_id``, also the rows at
    ``position`` up to that id."""

    position: int = 0
    after_id: str | None = None


def final_bound(conn: Connection) -> int:
    """Rows whose change number is below this are final."""
    if conn.dialect.name == "postgresql":
        value = conn.exec_driver_sql(
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
        ).scalar()
    else:
        value = conn.exec_driver_sql("SELECT value + 1 FROM rd_change_counter").scalar()
    return int(value or 0)


def changes(
    conn: Connection, table: str, cursor: Cursor, bound: int, limit: int
) -> list[dict[str, Any]]:
    """The next ``limit`` final rows of ``table`` after ``cursor``, in change order."""
    source = SOURCES[table]
    seq, rid = source.c.change_seq, source.c.id
    if cursor.after_id is None:
        after = seq >= cursor.position
    else:
        last = uuid.UUID(cursor.after_id)
        after = or_(seq > cursor.position, and_(seq == cursor.position, rid > last))
    query = select(source).where(after, seq < bound).order_by(seq, rid).limit(limit)
    return [dict(r._mapping) for r in conn.execute(query)]


def rows_by_id(conn: Connection, table: str, ids: Sequence[uuid.UUID]) -> list[dict[str, Any]]:
    """The centre's current rows of ``table`` with these ids (those this login may read)."""
    source = SOURCES[table]
    rows: list[dict[str, Any]] = []
    for start in range(0, len(ids), 1000):
        part = list(ids[start : start + 1000])
        rows.extend(
            dict(r._mapping) for r in conn.execute(select(source).where(source.c.id.in_(part)))
        )
    return rows


def next_cursor(rows: Sequence[dict[str, Any]]) -> Cursor:
    last = rows[-1]
    return Cursor(int(last["change_seq"]), str(last["id"]))
