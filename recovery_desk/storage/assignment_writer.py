"""Writing a cycle's assignments in bulk (100,000 in about a second).

The service decides who gets whom by customer *rowid*; here those decisions go into a
temporary table of integers keyed by rowid (no per-row type conversion; in whatever order
they come: sorting 100,000 tuples in Python first costs more than the key saves), and one
``INSERT … SELECT`` creates the assignment rows and their outbox entries, in the caller's
transaction. Rows go in customer-id order with time-ordered ids
(:mod:`storage.ordered_ids`), so the primary key and ``UNIQUE (customer_id, cycle_id)`` are
filled from one end instead of at random places. SQLite only: the local store.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Connection, text

from recovery_desk.storage.ordered_ids import id_block


def write_assignments(
    conn: Connection,
    cycle_id: uuid.UUID,
    decisions: Iterable[tuple[int, int, int, bool]],
    people: Sequence[uuid.UUID],
    now: datetime,
) -> int:
    """Insert assignments for ``decisions`` = (customer rowid, index into ``people``,
    priority, is_executive) and queue them for sync. Returns how many were written."""
    # The driver's own connection: its executemany takes the decisions as they stream.
    raw = cast(sqlite3.Connection, conn.connection.driver_connection)
    cursor = raw.cursor()
    try:
        cursor.execute(
            "CREATE TEMP TABLE IF NOT EXISTS rd_assign_stage ("
            "rid INTEGER PRIMARY KEY, person INTEGER, priority INTEGER, "
            "is_exec INTEGER)"
        )
        cursor.execute("DELETE FROM rd_assign_stage")
        cursor.execute(
            "CREATE TEMP TABLE IF NOT EXISTS rd_assign_people ("
            "idx INTEGER PRIMARY KEY, user_id TEXT)"
        )
        cursor.execute("DELETE FROM rd_assign_people")
        cursor.executemany(
            "INSERT INTO rd_assign_people VALUES (?, ?)", [(i, p.hex) for i, p in enumerate(people)]
        )
        cursor.executemany(
            "INSERT INTO rd_assign_stage (rid, person, priority, is_exec) VALUES (?, ?, ?, ?)",
            decisions,
        )
        count = cursor.rowcount
    finally:
        cursor.close()
    if count <= 0:
        return 0
    # The stored form of a UTC instant on SQLite (see storage.types.UTCDateTime).
    stamp = now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    ids = id_block(count)
    params = {"cycle": cycle_id.hex, "now": stamp, "first": ids.first, "last": ids.last}
    new_id = ids.sql_hex("ROW_NUMBER() OVER (ORDER BY c.id)")
    # CROSS JOIN keeps SQLite's join order: the staged rows first, each customer by rowid,
    # then one sort by id. Left to itself SQLite walks the whole customer-id index instead,
    # probing the stage for each: with 1,000,000 customers and 100,000 to assign, 1.8-2.0 s
    # against 2.0-2.4 s (with 100,000 customers, all assigned, the sort costs about 0.05 s).
    conn.execute(
        text(
            "INSERT INTO assignments (id, cycle_id, customer_id, assignee_id, priority,"
            " is_executive, created_at, updated_at, version)"
            f" SELECT {new_id}, :cycle, c.id, p.user_id, s.priority, s.is_exec, :now, :now, 1"
            " FROM rd_assign_stage s CROSS JOIN customers c ON c.rowid = s.rid"
            " JOIN rd_assign_people p ON p.idx = s.person ORDER BY c.id"
        ),
        params,
    )
    # The block's ids are a contiguous range of the primary key: queue them all.
    conn.execute(
        text(
            "INSERT INTO sync_outbox (entity, entity_id, version, queued_at, attempts)"
            " SELECT 'assignments', id, 1, :now, 0 FROM assignments"
            " WHERE id BETWEEN :first AND :last ORDER BY id"
        ),
        params,
    )
    conn.execute(text("DELETE FROM rd_assign_stage"))
    return count
