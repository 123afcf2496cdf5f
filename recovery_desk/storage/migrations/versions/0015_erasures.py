"""erasures: the erasure records that travel (LGPD/GDPR erasure and retention)

- ``erasures``: one row per erasure of a customer's personal data, or of one call's
  free-text notes; applied on every desk and at the centre (``storage/privacy.py``).

No data changes: nothing was erased before this revision.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 19:30:00.000000
"""

from alembic import op
import sqlalchemy as sa

from recovery_desk.storage.types import UTCDateTime


revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasures",
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("call_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("request_ref", sa.String(length=100), nullable=True),
        sa.Column("code_hash", sa.String(length=64), nullable=True),
        sa.Column("erased_at", UTCDateTime(), nullable=False),
        sa.Column("erased_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
    )
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_erasures_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_erasures_code_hash"), ["code_hash"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasures_code_hash"))
        batch_op.drop_index(batch_op.f("ix_erasures_customer_id"))
    op.drop_table("erasures")
