"""search documents for PostgreSQL full-text search (SEARCH_BACKEND=postgres)

The table of search documents exists on every engine. On PostgreSQL only: the unaccent and
pg_trgm extensions, one text search configuration per language (accents folded before
stemming, no stop words, as in the Whoosh analysers), a weighted tsvector column generated
from the texts, its GIN index, the words for "did you mean" and the log of rebuilds.

Revision ID: e1d1cd4f02ca
Revises: 00e7c50c8503
Create Date: 2026-11-25 22:14:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e1d1cd4f02ca'
down_revision = '00e7c50c8503'
branch_labels = None
depends_on = None

#: Text columns by language family, and the configuration that analyses each (as of this revision).
FAMILIES = {"en": "english", "fr": "french", "es": "spanish", "pt": "portuguese", "xx": "simple"}
STEMMED = ("english", "french", "spanish", "portuguese")
#: Every token type made of letters, so accented and hyphenated words are folded too.
WORD_TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


def _document_expression() -> str:
    """Title weight A, body B, names and places C, each text in its language's configuration."""
    parts = []
    for family, language in FAMILIES.items():
        parts.append(f"setweight(to_tsvector('brain_{language}'::regconfig, coalesce(title_{family}, '')), 'A')")
        parts.append(f"setweight(to_tsvector('brain_{language}'::regconfig, coalesce(body_{family}, '')), 'B')")
    parts.append("setweight(to_tsvector('brain_simple'::regconfig, coalesce(meta, '')), 'C')")
    return " || ".join(parts)


def upgrade():
    text_columns = []
    for family in FAMILIES:
        text_columns += [sa.Column(f'title_{family}', sa.Text(), nullable=True),
                         sa.Column(f'body_{family}', sa.Text(), nullable=True)]
    op.create_table('search_documents',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('access', sa.String(length=10), nullable=False),
    sa.Column('edition', sa.String(length=80), nullable=False, server_default=''),
    sa.Column('year', sa.Integer(), nullable=False, server_default='0'),
    sa.Column('kind', sa.String(length=40), nullable=False, server_default=''),
    sa.Column('languages', sa.ARRAY(sa.String(length=8)).with_variant(sa.JSON(), 'sqlite'), nullable=False),
    sa.Column('topics', sa.ARRAY(sa.String(length=100)).with_variant(sa.JSON(), 'sqlite'), nullable=False),
    sa.Column('date', sa.DateTime(timezone=True), nullable=True),
    sa.Column('meta', sa.Text(), nullable=False, server_default=''),
    *text_columns,
    sa.PrimaryKeyConstraint('key', name=op.f('pk_search_documents'))
    )
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for language in STEMMED:
        op.execute(f"CREATE TEXT SEARCH DICTIONARY brain_{language}_stem (TEMPLATE = snowball, Language = {language})")
        op.execute(f"CREATE TEXT SEARCH CONFIGURATION brain_{language} (COPY = {language})")
        op.execute(f"ALTER TEXT SEARCH CONFIGURATION brain_{language} ALTER MAPPING FOR {WORD_TOKENS} "
                   f"WITH unaccent, brain_{language}_stem")
    op.execute("CREATE TEXT SEARCH CONFIGURATION brain_simple (COPY = simple)")
    op.execute(f"ALTER TEXT SEARCH CONFIGURATION brain_simple ALTER MAPPING FOR {WORD_TOKENS} WITH unaccent, simple")
    op.execute(f"ALTER TABLE search_documents ADD COLUMN document tsvector "
               f"GENERATED ALWAYS AS ({_document_expression()}) STORED")
    op.execute("CREATE INDEX ix_search_documents_document ON search_documents USING gin (document)")
    for column in ('type', 'edition', 'year', 'kind', 'date'):
        op.create_index(f'ix_search_documents_{column}', 'search_documents', [column])
    op.create_table('search_words',
    sa.Column('word', sa.Text(), nullable=False),
    sa.Column('access', sa.String(length=10), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('documents', sa.Integer(), nullable=False, server_default='1'),
    sa.PrimaryKeyConstraint('word', 'access', 'language', name=op.f('pk_search_words'))
    )
    op.execute("CREATE INDEX ix_search_words_trigrams ON search_words USING gin (word gin_trgm_ops)")
    op.create_table('search_rebuilds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column('documents', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_rebuilds'))
    )


def downgrade():
    if op.get_bind().dialect.name == 'postgresql':
        op.drop_table('search_rebuilds')
        op.drop_table('search_words')
    op.drop_table('search_documents')
    if op.get_bind().dialect.name != 'postgresql':
        return
    for language in ('simple',) + STEMMED:
        op.execute(f"DROP TEXT SEARCH CONFIGURATION brain_{language}")
    for language in STEMMED:
        op.execute(f"DROP TEXT SEARCH DICTIONARY brain_{language}_stem")
    op.execute("DROP EXTENSION IF EXISTS pg_trgm")
    op.execute("DROP EXTENSION IF EXISTS unaccent")
