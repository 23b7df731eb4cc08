"""initial schema

Revision ID: 0001
Revises: 
"""
from alembic import op
import sqlalchemy as sa

from provenance.migrations.steps import create_table, indexes


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_outlet()
    _create_speaker()
    _create_document()
    _create_version()
    _create_claim()
    _create_event()
    _create_link()


def _create_outlet() -> None:
    create_table('outlet',
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('aliases', sa.Text(), server_default='[]', nullable=False),
    sa.Column('country', sa.String(), nullable=True),
    )
    indexes('outlet', ('country', 'name'), unique=('name',))


def _create_speaker() -> None:
    create_table('speaker',
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('aliases', sa.Text(), server_default='[]', nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('role', sa.String(), nullable=True),
    sa.Column('affiliation', sa.String(), nullable=True),
    unique={'uq_speaker_name_anonymous': ('name', 'anonymous')},
    )
    indexes('speaker', ('affiliation', 'anonymous', 'name'))


def _create_document() -> None:
    create_table('document',
    sa.Column('slug', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=True),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.String(), nullable=True),
    sa.Column('language', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    references={'outlet_id': 'outlet'},
    )
    indexes('document', ('outlet_id', 'slug'), unique=('slug',))


def _create_version() -> None:
    create_table('version',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('published', sa.String(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    references={'document_id': 'document'},
    unique={'uq_version_document_number': ('document_id', 'number'),
            'uq_version_document_sha256': ('document_id', 'sha256')},
    )
    indexes('version', ('document_id', 'published', 'sha256'))


def _create_claim() -> None:
    create_table('claim',
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sentence_start', sa.Integer(), nullable=True),
    sa.Column('sentence_end', sa.Integer(), nullable=True),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('speaker_start', sa.Integer(), nullable=True),
    sa.Column('speaker_end', sa.Integer(), nullable=True),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('cue', sa.String(), nullable=True),
    sa.Column('cue_start', sa.Integer(), nullable=True),
    sa.Column('cue_end', sa.Integer(), nullable=True),
    sa.Column('form', sa.String(), nullable=False),
    sa.Column('stated_on', sa.String(), nullable=True),
    sa.Column('event_on', sa.String(), nullable=True),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('reason', sa.Text(), server_default='', nullable=False),
    sa.Column('reviewed_by', sa.String(), nullable=True),
    references={'outlet_id': 'outlet', 'speaker_id': 'speaker', 'version_id': 'version'},
    unique={'uq_claim_version_seq': ('version_id', 'seq')},
    )
    indexes('claim', ('event_on', 'form', 'kind', 'outlet_id', 'speaker_id', 'stated_on', 'status', 'version_id'))


def _create_event() -> None:
    create_table('event',
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('old', sa.String(), nullable=True),
    sa.Column('new', sa.String(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    references={'claim_id': 'claim', 'document_id': 'document'},
    )
    indexes('event', ('action', 'actor', 'at', 'claim_id', 'document_id'))


def _create_link() -> None:
    create_table('link',
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(), nullable=False),
    sa.Column('created_by', sa.String(), nullable=False),
    sa.Column('reason', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    references={'source_id': 'claim', 'target_id': 'claim'},
    unique={'uq_link': ('source_id', 'target_id', 'relation')},
    )
    indexes('link', ('relation', 'source_id', 'target_id'))


def downgrade() -> None:
    # a table's indexes go with it
    for table in ('link', 'event', 'claim', 'version', 'document', 'speaker', 'outlet'):
        op.drop_table(table)
