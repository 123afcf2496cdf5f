"""covering index for the cycle rule preview; leaner assignment indexes

Revision ID: 0003
Revises: 0006
Create Date: 2026-11-22 21:40:00
"""

from alembic import op

revision = "0003"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = [
    "departed_on", "monthly_revenue_cents", "segment", "region", "status", "do_not_call",
    "last_contact_at", "imported_reason_id",
]


def upgrade() -> None:
    # The rule preview reads these columns of every recent departure: a covering index
    # lets SQLite range-scan it without touching the (wide) customer rows.
    op.create_index("ix_customers_selection", "customers", COLUMNS)
    # Covered by uq_assignments_cycle_customer and ix_assignments_queue (their prefixes).
    op.drop_index("ix_assignments_cycle_id", "assignments")
    op.drop_index("ix_assignments_assignee_id", "assignments")


def downgrade() -> None:
    op.create_index("ix_assignments_assignee_id", "assignments", ["assignee_id"])
    op.create_index("ix_assignments_cycle_id", "assignments", ["cycle_id"])
    op.drop_index("ix_customers_selection", "customers")
