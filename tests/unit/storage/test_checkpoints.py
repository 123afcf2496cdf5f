"""WAL checkpoints run on a thread of their own, after a commit instead of inside it."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text

from recovery_desk.storage import db as dbmod
from recovery_desk.storage.checkpoints import BackgroundCheckpoints

PAGES = 3000  # three times SQLite's automatic checkpoint threshold (1,000 pages)


def _write_pages(database: dbmod.Database) -> None:
    with database.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS ballast (b BLOB)")
        conn.execute(text("INSERT INTO ballast VALUES (randomblob(4000))"), [{}] * PAGES)


def _swap_checkpoints(database: dbmod.Database, **kw: float) -> BackgroundCheckpoints:
    assert database.checkpoints is not None
    database.checkpoints.close()
    database.checkpoints = BackgroundCheckpoints(database.engine, **kw)
    return database.checkpoints


def test_a_big_commit_returns_before_its_pages_reach_the_database_file(tmp_path: Path) -> None:
    database = dbmod.open_database(tmp_path / "c.sqlite3")
    _swap_checkpoints(database, delay=3600, idle=3600)  # the thread never gets to it
    file = tmp_path / "c.sqlite3"
    before = file.stat().st_size
    _write_pages(database)
    # SQLite's own checkpoint would have copied 3,000 pages into the file in the COMMIT.
    assert file.stat().st_size == before
    database.dispose()
    # Closing the last connection checkpoints: nothing was lost.
    assert file.stat().st_size > before + PAGES * 4000
    assert not (tmp_path / "c.sqlite3-wal").exists()


def test_the_thread_copies_committed_pages_into_the_file_soon_after(tmp_path: Path) -> None:
    database = dbmod.open_database(tmp_path / "c.sqlite3")
    checkpoints = _swap_checkpoints(database, delay=0.05)
    file = tmp_path / "c.sqlite3"
    before = file.stat().st_size
    _write_pages(database)
    deadline = time.monotonic() + 20

    def copied() -> bool:  # the file grows while the checkpoint runs, before it counts
        return file.stat().st_size > before + PAGES * 4000 and checkpoints.runs >= 1

    while not copied() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert file.stat().st_size > before + PAGES * 4000
    assert checkpoints.runs >= 1
    database.dispose()


def test_closing_the_database_stops_the_thread(tmp_path: Path) -> None:
    database = dbmod.open_database(tmp_path / "c.sqlite3")
    assert database.checkpoints is not None
    thread = database.checkpoints._thread
    assert thread.is_alive()
    database.dispose()
    assert not thread.is_alive()


def test_an_in_memory_database_has_no_checkpoint_thread() -> None:
    database = dbmod.open_database(None)
    assert database.checkpoints is None
    database.dispose()
