"""The change log the change feed reads, and a client-made id per captured line

Revision ID: 0005_change_log
Revises: 0004_item_notes
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import facilitator.storage.types  # noqa: F401  (custom column types)

revision = '0005_change_log'
down_revision = '0004_item_notes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'change',
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=True),
        sa.Column('item_id', sa.Integer(), nullable=True),
        sa.Column('list_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('kinds', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('station', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('at', facilitator.storage.types.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('revision', name=op.f('pk_change')),
    )
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client_id', sa.String(length=64), nullable=True))
        batch_op.create_index('uq_contribution_client_id', ['client_id'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.drop_index('uq_contribution_client_id')
        batch_op.drop_column('client_id')
    op.drop_table('change')
