"""Dot-vote settings per agenda item: dots per voter and who votes

Revision ID: 0002_vote_settings
Revises: 0001
Create Date: 2026-11-23 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import facilitator.storage.types  # noqa: F401  (custom column types)

revision = '0002_vote_settings'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dots_per_voter', sa.Integer(), server_default='3', nullable=False))
        batch_op.add_column(
            sa.Column('vote_by', sqlmodel.sql.sqltypes.AutoString(), server_default='cluster', nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.drop_column('vote_by')
        batch_op.drop_column('dots_per_voter')
