"""offers: the currency of an offer's amounts

Adds ``offers.currency`` (ISO 4217 code): the value, cost, revenue band and approval limits
of an offer are in it, and the offer is listed only for customers billed in it. Offers
made before this revision were typed with the workspace's customers in mind, so they get
the currency most customers are billed in (BRL for a workspace with none).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 21:40:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("offers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("currency", sa.String(length=3), nullable=False, server_default="BRL")
        )
    conn = op.get_bind()
    main = conn.exec_driver_sql(
        "SELECT currency FROM customers WHERE currency IS NOT NULL"
        " GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1"
    ).scalar()
    if main and main != "BRL":
        # Not queued for sync: every desk and the centre (c0005) fill their own copy.
        conn.execute(sa.text("UPDATE offers SET currency = :main"), {"main": main})


def downgrade() -> None:
    with op.batch_alter_table("offers", schema=None) as batch_op:
        batch_op.drop_column("currency")
