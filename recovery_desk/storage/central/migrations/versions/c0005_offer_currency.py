"""central: offers.currency (the currency of an offer's amounts)

The desktop's migration 0016 adds the column; it travels both ways with the offers. A
centre created by c0001 of this version already has it. On an older centre the offers get
the currency most of the centre's customers are billed in (BRL when none), as on the desks;
the update gives them new change numbers, so every desk pulls the centre's value and the
desks agree even where a desk's own customers are billed in another currency.

Revision ID: c0005
Revises: c0004
Create Date: 2026-12-03 21:40:00
"""

from alembic import op
from sqlalchemy import inspect, text

revision = "c0005"
down_revision = "c0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if "currency" in {c["name"] for c in inspect(conn).get_columns("offers")}:
        return
    conn.exec_driver_sql("ALTER TABLE offers ADD COLUMN currency VARCHAR(3) DEFAULT 'BRL' NOT NULL")
    main = conn.exec_driver_sql(
        "SELECT currency FROM customers WHERE currency IS NOT NULL"
        " GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1"
    ).scalar()
    conn.execute(text("UPDATE offers SET currency = :main"), {"main": main or "BRL"})


def downgrade() -> None:
    raise NotImplementedError("a centre is not downgraded: restore its backup instead")
