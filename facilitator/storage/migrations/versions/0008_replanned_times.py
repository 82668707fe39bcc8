"""Replanned times beside the planned ones: planned, replanned and actual are three things

Revision ID: 0008_replanned_times
Revises: 0007_timer_elapsed
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008_replanned_times'
down_revision = '0007_timer_elapsed'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('replanned_start_min', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('replanned_minutes', sa.Integer(), nullable=True))
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.add_column(sa.Column('replanned_minutes', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.drop_column('replanned_minutes')
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.drop_column('replanned_minutes')
        batch_op.drop_column('replanned_start_min')
