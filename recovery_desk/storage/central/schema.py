"""The central schema: every travelling table of ``storage/tables.py``, plus what the
centre needs.

- ``change_seq``: the id of the central transaction that last wrote the row
  (``pg_current_xact_id()``, set by a trigger; a counter on the SQLite stand-in). A pull
  reads only rows of transactions older than the oldest one still in flight
  (``pg_snapshot_xmin``), so it never skips a row that commits late, and no writer ever
  waits for another (there is no lock every desk takes).
- ``author_id`` on calls, their children and the other records desktops write: the app
  user behind the database login (``rd_logins``), filled in by the server, checked by
  row-level security (see ``roles.py``).
- ``rd_push_tokens``: one row per pushed batch, committed with it, so a desk that died
  before it heard the commit knows whether to push again (exactly once).
- ``rd_conflicts``: values a push overruled (see ``docs/sync.md``), readable by
  supervisors and pulled to their desks.
- Foreign keys only from a call's children to the call (``rules.py``): everything else
  may arrive before its parent from desks offline for weeks, and no desk can be wedged by
  another desk's natural keys, so the centre has no unique constraints besides ids.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Connection,
    DateTime,
    DefaultClause,
    Index,
    MetaData,
    String,
    Table,
    Uuid,
)

from recovery_desk.storage.tables import TRAVELLING_TABLES, Base

central_metadata = MetaData()

AUTHORED: tuple[str, ...] = (
    "calls",
    "call_steps",
    "call_reasons",
    "offers_made",
    "promises",
    "callbacks",
    "care_reviews",
    "audit_log",
    "health_events",
)
"""Tables whose rows carry the ``author_id`` of the login that wrote them."""

CENTRE_OWNED: tuple[str, ...] = (
    "users",
    "reason_categories",
    "reasons",
    "offers",
    "scripts",
    "phrases",
    "cycles",
    "assignments",
    "customers",
    "coaching_notes",
    "erasures",
)
"""Tables the centre wins on; they travel down (and up from supervisors only)."""

ORDERED: tuple[str, ...] = tuple(
    t.name for t in Base.metadata.sorted_tables if t.name in TRAVELLING_TABLES
)
"""Travelling tables with parents before children (push order)."""


def _literal_default(column: Column[object]) -> str | None:
    """The desk's literal server default of ``column`` (``offers.currency``: ``'BRL'``): a
    centre made by c0001 and one upgraded by a later migration then agree."""
    default = column.server_default
    if isinstance(default, DefaultClause) and isinstance(default.arg, str):
        return default.arg
    return None


def _build() -> dict[str, Table]:
    tables: dict[str, Table] = {}
    for name in ORDERED:
        local = Base.metadata.tables[name]
        columns = [
            Column(
                c.name,
                c.type,
                primary_key=c.primary_key,
                nullable=c.nullable,
                server_default=_literal_default(c),
            )
            for c in local.columns
        ]
        columns.append(Column("change_seq", BigInteger, nullable=False, server_default="0"))
        if name in AUTHORED:
            columns.append(Column("author_id", Uuid, nullable=True))
        table = Table(name, central_metadata, *columns)
        Index(f"ix_c_{name}_pull", table.c.change_seq, table.c.id)
        tables[name] = table
    return tables


CENTRAL: dict[str, Table] = _build()

logins = Table(
    "rd_logins",
    central_metadata,
    Column("login", String(63), primary_key=True),
    Column("user_id", Uuid, nullable=False),
    Column("role", String(20), nullable=False),
)


push_tokens = Table(
    "rd_push_tokens",
    central_metadata,
    Column("token", Uuid, primary_key=True),
    Column("login", String(63), nullable=False, server_default="-"),
    Column("at", DateTime(timezone=True), nullable=False),
)

conflicts = Table(
    "rd_conflicts",
    central_metadata,
    Column("id", Uuid, primary_key=True),
    Column("entity", String(60), nullable=False),
    Column("entity_id", Uuid, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("lost", JSON, nullable=False),
    Column("won_by", Uuid, nullable=True),
    Column("change_seq", BigInteger, nullable=False, server_default="0"),
    Index("ix_c_rd_conflicts_pull", "change_seq", "id"),
)

STAMPED: tuple[str, ...] = (*ORDERED, "rd_conflicts")
"""Tables whose rows carry a ``change_seq`` (pulled by change number)."""


def pg_stamp_function(conn: Connection) -> None:
    conn.exec_driver_sql(
        """
        CREATE OR REPLACE FUNCTION rd_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.change_seq := pg_current_xact_id()::text::bigint;
            RETURN NEW;
        END $$"""
    )


def _pg_triggers(conn: Connection) -> None:
    pg_stamp_function(conn)
    conn.exec_driver_sql(
        """
        CREATE OR REPLACE FUNCTION rd_current_user_id() RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT user_id FROM rd_logins WHERE login = session_user
        $$"""
    )
    for name in STAMPED:
        conn.exec_driver_sql(
            f"CREATE TRIGGER rd_stamp_{name} BEFORE INSERT OR UPDATE ON {name} "
            "FOR EACH ROW EXECUTE FUNCTION rd_stamp()"
        )
        if name in AUTHORED:
            conn.exec_driver_sql(
                f"ALTER TABLE {name} ALTER COLUMN author_id SET DEFAULT rd_current_user_id()"
            )


def _sqlite_triggers(conn: Connection) -> None:
    conn.exec_driver_sql("CREATE TABLE rd_change_counter (value INTEGER NOT NULL)")
    conn.exec_driver_sql("INSERT INTO rd_change_counter (value) VALUES (0)")
    sqlite_stamp_triggers(conn, STAMPED)


def sqlite_stamp_triggers(conn: Connection, names: tuple[str, ...]) -> None:
    for name in names:
        for event in ("INSERT", "UPDATE"):
            conn.exec_driver_sql(
                f"""CREATE TRIGGER rd_stamp_{name}_{event.lower()} AFTER {event} ON {name}
                BEGIN
                    UPDATE rd_change_counter SET value = value + 1;
                    UPDATE {name} SET change_seq = (SELECT value FROM rd_change_counter)
                    WHERE id = NEW.id;
                END"""
            )


def create_schema(conn: Connection) -> None:
    """Create the central tables and change-number triggers (first migration)."""
    central_metadata.create_all(conn)
    if conn.dialect.name == "postgresql":
        _pg_triggers(conn)
    else:
        _sqlite_triggers(conn)


def add_missing_columns(conn: Connection) -> list[str]:
    """Add the columns a travelling table gained since the centre was created.

    The first migration builds the tables from the models of the running version, so a
    later migration that adds a column finds it present on a centre created since, and
    missing on an older one: it adds only what is missing. Added columns are nullable
    (rows already at the centre have no value). Returns ``table.column`` names added.
    """
    from sqlalchemy import inspect
    from sqlalchemy.schema import CreateColumn

    present = inspect(conn)
    added: list[str] = []
    for name, table in CENTRAL.items():
        have = {c["name"] for c in present.get_columns(name)}
        for column in table.columns:
            if column.name in have:
                continue
            if not column.nullable:
                raise ValueError(f"{name}.{column.name}: a column added later must be nullable")
            ddl = CreateColumn(column).compile(dialect=conn.dialect)
            conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN {ddl}")
            added.append(f"{name}.{column.name}")
    return added


def drop_schema(conn: Connection) -> None:
    central_metadata.drop_all(conn)
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP SEQUENCE IF EXISTS rd_change_seq")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS rd_stamp() CASCADE")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS rd_lock_writers() CASCADE")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS rd_whoami() CASCADE")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS rd_customer_effects() CASCADE")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS rd_current_user_id() CASCADE")
    else:
        conn.exec_driver_sql("DROP TABLE IF EXISTS rd_change_counter")
