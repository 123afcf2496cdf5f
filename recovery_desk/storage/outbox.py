"""The sync outbox: every change to a travelling record queues an entry in the same
transaction, and bumps the record's ``version`` and ``updated_at``.

ORM changes are caught by a ``before_flush`` hook on the session factory. Bulk work through
Core goes through :func:`bulk_insert` / :func:`enqueue`, which do the same by hand. Writes
that come *from* the centre (sync pull) set ``session.info["from_centre"] = True`` so they
are neither re-queued nor re-versioned.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, event, insert, inspect, literal, literal_column, select
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.identity import row_id
from recovery_desk.storage.driver_insert import insert_rows
from recovery_desk.storage.tables import OutboxEntry, Travelling
from recovery_desk.storage.types import UTCDateTime, utcnow

FROM_CENTRE = "from_centre"
_OUTBOX = cast(Table, OutboxEntry.__table__)


UNKNOWN = "\x00unknown"  # a base value the session never loaded


def as_text(value: Any) -> str | None:
    """A column value as the sync compares it on both ends (None stays None)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, (date, uuid.UUID)):
        return value.isoformat() if isinstance(value, date) else str(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, default=str)
    return str(value)


def _changed(obj: Travelling) -> dict[str, str | None]:
    """The columns of ``obj`` this flush changes (bookkeeping aside), each with the value
    it had before, as text: a conflict at the centre compares it with the centre's."""
    state = inspect(obj)
    columns = {c.key for c in state.mapper.column_attrs}
    changed: dict[str, str | None] = {}
    for attr in state.attrs:
        if attr.key not in columns or attr.key in ("version", "updated_at"):
            continue
        history = attr.history
        if history.has_changes():
            before = history.deleted[0] if history.deleted else UNKNOWN
            changed[attr.key] = UNKNOWN if before is UNKNOWN else as_text(before)
    return changed


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(FROM_CENTRE):
        return
    now = utcnow()
    entries: list[OutboxEntry] = []
    for obj in session.new:
        if isinstance(obj, Travelling):
            if obj.id is None:
                obj.id = _new_id(session, obj)
            obj.version = obj.version or 1
            obj.created_at = obj.created_at or now
            obj.updated_at = obj.updated_at or now
            entries.append(_entry(obj, 0, now))
    for obj in session.dirty:
        changed = _changed(obj) if isinstance(obj, Travelling) else []
        if changed:
            assert isinstance(obj, Travelling)
            base = obj.version or 1
            obj.version = base + 1
            obj.updated_at = now
            entries.append(_entry(obj, base, now, json.dumps(changed)))
    session.add_all(entries)


def _new_id(session: Session, obj: Travelling) -> uuid.UUID:
    """A catalogue row's id derived from its natural key (every desk agrees on it),
    unless a row here already has it (its code was changed); else a random id."""
    values = {c.key: getattr(obj, c.key, None) for c in inspect(obj).mapper.column_attrs}
    derived = row_id(obj.__tablename__, values)
    if derived is not None and session.get(type(obj), derived) is None:
        return derived
    return uuid.uuid4()


def _entry(obj: Travelling, base: int, now: Any, fields: str | None = None) -> OutboxEntry:
    return OutboxEntry(
        entity=obj.__tablename__,
        entity_id=obj.id,
        version=obj.version,
        base_version=base,
        fields=fields,
        queued_at=now,
    )


_INSTALLED = "_rd_outbox_installed"


def install(factory: sessionmaker[Session]) -> None:
    """Attach the outbox hook to every session made by ``factory`` (once).

    The mark lives on the factory's own Session subclass. ``event.contains`` cannot tell:
    SQLAlchemy's listener registry is keyed by ``id()``, so a new factory whose class reuses
    the address of a collected one reads as hooked while it is not, and its changes would
    silently never be queued for the centre.
    """
    if vars(factory.class_).get(_INSTALLED):
        return
    event.listen(factory, "before_flush", _before_flush)
    setattr(factory.class_, _INSTALLED, True)


def enqueue(
    conn: Connection,
    entity: str,
    changes: Iterable[tuple[uuid.UUID, int]],
    before: Mapping[uuid.UUID, Mapping[str, Any]] | None = None,
) -> None:
    """Queue ``(id, version)`` pairs of ``entity`` written through Core (each change one
    version above the one it was made from; a version 1 is a new row).

    ``before``: per id, the columns the change touched with their values before it (as
    the ORM hook records them); without it, a conflict counts every column as changed.
    """
    before = before or {}
    rows = [
        {
            "entity": entity,
            "entity_id": rid,
            "version": ver,
            "base_version": ver - 1,
            "fields": (
                json.dumps({k: as_text(v) for k, v in before[rid].items()})
                if rid in before
                else None
            ),
        }
        for rid, ver in changes
    ]
    insert_rows(conn, _OUTBOX, rows, {"queued_at": utcnow(), "attempts": 0})


def enqueue_appended(conn: Connection, table: Table, after_rowid: int) -> None:
    """Queue every row of ``table`` whose rowid is above ``after_rowid`` (rows this
    transaction just appended to a SQLite rowid table) with one ``INSERT … SELECT``: a
    million imported customers are queued without a Python tuple each."""
    source = select(
        literal(table.name),
        table.c.id,
        table.c.version,
        literal(utcnow(), UTCDateTime()),
        literal(0),
        literal(0),
    ).where(literal_column("rowid") > after_rowid)
    columns = ["entity", "entity_id", "version", "queued_at", "attempts", "base_version"]
    conn.execute(insert(_OUTBOX).from_select(columns, source))


def bulk_insert(
    conn: Connection,
    model: type[Travelling],
    rows: Sequence[dict[str, Any]],
    *,
    appended_after: int | None = None,
) -> list[uuid.UUID]:
    """Insert ``rows`` of a travelling ``model`` through Core, filling id, timestamps and
    version, and queue them for sync in the same transaction. Returns the ids.

    ``appended_after``: the table's highest SQLite rowid before this insert, when the caller
    knows it and nothing else appends meanwhile; the entries are then queued in SQL."""
    table = cast(Table, model.__table__)
    for row in rows:
        if "id" not in row:
            derived = row_id(table.name, row)
            taken = derived is not None and conn.scalar(
                select(table.c.id).where(table.c.id == derived)
            )
            row["id"] = derived if derived is not None and not taken else uuid.uuid4()
        row.setdefault("version", 1)
    if rows:
        now = utcnow()
        # Timestamps are the same for the whole batch: processed once, not per row.
        stamped = [r for r in rows if "created_at" not in r]
        insert_rows(conn, table, stamped, {"created_at": now, "updated_at": now})
        insert_rows(conn, table, [r for r in rows if "created_at" in r])
        if appended_after is not None and conn.dialect.name == "sqlite":
            enqueue_appended(conn, table, appended_after)
        else:
            enqueue(conn, model.__tablename__, ((r["id"], r["version"]) for r in rows))
    return [r["id"] for r in rows]
