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

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('page',
    sa.Column('id', sa.Integer(), nullable=False),
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
    sa.ForeignKeyConstraint(['version_id'], ['version.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('page', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_page_version_id'), ['version_id'], unique=True)
        batch_op.create_index(batch_op.f('ix_page_final_url'), ['final_url'], unique=False)


def downgrade() -> None:
    op.drop_table('page')
