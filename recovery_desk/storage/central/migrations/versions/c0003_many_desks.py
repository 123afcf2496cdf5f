"""central: sync across many desks (no global lock, push tokens, conflicts, customer
effects of calls, call children tied to their call)

See ``storage/central/rules.py``. Idempotent: a centre created by c0001 of this version
already has part of it.

Revision ID: c0003
Revises: c0002
Create Date: 2026-12-03 19:00:00
"""

from alembic import op

from recovery_desk.storage.central import rules

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    rules.upgrade(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("a centre is not downgraded: restore its backup instead")
