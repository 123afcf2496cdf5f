"""Building a table's secondary indexes once, after a bulk insert, instead of row by row.

A million customers inserted into a table with ten secondary indexes cost ten random
B-tree insertions per row; with the indexes dropped, the rows append and each index is then
built by one sort: about three times faster overall. Like :mod:`storage.search_index`,
everything happens *inside the caller's transaction*: the indexes are dropped and put back
(their exact SQL) before it commits, and a rollback restores them with everything else.
Readers keep their WAL snapshot, indexes included. SQLite only (a no-op elsewhere).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection


class DeferredIndexes:
    """The named indexes of ``table`` except ``keep`` (which lookups during the insert still
    need), dropped by :meth:`defer` and rebuilt by :meth:`restore`."""

    def __init__(self, conn: Connection, table: str, keep: Iterable[str] = ()):
        self.conn = conn
        self.table = table
        self.keep = frozenset(keep)
        self._dropped: list[tuple[str, str]] = []

    @property
    def deferred(self) -> bool:
        return bool(self._dropped)

    def defer(self) -> int:
        """Drop the indexes (once); returns how many were dropped."""
        if self._dropped or self.conn.dialect.name != "sqlite":
            return 0
        driver = self.conn.connection.driver_connection
        if driver is not None and not driver.in_transaction:
            # DDL outside a transaction would commit on its own (pysqlite begins lazily).
            self.conn.exec_driver_sql("BEGIN")
        rows = self.conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
            " AND sql IS NOT NULL ORDER BY name",
            (self.table,),
        ).all()
        for name, sql in rows:
            if name in self.keep:
                continue
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')
            self._dropped.append((name, sql))
        return len(self._dropped)

    def restore(self) -> None:
        """Build the dropped indexes again; call before the transaction commits."""
        for _done in self.restore_each():
            pass

    def restore_each(self) -> Iterator[tuple[int, int]]:
        """:meth:`restore` an index at a time, yielding ``(built, of)`` after each (a
        million rows take about a second an index: enough to show progress)."""
        dropped, self._dropped = self._dropped, []
        for built, (_name, sql) in enumerate(dropped, start=1):
            self.conn.exec_driver_sql(sql)
            yield built, len(dropped)
