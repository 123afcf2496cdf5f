"""Writing a cycle's assignments in bulk (100,000 in well under two seconds).

The service decides who gets whom by customer *rowid*; here those decisions go into a
temporary table of integers (no per-row type conversion), and one ``INSERT … SELECT``
creates the assignment rows with fresh version-4 UUIDs and their outbox entries, in the
caller's transaction. SQLite only: the local store.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, text

# A random version-4 UUID as 32 hex digits (how the Uuid type stores it on SQLite).
_UUID4_SQL = (
    "(substr(new_id, 1, 12) || '4' || substr(new_id, 14, 3) || "
    "substr('89ab', (abs(random()) % 4) + 1, 1) || substr(new_id, 18, 15))"
)


def write_assignments(
    conn: Connection,
    cycle_id: uuid.UUID,
    decisions: Sequence[tuple[int, int, int, bool]],
    people: Sequence[uuid.UUID],
    now: datetime,
) -> int:
    """Insert assignments for ``decisions`` = (customer rowid, index into ``people``,
    priority, is_executive) and queue them for sync. Returns how many were written."""
    if not decisions:
        return 0
    raw = conn.connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        cursor.execute(
            "CREATE TEMP TABLE IF NOT EXISTS rd_assign_stage ("
            "rid INTEGER PRIMARY KEY, person INTEGER, priority INTEGER, "
            "is_exec INTEGER, new_id TEXT)"
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
        # Per row: 128 random bits, then the version-4 and variant digits set.
        cursor.execute("UPDATE rd_assign_stage SET new_id = lower(hex(randomblob(16)))")
        cursor.execute(f"UPDATE rd_assign_stage SET new_id = {_UUID4_SQL}")
    finally:
        cursor.close()
    # The stored form of a UTC instant on SQLite (see storage.types.UTCDateTime).
    stamp = now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    params = {"cycle": cycle_id.hex, "now": stamp}
    conn.execute(
        text(
            "INSERT INTO assignments (id, cycle_id, customer_id, assignee_id, priority,"
            " is_executive, created_at, updated_at, version)"
            " SELECT s.new_id, :cycle, c.id, p.user_id, s.priority, s.is_exec, :now, :now, 1"
            " FROM rd_assign_stage s JOIN customers c ON c.rowid = s.rid"
            " JOIN rd_assign_people p ON p.idx = s.person"
        ),
        params,
    )
    conn.execute(
        text(
            "INSERT INTO sync_outbox (entity, entity_id, version, queued_at, attempts)"
            " SELECT 'assignments', new_id, 1, :now, 0 FROM rd_assign_stage"
        ),
        params,
    )
    conn.execute(text("DELETE FROM rd_assign_stage"))
    return len(decisions)
