"""Copies of the database taken before a schema upgrade, and their privacy duties: an
erasure reaches them too (:func:`erase_in_backups`), and they expire
(:func:`expired_backups`, removed by the retention purge; ``docs/privacy.md``)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.exc import SQLAlchemyError

from recovery_desk.storage.privacy import apply_erasure, compact_search_index
from recovery_desk.storage.privacy_tables import Erasure

log = logging.getLogger("recovery_desk.storage")


def backup_file(database: Path, backup_dir: Path, label: str) -> Path:
    """Write a consistent copy of ``database`` (SQLite online backup) and return its path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{database.stem}-{stamp}-{label}.sqlite3"
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def backups(backup_dir: Path) -> list[Path]:
    """The pre-upgrade backups in ``backup_dir``, oldest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime)


def erase_in_backups(backup_dir: Path, erasures: Sequence[Mapping[str, Any]]) -> int:
    """Apply ``erasures`` to every backup in ``backup_dir``, then rewrite each file so no
    erased byte is left in it (``VACUUM``, ``secure_delete``). Returns how many files.

    A backup is a copy of an older revision: the erasure skips what that revision lacks.
    A backup that cannot be opened as a database is removed rather than left unerased.
    """
    done = 0
    for path in backups(backup_dir):
        engine = create_engine(f"sqlite:///{path}")
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA secure_delete = ON")
                conn.commit()
                with conn.begin():
                    for erasure in erasures:
                        apply_erasure(conn, erasure)
                    compact_search_index(conn)
                conn.exec_driver_sql("VACUUM")
                conn.commit()
            done += 1
        except (SQLAlchemyError, sqlite3.Error) as exc:
            log.warning(
                "backup %s could not be erased (%s): removed", path.name, type(exc).__name__
            )
            engine.dispose()  # closed before the file goes (Windows)
            path.unlink(missing_ok=True)
        finally:
            engine.dispose()
    return done


def erase_known_in_backups(engine: Engine, backup_dir: Path) -> int:
    """Apply every erasure this database knows to the backups in ``backup_dir`` (for
    erasures that arrived by sync; applying one again changes nothing). Returns how many
    files were erased; none when there are no erasures or no backups."""
    if not backups(backup_dir):
        return 0
    with engine.connect() as conn:
        known = [dict(row._mapping) for row in conn.execute(select(Erasure.__table__))]
    return erase_in_backups(backup_dir, known) if known else 0


def expired_backups(backup_dir: Path, days: int, now: datetime | None = None) -> list[Path]:
    """The backups older than ``days`` (none when ``days`` is 0: kept for ever)."""
    if days <= 0:
        return []
    limit = (now or datetime.now(UTC)) - timedelta(days=days)
    return [
        p for p in backups(backup_dir) if datetime.fromtimestamp(p.stat().st_mtime, UTC) < limit
    ]
