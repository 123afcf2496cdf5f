"""central: calls.expectations_met (the four expectations the call met)

The desktop's migration 0012 adds the column; the centre receives it with every call.
A centre created by c0001 after this version already has it (c0001 builds the tables
from the running models), so only what is missing is added.

Revision ID: c0002
Revises: c0001
Create Date: 2026-12-03 07:00:00
"""

from alembic import op

from recovery_desk.storage.central.schema import add_missing_columns

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_missing_columns(op.get_bind())


def downgrade() -> None:
    op.drop_column("calls", "expectations_met")
