"""Each post's own language

Revision ID: b7e3c9a4d215
Revises: 9d4f1a6b2c58
Create Date: 2026-12-03 14:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b7e3c9a4d215'
down_revision = '9d4f1a6b2c58'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=5), nullable=True))
    # Posts written before this change take their thread's language, as pages showed them.
    op.execute("UPDATE posts SET language = (SELECT threads.language FROM threads WHERE threads.id = posts.thread_id)")


def downgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_column('language')
