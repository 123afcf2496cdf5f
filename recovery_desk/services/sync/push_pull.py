"""Sync with the centre: push the outbox, pull what the centre owns. Offline-first.

What travels:

- **Up** (desktop → centre): calls with their steps, reasons, offers made, promises and
  callbacks; care reviews, health events and the audit log. From a supervisor's desktop also
  customers, cycles, assignments, users, coaching notes and catalogue edits.
  Entries an agent's desktop queued for centre-owned tables are dropped at push time:
  the centre wins for them.
- **Down** (centre → desktop): users, reason categories, reasons, offers, scripts,
  phrases, cycles, and assignments with their customers (an agent's login sees only its
  own assignments and their customers: row-level security at the centre).

Conflict rules:

- Every push is ``INSERT … ON CONFLICT (id) DO UPDATE … WHERE central.version <
  excluded.version``: replays and duplicates change nothing; a newer version replaces an
  older one. A call has one author, so the desktop's latest version of its own call wins.
- The centre wins for catalogues, scripts, users, cycles and assignments: pulled rows
  overwrite the local row whatever its version.
- A reason retired at the centre (``active = False``) comes down like any edit: it stays
  in the table, so old calls still read it, and the picker (active reasons only) drops it.

How: the outbox (``storage/outbox.py``) holds one entry per local change, written in the
same transaction. Push reads a batch, groups it by table in foreign-key order, upserts the
rows' current state in one central transaction, and deletes the entries only after the
centre committed. Pull asks each stream for rows whose server change number is above the
local cursor and stores the cursor with the rows, in one local transaction. Nothing is
lost if the connection drops or the process dies at any point: the next sync repeats
what was not confirmed, and repeating is harmless.

Where: the CLI syncs in its own process; the desktop in a child process
(``services/sync/process.py``), so the GUI never waits for the interpreter lock. A file lock
in the data folder lets one sync at a time touch a folder's outbox, whichever process runs it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.enums import Role
from recovery_desk.paths import AppPaths
from recovery_desk.services.progress import CancelToken, Progress, Throttle
from recovery_desk.services.sync.settings import CentralSettings, CentralTarget
from recovery_desk.services.users import access as users
from recovery_desk.storage.central import exchange
from recovery_desk.storage.central.engine import (
    CentralError,
    check_schema,
    make_engine,
    translate,
    upgrade_schema,
)
from recovery_desk.storage.central.schema import AUTHORED, CENTRE_OWNED, ORDERED
from recovery_desk.storage.outbox import FROM_CENTRE
from recovery_desk.storage.queries import get_setting, set_setting
from recovery_desk.storage.types import utcnow

log = logging.getLogger("recovery_desk.sync")

PUSH_BATCH = 20000
PULL_BATCH = 2000
HISTORY_KEY = "sync.history"
HISTORY_SIZE = 20

__all__ = [
    "CentralError",
    "SyncAttempt",
    "SyncReport",
    "SyncStatus",
    "history",
    "record_attempt",
    "status",
    "sync",
]


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    dropped: int


@dataclass(frozen=True)
class SyncAttempt:
    at: datetime
    ok: bool
    pushed: int = 0
    pulled: int = 0
    error_kind: str = ""
    error: str = ""


def waiting(sessions: sessionmaker[Session]) -> int:
    """How many local changes wait for the centre."""
    with sessions() as session:
        return exchange.outbox_count(session)


def history(sessions: sessionmaker[Session]) -> list[SyncAttempt]:
    """The last sync attempts, newest first."""
    with sessions() as session:
        raw = get_setting(session, HISTORY_KEY, []) or []
    return [SyncAttempt(**{**item, "at": datetime.fromisoformat(item["at"])}) for item in raw]


def record_attempt(sessions: sessionmaker[Session], attempt: SyncAttempt) -> None:
    """Add ``attempt`` to the history (newest first, the last ``HISTORY_SIZE`` kept)."""
    item = {**attempt.__dict__, "at": attempt.at.isoformat()}
    with sessions.begin() as session:
        raw = list(get_setting(session, HISTORY_KEY, []) or [])
        set_setting(session, HISTORY_KEY, [item, *raw][:HISTORY_SIZE])


def _up_tables(role: Role | None, standin: bool) -> set[str]:
    if standin or role is Role.SUPERVISOR:
        return set(ORDERED)
    return set(AUTHORED)


def _open(target: CentralTarget) -> Engine:
    engine = make_engine(target.url)
    try:
        try:
            check_schema(engine)
        except CentralError as exc:
            # The stand-in belongs to this app: create it, or bring it up to this version.
            if not (target.standin and exc.kind in ("no_schema", "schema_older")):
                raise
            upgrade_schema(engine)
            check_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def sync(
    sessions: sessionmaker[Session],
    target: CentralTarget,
    token: CancelToken | None = None,
) -> Generator[Progress, None, SyncReport]:
    """Push the outbox then pull the centre's changes; records the attempt.

    Raises:
        CentralError: the centre cannot be used (unreachable, wrong password, schema
            mismatch, refused). The outbox keeps everything.
        Cancelled: ``token`` was cancelled; confirmed batches stay confirmed.

    Waits while another sync of the same data folder runs, in this process or another
    (the GUI's child process, ``recovery-desk sync``).
    """
    token = token or CancelToken()
    with _ONE_AT_A_TIME, _folder_lock(sessions):
        return (yield from _sync(sessions, target, token))


# One sync at a time per process: two at once would race on the stand-in centre's first
# schema upgrade (Alembic's migration context is process-global).
_ONE_AT_A_TIME = threading.Lock()
LOCK_NAME = "sync.lock"


@contextmanager
def _folder_lock(sessions: sessionmaker[Session]) -> Iterator[None]:
    """One sync at a time per data folder, across processes: two would race on the outbox.

    An OS file lock (``sync.lock`` beside the database), released by the OS when its
    process dies. An in-memory database has no folder and no other process.
    """
    bind = sessions.kw.get("bind")
    database = bind.url.database if isinstance(bind, Engine) else None
    if not database or database == ":memory:":
        yield
        return
    lock = FileLock(Path(database).with_name(LOCK_NAME), thread_local=False)
    try:
        lock.acquire(blocking=False)
    except Timeout:
        log.info("sync: waiting for another sync of this data folder")
        lock.acquire()
    try:
        yield
    finally:
        lock.release()


def _sync(
    sessions: sessionmaker[Session], target: CentralTarget, token: CancelToken
) -> Generator[Progress, None, SyncReport]:
    pushed = pulled = dropped = 0
    try:
        engine = _open(target)
        try:
            user = users.current_user(sessions)
            allowed = _up_tables(user.role if user else None, target.standin)
            pushed, dropped = yield from _push(sessions, engine, allowed, token, PUSH_BATCH)
            pulled = yield from _pull(sessions, engine, target.key, token)
        finally:
            engine.dispose()
    except CentralError as exc:
        record_attempt(sessions, SyncAttempt(utcnow(), False, pushed, pulled, exc.kind, exc.detail))
        raise
    except (DBAPIError, SQLAlchemyError) as exc:
        error = translate(exc)
        failed = SyncAttempt(utcnow(), False, pushed, pulled, error.kind, error.detail)
        record_attempt(sessions, failed)
        raise error from exc
    record_attempt(sessions, SyncAttempt(utcnow(), True, pushed, pulled))
    log.info("sync with %s: %d pushed, %d pulled", target.describe(), pushed, pulled)
    return SyncReport(pushed, pulled, dropped)


def _push(
    sessions: sessionmaker[Session],
    engine: Engine,
    allowed: set[str],
    token: CancelToken,
    batch: int,
) -> Generator[Progress, None, tuple[int, int]]:
    total = waiting(sessions)
    raw = engine.dialect.name == "postgresql"  # text COPY of the stored values
    done = dropped = 0
    throttle = Throttle()
    yield Progress(0, total, "push")
    while True:
        token.check()
        with sessions() as session:
            window = exchange.outbox_window(session, batch)
            if window is None:
                break
            rows = {
                table: exchange.window_rows(session, table, window, raw=raw)
                for table in window.tables
                if table in allowed
            }
        seqs = [window.lo, window.hi]
        try:
            with engine.begin() as conn:
                exchange.lock_writers(conn)
                for table in ORDERED:
                    if rows.get(table):
                        exchange.upsert(conn, table, rows[table], raw=raw)
        except (DBAPIError, SQLAlchemyError) as exc:
            error = translate(exc)
            with sessions.begin() as session:
                exchange.mark_attempt(session, seqs, f"{error.kind}: {error.detail}")
            raise error from exc
        with sessions.begin() as session:  # only now: the centre has committed
            exchange.forget_entries(session, seqs)
        done += window.count
        dropped += sum(n for t, n in window.tables.items() if t not in allowed)
        if throttle.ready():
            yield Progress(done, max(total, done), "push")
    yield Progress(done, max(total, done), "push")
    return done - dropped, dropped


def _pull(
    sessions: sessionmaker[Session], engine: Engine, centre_key: str, token: CancelToken
) -> Generator[Progress, None, int]:
    pulled = 0
    for index, table in enumerate(t for t in ORDERED if t in CENTRE_OWNED):
        stream = f"{centre_key}:{table}"
        while True:
            token.check()
            with sessions() as session:
                cursor = exchange.get_cursor(session, stream)
            with engine.connect() as conn:
                rows = exchange.changes_since(conn, table, cursor, PULL_BATCH)
            if not rows:
                break
            session = sessions()
            session.info[FROM_CENTRE] = True
            with session, session.begin():
                exchange.apply_pulled(session, table, rows)
                exchange.set_cursor(session, stream, int(rows[-1]["change_seq"]))
            pulled += len(rows)
            if len(rows) < PULL_BATCH:
                break
        yield Progress(index + 1, len(CENTRE_OWNED), f"pull {table}")
    return pulled


# --- what the desktop's worker and Settings dialog call ---------------------------------------


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    waiting: int
    last_ok_at: datetime | None
    last: SyncAttempt | None


def status(sessions: sessionmaker[Session]) -> SyncStatus:
    attempts = history(sessions)
    last_ok = next((a.at for a in attempts if a.ok), None)
    return SyncStatus(waiting(sessions), last_ok, attempts[0] if attempts else None)


def test_connection(settings: CentralSettings, password: str | None, paths: AppPaths) -> str:
    """Connect and check the schema; returns the centre's description. Raises CentralError."""
    from recovery_desk.services.sync.settings import target_from_settings

    target = target_from_settings(settings, paths, password)
    try:
        engine = _open(target)
    except (DBAPIError, SQLAlchemyError) as exc:
        raise translate(exc) from exc
    engine.dispose()
    return target.describe()
