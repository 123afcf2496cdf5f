"""Anonymising the local SQLite database for an erasure record (``privacy_tables.Erasure``).

:func:`apply_erasure` is the one place that says what an erasure removes on a desk: the
privacy service calls it for an erasure made here, the sync for one pulled from the centre.
It is plain SQL on the caller's connection and transaction: no ORM, no outbox entries and
no version bumps (the erasure record is what travels; the centre applies its own copy and
desks pull its pseudonymised rows later). Applying it twice changes nothing.

It also works on an older copy of the database (a pre-upgrade backup): tables and columns
that copy lacks are skipped. After the transaction, :func:`checkpoint` moves the pages into
the database file and empties the write-ahead log; with ``PRAGMA secure_delete`` (set on
every connection, ``storage/db.py``) the old bytes are overwritten with zeros.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Engine, text

from recovery_desk.domain.customer_search import search_terms
from recovery_desk.domain.privacy import pseudonym, pseudonym_code
from recovery_desk.domain.text import fold
from recovery_desk.storage.outbox import UNKNOWN
from recovery_desk.storage.privacy_tables import SCOPE_CALL_NOTES, SCOPE_CUSTOMER

log = logging.getLogger("recovery_desk.privacy")

# Related rows, by the column that ties them to the customer or to one of their calls.
_BY_CUSTOMER = ("calls", "promises", "callbacks", "care_reviews", "health_events", "offers_made")
_BY_CALL = ("call_steps", "call_reasons", "promises", "callbacks", "offers_made")


def apply_erasure(conn: Connection, erasure: Mapping[str, Any]) -> None:
    """Remove what ``erasure`` (the columns of an ``erasures`` row) says must go.

    Scope ``customer`` (``customer_id``):

    - customers: ``name`` → "Anon " + 8 hex digits of the id, ``external_id`` →
      "ANON-" + the id in hex, ``name_folded``/``search_terms`` from those (the search index
      follows by its triggers); ``phone``, ``phone_alt``, ``email``, ``notes``,
      ``imported_reason_text`` → NULL. Kept: segment, region, revenue, dates, status,
      reasons, served_by (the front-line rep), counters.
    - calls of the customer: ``verbatim``, ``readback_text``, ``outcome_notes`` → NULL,
      ``draft_state`` → {}; their call_steps ``notes`` → ''; call_reasons ``verbatim`` → NULL.
    - promises ``what`` → ''; callbacks ``note`` → NULL; care_reviews ``notes`` → NULL;
      health_events ``note`` → NULL (all of the customer's).
    - coaching_notes whose customer or call is the customer's: ``text`` → ''.
    - audit_log rows about the customer or any of those rows (by ``entity_id``), or whose
      ``before``/``after``/``details`` mention the customer's id: those three → NULL.
    - sync_conflicts about any of those rows: deleted (they hold overruled values);
      sync_outbox entries of them: the before-values in ``fields`` become "unknown".

    Scope ``call_notes`` (``call_id``): that call's ``verbatim``, ``readback_text``,
    ``outcome_notes`` → NULL and ``draft_state`` → {}, its steps' ``notes`` → '', its
    reasons' ``verbatim`` → NULL, and its sync_conflicts / outbox before-values as above.
    """
    tables = _Schema(conn)
    scope = erasure["scope"]
    if scope == SCOPE_CUSTOMER and erasure.get("customer_id") is not None:
        customer = _uuid(erasure["customer_id"])
        _erase_customer(conn, tables, customer)
    elif scope == SCOPE_CALL_NOTES and erasure.get("call_id") is not None:
        call = _uuid(erasure["call_id"])
        _erase_call_notes(conn, tables, [call.hex])
        _forget_old_values(conn, tables, [call.hex, *_children(conn, tables, [call.hex])])
    else:
        log.warning("erasure %s of unknown scope %r skipped", erasure.get("id"), scope)


def compact_search_index(conn: Connection) -> None:
    """Merge the search index into one segment: FTS5 keeps a deleted term in its older
    segments until they merge, so an erased name would stay in the file's bytes."""
    if _Schema(conn).has("customers_fts"):
        conn.exec_driver_sql("INSERT INTO customers_fts(customers_fts) VALUES ('optimize')")


def checkpoint(engine: Engine) -> bool:
    """Copy the log into the database file and truncate it (after the commit). Returns
    False when a reader kept it from finishing (the next checkpoint completes it)."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return True
    with engine.connect() as conn:
        busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return not busy


class _Schema:
    """The tables and columns of this database (an old backup lacks some)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self._columns: dict[str, set[str]] = {}
        self.tables = {
            row[0]
            for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }

    def has(self, table: str, column: str | None = None) -> bool:
        if table not in self.tables:
            return False
        if column is None:
            return True
        if table not in self._columns:
            rows = self.conn.exec_driver_sql(f"PRAGMA table_info({table})")
            self._columns[table] = {row[1] for row in rows}
        return column in self._columns[table]

    def set(self, table: str, values: Mapping[str, str]) -> str:
        """The SET clause of the columns of ``values`` this copy has ('' if none)."""
        return ", ".join(f"{c} = {v}" for c, v in values.items() if self.has(table, c))


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _in(ids: list[str]) -> tuple[str, dict[str, str]]:
    names = {f"i{n}": value for n, value in enumerate(ids)}
    return ", ".join(f":{name}" for name in names) or "NULL", names


def _update(
    conn: Connection, tables: _Schema, table: str, values: Mapping[str, str], where: str, **p: Any
) -> None:
    clause = tables.set(table, values)
    if clause:
        conn.execute(text(f"UPDATE {table} SET {clause} WHERE {where}"), p)


def _erase_customer(conn: Connection, tables: _Schema, customer: uuid.UUID) -> None:
    name, code = pseudonym(customer), pseudonym_code(customer)
    if tables.has("customers"):
        blanks = {c: "NULL" for c in ("phone", "phone_alt", "email", "notes")}
        values = {
            "name": ":name",
            "external_id": ":code",
            "name_folded": ":folded",
            "search_terms": ":terms",
            **blanks,
            "imported_reason_text": "NULL",
        }
        _update(
            conn,
            tables,
            "customers",
            values,
            "id = :c",
            c=customer.hex,
            name=name,
            code=code,
            folded=fold(name),
            terms=search_terms(name, code, None, None),
        )
    calls = (
        [
            row[0]
            for row in conn.execute(
                text("SELECT id FROM calls WHERE customer_id = :c"), {"c": customer.hex}
            )
        ]
        if tables.has("calls")
        else []
    )
    _erase_call_notes(conn, tables, calls)
    by_customer = "customer_id = :c"
    _update(conn, tables, "promises", {"what": "''"}, by_customer, c=customer.hex)
    _update(conn, tables, "callbacks", {"note": "NULL"}, by_customer, c=customer.hex)
    _update(conn, tables, "care_reviews", {"notes": "NULL"}, by_customer, c=customer.hex)
    _update(conn, tables, "health_events", {"note": "NULL"}, by_customer, c=customer.hex)
    marks, params = _in(calls)
    _update(
        conn,
        tables,
        "coaching_notes",
        {"text": "''"},
        f"customer_id = :c OR call_id IN ({marks})",
        c=customer.hex,
        **params,
    )
    related = [customer.hex, *calls, *_children(conn, tables, calls)]
    related += _owned(conn, tables, customer.hex)
    _redact_audit(conn, tables, related, customer)
    _forget_old_values(conn, tables, related)


def _erase_call_notes(conn: Connection, tables: _Schema, calls: list[str]) -> None:
    if not calls:
        return
    marks, params = _in(calls)
    notes = {"verbatim": "NULL", "readback_text": "NULL", "outcome_notes": "NULL"}
    _update(conn, tables, "calls", {**notes, "draft_state": "'{}'"}, f"id IN ({marks})", **params)
    _update(conn, tables, "call_steps", {"notes": "''"}, f"call_id IN ({marks})", **params)
    _update(conn, tables, "call_reasons", {"verbatim": "NULL"}, f"call_id IN ({marks})", **params)


def _children(conn: Connection, tables: _Schema, calls: list[str]) -> list[str]:
    """Ids (hex) of the rows that belong to ``calls``."""
    if not calls:
        return []
    marks, params = _in(calls)
    found: list[str] = []
    for table in (*_BY_CALL, "coaching_notes"):
        if tables.has(table, "call_id"):
            query = text(f"SELECT id FROM {table} WHERE call_id IN ({marks})")
            found += [row[0] for row in conn.execute(query, params)]
    return found


def _owned(conn: Connection, tables: _Schema, customer: str) -> list[str]:
    """Ids (hex) of the rows that name the customer directly."""
    found: list[str] = []
    for table in (*_BY_CUSTOMER, "coaching_notes", "assignments"):
        if tables.has(table, "customer_id"):
            query = text(f"SELECT id FROM {table} WHERE customer_id = :c")
            found += [row[0] for row in conn.execute(query, {"c": customer})]
    return found


def _dashed(ids: Iterable[str]) -> list[str]:
    return [str(uuid.UUID(hex=i)) for i in ids]


def _redact_audit(
    conn: Connection, tables: _Schema, related: list[str], customer: uuid.UUID
) -> None:
    if not tables.has("audit_log", "details"):
        return
    forms = sorted({*related, *_dashed(related)})
    marks, params = _in(forms)
    mention = " OR ".join(
        f'CAST("{c}" AS TEXT) LIKE :dashed OR CAST("{c}" AS TEXT) LIKE :bare'
        for c in ("before", "after", "details")
    )
    conn.execute(
        text(
            'UPDATE audit_log SET "before" = NULL, "after" = NULL, details = NULL'
            f" WHERE (entity_id IN ({marks}) OR {mention})"
            ' AND NOT ("before" IS NULL AND "after" IS NULL AND details IS NULL)'
        ),
        {**params, "dashed": f"%{customer}%", "bare": f"%{customer.hex}%"},
    )


def _forget_old_values(conn: Connection, tables: _Schema, related: list[str]) -> None:
    """Drop overruled values and queued before-values of ``related`` rows."""
    if not related:
        return
    marks, params = _in(related)
    if tables.has("sync_conflicts"):
        conn.execute(text(f"DELETE FROM sync_conflicts WHERE entity_id IN ({marks})"), params)
    if not tables.has("sync_outbox", "fields"):
        return
    query = text(
        f"SELECT seq, fields FROM sync_outbox WHERE fields IS NOT NULL AND entity_id IN ({marks})"
    )
    for seq, fields in conn.execute(query, params).all():
        unknown = {key: UNKNOWN for key in json.loads(fields)}
        conn.execute(
            text("UPDATE sync_outbox SET fields = :f WHERE seq = :s"),
            {"f": json.dumps(unknown), "s": seq},
        )
