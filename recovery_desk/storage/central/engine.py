"""Connecting to the centre: engines, schema version check, errors a user can act on."""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config  # alembic itself is imported lazily (start-up time)

log = logging.getLogger("recovery_desk.sync")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "rd_central_version"
CONNECT_TIMEOUT_S = 5
TIMEOUT_ENV = "RECOVERY_DESK_SYNC_TIMEOUT_S"
DEFAULT_TIMEOUT_S = 60


def timeout_s() -> int:
    """How long the centre may take for one statement, or stay silent, before the sync
    gives up and the server frees what the session held (``RECOVERY_DESK_SYNC_TIMEOUT_S``)."""
    try:
        return max(1, int(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_S)))
    except ValueError:
        return DEFAULT_TIMEOUT_S


def _session_options(seconds: int) -> str:
    """Server-side limits of a desk's session: a dead or stalled desk frees its locks and
    its transaction within ``seconds``; keepalives find a vanished peer sooner."""
    ms = seconds * 1000
    settings = {
        "statement_timeout": ms,
        "idle_in_transaction_session_timeout": ms,
        "lock_timeout": ms,
        "client_connection_check_interval": 5000,
        "tcp_keepalives_idle": 10,
        "tcp_keepalives_interval": 5,
        "tcp_keepalives_count": 3,
        "timezone": "UTC",
    }
    return " ".join(f"-c {k}={v}" for k, v in settings.items())


class CentralError(Exception):
    """The centre cannot be used now. ``kind`` is one of ``auth``, ``unreachable``,
    ``no_schema``, ``schema_older``, ``schema_newer``, ``denied``, ``failed``."""

    def __init__(self, kind: str, detail: str = ""):
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


def alembic_config() -> Config:
    from alembic.config import Config  # lazy: alembic costs ~0.15 s at start-up

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()


def make_engine(url: str | URL) -> Engine:
    """An engine for the centre (PostgreSQL URL, or ``sqlite:///file`` for the stand-in)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    seconds = timeout_s()
    return create_engine(
        parsed,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "recovery-desk",
            "options": _session_options(seconds),
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
            "tcp_user_timeout": seconds * 1000,
        },
    )


@contextmanager
def guarded(engine: Engine, *, begin: bool = True) -> Iterator[Connection]:
    """A connection (in a transaction when ``begin``) whose socket is cut if the work,
    its commit included, takes longer than the sync timeout plus a margin: a centre that
    stopped answering (a stalled network) then ends the sync with one clear error."""
    base = timeout_s()
    limit = base + max(5, base // 4)
    fired = threading.Event()
    timer: threading.Timer | None = None
    try:
        with engine.begin() if begin else engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                timer = threading.Timer(limit, _cut, args=(conn, fired))
                timer.daemon = True
                timer.start()
            yield conn
    except (DBAPIError, OSError) as exc:
        if fired.is_set():
            raise CentralError("unreachable", f"the centre did not answer for {limit} s") from exc
        raise
    finally:
        if timer is not None:
            timer.cancel()


def _cut(conn: Connection, fired: threading.Event) -> None:
    fired.set()
    try:
        raw = conn.connection.driver_connection
        fd = raw.pgconn.socket  # type: ignore[union-attr]
        with socket.socket(fileno=os.dup(fd)) as sock:
            sock.shutdown(socket.SHUT_RDWR)
    except (OSError, AttributeError, ValueError):
        log.warning("sync: could not cut a silent connection", exc_info=True)


def translate(exc: Exception) -> CentralError:
    """Turn a driver error into a :class:`CentralError` (never includes a password)."""
    message = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    first = message[0] if message else type(exc).__name__
    lower = " ".join(message).lower()
    if "password authentication failed" in lower or "no password supplied" in lower:
        return CentralError("auth", first)
    if "permission denied" in lower or "row-level security" in lower:
        return CentralError("denied", first)
    unreachable = (
        "could not translate host name",
        "connection refused",
        "timeout expired",
        "could not connect",
        "connection is bad",
        "server closed the connection",
        "terminating connection",
        "connection failed",
        "consuming input failed",
        "name or service not known",
        "unable to open database",
    )
    if any(s in lower for s in unreachable) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    ):
        return CentralError("unreachable", first)
    return CentralError("failed", first)


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        from alembic.runtime.migration import MigrationContext

        context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
        return context.get_current_revision()


def check_schema(engine: Engine) -> None:
    """Raise :class:`CentralError` unless the centre's schema is exactly this app's."""
    try:
        revision = schema_revision(engine)
    except (OperationalError, ProgrammingError, DBAPIError) as exc:
        raise translate(exc) from exc
    head = head_revision()
    if revision == head:
        return
    if revision is None:
        raise CentralError("no_schema", "run 'recovery-desk central init'")
    from alembic.script import ScriptDirectory

    known = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision in known:
        raise CentralError("schema_older", f"{revision} < {head}")
    raise CentralError("schema_newer", f"{revision} > {head}")


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the central schema (owner's connection)."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        from alembic import command

        command.upgrade(cfg, revision)
    log.info("central schema at %s", revision)
