"""Table scribes: access tokens per cluster, and where each line was typed

Revision ID: 0006_scribe_access
Revises: 0005_change_log
Create Date: 2026-11-30 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import facilitator.storage.types  # noqa: F401  (custom column types)

revision = '0006_scribe_access'
down_revision = '0005_change_log'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('scribeaccess',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('cluster_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('issued_at', facilitator.storage.types.UtcDateTime(), nullable=False),
    sa.Column('revoked_at', facilitator.storage.types.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_scribeaccess_cluster_id_cluster'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_scribeaccess_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scribeaccess'))
    )
    with op.batch_alter_table('scribeaccess', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scribeaccess_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_scribeaccess_workshop_id'), ['workshop_id'], unique=False)

    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('origin', sqlmodel.sql.sqltypes.AutoString(), server_default='keyboard', nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.drop_column('origin')
    with op.batch_alter_table('scribeaccess', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scribeaccess_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_scribeaccess_cluster_id'))
    op.drop_table('scribeaccess')
