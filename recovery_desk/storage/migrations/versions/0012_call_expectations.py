"""calls: the four expectations the call met

Adds ``calls.expectations_met``, a bit mask of ``domain.expectations.Expectation``. Calls
made before this revision keep NULL: they were never assessed, so reports leave them out
rather than count them as failing every expectation.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 07:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('calls', sa.Column('expectations_met', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_column('expectations_met')
