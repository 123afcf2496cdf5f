"""The SQL of a sync, on both ends: outbox reads, idempotent upserts at the centre,
change-number pulls, and writing pulled rows locally.

Upserts are ``INSERT … ON CONFLICT (id) DO UPDATE … WHERE version < excluded.version``
through SQLAlchemy's PostgreSQL and SQLite dialects, so the stand-in centre runs the same
statement as the real one. Replaying a batch the centre already committed changes nothing.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Column, Connection, MetaData, Table, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from recovery_desk.storage.central.schema import CENTRAL, LOCK_KEY
from recovery_desk.storage.tables import Base, OutboxEntry, SyncCursor
from recovery_desk.storage.types import utcnow

log = logging.getLogger("recovery_desk.sync")

MAX_PARAMS = 30000  # below SQLite's 32766 and PostgreSQL's 65535 bind parameters
CENTRE_ONLY = ("change_seq", "author_id")


def _insert(conn: Connection | Session, table: Table) -> Any:
    name = conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name
    return postgresql.insert(table) if name == "postgresql" else sqlite.insert(table)


def _chunks(rows: Sequence[dict[str, Any]], ncols: int) -> Iterable[Sequence[dict[str, Any]]]:
    size = max(1, MAX_PARAMS // max(1, ncols))
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


# --- local side -----------------------------------------------------------------------------


def outbox_batch(session: Session, limit: int) -> list[Any]:
    """The oldest ``limit`` outbox entries as rows of (seq, entity, entity_id)."""
    query = (
        select(OutboxEntry.seq, OutboxEntry.entity, OutboxEntry.entity_id)
        .order_by(OutboxEntry.seq)
        .limit(limit)
    )
    return list(session.execute(query))


@dataclass(frozen=True)
class OutboxWindow:
    """The oldest entries of the outbox: seqs ``lo``..``hi`` and the tables they name."""

    lo: int
    hi: int
    count: int
    tables: dict[str, int]


def outbox_window(session: Session, limit: int) -> OutboxWindow | None:
    """The next batch of at most ``limit`` entries (``None`` when the outbox is empty)."""
    first = select(OutboxEntry.seq).order_by(OutboxEntry.seq).limit(limit).subquery()
    lo, hi = session.execute(select(func.min(first.c.seq), func.max(first.c.seq))).one()
    if lo is None:
        return None
    counts = session.execute(
        select(OutboxEntry.entity, func.count())
        .where(OutboxEntry.seq.between(lo, hi))
        .group_by(OutboxEntry.entity)
    )
    tables = {entity: int(n) for entity, n in counts}
    return OutboxWindow(int(lo), int(hi), sum(tables.values()), tables)


def window_rows(
    session: Session, table: str, window: OutboxWindow, *, raw: bool = False
) -> list[dict[str, Any]]:
    """Current local state of the ``table`` rows named in ``window``.

    ``raw``: values as SQLite stores them (hex UUIDs, ISO text, 0/1), for a text COPY.
    """
    local = Base.metadata.tables[table]
    ids = select(OutboxEntry.entity_id).where(
        OutboxEntry.seq.between(window.lo, window.hi), OutboxEntry.entity == table
    )
    query = select(local).where(local.c.id.in_(ids))
    if not raw:
        return [dict(r._mapping) for r in session.execute(query)]
    cols = [c.name for c in local.columns]
    sql = (
        f"SELECT {', '.join(cols)} FROM {table} WHERE id IN (SELECT entity_id FROM "
        "sync_outbox WHERE seq BETWEEN ? AND ? AND entity = ?)"
    )
    # The driver's own cursor: rows as stored, without a result object per row.
    driver = session.connection().connection.dbapi_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        cursor.execute(sql, (window.lo, window.hi, table))
        return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]
    finally:
        cursor.close()


def outbox_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def local_rows(session: Session, table: str, ids: Sequence[uuid.UUID]) -> list[dict[str, Any]]:
    """The current local state of rows ``ids`` of ``table`` as column dicts."""
    local = Base.metadata.tables[table]
    rows: list[dict[str, Any]] = []
    for start in range(0, len(ids), 900):
        part = ids[start : start + 900]
        rows.extend(
            dict(r._mapping) for r in session.execute(select(local).where(local.c.id.in_(part)))
        )
    return rows


def forget_entries(session: Session, seqs: Sequence[int]) -> None:
    """Remove pushed entries (after the centre committed them).

    ``seqs`` is a batch read in order: every entry between its first and last seq belongs
    to it (later changes always get a higher seq).
    """
    if seqs:
        session.execute(
            delete(OutboxEntry)
            .where(OutboxEntry.seq.between(min(seqs), max(seqs)))
            .execution_options(synchronize_session=False)  # no ORM objects to keep in step
        )


def mark_attempt(session: Session, seqs: Sequence[int], error: str) -> None:
    """Count a failed attempt on the entries ``min(seqs)``..``max(seqs)``."""
    session.execute(
        update(OutboxEntry)
        .where(OutboxEntry.seq.between(min(seqs), max(seqs)))
        .values(attempts=OutboxEntry.attempts + 1, last_error=error[:500])
    )


def get_cursor(session: Session, stream: str) -> int:
    row = session.get(SyncCursor, stream)
    return 0 if row is None else int(row.position)


def set_cursor(session: Session, stream: str, position: int) -> None:
    row = session.get(SyncCursor, stream)
    if row is None:
        session.add(SyncCursor(stream=stream, position=position, updated_at=utcnow()))
    else:
        row.position = position
        row.updated_at = utcnow()


def apply_pulled(session: Session, table: str, rows: Sequence[dict[str, Any]]) -> int:
    """Write rows pulled from the centre into the local table: the centre wins.

    The session must carry ``info["from_centre"] = True`` (no re-queue). A row that clashes
    with a different local row on a natural key (a code, a login) is skipped and logged.
    Returns how many rows were written.
    """
    local = Base.metadata.tables[table]
    clean = [{k: v for k, v in r.items() if k in local.c} for r in rows]
    if not clean:
        return 0
    stmt = _insert(session, local)
    stmt = stmt.on_conflict_do_update(
        index_elements=[local.c.id],
        set_={c.name: stmt.excluded[c.name] for c in local.columns if not c.primary_key},
    )
    try:
        with session.begin_nested():
            for part in _chunks(clean, len(local.columns)):
                session.execute(stmt, list(part))
        return len(clean)
    except IntegrityError:
        written = 0
        for row in clean:
            try:
                with session.begin_nested():
                    session.execute(stmt, [row])
                written += 1
            except IntegrityError as exc:
                log.warning("pulled %s %s clashes with a local row: %s", table, row["id"], exc.orig)
        return written


# --- central side ---------------------------------------------------------------------------


def lock_writers(conn: Connection) -> None:
    """Take the writers' advisory lock (PostgreSQL): change numbers follow commit order."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({LOCK_KEY})")
        conn.exec_driver_sql("SET LOCAL timezone = 'UTC'")  # raw rows hold UTC text


COPY_FROM = 100  # PostgreSQL: from this many rows, stage them with COPY first


def _stage(conn: Connection, central: Table, rows: Sequence[dict[str, Any]], raw: bool) -> Any:
    """COPY ``rows`` into a temporary table (dropped at commit); return a select of it."""
    from psycopg.types.json import Json

    columns = list(rows[0])
    stage = f"rd_in_{central.name}"
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE {stage} ON COMMIT DROP AS "
        f"SELECT {', '.join(columns)} FROM {central.name} WITH NO DATA"
    )
    json_cols = set() if raw else {c.name for c in central.columns if isinstance(c.type, JSON)}
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor, cursor.copy(f"COPY {stage} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([Json(row[c]) if c in json_cols else row[c] for c in columns])
    staged = Table(stage, MetaData(), *(Column(c, central.c[c].type) for c in columns))
    return columns, select(*staged.columns)


def upsert(
    conn: Connection, table: str, rows: Sequence[dict[str, Any]], *, raw: bool = False
) -> None:
    """Upsert ``rows`` into the central ``table``; a row only replaces an older version.

    ``raw`` rows (see :func:`window_rows`) go through COPY (PostgreSQL only).
    """
    central = CENTRAL[table]
    if not rows:
        return
    staged = None
    if conn.dialect.name == "postgresql" and (raw or len(rows) >= COPY_FROM):
        columns, query = _stage(conn, central, rows, raw)
        staged = postgresql.insert(central).from_select(columns, query)
    stmt = staged if staged is not None else _insert(conn, central)
    keep = [c.name for c in central.columns if not c.primary_key and c.name not in CENTRE_ONLY]
    stmt = stmt.on_conflict_do_update(
        index_elements=[central.c.id],
        set_={name: stmt.excluded[name] for name in keep},
        where=central.c.version < stmt.excluded.version,
    )
    if staged is not None:
        conn.execute(stmt)
    else:
        conn.execute(stmt, list(rows))  # one compiled statement, executemany


def changes_since(conn: Connection, table: str, cursor: int, limit: int) -> list[dict[str, Any]]:
    """Rows of the central ``table`` changed after ``cursor``, oldest change first."""
    central = CENTRAL[table]
    query = (
        select(central)
        .where(central.c.change_seq > cursor)
        .order_by(central.c.change_seq)
        .limit(limit)
    )
    return [dict(r._mapping) for r in conn.execute(query)]
