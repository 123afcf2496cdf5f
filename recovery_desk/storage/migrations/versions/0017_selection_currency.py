"""the cycle selection index covers the customers' currency

A cycle's funnel sums revenue per currency and a revenue band keeps the customers billed in
its currency, so both read ``customers.currency``. With it in ``ix_customers_selection`` the
rule preview and the live funnel's columns still come from the covering index alone; without
it SQLite reads every customer row (the preview of a million took three times as long).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 22:00:00.000000
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

BEFORE = [
    "departed_on", "monthly_revenue_cents", "segment", "region", "status", "do_not_call",
    "last_contact_at", "imported_reason_id",
]


def upgrade() -> None:
    op.drop_index("ix_customers_selection", "customers")
    op.create_index("ix_customers_selection", "customers", [*BEFORE, "currency"])


def downgrade() -> None:
    op.drop_index("ix_customers_selection", "customers")
    op.create_index("ix_customers_selection", "customers", BEFORE)
