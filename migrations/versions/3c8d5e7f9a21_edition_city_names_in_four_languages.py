"""Edition city names in four languages; partners without research notes; languages as codes

Revision ID: 3c8d5e7f9a21
Revises: 7a1c2f9e4b10
Create Date: 2026-12-03 14:10:00

"""
import csv
from pathlib import Path

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3c8d5e7f9a21'
down_revision = '7a1c2f9e4b10'
branch_labels = None
depends_on = None

FACTS = Path(__file__).resolve().parents[2] / "brain" / "archive" / "data" / "editions.csv"


def upgrade():
    with op.batch_alter_table('edition_translations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('city', sa.String(length=120), nullable=False, server_default=''))

    # The editions seeded before carry research notes in their partners, language names instead of
    # ISO codes, and only English city names.
    connection = op.get_bind()
    editions = sa.table('editions', sa.column('id'), sa.column('slug'), sa.column('city'), sa.column('partners'),
                        sa.column('languages'))
    translations = sa.table('edition_translations', sa.column('id'), sa.column('edition_id'),
                            sa.column('language'), sa.column('city'), sa.column('theme'), sa.column('description'))
    with FACTS.open(encoding='utf-8') as facts:
        for row in csv.DictReader(facts):
            edition_id = connection.scalar(sa.select(editions.c.id).where(editions.c.slug == row['slug']))
            if edition_id is None:
                continue
            connection.execute(editions.update().where(editions.c.id == edition_id).values(
                partners=row['partners'], languages=row['languages']))
            for language in ('fr', 'es', 'pt'):
                name = row[f'city_{language}']
                if not name or name == row['city']:
                    continue
                existing = connection.scalar(sa.select(translations.c.id).where(
                    translations.c.edition_id == edition_id, translations.c.language == language))
                if existing is None:
                    connection.execute(translations.insert().values(
                        edition_id=edition_id, language=language, city=name, theme='', description=''))
                else:
                    connection.execute(translations.update().where(translations.c.id == existing).values(city=name))


def downgrade():
    with op.batch_alter_table('edition_translations', schema=None) as batch_op:
        batch_op.drop_column('city')
