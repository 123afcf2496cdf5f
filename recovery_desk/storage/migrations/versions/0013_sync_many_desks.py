"""sync across many desks: conflict bases, refused entries, held rows, redirects, conflicts

- ``sync_outbox.base_version``: the centre's version a change was made from, and
  ``fields``: the columns it touched (a conflict keeps the centre's other columns);
  ``sync_outbox.refused``: why the centre can never take an entry (kept and shown).
- ``sync_cursors.after_id``: pull cursors page inside one central transaction.
- ``sync_held``: pulled rows waiting for a parent; ``sync_redirects``: rows of one
  natural key made on two desks; ``sync_conflicts``: values the conflict rule overruled.

Entries queued before this revision get no base: they are pushed as plain updates, as
before. Pull cursors are keyed anew by the new sync, so the first sync pulls everything
once (writes are idempotent).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 19:00:00.000000
"""

from alembic import op
import sqlalchemy as sa

from recovery_desk.storage.types import UTCDateTime


revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("base_version", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("refused", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("fields", sa.Text(), nullable=True))
    with op.batch_alter_table("sync_cursors", schema=None) as batch_op:
        batch_op.add_column(sa.Column("after_id", sa.String(length=36), nullable=True))
    op.create_table(
        "sync_held",
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("problem", sa.String(length=300), nullable=False),
        sa.Column("since", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_sync_held")),
    )
    op.create_table(
        "sync_redirects",
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("from_id", sa.Uuid(), nullable=False),
        sa.Column("to_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "from_id", name=op.f("pk_sync_redirects")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("lost", sa.JSON(), nullable=False),
        sa.Column("won_by", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index(op.f("ix_sync_conflicts_at"), "sync_conflicts", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_conflicts_at"), table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_redirects")
    op.drop_table("sync_held")
    with op.batch_alter_table("sync_cursors", schema=None) as batch_op:
        batch_op.drop_column("after_id")
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_column("fields")
        batch_op.drop_column("refused")
        batch_op.drop_column("base_version")
