"""Members keep their time zone

Revision ID: e6b1d3f5a7c9
Revises: d4a8f2c6e913
Create Date: 2026-12-03 15:15:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e6b1d3f5a7c9'
down_revision = 'd4a8f2c6e913'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('timezone', sa.String(length=64), nullable=False, server_default=''))


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('timezone')
