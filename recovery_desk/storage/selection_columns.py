"""Every customer's selection fields as numpy columns, for the cycle funnel's live preview.

A rule change then costs a few vectorised comparisons over arrays (milliseconds for a
million customers) instead of a scan of the database. The columns are read in one pass over
the covering index ``ix_customers_selection`` (SQLite's own choice) and kept until the
data change, which :class:`DataVersion` notices cheaply (SQLite's ``PRAGMA data_version``
on a connection of its own counts the commits of every other connection and process).

Values are turned into integers by SQLite so that they compare exactly as the SQL rules
do: days as proleptic ordinals (``date.toordinal``), instants as whole Unix seconds (a
stored ``t < midnight`` holds exactly when ``floor(t) < midnight``), text as codes.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Engine

from recovery_desk.storage.db import BUSY_TIMEOUT_MS

NO_DATE = 0  # below every ordinal (they start at 1): a missing departure keeps no date rule
NO_CONTACT = np.iinfo(np.int64).min  # before every cutoff: never contacted passes the rule
NO_CODE = 0  # a missing segment or region matches no chosen value (codes start at 1)

# Flags packed by SQLite with the departure day: day * 8 + flags.
REVENUE_MISSING = 1
NOT_WON_BACK = 2
NOT_DO_NOT_CALL = 4

# Segments, regions and currencies get small integer codes in temporary tables, filled in
# the same read transaction as the scan below (so no value can be missing from them).
_CODED = ("segment", "region", "currency")
_CODES_TABLE = "CREATE TEMP TABLE IF NOT EXISTS rd_{0}_codes (value TEXT PRIMARY KEY, code INTEGER)"
_CODES_FILL = (
    "INSERT INTO temp.rd_{0}_codes (value, code)"
    " SELECT value, row_number() OVER () FROM"
    " (SELECT DISTINCT {0} AS value FROM customers WHERE {0} IS NOT NULL)"
)

# One scan of the covering index ``ix_customers_selection``; each column comes back as one
# comma-separated text that numpy parses in C (Python tuples for a million rows take
# seconds; this, about one). The aggregates of one query see the rows in the same order.
_COLUMNS_SQL = (
    "SELECT count(*), group_concat(c.rowid),"
    " group_concat(coalesce(CAST(julianday(departed_on) - 1721424.5 AS INTEGER), 0) * 8"
    "  + ((monthly_revenue_cents IS NULL)"
    "     | (coalesce(status != 'won_back', 0) << 1)"
    "     | ((do_not_call IS 0) << 2))),"
    " group_concat(coalesce(monthly_revenue_cents, 0)),"
    " group_concat(coalesce(s.code, 0)),"
    " group_concat(coalesce(r.code, 0)),"
    " group_concat(coalesce(k.code, 0)),"
    # The fraction is cut off by hand: SQLite would round 23:59:59.9995 up to midnight.
    " group_concat(coalesce(CAST(strftime('%s', substr(last_contact_at, 1, 19)) AS INTEGER),"
    f"  {NO_CONTACT}))"
    " FROM customers c"
    " LEFT JOIN temp.rd_segment_codes s ON s.value = c.segment"
    " LEFT JOIN temp.rd_region_codes r ON r.value = c.region"
    " LEFT JOIN temp.rd_currency_codes k ON k.value = c.currency"
)

# Customers by reason category code: the imported reason, or a reason verified in a call.
_CATEGORIES_SQL = (
    "SELECT code, group_concat(rid) FROM ("
    " SELECT g.code AS code, c.rowid AS rid FROM customers c"
    "  JOIN reasons r ON r.id = c.imported_reason_id"
    "  JOIN reason_categories g ON g.id = r.category_id"
    " UNION"
    " SELECT g.code, c.rowid FROM call_reasons cr"
    "  JOIN calls k ON k.id = cr.call_id"
    "  JOIN customers c ON c.id = k.customer_id"
    "  JOIN reasons r ON r.id = cr.reason_id"
    "  JOIN reason_categories g ON g.id = r.category_id"
    "  WHERE cr.verified IS 1"
    ") GROUP BY code"
)


@dataclass(frozen=True)
class SelectionColumns:
    """One entry per customer, in the same order in every array."""

    departed_day: NDArray[np.int32]  # date.toordinal(), NO_DATE when unknown
    revenue_cents: NDArray[np.int64]  # 0 when unknown (see revenue_missing)
    revenue_missing: NDArray[np.bool_]
    segment: NDArray[np.int32]  # a code of segment_codes, NO_CODE when empty
    region: NDArray[np.int32]
    not_won_back: NDArray[np.bool_]
    not_do_not_call: NDArray[np.bool_]
    last_contact: NDArray[np.int64]  # Unix seconds, NO_CONTACT when never
    segment_codes: dict[str, int]
    region_codes: dict[str, int]
    by_category: dict[str, NDArray[np.intp]]  # category code -> positions in the arrays
    # A code of currency_codes (1 for the commonest currency; small: a byte per customer).
    currency: NDArray[np.integer[Any]]
    currency_codes: dict[str, int]  # the commonest currency first

    def __len__(self) -> int:
        return len(self.departed_day)

    @property
    def nbytes(self) -> int:
        arrays = (getattr(self, name) for name in self.__dataclass_fields__)
        held = sum(a.nbytes for a in arrays if isinstance(a, np.ndarray))
        return held + sum(a.nbytes for a in self.by_category.values())


def _numbers(joined: str | None) -> NDArray[np.int64]:
    if not joined:
        return np.empty(0, dtype=np.int64)
    return np.fromstring(joined, dtype=np.int64, sep=",")


def read_selection_columns(raw: sqlite3.Connection) -> SelectionColumns:
    """Read the columns in one transaction (a consistent picture of the customers)."""
    cursor = raw.cursor()
    try:
        cursor.execute("BEGIN")
        codes: list[dict[str, int]] = []
        for name in _CODED:
            cursor.execute(_CODES_TABLE.format(name))
            cursor.execute(f"DELETE FROM temp.rd_{name}_codes")
            cursor.execute(_CODES_FILL.format(name))
            cursor.execute(f"SELECT value, code FROM temp.rd_{name}_codes")
            codes.append(dict(cursor.fetchall()))
        cursor.execute(_COLUMNS_SQL)
        count, *joined = cursor.fetchone()
        cursor.execute(_CATEGORIES_SQL)
        listed = cursor.fetchall()
        cursor.execute("COMMIT")
    except BaseException:
        if raw.in_transaction:
            raw.rollback()
        raise
    finally:
        cursor.close()
    rowids, packed, revenue, segment, region, currency, contact = (
        _numbers(text) for text in joined
    )
    columns = (rowids, packed, revenue, segment, region, currency, contact)
    if any(len(column) != count for column in columns):
        raise ValueError("selection columns of unequal length")
    flags = packed & 7
    # Positions of rowids: the arrays follow the index order, not the rowid order.
    order = np.argsort(rowids, kind="stable")
    sorted_ids = rowids[order]
    by_category = {
        code: order[np.searchsorted(sorted_ids, _numbers(rids))] for code, rids in listed
    }
    currency_codes, currency_of = _commonest_first(codes[2], currency)
    return SelectionColumns(
        departed_day=(packed >> 3).astype(np.int32),
        revenue_cents=revenue,
        revenue_missing=(flags & REVENUE_MISSING) != 0,
        segment=segment.astype(np.int32),
        region=region.astype(np.int32),
        not_won_back=(flags & NOT_WON_BACK) != 0,
        not_do_not_call=(flags & NOT_DO_NOT_CALL) != 0,
        last_contact=contact,
        segment_codes=codes[0],
        region_codes=codes[1],
        by_category=by_category,
        currency=currency_of,
        currency_codes=currency_codes,
    )


def _commonest_first(
    codes: dict[str, int], column: NDArray[np.int64]
) -> tuple[dict[str, int], NDArray[np.integer[Any]]]:
    """The currencies coded again, 1 for the commonest (ties by code), and the column in
    the new codes, a byte a customer (two beyond 127 currencies)."""
    held = np.bincount(column, minlength=len(codes) + 1)
    ranked = sorted(codes, key=lambda cur: (-held[codes[cur]], cur))
    recoded = {cur: new for new, cur in enumerate(ranked, start=1)}
    dtype = np.int8 if len(codes) < 128 else np.int16
    table = np.zeros(len(codes) + 1, dtype=dtype)
    for cur, old in codes.items():
        table[old] = recoded[cur]
    return recoded, cast("NDArray[np.integer[Any]]", table[column])


class DataVersion:
    """Tells whether any connection committed to the database since the last look.

    Holds a connection of its own that never writes, so every commit it sees is someone
    else's: this process's pool, the sync child, another app on the same folder.
    """

    def __init__(self, engine: Engine):
        database = engine.url.database
        if engine.dialect.name != "sqlite" or not database or database == ":memory:":
            raise ValueError("the live funnel watches a SQLite database file")
        self._path = database
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def connection(self) -> sqlite3.Connection:
        """The watcher's own connection (also the one that reads the columns)."""
        with self._lock:
            if self._conn is None:
                self._conn = sqlite3.connect(
                    self._path, check_same_thread=False, isolation_level=None
                )
                self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            return self._conn

    def current(self) -> int:
        """The counter now: it moves at every commit of another connection."""
        conn = self.connection()
        with self._lock:
            return int(conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
