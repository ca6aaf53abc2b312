"""A material's licence and its views (recordings opened or played)

Revision ID: d4a8f2c6e913
Revises: b7e3c9a4d215
Create Date: 2026-12-03 15:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd4a8f2c6e913'
down_revision = 'b7e3c9a4d215'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('materials', schema=None) as batch_op:
        batch_op.add_column(sa.Column('views', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('licence', sa.String(length=40), nullable=False, server_default='CC BY 4.0'))
    # Members-only materials were never offered under an open licence.
    op.execute("UPDATE materials SET licence = 'All rights reserved' WHERE visibility = 'members'")


def downgrade():
    with op.batch_alter_table('materials', schema=None) as batch_op:
        batch_op.drop_column('licence')
        batch_op.drop_column('views')
