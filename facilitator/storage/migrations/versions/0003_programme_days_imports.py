"""Programmes over several days, and imports that can be undone

Each agenda item knows its day (0 = the first) and the workshop its days' headings; every import
is recorded with the day's times before it, the items it added and the items it replaced, so
``import-agenda --undo`` can put the replaced agenda back.

Revision ID: 0003_programme_days_imports
Revises: 0002_vote_settings
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import facilitator.storage.types  # noqa: F401  (custom column types)

revision = '0003_programme_days_imports'
down_revision = '0002_vote_settings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'agendaimport',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=False),
        sa.Column('at', facilitator.storage.types.UtcDateTime(), nullable=False),
        sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('day_start_before', sa.Integer(), nullable=False),
        sa.Column('day_end_before', sa.Integer(), nullable=True),
        sa.Column('day_titles_before', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('undone_at', facilitator.storage.types.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_agendaimport_workshop_id_workshop'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_agendaimport')),
    )
    with op.batch_alter_table('agendaimport', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agendaimport_workshop_id'), ['workshop_id'], unique=False)

    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('day', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('import_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('replaced_by', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_agendaitem_import_id'), ['import_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agendaitem_replaced_by'), ['replaced_by'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_agendaitem_replaced_by_agendaimport'), 'agendaimport',
                                    ['replaced_by'], ['id'], ondelete='SET NULL')
        batch_op.create_foreign_key(batch_op.f('fk_agendaitem_import_id_agendaimport'), 'agendaimport',
                                    ['import_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.add_column(sa.Column('day_titles', sqlmodel.sql.sqltypes.AutoString(), server_default='',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.drop_column('day_titles')
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_agendaitem_import_id_agendaimport'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_agendaitem_replaced_by_agendaimport'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_agendaitem_replaced_by'))
        batch_op.drop_index(batch_op.f('ix_agendaitem_import_id'))
        batch_op.drop_column('replaced_by')
        batch_op.drop_column('import_id')
        batch_op.drop_column('day')
    with op.batch_alter_table('agendaimport', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agendaimport_workshop_id'))
    op.drop_table('agendaimport')
