"""sign-in: local password hashes, and an append-only audit log

- ``user_credentials``: one Argon2 hash per user who has a password on this desk, with
  the failed tries and the instant the next try is allowed. Local only: never travels.
  Users of an older database have no password yet: the desk's current user becomes its
  owner (setting ``desk_owner``), who chooses one at the next sign-in; a supervisor sets
  the others' (docs/security.md).
- Triggers on ``audit_log`` refuse UPDATE and DELETE, except the erasure's redaction and
  the sync's merge of two users of one login (``storage/credentials.py``).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 19:30:00.000000
"""

from alembic import op
import sqlalchemy as sa

from recovery_desk.storage.credentials import AUDIT_TRIGGERS, DROP_AUDIT_TRIGGERS
from recovery_desk.storage.types import UTCDateTime


revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_credentials",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("next_try_at", UTCDateTime(), nullable=True),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_credentials_user_id_users")
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_user_credentials")),
    )
    # The desk's current user now is the one who chooses a first password at sign-in.
    op.execute(
        "INSERT INTO settings (key, value) SELECT 'desk_owner', value FROM settings"
        " WHERE key = 'current_user_id' AND value IS NOT NULL AND value != '\"\"'"
    )
    if op.get_bind().dialect.name == "sqlite":  # a desk's file; the centre has its own rights
        for statement in AUDIT_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE key = 'desk_owner'")
    if op.get_bind().dialect.name == "sqlite":
        for statement in DROP_AUDIT_TRIGGERS:
            op.execute(statement)
    op.drop_table("user_credentials")
