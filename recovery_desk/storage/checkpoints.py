"""WAL checkpoints on a thread of their own, after commits instead of inside them.

SQLite's automatic checkpoint runs inside the COMMIT of whichever connection takes the
write-ahead log past 1,000 pages. After a bulk write (a cycle's 100,000 assignments, an
import) that is 0.4-0.6 s spent before the caller sees its commit, and a small commit made
on the GUI thread can be the one that pays it. SQLite's documentation suggests turning the
automatic checkpoint off and running checkpoints from a separate thread
(https://sqlite.org/wal.html#automatic_checkpoint): every connection of a file database is
opened with ``wal_autocheckpoint = 0`` (``storage/db.py``) and this thread runs a PASSIVE
checkpoint, which never waits for readers or writers, a moment after commits.

When the last connection closes, SQLite checkpoints and removes the log by itself, so a
process that ends before the thread ran loses nothing.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger("recovery_desk.storage")

DELAY_S = 0.5
"""How long after a commit the checkpoint waits: a burst of commits costs one checkpoint."""
IDLE_S = 60.0
"""A checkpoint at least this often, for commits made outside SQLAlchemy's events."""
_COMMITTED = "rd_committed"  # marks a pooled connection that committed since its checkout


class BackgroundCheckpoints:
    """Checkpoints ``engine``'s database a moment after each burst of commits."""

    def __init__(self, engine: Engine, delay: float = DELAY_S, idle: float = IDLE_S):
        self._engine = engine
        self._delay = delay
        self._idle = idle
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self.runs = 0
        event.listen(engine, "commit", self._on_commit)
        event.listen(engine, "checkin", self._on_checkin)
        self._wake.set()  # whatever opening the file wrote (an upgrade) goes in first
        self._thread = threading.Thread(target=self._run, name="rd-checkpoint", daemon=True)
        self._thread.start()

    # SQLAlchemy's commit event comes before SQLite's commit: a checkpoint woken by it
    # could run first and miss the pages. The connection's return to the pool comes after.
    def _on_commit(self, conn: Connection) -> None:
        conn.info[_COMMITTED] = True

    def _on_checkin(self, _dbapi: object, record: Any) -> None:
        if record is not None and record.info.pop(_COMMITTED, False):
            self._wake.set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.wait(self._idle)
            # A burst of commits costs one checkpoint.
            if self._stopping.wait(self._delay):
                return
            self._wake.clear()
            self.checkpoint()

    def checkpoint(self) -> None:
        """Copy committed pages from the log into the database file, waiting for no one."""
        try:
            with self._engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
            self.runs += 1
        except SQLAlchemyError as exc:  # busy or closing: the next commit tries again
            log.debug("background checkpoint skipped: %s", exc)

    def close(self) -> None:
        """Stop the thread (before the engine is disposed)."""
        self._stopping.set()
        self._wake.set()
        self._thread.join()
        for name, listener in (("commit", self._on_commit), ("checkin", self._on_checkin)):
            if event.contains(self._engine, name, listener):
                event.remove(self._engine, name, listener)
