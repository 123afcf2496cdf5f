"""A Core insert of many uniform rows, handed to the driver's ``executemany`` in one go.

SQLAlchemy's executemany builds each row's parameters in Python (about 30 µs for a customer
row of 30 columns, more than SQLite takes to store it). Here the statement's columns, their
bind processors (the very ones SQLAlchemy would apply: UUIDs to text, dates to ISO text…)
and the scalar column defaults are worked out once; each row then costs one ``itemgetter``
and the few processors its columns need. SQLite only; other dialects take the Core path.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, Table, insert
from sqlalchemy.sql.schema import ColumnDefault


def insert_rows(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    constants: Mapping[str, Any] | None = None,
) -> None:
    """Insert ``rows`` into ``table``; ``constants`` are values shared by every row (e.g.
    the batch's timestamps). Column defaults fill the rest. Rows with other keys than the
    first go in by a statement of their own (never silently cut to the first's columns)."""
    if not rows:
        return
    given = dict(constants or {})
    first = rows[0].keys()
    if any(r.keys() != first for r in rows):
        # An executemany takes its columns from the first row (Core too): one per shape.
        shapes: dict[frozenset[str], list[Mapping[str, Any]]] = {}
        for row in rows:
            shapes.setdefault(frozenset(row), []).append(row)
        for shape in shapes.values():
            insert_rows(conn, table, shape, given)
        return
    keys = list(first)
    defaults = _scalar_defaults(table, {*keys, *given})
    if conn.dialect.name != "sqlite" or defaults is None:
        conn.execute(insert(table).values(**given), [dict(r) for r in rows])
        return
    constants = {**defaults, **given}
    dialect = conn.dialect
    processors = [table.c[k].type.bind_processor(dialect) for k in keys]
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    fixed: list[Any] = []
    for key, value in constants.items():
        process = table.c[key].type.bind_processor(dialect)
        fixed.append(process(value) if process is not None and value is not None else value)
    get = itemgetter(*keys)
    params: list[tuple[Any, ...]] = []
    append = params.append
    for row in rows:
        values = list(get(row)) if len(keys) > 1 else [get(row)]
        for index, process in converted:
            value = values[index]
            if value is not None:
                values[index] = process(value)
        values.extend(fixed)
        append(tuple(values))
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(cast(str, table.c[k].name)) for k in (*keys, *constants))
    marks = ", ".join("?" * (len(keys) + len(constants)))
    conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", params)


def _scalar_defaults(table: Table, given: set[str]) -> dict[str, Any] | None:
    """The scalar defaults of the columns not ``given``; None when one has a default that
    must be computed per row (the Core path then applies it)."""
    found: dict[str, Any] = {}
    for column in table.c:
        default = column.default
        if column.key in given or default is None:
            continue
        if not (isinstance(default, ColumnDefault) and default.is_scalar):
            return None
        found[column.key] = default.arg
    return found
