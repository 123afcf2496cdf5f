"""central schema: travelling tables with change numbers, authors and logins

Revision ID: c0001
Revises:
Create Date: 2026-11-22 21:50:00
"""

from alembic import op

from recovery_desk.storage.central.schema import create_schema, drop_schema

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_schema(op.get_bind())


def downgrade() -> None:
    drop_schema(op.get_bind())
