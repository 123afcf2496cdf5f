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

from sqlalchemy import Engine, event
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger("recovery_desk.storage")

DELAY_S = 0.5
"""How long after a commit the checkpoint waits: a burst of commits costs one checkpoint."""
IDLE_S = 60.0
"""A checkpoint at least this often, for commits made outside SQLAlchemy's events."""


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
        self._wake.set()  # whatever opening the file wrote (an upgrade) goes in first
        self._thread = threading.Thread(target=self._run, name="rd-checkpoint", daemon=True)
        self._thread.start()

    def _on_commit(self, _conn: object) -> None:
        self._wake.set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.wait(self._idle)
            # The commit event comes before SQLite's own commit: wait for it, and for the
            # rest of the burst.
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
        if event.contains(self._engine, "commit", self._on_commit):
            event.remove(self._engine, "commit", self._on_commit)
