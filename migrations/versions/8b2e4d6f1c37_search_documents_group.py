"""Search documents know their translation group

Revision ID: 8b2e4d6f1c37
Revises: 3c8d5e7f9a21
Create Date: 2026-12-03 14:20:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8b2e4d6f1c37'
down_revision = '3c8d5e7f9a21'
branch_labels = None
depends_on = None


def upgrade():
    # "group:<name>" for the language versions of one material, which count once; filled by a reindex.
    with op.batch_alter_table('search_documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('grp', sa.Text(), nullable=False, server_default=''))


def downgrade():
    with op.batch_alter_table('search_documents', schema=None) as batch_op:
        batch_op.drop_column('grp')
