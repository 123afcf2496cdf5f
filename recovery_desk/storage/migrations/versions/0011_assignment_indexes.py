"""assignments: two indexes instead of three

UNIQUE (customer_id, cycle_id) replaces UNIQUE (cycle_id, customer_id) and the index on
customer_id; (cycle_id, assignee_id, priority) replaces (assignee_id, cycle_id, priority).
One index fewer to fill when a cycle assigns 100,000 customers at once.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23 10:00:00.000000
"""

from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index('ix_assignments_queue')
        batch_op.drop_index('ix_assignments_customer_id')
        batch_op.drop_constraint('uq_assignments_cycle_customer', type_='unique')
        batch_op.create_unique_constraint(
            op.f('uq_assignments_customer_id'), ['customer_id', 'cycle_id']
        )
        batch_op.create_index(
            'ix_assignments_cycle_queue', ['cycle_id', 'assignee_id', 'priority']
        )


def downgrade() -> None:
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index('ix_assignments_cycle_queue')
        batch_op.drop_constraint(op.f('uq_assignments_customer_id'), type_='unique')
        batch_op.create_unique_constraint(
            'uq_assignments_cycle_customer', ['cycle_id', 'customer_id']
        )
        batch_op.create_index('ix_assignments_customer_id', ['customer_id'])
        batch_op.create_index('ix_assignments_queue', ['assignee_id', 'cycle_id', 'priority'])
