"""Pull: the centre's final rows, parents first, in bulk, nothing dropped.

Streams go in foreign-key order (parents first), each from its cursor up to the bound
read once at the start (rows of transactions still in flight wait for the next pull).
Every role pulls the centre-owned tables and the authored ones: row-level security gives
an agent her own calls and assignments and a supervisor everyone's, so a supervisor's
desk holds the team's calls (cycle figures, reports). A parent a batch refers to and
the desk lacks is fetched by id first; a row whose parent cannot be had is held
(``sync_held``), tried again at every sync, and reported — the cursor moves on, the row
is never lost.
"""

from __future__ import annotations

import uuid
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.paths import AppPaths
from recovery_desk.services.progress import CancelToken, Progress
from recovery_desk.services.sync.identity import Identity
from recovery_desk.storage import backup, privacy
from recovery_desk.storage.central import apply, exchange, pull
from recovery_desk.storage.central.engine import guarded
from recovery_desk.storage.central.schema import AUTHORED, CENTRE_OWNED, ORDERED
from recovery_desk.storage.outbox import FROM_CENTRE
from recovery_desk.storage.tables import SyncConflict

PULL_BATCH = 5000
MAX_DEPTH = 4  # parents of parents: customer -> reason -> category -> ...


@dataclass
class Pulled:
    received: int = 0
    held: int = 0
    merged: int = 0
    erased: int = 0


def streams(identity: Identity) -> list[str]:
    """Tables this login pulls, parents first."""
    wanted = set(CENTRE_OWNED) | set(AUTHORED)
    names = [t for t in ORDERED if t in wanted]
    if identity.supervises:
        names.append("rd_conflicts")
    return names


def _local_session(sessions: sessionmaker[Session]) -> Session:
    session = sessions()
    session.info[FROM_CENTRE] = True
    return session


def _begin(session: Session) -> None:
    # Merges move references to a winner written a moment later in the same transaction.
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def apply_rows(
    session: Session,
    conn: Connection,
    table: str,
    rows: Sequence[dict[str, Any]],
    result: Pulled,
    depth: int = 0,
) -> list[uuid.UUID]:
    """Write ``rows`` (fetching the parents they lack); returns the ids written."""
    if table == "rd_conflicts":
        for row in rows:
            fields = {c.name: row[c.name] for c in SyncConflict.__table__.columns}
            if fields["at"].tzinfo is None:  # the stand-in's timestamps are UTC text
                fields["at"] = fields["at"].replace(tzinfo=UTC)
            session.merge(SyncConflict(**fields))
        return [r["id"] for r in rows]
    clean, prepared = apply.prepare(session, table, rows)
    result.merged += prepared.merged
    if prepared.missing and depth < MAX_DEPTH:
        for parent in ORDERED:  # parents first
            ids = prepared.missing.get(parent)
            if ids:
                parents = pull.rows_by_id(conn, parent, sorted(ids))
                apply_rows(session, conn, parent, parents, result, depth + 1)
    problems = apply.unresolved(session, table, clean) if prepared.missing else {}
    ready = [r for r in clean if r["id"] not in problems]
    apply.write(session, table, ready)
    if table == "erasures":  # what must be deleted everywhere travels as a record
        for row in ready:
            privacy.apply_erasure(session.connection(), row)
        result.erased += len(ready)
    apply.hold(session, table, list(problems.items()))
    written = [r["id"] for r in ready]
    apply.release(session, table, written)
    return written


def pull_changes(
    sessions: sessionmaker[Session],
    engine: Engine,
    identity: Identity,
    centre_key: str,
    token: CancelToken,
) -> Generator[Progress, None, Pulled]:
    """Bring every stream up to the centre's final rows."""
    result = Pulled()
    names = streams(identity)
    with guarded(engine, begin=False) as conn:
        bound = pull.final_bound(conn)
    _retry_held(sessions, engine, result)
    for index, table in enumerate(names):
        stream = f"{centre_key}:v2:{table}"
        while True:
            token.check()
            with sessions() as session:
                cursor = exchange.get_cursor(session, stream)
            if cursor.position >= bound and cursor.after_id is None:
                break
            with guarded(engine, begin=False) as conn:
                rows = pull.changes(conn, table, cursor, bound, PULL_BATCH)
                session = _local_session(sessions)
                with session, session.begin():
                    _begin(session)
                    apply_rows(session, conn, table, rows, result)
                    done = len(rows) < PULL_BATCH
                    after = pull.Cursor(bound) if done else pull.next_cursor(rows)
                    exchange.set_cursor(session, stream, after)
            result.received += len(rows)
            if done:
                break
        yield Progress(index + 1, len(names), f"pull {table}")
    with sessions() as session:
        result.held = apply.held_count(session)
    if result.erased:
        _leave_no_bytes(sessions)
    return result


def _leave_no_bytes(sessions: sessionmaker[Session]) -> None:
    """After applying erasures: the search index merged and the log checkpointed, so the
    erased values leave the files (``secure_delete`` zeroes the freed pages)."""
    with sessions.begin() as session:
        privacy.compact_search_index(session.connection())
    bind = sessions.kw.get("bind")
    if isinstance(bind, Engine):
        privacy.checkpoint(bind)
        database = bind.url.database
        if database and database != ":memory:":  # and out of the pre-upgrade backups
            paths = AppPaths(Path(database).parent, Path(database).parent / "logs")
            backup.erase_known_in_backups(bind, paths.backup_dir)


def _retry_held(sessions: sessionmaker[Session], engine: Engine, result: Pulled) -> None:
    """Rows held by earlier pulls (a parent was missing; a refused change to undo)."""
    with sessions() as session:
        held = apply.held_rows(session)
    if not held:
        return
    with guarded(engine, begin=False) as conn:
        session = _local_session(sessions)
        with session, session.begin():
            _begin(session)
            for table in ORDERED:
                ids = held.get(table)
                if not ids:
                    continue
                rows = pull.rows_by_id(conn, table, ids)
                apply_rows(session, conn, table, rows, result)
                gone = set(ids) - {r["id"] for r in rows}
                apply.release(session, table, sorted(gone))  # not (or no longer) readable
