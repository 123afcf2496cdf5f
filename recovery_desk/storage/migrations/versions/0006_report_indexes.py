"""report indexes

Covering indexes for the reasons report (each customer's latest confirmed call reason,
grouped with the customer's imported reason and monthly revenue).

Revision ID: 0006
Revises: 0001
Create Date: 2026-11-22 21:50:00.000000
"""

from alembic import op


revision = '0006'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(
            'ix_customers_reason_revenue', ['imported_reason_id', 'monthly_revenue_cents']
        )
        batch_op.create_index(
            'ix_customers_report', ['id', 'imported_reason_id', 'monthly_revenue_cents']
        )
    op.create_index(
        'ix_calls_latest',
        'calls',
        ['customer_id', 'started_at', 'id', 'status'],
    )
    op.create_index(
        'ix_call_reasons_confirmed',
        'call_reasons',
        ['call_id', 'is_primary', 'verified', 'reason_id'],
    )


def downgrade() -> None:
    op.drop_index('ix_call_reasons_confirmed', table_name='call_reasons')
    op.drop_index('ix_calls_latest', table_name='calls')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index('ix_customers_report')
        batch_op.drop_index('ix_customers_reason_revenue')
