"""``open_database()``: engine, pragmas, schema revision check, backup and upgrade.

Order (the vorta/qutebrowser pattern): connect and set pragmas; compare the file's Alembic
revision with the app's head; refuse a file newer than the app; back up, then upgrade.
SQLite failures a user can act on become :class:`StorageUnavailable`; the rest are bugs.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.storage import outbox
from recovery_desk.storage.backup import backup_file
from recovery_desk.storage.checkpoints import BackgroundCheckpoints
from recovery_desk.storage.errors import StorageUnavailable

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a schema must be created or upgraded: on a database that
# is already current, start-up reads the revision with plain SQL (about 0.1 s saved).
log = logging.getLogger("recovery_desk.storage")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"
NEW_MARKER = ".new"
"""Beside a database file the app is creating: an empty file with it is the app's own."""

SessionFactory = Callable[[], Session]


@dataclass
class Database:
    """An open local database: the engine and a session factory bound to it."""

    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None
    backup: Path | None = None  # written before the last upgrade, if any
    checkpoints: BackgroundCheckpoints | None = None  # file databases only

    def dispose(self) -> None:
        if self.checkpoints is not None:
            self.checkpoints.close()
        self.engine.dispose()


def alembic_config() -> Config:
    """Alembic configuration pointing at the bundled migrations."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    # Deleted and overwritten content is zeroed, not left in free space: an erased name
    # must leave the file's bytes (storage/privacy.py, docs/privacy.md).
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA cache_size = -65536")  # 64 MB: bulk inserts into big indexes
    cursor.execute("PRAGMA wal_autocheckpoint = 0")  # a thread of its own: checkpoints.py
    cursor.close()


def make_engine(path: Path | None, *, wal: bool = True) -> Engine:
    """A SQLite engine with WAL, foreign keys and a busy timeout (``None``: in memory).

    ``wal=False`` leaves the journal mode alone (switching it writes to the file), for
    opening a file that may yet be refused; :func:`enable_wal` switches later.
    """
    url = f"sqlite:///{path}" if path else "sqlite://"
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    if path is not None and wal:
        enable_wal(engine)
    return engine


def enable_wal(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")


def _check_header(path: Path) -> None:
    if not path.exists():
        return
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        # Reads would work and every write fail: refused before anything is written.
        raise StorageUnavailable("read_only", path)
    if path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            magic = handle.read(16)
    except OSError as exc:
        raise StorageUnavailable("unreadable", path, str(exc)) from exc
    if magic != SQLITE_MAGIC:
        raise StorageUnavailable("not_a_database", path)


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision recorded in the database (``None`` when empty)."""
    with engine.connect() as conn:
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _foreign(engine: Engine) -> bool:
    with engine.connect() as conn:
        tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master"))}
    return bool(tables) and "alembic_version" not in tables


def _dangling(conn: Connection) -> set[tuple[Any, ...]]:
    """References to missing rows: (table, rowid, parent table, foreign key number)."""
    if not conn.exec_driver_sql("SELECT 1 FROM sqlite_master LIMIT 1").first():
        return set()  # a new file: nothing to check yet
    return {tuple(row) for row in conn.exec_driver_sql("PRAGMA foreign_key_check")}


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` on ``engine``, in one transaction.

    On SQLite this follows SQLite's own procedure for schema changes: foreign keys off while
    the migrations run (a batch migration rebuilds a table by copy, drop and rename; with
    them on, dropping a table other rows refer to fails, or cascades and deletes those
    rows), ``PRAGMA foreign_key_check`` before committing (a violation rolls everything
    back), then foreign keys on again.
    """
    from alembic import command

    cfg = alembic_config()
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        return
    with engine.connect() as conn:
        # Outside any transaction, or SQLite ignores it.
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        try:
            with conn.begin():
                # pysqlite begins only before INSERT/UPDATE/DELETE: DDL ahead of those would
                # commit on its own, and a failed upgrade would leave half a schema.
                conn.exec_driver_sql("BEGIN")
                # Only what the upgrade breaks stops it: an old dangling reference (written
                # by hand, say) must not lock the user out of their data.
                before = _dangling(conn)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                broken = _dangling(conn) - before
                if broken:
                    raise sqlite3.IntegrityError(
                        f"the upgrade to {revision} breaks {len(broken)} references,"
                        f" e.g. {next(iter(broken))}"
                    )
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()


def open_database(path: Path | None, backup_dir: Path | None = None) -> Database:
    """Open (creating or upgrading) the local database at ``path``.

    Raises:
        StorageUnavailable: the file is foreign, corrupt, newer than the app, read-only,
            locked or otherwise unusable. The file is left untouched.
    """
    marker = path.with_name(path.name + NEW_MARKER) if path is not None else None
    if path is not None and marker is not None:
        _check_header(path)
        if not path.exists():  # the app creates it: an empty file then is its own
            marker.touch()
    engine = None
    try:
        engine = make_engine(path, wal=False)  # a refused file is never written to
        backup = _prepare_schema(engine, path, backup_dir, ours=marker is None or marker.exists())
        if path is not None:
            enable_wal(engine)
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        if engine is not None:
            engine.dispose()
        raise _translate(exc, path) from exc
    except BaseException:
        if engine is not None:
            engine.dispose()
        raise
    if marker is not None:
        marker.unlink(missing_ok=True)
    sessions = sessionmaker(engine, expire_on_commit=False)
    outbox.install(sessions)
    checkpoints = BackgroundCheckpoints(engine) if path is not None else None
    return Database(engine, sessions, path, backup, checkpoints)


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def _head_from_files() -> str | None:
    """The single head of the bundled migrations, read without importing Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for key, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            ids = set(re.findall(r"[\"']([^\"']+)[\"']", value))
            (revisions if key == "revision" else parents).update(ids)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _versions(engine: Engine) -> list[str] | None:
    """The revisions recorded in ``alembic_version`` (``None``: no such table)."""
    with engine.connect() as conn:
        if not conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first():
            return None
        return [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]


def _is_current(versions: list[str] | None) -> bool:
    head = _head_from_files()
    return head is not None and versions == [head]


def _prepare_schema(
    engine: Engine, path: Path | None, backup_dir: Path | None, *, ours: bool = True
) -> Path | None:
    """Check the file's schema; create or upgrade it. ``ours``: an empty file is one this
    app just created (a new database); otherwise an empty file is refused, untouched."""
    where = path or Path(":memory:")
    versions = _versions(engine) if engine.dialect.name == "sqlite" else None
    if versions is not None and len(versions) != 1:
        raise StorageUnavailable("several_revisions", where, ", ".join(versions) or "none")
    if _is_current(versions):
        return None
    if versions is None and not ours and not _foreign(engine):
        raise StorageUnavailable("empty_database", where)
    revision = current_revision(engine)
    head = head_revision()
    if revision == head:
        return None
    if revision is None and _foreign(engine):
        raise StorageUnavailable("foreign_database", where)
    if revision is not None and revision not in _known_revisions():
        raise StorageUnavailable("newer_database", where, revision)
    backup = None
    if revision is not None and path is not None:
        backup = backup_file(path, backup_dir or path.parent / "backups", f"before-{head}")
        log.info("backed up %s to %s before upgrading from %s", path, backup, revision)
    upgrade(engine)
    return backup


def _translate(exc: Exception, path: Path | None) -> StorageUnavailable:
    # The driver's own words, one line: SQLAlchemy adds the statement and a "Background
    # on this error" link, which help a developer, not a user.
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    message = detail.lower()
    where = path or Path(":memory:")
    if "locked" in message or "busy" in message:
        return StorageUnavailable("locked", where, detail)
    if "readonly" in message or "read-only" in message:
        return StorageUnavailable("read_only", where, detail)
    if "disk" in message and "full" in message:
        return StorageUnavailable("disk_full", where, detail)
    if "unable to open" in message:
        return StorageUnavailable("cannot_open", where, detail)
    return StorageUnavailable("corrupt", where, detail)
