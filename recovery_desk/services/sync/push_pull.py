"""One sync with the centre: identity, push, pull. Offline-first; ``docs/sync.md`` says
what travels, who may write what, the conflict rule and the timeouts.

- ``identity``: who this desk is at the centre (the login's user and role).
- ``push``: the outbox, exactly once per change, never what the login may not write.
- ``pull``: the centre's final rows, parents first, in bulk; nothing is dropped: a row
  that cannot be applied yet is held, counted and tried again.

Nothing is lost if the connection drops or the process dies at any point: each pushed
window is one central transaction with a token, and its entries are forgotten only once
its commit is known; each pulled batch and its cursor are one local transaction.

Where: the CLI syncs in its own process; the desktop in a child process
(``services/sync/process.py``), so the GUI never waits for the interpreter lock. A file lock
in the data folder lets one sync at a time touch a folder's outbox, whichever process runs it.
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.paths import AppPaths
from recovery_desk.services.progress import CancelToken, Progress
from recovery_desk.services.sync import identity, pull, push
from recovery_desk.services.sync.settings import CentralSettings, CentralTarget, scrub
from recovery_desk.services.users.access import DEMO_KEY
from recovery_desk.storage.central import apply, exchange
from recovery_desk.storage.central.engine import (
    CentralError,
    check_schema,
    guarded,
    make_engine,
    translate,
    upgrade_schema,
)
from recovery_desk.storage.queries import get_setting, set_setting
from recovery_desk.storage.tables import Base, SyncConflict, SyncHeld, User
from recovery_desk.storage.types import utcnow

log = logging.getLogger("recovery_desk.sync")

PUSH_BATCH = 20000
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
    """What one sync did. ``refused``: changes set aside this time (this login may not
    send them); ``held``: pulled rows waiting for a parent after it."""

    pushed: int
    pulled: int
    dropped: int
    refused: int = 0
    held: int = 0
    identity_changed: bool = False


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
    item = {**attempt.__dict__, "at": attempt.at.isoformat(), "error": scrub(attempt.error)}
    with sessions.begin() as session:
        raw = list(get_setting(session, HISTORY_KEY, []) or [])
        set_setting(session, HISTORY_KEY, [item, *raw][:HISTORY_SIZE])


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
    pushed = push.Pushed()
    pulled = pull.Pulled()
    changed = False
    try:
        if not target.standin and _demo_desk(sessions):
            # Invented customers and everything made on them stay here, as a whole.
            raise CentralError("demo", "")
        engine = _open(target)
        try:
            with guarded(engine, begin=False) as conn:
                who = identity.at_centre(conn)
            me = identity.acting_user(sessions, who)
            pushed = yield from push.push_outbox(sessions, engine, who, me, token, PUSH_BATCH)
            pulled = yield from pull.pull_changes(sessions, engine, who, target.key, token)
            changed = identity.adopt(sessions, who)
        finally:
            engine.dispose()
    except CentralError as exc:
        _failed(sessions, pushed.sent, pulled.received, exc.kind, exc.detail)
        raise
    except (DBAPIError, SQLAlchemyError) as exc:
        error = translate(exc)
        _failed(sessions, pushed.sent, pulled.received, error.kind, error.detail)
        raise error from exc
    record_attempt(sessions, SyncAttempt(utcnow(), True, pushed.sent, pulled.received))
    log.info(
        "sync with %s: %d pushed, %d pulled, %d refused, %d held",
        target.describe(),
        pushed.sent,
        pulled.received,
        pushed.refused,
        pulled.held,
    )
    return SyncReport(
        pushed.sent, pulled.received, pushed.dropped, pushed.refused, pulled.held, changed
    )


def _demo_desk(sessions: sessionmaker[Session]) -> bool:
    with sessions() as session:
        return bool(get_setting(session, DEMO_KEY))


def _failed(sessions: sessionmaker[Session], sent: int, got: int, kind: str, detail: str) -> None:
    record_attempt(sessions, SyncAttempt(utcnow(), False, sent, got, kind, scrub(detail)))


# --- what the desktop's worker and Settings dialog call ---------------------------------------


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows: changes waiting to go, changes the centre will never
    take from this login (per table: how many, why), pulled rows waiting for a parent."""

    waiting: int
    last_ok_at: datetime | None
    last: SyncAttempt | None
    refused: dict[str, tuple[int, str]] = field(default_factory=dict)
    held: int = 0

    @property
    def refused_total(self) -> int:
        return sum(n for n, _ in self.refused.values())


def status(sessions: sessionmaker[Session]) -> SyncStatus:
    attempts = history(sessions)
    last_ok = next((a.at for a in attempts if a.ok), None)
    with sessions() as session:
        refused = exchange.refused_counts(session)
        held = apply.held_count(session)
    return SyncStatus(waiting(sessions), last_ok, attempts[0] if attempts else None, refused, held)


@dataclass(frozen=True)
class Conflict:
    """A value the conflict rule overruled (what a supervisor reviews): per column, the
    overruled value and the value this desk holds now."""

    at: datetime
    entity: str
    entity_id: uuid.UUID
    lost: dict[str, object]
    won_by: str | None
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)


_NOT_SHOWN = {"id", "version", "created_at", "updated_at", "search_text", "search_terms"}


def conflicts(sessions: sessionmaker[Session], limit: int = 200) -> list[Conflict]:
    """The latest overruled values pulled from the centre, newest first."""
    with sessions() as session:
        names = dict(session.execute(select(User.id, User.name)).tuples().all())
        rows = session.scalars(
            select(SyncConflict).order_by(SyncConflict.at.desc()).limit(limit)
        ).all()
        found = []
        for r in rows:
            now = _current(session, r.entity, r.entity_id)
            changes = {
                k: (v, now.get(k))
                for k, v in r.lost.items()
                if k not in _NOT_SHOWN and k in now and _text(now.get(k)) != _text(v)
            }
            won = names.get(r.won_by) if r.won_by else None
            found.append(Conflict(r.at, r.entity, r.entity_id, dict(r.lost), won, changes))
        return found


def _current(session: Session, entity: str, rid: uuid.UUID) -> dict[str, object]:
    table = Base.metadata.tables.get(entity)
    if table is None:
        return {}
    row = session.execute(select(table).where(table.c.id == rid)).first()
    return dict(row._mapping) if row is not None else {}


def _text(value: object) -> str:
    """Values compared as the centre's JSON shows them (ids, dates and times as text).

    The SQLite stand-in's JSON writes booleans as 1/0, ids as bare hex and times without
    a zone (UTC): those read the same as the values this desk holds.
    """
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, str) and len(value) in (32, 36):
        try:
            return uuid.UUID(value).hex
        except ValueError:
            pass
    if isinstance(value, str) and len(value) > 10 and value[:4].isdigit() and value[4] == "-":
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    return "" if value is None else str(value)


@dataclass(frozen=True)
class HeldRows:
    """Received rows of one table that wait for the same record this desk cannot read.

    ``problem`` is the English text stored with them; ``parent``, ``parent_id`` and
    ``column`` say what they wait for when the problem is a missing parent (else None).
    """

    entity: str
    count: int
    problem: str
    since: datetime
    parent: str | None = None
    parent_id: str | None = None
    column: str | None = None


_WAITS_FOR = re.compile(r"waits for (\w+) (\S+) \((\w+)\)")


def held(sessions: sessionmaker[Session], limit: int = 200) -> list[HeldRows]:
    """Received rows waiting for a parent, grouped by what they wait for, most first."""
    count = func.count()
    query = (
        select(SyncHeld.entity, SyncHeld.problem, count, func.min(SyncHeld.since))
        .where(SyncHeld.problem != apply.REFRESH)  # rows only to be read again: not waiting
        .group_by(SyncHeld.entity, SyncHeld.problem)
        .order_by(count.desc(), SyncHeld.entity, SyncHeld.problem)
        .limit(limit)
    )
    with sessions() as session:
        rows = session.execute(query).tuples().all()
    found = []
    for entity, problem, n, since in rows:
        match = _WAITS_FOR.fullmatch(problem)
        parent, parent_id, column = match.groups() if match else (None, None, None)
        found.append(HeldRows(entity, int(n), problem, since, parent, parent_id, column))
    return found


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
