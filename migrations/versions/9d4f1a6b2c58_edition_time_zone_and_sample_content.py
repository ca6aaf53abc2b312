"""Edition time zones; sample-content flags on programme items and materials

Revision ID: 9d4f1a6b2c58
Revises: 5b2e9d4c7a31
Create Date: 2026-12-06 10:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9d4f1a6b2c58'
down_revision = '5b2e9d4c7a31'
branch_labels = None
depends_on = None

#: Where each known edition was held (IANA names); the programme's times are in that zone.
TIMEZONES = {
    '2010-turin': 'Europe/Rome', '2011-montreal': 'America/Toronto', '2013-agadir': 'Africa/Casablanca',
    '2014-campinas': 'America/Sao_Paulo', '2015-johannesburg': 'Africa/Johannesburg',
    '2015-puebla': 'America/Mexico_City', '2016-san-jose': 'America/Costa_Rica', '2017-seoul': 'Asia/Seoul',
    '2017-luxembourg': 'Europe/Luxembourg', '2019-turin': 'Europe/Rome', '2019-madrid': 'Europe/Madrid',
    '2021-lisbon': 'Europe/Lisbon',
}


def upgrade():
    with op.batch_alter_table('editions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('timezone', sa.String(length=64), nullable=False, server_default=''))
    with op.batch_alter_table('edition_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_sample', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('materials', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_sample', sa.Boolean(), nullable=False, server_default=sa.false()))

    editions = sa.table('editions', sa.column('slug'), sa.column('timezone'))
    connection = op.get_bind()
    for slug, zone in TIMEZONES.items():
        connection.execute(editions.update().where(editions.c.slug == slug).values(timezone=zone))


def downgrade():
    with op.batch_alter_table('materials', schema=None) as batch_op:
        batch_op.drop_column('is_sample')
    with op.batch_alter_table('edition_sessions', schema=None) as batch_op:
        batch_op.drop_column('is_sample')
    with op.batch_alter_table('editions', schema=None) as batch_op:
        batch_op.drop_column('timezone')
