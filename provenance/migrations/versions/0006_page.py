"""web pages behind versions

A version read from a web page (fetched by `ingest URL` or `watch`, or a saved .html file) keeps the
page: the URL asked for and the one reached after redirects, when it was fetched, the HTTP status,
ETag and Last-Modified, the byline and modified date the page gives, and the raw bytes, gzip-compressed,
so the page can be read again by a better extractor.

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa

from provenance.migrations.steps import create_table, indexes

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_table('page',
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('final_url', sa.Text(), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('http_status', sa.Integer(), nullable=True),
    sa.Column('etag', sa.String(), nullable=True),
    sa.Column('last_modified', sa.String(), nullable=True),
    sa.Column('content_type', sa.String(), nullable=True),
    sa.Column('charset', sa.String(), nullable=True),
    sa.Column('author', sa.String(), nullable=True),
    sa.Column('modified', sa.String(), nullable=True),
    sa.Column('raw', sa.LargeBinary(), nullable=False),
    sa.Column('raw_encoding', sa.String(), nullable=False),
    references={'version_id': 'version'},
    )
    indexes('page', ('version_id', 'final_url'), unique=('version_id',))


def downgrade() -> None:
    op.drop_table('page')
