"""Writing pulled rows into the desk: in bulk, parents first, nothing dropped.

For each batch of one table:

1. Ids another desk's twin was merged into here (``sync_redirects``) are read as the id
   they now are, in the row's own id and in every reference it holds.
2. Rows with a local change still waiting to be pushed are left alone: the push carries
   the newer local version, and the centre's answer comes back in a later pull.
3. A row whose natural key (a code, a login, an external id, a customer in a cycle)
   belongs to another row here is merged with it: the lower id wins on every desk,
   whatever order they sync in; the other one's references move to it and a redirect
   remembers it.
4. References to parents this desk lacks are reported to the caller, which fetches them
   from the centre; a row whose parent cannot be had is held (``sync_held``), tried at
   every sync and counted, never dropped.
5. The rest is upserted in one statement per chunk (the centre wins).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, func, select, text, tuple_, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from recovery_desk.storage.central import exchange
from recovery_desk.storage.central.push import APPEND_ONLY
from recovery_desk.storage.tables import (
    TRAVELLING_TABLES,
    Base,
    OutboxEntry,
    SyncHeld,
    SyncRedirect,
)
from recovery_desk.storage.types import utcnow

MAX_PARAMS = 30000  # below SQLite's 32766 bind parameters


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def references(name: str) -> list[tuple[str, str]]:
    """(column, parent table) of each travelling table ``name`` refers to."""
    out = []
    for fk in _table(name).foreign_keys:
        parent = fk.column.table.name
        if parent in TRAVELLING_TABLES:
            out.append((fk.parent.name, parent))
    return out


def referenced_by(name: str) -> list[tuple[str, str]]:
    """(child table, column) of every local reference to table ``name``."""
    out = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == name:
                out.append((table.name, fk.parent.name))
    return out


def natural_keys(name: str) -> list[tuple[str, ...]]:
    """The unique column sets of table ``name`` besides its id."""
    keys: list[tuple[str, ...]] = []
    table = _table(name)
    for column in table.columns:
        if column.unique:
            keys.append((column.name,))
    for constraint in table.constraints:
        cols = tuple(c.name for c in getattr(constraint, "columns", []))
        if constraint.__class__.__name__ == "UniqueConstraint" and cols and cols not in keys:
            keys.append(cols)
    return keys


@dataclass
class Applied:
    """What one batch did."""

    merged: int = 0
    missing: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    held: list[tuple[uuid.UUID, str]] = field(default_factory=list)


def _redirects(session: Session, tables: set[str]) -> dict[str, dict[uuid.UUID, uuid.UUID]]:
    found: dict[str, dict[uuid.UUID, uuid.UUID]] = defaultdict(dict)
    if not tables:
        return found
    rows = session.execute(
        select(SyncRedirect.entity, SyncRedirect.from_id, SyncRedirect.to_id).where(
            SyncRedirect.entity.in_(tables)
        )
    )
    for entity, src, dst in rows:
        found[entity][src] = dst
    return found


def prepare(
    session: Session, name: str, rows: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], Applied]:
    """Steps 1-4: the rows ready to write, and what was skipped, merged or is missing.

    The session's transaction must defer foreign keys (``defer_foreign_keys``): a merge
    moves references to a winner written a moment later.
    """
    table = _table(name)
    result = Applied()
    refs = references(name)
    own = _redirects(session, {name}).get(name, {})
    names = set(table.c.keys())
    keys = [k for k in rows[0] if k in names] if rows else []
    clean = [{k: r[k] for k in keys} for r in rows]  # the centre's own columns dropped
    clean = [r for r in clean if r["id"] not in own]  # merged into its twin here
    pending = exchange.pending_ids(session, name, [r["id"] for r in clean])
    clean = [r for r in clean if r["id"] not in pending]
    clean = _merge_twins(session, name, clean, result)
    redirects = _redirects(session, {p for _, p in refs})
    for row in clean:
        for column, parent in refs:
            value = row.get(column)
            if value is not None and value in redirects.get(parent, {}):
                row[column] = redirects[parent][value]
    present = {r["id"] for r in clean}
    for column, parent in refs:
        wanted = {r[column] for r in clean if r.get(column) is not None}
        if parent == name:
            wanted -= present
        lacking = wanted - _existing(session, parent, wanted)
        if lacking:
            result.missing.setdefault(parent, set()).update(lacking)
    return clean, result


def _existing(session: Session, name: str, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    table = _table(name)
    found: set[uuid.UUID] = set()
    listed = list(ids)
    for start in range(0, len(listed), 900):
        part = listed[start : start + 900]
        found.update(session.scalars(select(table.c.id).where(table.c.id.in_(part))))
    return found


def _merge_twins(
    session: Session, name: str, rows: list[dict[str, Any]], result: Applied
) -> list[dict[str, Any]]:
    """Step 3: rows whose natural key another local row holds."""
    table = _table(name)
    keep = rows
    for key in natural_keys(name):
        by_key = {
            tuple(r.get(c) for c in key): r for r in keep if None not in (r.get(c) for c in key)
        }
        if not by_key:
            continue
        columns = [table.c[c] for c in key]
        twins: list[tuple[uuid.UUID, tuple[Any, ...]]] = []
        listed = list(by_key)
        step = max(1, 900 // len(key))
        for start in range(0, len(listed), step):
            part = listed[start : start + step]
            match = (
                tuple_(*columns).in_(part) if len(key) > 1 else columns[0].in_([p[0] for p in part])
            )
            twins.extend(
                (r[0], tuple(r[1:]))
                for r in session.execute(select(table.c.id, *columns).where(match))
            )
        dropped: set[uuid.UUID] = set()
        for local_id, values in twins:
            pulled = by_key[values]
            if pulled["id"] == local_id:
                continue
            result.merged += 1
            if local_id.hex < pulled["id"].hex:  # the local row wins: the pulled one is it
                _remember(session, name, pulled["id"], local_id)
                dropped.add(pulled["id"])
            else:  # the pulled row wins: the local one's references move to it
                merge_into(session, name, local_id, pulled["id"])
        keep = [r for r in keep if r["id"] not in dropped]
    return keep


def _remember(session: Session, name: str, src: uuid.UUID, dst: uuid.UUID) -> None:
    session.merge(SyncRedirect(entity=name, from_id=src, to_id=dst))


def merge_into(session: Session, name: str, loser: uuid.UUID, winner: uuid.UUID) -> None:
    """Move every local reference from ``loser`` to ``winner``, then remove ``loser``.

    A child row that would then clash with a child of the winner (the same customer in a
    cycle twice) is merged into that child first.
    """
    for child, column in referenced_by(name):
        child_table = _table(child)
        for key in natural_keys(child):
            if column not in key or len(key) < 2:
                continue
            others = [child_table.c[c] for c in key if c != column]
            mine = select(child_table.c.id, *others).where(child_table.c[column] == loser)
            for row in session.execute(mine).all():
                twin = session.execute(
                    select(child_table.c.id).where(
                        child_table.c[column] == winner,
                        *(o == v for o, v in zip(others, row[1:], strict=True)),
                    )
                ).scalar()
                if twin is not None:
                    merge_into(session, child, row[0], twin)
        session.execute(
            update(child_table).where(child_table.c[column] == loser).values({column: winner})
        )
    table = _table(name)
    session.execute(delete(table).where(table.c.id == loser))
    session.execute(
        delete(OutboxEntry).where(OutboxEntry.entity == name, OutboxEntry.entity_id == loser)
    )
    _remember(session, name, loser, winner)


def write(session: Session, name: str, rows: Sequence[dict[str, Any]]) -> int:
    """Step 5: upsert ``rows`` (the centre wins), one driver executemany per shape."""
    table = _table(name)
    if not rows:
        return 0
    # executemany needs one shape: rows fetched by id and pulled rows may differ.
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_shape[tuple(r)].append(r)
    conn = session.connection()
    dialect = conn.dialect
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        for shape, shaped in by_shape.items():
            stmt = sqlite.insert(table)
            if name in APPEND_ONLY:  # written once: a row already here stays as it is
                stmt = stmt.on_conflict_do_nothing(index_elements=[table.c.id])
            else:
                stmt = stmt.on_conflict_do_update(
                    index_elements=[table.c.id],
                    set_={c: stmt.excluded[c] for c in shape if c != "id"},
                )
            compiled = stmt.compile(dialect=dialect, column_keys=list(shape))
            order = list(compiled.positiontup or [])
            # Values as SQLAlchemy would bind them (UUIDs, times, JSON), without its
            # per-row bookkeeping: the pull writes tens of thousands of rows.
            procs = [table.c[key].type._cached_bind_processor(dialect) for key in order]
            params = [
                tuple(
                    proc(row[key]) if proc is not None else row[key]
                    for key, proc in zip(order, procs, strict=True)
                )
                for row in shaped
            ]
            cursor.executemany(str(compiled), params)
    finally:
        cursor.close()
    return len(rows)


def hold(session: Session, name: str, held: Sequence[tuple[uuid.UUID, str]]) -> None:
    for rid, problem in held:
        session.merge(SyncHeld(entity=name, entity_id=rid, problem=problem[:300], since=utcnow()))


def release(session: Session, name: str, ids: Sequence[uuid.UUID]) -> None:
    if ids:
        session.execute(
            delete(SyncHeld).where(SyncHeld.entity == name, SyncHeld.entity_id.in_(list(ids)))
        )


def held_rows(session: Session) -> dict[str, list[uuid.UUID]]:
    out: dict[str, list[uuid.UUID]] = defaultdict(list)
    for entity, rid in session.execute(select(SyncHeld.entity, SyncHeld.entity_id)):
        out[entity].append(rid)
    return out


def held_count(session: Session) -> int:
    """Pulled rows that wait for a parent (rows only to be read again not counted)."""
    query = select(func.count()).select_from(SyncHeld).where(SyncHeld.problem != REFRESH)
    return int(session.scalar(query) or 0)


def unresolved(session: Session, name: str, rows: Sequence[dict[str, Any]]) -> dict[uuid.UUID, str]:
    """Rows of ``rows`` that refer to a parent this desk does not hold: id -> problem."""
    present = {r["id"] for r in rows}
    problems: dict[uuid.UUID, str] = {}
    for column, parent in references(name):
        wanted = {r[column] for r in rows if r.get(column) is not None}
        if parent == name:
            wanted -= present
        lacking = wanted - _existing(session, parent, wanted)
        for row in rows:
            if row.get(column) in lacking:
                problems[row["id"]] = f"waits for {parent} {row[column]} ({column})"
    return problems


def refresh_refused(session: Session, lo: int, hi: int) -> None:
    """Rows whose local change (outbox seqs ``lo``..``hi``) was refused are read again
    from the centre: a pull skipped them while the change waited."""
    session.execute(
        text(
            "INSERT OR IGNORE INTO sync_held (entity, entity_id, problem, since) "
            "SELECT DISTINCT entity, entity_id, :p, :now FROM sync_outbox "
            "WHERE refused IS NOT NULL AND seq BETWEEN :lo AND :hi"
        ),
        {"lo": lo, "hi": hi, "p": REFRESH, "now": utcnow().replace(tzinfo=None).isoformat(sep=" ")},
    )


REFRESH = "refresh"
"""The problem of a held row that only needs reading again (not counted as waiting)."""
