"""central: erasures travel (the record, and the centre erasing its own copy)

See ``storage/central/erasure.py``. Idempotent: a centre created by c0001 of this version
already has the table.

Revision ID: c0004
Revises: c0003
Create Date: 2026-12-03 19:30:00
"""

from alembic import op

from recovery_desk.storage.central import erasure
from recovery_desk.storage.central.schema import (
    CENTRAL,
    central_metadata,
    pg_stamp_function,
    sqlite_stamp_triggers,
)

revision = "c0004"
down_revision = "c0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    central_metadata.create_all(conn, tables=[CENTRAL["erasures"]], checkfirst=True)
    if conn.dialect.name == "postgresql":
        pg_stamp_function(conn)
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS rd_stamp_erasures ON erasures")
        conn.exec_driver_sql(
            "CREATE TRIGGER rd_stamp_erasures BEFORE INSERT OR UPDATE ON erasures "
            "FOR EACH ROW EXECUTE FUNCTION rd_stamp()"
        )
        conn.exec_driver_sql("ALTER TABLE erasures ALTER COLUMN change_seq SET DEFAULT 0")
    else:
        for event in ("insert", "update"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS rd_stamp_erasures_{event}")
        sqlite_stamp_triggers(conn, ("erasures",))
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_c_erasures_pull ON erasures (change_seq, id)"
    )
    erasure.install(conn)


def downgrade() -> None:
    raise NotImplementedError("a centre is not downgraded: restore its backup instead")
