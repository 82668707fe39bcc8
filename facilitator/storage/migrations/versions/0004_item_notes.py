"""The minute-taker's prose notes, one row per agenda item

Revision ID: 0004_item_notes
Revises: 0003_programme_days_imports
Create Date: 2026-11-24 09:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import facilitator.storage.types  # noqa: F401  (custom column types)

revision = '0004_item_notes'
down_revision = '0003_programme_days_imports'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('itemnotes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('body', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('updated_at', facilitator.storage.types.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agendaitem.id'], name=op.f('fk_itemnotes_item_id_agendaitem'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_itemnotes'))
    )
    with op.batch_alter_table('itemnotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_itemnotes_item_id'), ['item_id'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('itemnotes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_itemnotes_item_id'))
    op.drop_table('itemnotes')
