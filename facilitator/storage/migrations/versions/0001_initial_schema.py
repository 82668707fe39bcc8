"""Initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 11:52:54.740253
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import facilitator.storage.types  # noqa: F401  (custom column types)

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workshop',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('venue', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('organiser', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('facilitator', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('minute_taker', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact_email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact_phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('day_start_min', sa.Integer(), nullable=False),
    sa.Column('day_end_min', sa.Integer(), nullable=True),
    sa.Column('warning_minutes', sa.Integer(), nullable=False),
    sa.Column('created_at', facilitator.storage.types.UtcDateTime(), nullable=False),
    sa.Column('opened_at', facilitator.storage.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop'))
    )
    op.create_table('actionitem',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('what', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('who', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('when', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_actionitem_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actionitem'))
    )
    with op.batch_alter_table('actionitem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actionitem_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('agendaitem',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('presenter', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.Column('pinned_start_min', sa.Integer(), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('prompts', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('materials', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('capture_columns', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('projector_mode', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted_at', facilitator.storage.types.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_agendaitem_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agendaitem'))
    )
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agendaitem_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('cluster',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('members', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('colour', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_cluster_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cluster'))
    )
    with op.batch_alter_table('cluster', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cluster_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('evaluationdimension',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_evaluationdimension_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluationdimension'))
    )
    with op.batch_alter_table('evaluationdimension', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluationdimension_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('filename', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['agendaitem.id'], name=op.f('fk_attachment_item_id_agendaitem'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_attachment_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('evaluationentry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dimension_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['dimension_id'], ['evaluationdimension.id'], name=op.f('fk_evaluationentry_dimension_id_evaluationdimension'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluationentry'))
    )
    with op.batch_alter_table('evaluationentry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluationentry_dimension_id'), ['dimension_id'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('cluster_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('organisation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_participant_cluster_id_cluster'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_participant_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('phase',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('prompts', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agendaitem.id'], name=op.f('fk_phase_item_id_agendaitem'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phase'))
    )
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phase_item_id'), ['item_id'], unique=False)

    op.create_table('theme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted_at', facilitator.storage.types.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['agendaitem.id'], name=op.f('fk_theme_item_id_agendaitem'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_theme'))
    )
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_theme_item_id'), ['item_id'], unique=False)

    op.create_table('acoproposal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('cluster_id', sa.Integer(), nullable=True),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_acoproposal_cluster_id_cluster'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['item_id'], ['agendaitem.id'], name=op.f('fk_acoproposal_item_id_agendaitem'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_acoproposal_theme_id_theme'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acoproposal'))
    )
    with op.batch_alter_table('acoproposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acoproposal_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_acoproposal_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_acoproposal_theme_id'), ['theme_id'], unique=False)

    op.create_table('contribution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('cluster_id', sa.Integer(), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('column_index', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', facilitator.storage.types.UtcDateTime(), nullable=False),
    sa.Column('deleted_at', facilitator.storage.types.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_contribution_cluster_id_cluster'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['item_id'], ['agendaitem.id'], name=op.f('fk_contribution_item_id_agendaitem'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['contribution.id'], name=op.f('fk_contribution_parent_id_contribution'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_contribution_theme_id_theme'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contribution'))
    )
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contribution_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index('ix_contribution_item_cluster_pos', ['item_id', 'cluster_id', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_theme_id'), ['theme_id'], unique=False)

    op.create_table('timerevent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('phase_id', sa.Integer(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('at', facilitator.storage.types.UtcDateTime(), nullable=False),
    sa.Column('amount_s', sa.Integer(), nullable=False),
    sa.Column('deadline', facilitator.storage.types.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['agendaitem.id'], name=op.f('fk_timerevent_item_id_agendaitem'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['phase_id'], ['phase.id'], name=op.f('fk_timerevent_phase_id_phase'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timerevent'))
    )
    with op.batch_alter_table('timerevent', schema=None) as batch_op:
        batch_op.create_index('ix_timerevent_item_at', ['item_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_timerevent_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_timerevent_phase_id'), ['phase_id'], unique=False)

    op.create_table('acoresponse',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('cluster_id', sa.Integer(), nullable=True),
    sa.Column('stance', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_acoresponse_cluster_id_cluster'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['proposal_id'], ['acoproposal.id'], name=op.f('fk_acoresponse_proposal_id_acoproposal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acoresponse'))
    )
    with op.batch_alter_table('acoresponse', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acoresponse_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_acoresponse_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('voteoption',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('contribution_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['contribution_id'], ['contribution.id'], name=op.f('fk_voteoption_contribution_id_contribution'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['item_id'], ['agendaitem.id'], name=op.f('fk_voteoption_item_id_agendaitem'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_voteoption_theme_id_theme'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voteoption'))
    )
    with op.batch_alter_table('voteoption', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_voteoption_contribution_id'), ['contribution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_voteoption_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_voteoption_theme_id'), ['theme_id'], unique=False)

    op.create_table('vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('option_id', sa.Integer(), nullable=False),
    sa.Column('cluster_id', sa.Integer(), nullable=True),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('dots', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_vote_cluster_id_cluster'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['option_id'], ['voteoption.id'], name=op.f('fk_vote_option_id_voteoption'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_vote_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote'))
    )
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_option_id'), ['option_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_participant_id'), ['participant_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_participant_id'))
        batch_op.drop_index(batch_op.f('ix_vote_option_id'))
        batch_op.drop_index(batch_op.f('ix_vote_cluster_id'))

    op.drop_table('vote')
    with op.batch_alter_table('voteoption', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voteoption_theme_id'))
        batch_op.drop_index(batch_op.f('ix_voteoption_item_id'))
        batch_op.drop_index(batch_op.f('ix_voteoption_contribution_id'))

    op.drop_table('voteoption')
    with op.batch_alter_table('acoresponse', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acoresponse_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_acoresponse_cluster_id'))

    op.drop_table('acoresponse')
    with op.batch_alter_table('timerevent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_timerevent_phase_id'))
        batch_op.drop_index(batch_op.f('ix_timerevent_item_id'))
        batch_op.drop_index('ix_timerevent_item_at')

    op.drop_table('timerevent')
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contribution_theme_id'))
        batch_op.drop_index(batch_op.f('ix_contribution_parent_id'))
        batch_op.drop_index(batch_op.f('ix_contribution_item_id'))
        batch_op.drop_index('ix_contribution_item_cluster_pos')
        batch_op.drop_index(batch_op.f('ix_contribution_cluster_id'))

    op.drop_table('contribution')
    with op.batch_alter_table('acoproposal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acoproposal_theme_id'))
        batch_op.drop_index(batch_op.f('ix_acoproposal_item_id'))
        batch_op.drop_index(batch_op.f('ix_acoproposal_cluster_id'))

    op.drop_table('acoproposal')
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_theme_item_id'))

    op.drop_table('theme')
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phase_item_id'))

    op.drop_table('phase')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_participant_cluster_id'))

    op.drop_table('participant')
    with op.batch_alter_table('evaluationentry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluationentry_dimension_id'))

    op.drop_table('evaluationentry')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_item_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('evaluationdimension', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluationdimension_workshop_id'))

    op.drop_table('evaluationdimension')
    with op.batch_alter_table('cluster', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cluster_workshop_id'))

    op.drop_table('cluster')
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agendaitem_workshop_id'))

    op.drop_table('agendaitem')
    with op.batch_alter_table('actionitem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actionitem_workshop_id'))

    op.drop_table('actionitem')
    op.drop_table('workshop')
