"""customers' denormalised primary reason

Adds ``customers.primary_reason_id`` / ``primary_reason_source`` (kept by
``services.primary_reason.refresh_primary_reasons``), backfills them with the same rule
(latest finished call with a confirmed primary reason, else the imported reason) and a
covering index so the reasons report is one GROUP BY over customers; an index on
finished calls by start time for the reason-log export.

Revision ID: 0010
Revises: 0003
Create Date: 2026-11-22 22:20:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0003'
branch_labels = None
depends_on = None

INDEX_COLUMNS = [
    'primary_reason_id', 'primary_reason_source', 'monthly_revenue_cents', 'segment', 'region', 'departed_on',
]

BACKFILL_SQL = [
    """UPDATE customers SET primary_reason_id = imported_reason_id,
        primary_reason_source = CASE WHEN imported_reason_id IS NULL THEN NULL
                                     ELSE 'imported' END""",
    """UPDATE customers SET primary_reason_id = confirmed.reason_id,
        primary_reason_source = 'calls'
    FROM (
        SELECT customer_id, reason_id FROM (
            SELECT c.customer_id AS customer_id, r.reason_id AS reason_id,
                   row_number() OVER (PARTITION BY c.customer_id
                                      ORDER BY c.started_at DESC, c.id DESC) AS rn
            FROM calls c JOIN call_reasons r ON r.call_id = c.id
            WHERE c.status = 'finished' AND r.is_primary = 1 AND r.verified = 1
        ) ranked WHERE rn = 1
    ) confirmed
    WHERE customers.id = confirmed.customer_id""",
]


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild: the FTS triggers on customers stay in place);
    # SQLite accepts an inline REFERENCES on a new nullable column.
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(
            'ALTER TABLE customers ADD COLUMN primary_reason_id CHAR(32)'
            ' REFERENCES reasons (id)'
        )
    else:
        op.add_column('customers', sa.Column('primary_reason_id', sa.Uuid(), nullable=True))
        op.create_foreign_key(
            op.f('fk_customers_primary_reason_id_reasons'),
            'customers', 'reasons', ['primary_reason_id'], ['id'],
        )
    op.add_column(
        'customers', sa.Column('primary_reason_source', sa.String(length=10), nullable=True)
    )
    for statement in BACKFILL_SQL:
        op.execute(statement)
    op.create_index('ix_customers_primary_reason', 'customers', INDEX_COLUMNS)
    # The reason-log export streams finished calls in date order without a full sort.
    op.create_index('ix_calls_status_started', 'calls', ['status', 'started_at', 'id'])


def downgrade() -> None:
    op.drop_index('ix_calls_status_started', table_name='calls')
    op.drop_index('ix_customers_primary_reason', table_name='customers')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('primary_reason_source')
        batch_op.drop_column('primary_reason_id')
