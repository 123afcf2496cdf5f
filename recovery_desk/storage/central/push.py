"""The centre's side of a push: stage a desk's rows, insert the new ones, record what a
conflicting change overrules, update the rest — one transaction with the batch's token.

The conflict rule (``docs/sync.md``): each row carries the version the desk changed it
from (``rd_base``) and the columns it changed (``rd_fields``). The centre holding a newer
version than that means someone else changed the row meanwhile. Then per column: what
only the centre changed stays; what the desk changed takes the desk's value — the push
that reaches the centre later wins (the centre's order decides, no clocks) — and the
centre's row is kept in ``rd_conflicts`` when a value it overrules differed. Customers'
fields that several people change for good reasons are merged instead: do-not-call
sticks, the stronger status wins (see ``STATUS_RANK``), attempts and last contact take
the larger value, and a retirement (``active`` false) sticks in every table.

A row the login may not see (another author's, under row-level security) is neither
inserted nor updated: the caller learns which ids were written and refuses the rest.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC
from typing import Any

from sqlalchemy import JSON, Column, Connection, Integer, MetaData, Table, Text, text

from recovery_desk.storage.central.schema import CENTRAL
from recovery_desk.storage.outbox import UNKNOWN

CENTRE_ONLY = ("change_seq", "author_id")
BOOKKEEPING = ("id", "version", "created_at", "updated_at")

APPEND_ONLY = ("audit_log",)
"""Tables whose rows are written once and never changed: a row already at the centre is
done (the roles may not update them)."""

EXTRA = ("rd_base", "rd_fields")  # per row: the version it was changed from, its columns


def touched(name: str, dialect: str) -> str:
    """SQL: the pushed row changed column ``name`` (``rd_fields`` None: every column)."""
    find = "strpos" if dialect == "postgresql" else "instr"
    return f"""(s.rd_fields IS NULL OR {find}(s.rd_fields, '"{name}":') > 0)"""


STATUS_RANK = ("departed", "in_progress", "lost", "won_back", "do_not_call")
"""Customer statuses, weakest first: in a conflict the stronger one stays."""


def _greatest(dialect: str, a: str, b: str) -> str:
    if dialect == "postgresql":
        return f"GREATEST({a}, {b})"
    return f"MAX(COALESCE({a}, {b}), COALESCE({b}, {a}))"


def _rank(expr: str) -> str:
    cases = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUS_RANK))
    return f"(CASE {expr} {cases} ELSE 0 END)"


def _merged(dialect: str, table: str) -> dict[str, str]:
    """Columns merged in a conflict (``c``: the centre's row, ``s``: the push)."""
    merged: dict[str, str] = {}
    if "active" in CENTRAL[table].c:  # a retirement (a deactivated user) sticks
        merged["active"] = "(c.active AND s.active)"
    if table != "customers":
        return merged
    stop = "(c.do_not_call OR s.do_not_call)"
    return {
        **merged,
        "do_not_call": stop,
        "status": f"CASE WHEN {stop} THEN 'do_not_call' WHEN {_rank('c.status')} > "
        f"{_rank('s.status')} THEN c.status ELSE s.status END",
        "attempts": _greatest(dialect, "COALESCE(c.attempts, 0)", "COALESCE(s.attempts, 0)"),
        "last_contact_at": _greatest(dialect, "c.last_contact_at", "s.last_contact_at"),
        "won_back_on": "COALESCE(s.won_back_on, c.won_back_on)",
    }


def _stage(conn: Connection, table: str, rows: Sequence[dict[str, Any]], raw: bool) -> list[str]:
    """Put ``rows`` (with their ``rd_base``) in a temporary table; returns its columns."""
    central = CENTRAL[table]
    columns = [c for c in rows[0] if c in central.c]
    stage = f"rd_in_{table}"
    select_cols = ", ".join(columns)
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            f"CREATE TEMP TABLE {stage} ON COMMIT DROP AS "
            f"SELECT {select_cols} FROM {table} WITH NO DATA"
        )
        conn.exec_driver_sql(
            f"ALTER TABLE {stage} ADD COLUMN rd_base integer, ADD COLUMN rd_fields text, "
            "ADD COLUMN rd_new boolean"
        )
        _copy(conn, central, stage, [*columns, *EXTRA], rows, raw)
    else:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stage}")
        conn.exec_driver_sql(
            f"CREATE TEMP TABLE {stage} AS SELECT {select_cols} FROM {table} WHERE 0"
        )
        conn.exec_driver_sql(f"ALTER TABLE {stage} ADD COLUMN rd_base INTEGER")
        conn.exec_driver_sql(f"ALTER TABLE {stage} ADD COLUMN rd_fields TEXT")
        conn.exec_driver_sql(f"ALTER TABLE {stage} ADD COLUMN rd_new INTEGER")
        staged = Table(
            stage,
            MetaData(),
            *(Column(c, central.c[c].type) for c in columns),
            Column("rd_base", Integer),
            Column("rd_fields", Text),
            prefixes=["TEMPORARY"],
        )
        conn.execute(staged.insert(), [{c: r.get(c) for c in (*columns, *EXTRA)} for r in rows])
    return columns


def _copy(
    conn: Connection,
    central: Table,
    stage: str,
    columns: list[str],
    rows: Sequence[dict[str, Any]],
    raw: bool,
) -> None:
    from psycopg.types.json import Json

    json_cols = set() if raw else {c.name for c in central.columns if isinstance(c.type, JSON)}
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor, cursor.copy(f"COPY {stage} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([Json(row.get(c)) if c in json_cols else row.get(c) for c in columns])


def _ids(values: Sequence[Any]) -> set[uuid.UUID]:
    return {v if isinstance(v, uuid.UUID) else uuid.UUID(str(v)) for v in values}


def apply_push(
    conn: Connection, table: str, rows: Sequence[dict[str, Any]], *, raw: bool = False
) -> set[uuid.UUID]:
    """Write a desk's ``rows`` of ``table`` into the centre; returns the ids written.

    Each row holds the columns of the local table and ``rd_base``, the version it was
    changed from (None: an entry queued before bases existed — it replaces only an older
    version, as pushes did then). ``raw``: values as SQLite stores them (PostgreSQL COPY).
    """
    if not rows:
        return set()
    dialect = conn.dialect.name
    columns = _stage(conn, table, rows, raw)
    stage = f"rd_in_{table}"
    cols = ", ".join(columns)
    true = "true" if dialect == "postgresql" else "1"
    conn.exec_driver_sql(
        f"UPDATE {stage} SET rd_new = NOT EXISTS (SELECT 1 FROM {table} c WHERE c.id = {stage}.id)"
    )
    inserted = _ids(
        conn.exec_driver_sql(
            f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {stage} WHERE rd_new = {true} "
            "ON CONFLICT (id) DO NOTHING RETURNING id"
        )
        .scalars()
        .all()
    )
    _not_new(conn, stage, inserted, dialect)
    if table in APPEND_ONLY:
        done = conn.exec_driver_sql(f"SELECT id FROM {stage} WHERE NOT rd_new").scalars().all()
        if dialect != "postgresql":
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stage}")
        return inserted | _ids(done)
    conflict = "c.version > s.rd_base"
    created = "(s.rd_base = 0 AND s.rd_fields IS NULL)"  # made here, not edited since
    merged = _merged(dialect, table)
    _record_conflicts(conn, table, columns, f"{conflict} AND NOT {created}", set(merged))
    # A conflicting push that changes nothing (another desk sent the same row first, as
    # two desks seeded from the same defaults do) is done as it is: no new version. So is
    # a row this desk made that the centre already holds (the same default, the same new
    # reason imported twice: their ids come from the natural key) and that was not edited
    # here since: the centre's values stand, and the desk's pull brings them. Edited since,
    # ``rd_fields`` holds just the edited columns, and the rule below decides those.
    same = f"{conflict} AND ({created} OR NOT ({differs(CENTRAL[table], columns, dialect)}))"
    unchanged = _ids(
        conn.exec_driver_sql(
            f"SELECT c.id FROM {table} c JOIN {stage} s ON s.id = c.id "
            f"WHERE NOT s.rd_new AND {same}"
        )
        .scalars()
        .all()
    )
    # In a conflict: merged columns merge; a column the push did not touch keeps the
    # centre's value; the rest take the push's (the later writer's).
    sets = [
        f"{c} = CASE WHEN {conflict} THEN {merged[c]} ELSE s.{c} END"
        if c in merged
        else f"{c} = CASE WHEN {conflict} AND NOT {touched(c, dialect)} THEN c.{c} ELSE s.{c} END"
        for c in columns
        if c not in ("id", "version")
    ]
    bumped = _greatest(dialect, "c.version + 1", "s.version")
    sets.append(f"version = CASE WHEN {conflict} THEN {bumped} ELSE s.version END")
    returning = "c.id" if dialect == "postgresql" else "id"
    updated = _ids(
        conn.exec_driver_sql(
            f"UPDATE {table} AS c SET {', '.join(sets)} FROM {stage} AS s "
            f"WHERE c.id = s.id AND NOT s.rd_new AND NOT ({same}) "
            f"AND (s.rd_base IS NOT NULL OR c.version < s.version) RETURNING {returning}"
        )
        .scalars()
        .all()
    )
    if dialect != "postgresql":
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stage}")
    return inserted | updated | unchanged


def differs(
    central: Table, columns: list[str], dialect: str, skip: frozenset[str] = frozenset()
) -> str:
    """SQL: a column the push touched holds another value at the centre (``c``) than in
    the push (``s``)."""
    compared = [c for c in columns if c not in BOOKKEEPING and c not in skip]
    if not compared:
        return "false" if dialect == "postgresql" else "0"
    if dialect == "postgresql":

        def value(alias: str, name: str) -> str:
            cast = "::jsonb" if isinstance(central.c[name].type, JSON) else ""
            return f"{alias}.{name}{cast}"

        return " OR ".join(
            f"({touched(c, dialect)} AND {value('c', c)} IS DISTINCT FROM {value('s', c)})"
            for c in compared
        )
    return " OR ".join(f"({touched(c, dialect)} AND c.{c} IS NOT s.{c})" for c in compared)


def _not_new(conn: Connection, stage: str, inserted: set[uuid.UUID], dialect: str) -> None:
    """Rows staged as new are done when inserted; any other (a desk inserted the same id
    meanwhile, or the row is another author's) goes through the update."""
    if dialect == "postgresql":
        conn.execute(
            text(f"UPDATE {stage} SET rd_new = (id = ANY(:ids)) WHERE rd_new"),
            {"ids": list(inserted)},
        )
        return
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS rd_inserted (id TEXT PRIMARY KEY)")
    conn.exec_driver_sql("DELETE FROM temp.rd_inserted")
    if inserted:
        conn.exec_driver_sql(
            "INSERT INTO temp.rd_inserted (id) VALUES (?)", [(i.hex,) for i in inserted]
        )
    conn.exec_driver_sql(
        f"UPDATE {stage} SET rd_new = (id IN (SELECT id FROM temp.rd_inserted)) WHERE rd_new"
    )


def _record_conflicts(
    conn: Connection, table: str, columns: list[str], conflict: str, merged: set[str]
) -> None:
    """Keep the centre's row when a push overrules a value someone else changed there.

    A column conflicts when the push changed it, the centre's value differs from the
    push's, and the centre's value is no longer the one the desk changed it from (both
    sides changed it). Merged columns lose nothing, so they alone make no conflict.
    """
    central = CENTRAL[table]
    dialect = conn.dialect.name
    compared = [c for c in columns if c not in BOOKKEEPING and c not in merged]
    if not compared:
        return
    if dialect == "postgresql":
        lost = "to_jsonb(c) - 'change_seq' - 'author_id'"
        flags = ", ".join(f"{differs(central, [c], dialect)}" for c in compared)
    else:
        pairs = ", ".join(
            f"'{c.name}', c.{c.name}" for c in central.columns if c.name not in CENTRE_ONLY
        )
        lost = f"json_object({pairs})"
        flags = ", ".join(f"{differs(central, [c], dialect)}" for c in compared)
    found = conn.exec_driver_sql(
        f"SELECT c.id, s.rd_fields, {lost}, {flags} FROM {table} c "
        f"JOIN rd_in_{table} s ON s.id = c.id "
        f"WHERE NOT s.rd_new AND {conflict} AND ({differs(central, compared, dialect)})"
    ).all()
    for row in found:
        rid, fields, lost_row = row[0], row[1], row[2]
        centre = lost_row if isinstance(lost_row, dict) else json.loads(lost_row)
        bases = _bases(fields)
        overruled = [
            name
            for name, flag in zip(compared, row[3:], strict=True)
            if flag and (bases is None or bases.get(name, UNKNOWN) != _as_text(centre.get(name)))
        ]
        if overruled:
            _insert_conflict(conn, table, rid, centre)


def _bases(fields: str | None) -> dict[str, str | None] | None:
    """The before-values of the push's changed columns (earliest change first); None:
    unknown (a new row or a bulk write)."""
    if fields is None:
        return None
    decoder = json.JSONDecoder()
    bases: dict[str, str | None] = {}
    at = 0
    while at < len(fields):
        part, at = decoder.raw_decode(fields, at)
        for key, value in part.items():
            bases.setdefault(key, value)
    return bases


def _as_text(value: Any) -> str | None:
    """A value of the centre's JSON row as the desk wrote its before-values."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, default=str)
    text_value = str(value)
    if len(text_value) >= 19 and text_value[10:11] == "T" and text_value[4:5] == "-":
        from datetime import datetime

        try:  # a timestamp: as an aware UTC ISO text, as the desk wrote it
            return datetime.fromisoformat(text_value).astimezone(UTC).isoformat()
        except ValueError:
            return text_value
    return text_value


def _insert_conflict(conn: Connection, table: str, rid: Any, lost: dict[str, Any]) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                "INSERT INTO rd_conflicts (id, entity, entity_id, at, lost, won_by) VALUES "
                "(gen_random_uuid(), :t, :rid, now(), CAST(:lost AS json), rd_current_user_id())"
            ),
            {"t": table, "rid": rid, "lost": json.dumps(lost, default=str)},
        )
        return
    conn.execute(
        text(
            "INSERT INTO rd_conflicts (id, entity, entity_id, at, lost, won_by) VALUES "
            "(lower(hex(randomblob(16))), :t, :rid, CURRENT_TIMESTAMP, :lost, NULL)"
        ),
        {"t": table, "rid": rid, "lost": json.dumps(lost, default=str)},
    )


def record_token(conn: Connection, token: uuid.UUID) -> None:
    """Mark the batch ``token`` as committed with this transaction."""
    conn.execute(
        text("INSERT INTO rd_push_tokens (token, at) VALUES (:t, CURRENT_TIMESTAMP)"),
        {"t": token if conn.dialect.name == "postgresql" else token.hex},
    )


def token_committed(conn: Connection, token: uuid.UUID) -> bool:
    """Whether a batch pushed with ``token`` was committed (a desk that died mid-push)."""
    value: Any = token if conn.dialect.name == "postgresql" else token.hex
    found = conn.execute(text("SELECT 1 FROM rd_push_tokens WHERE token = :t"), {"t": value})
    return found.first() is not None
