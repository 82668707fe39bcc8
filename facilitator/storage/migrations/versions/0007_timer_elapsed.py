"""Timer events keep the elapsed clock and its boot, so a run's time survives clock changes

Revision ID: 0007_timer_elapsed
Revises: 0006_scribe_access
Create Date: 2026-12-01 12:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0007_timer_elapsed'
down_revision = '0006_scribe_access'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('timerevent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('elapsed_s', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('clock_epoch', sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('timerevent', schema=None) as batch_op:
        batch_op.drop_column('clock_epoch')
        batch_op.drop_column('elapsed_s')
