"""initial schema

Revision ID: 0001
Revises: 
"""
from alembic import op
import sqlalchemy as sa


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
    op.create_table('outlet',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('aliases', sa.Text(), server_default='[]', nullable=False),
    sa.Column('country', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outlet', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outlet_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_outlet_name'), ['name'], unique=True)


def _create_speaker() -> None:
    op.create_table('speaker',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('aliases', sa.Text(), server_default='[]', nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('role', sa.String(), nullable=True),
    sa.Column('affiliation', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name', 'anonymous', name='uq_speaker_name_anonymous')
    )
    with op.batch_alter_table('speaker', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speaker_affiliation'), ['affiliation'], unique=False)
        batch_op.create_index(batch_op.f('ix_speaker_anonymous'), ['anonymous'], unique=False)
        batch_op.create_index(batch_op.f('ix_speaker_name'), ['name'], unique=False)


def _create_document() -> None:
    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=True),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.String(), nullable=True),
    sa.Column('language', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlet.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_outlet_id'), ['outlet_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_slug'), ['slug'], unique=True)


def _create_version() -> None:
    op.create_table('version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('published', sa.String(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('document_id', 'number', name='uq_version_document_number'),
    sa.UniqueConstraint('document_id', 'sha256', name='uq_version_document_sha256')
    )
    with op.batch_alter_table('version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_version_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_version_published'), ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_version_sha256'), ['sha256'], unique=False)


def _create_claim() -> None:
    op.create_table('claim',
    sa.Column('id', sa.Integer(), nullable=False),
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
    sa.ForeignKeyConstraint(['outlet_id'], ['outlet.id'], ),
    sa.ForeignKeyConstraint(['speaker_id'], ['speaker.id'], ),
    sa.ForeignKeyConstraint(['version_id'], ['version.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('version_id', 'seq', name='uq_claim_version_seq')
    )
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_event_on'), ['event_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_form'), ['form'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_outlet_id'), ['outlet_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_speaker_id'), ['speaker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_stated_on'), ['stated_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_version_id'), ['version_id'], unique=False)


def _create_event() -> None:
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('old', sa.String(), nullable=True),
    sa.Column('new', sa.String(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_actor'), ['actor'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_document_id'), ['document_id'], unique=False)


def _create_link() -> None:
    op.create_table('link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(), nullable=False),
    sa.Column('created_by', sa.String(), nullable=False),
    sa.Column('reason', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['claim.id'], ),
    sa.ForeignKeyConstraint(['target_id'], ['claim.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source_id', 'target_id', 'relation', name='uq_link')
    )
    with op.batch_alter_table('link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_link_relation'), ['relation'], unique=False)
        batch_op.create_index(batch_op.f('ix_link_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_link_target_id'), ['target_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_link_target_id'))
        batch_op.drop_index(batch_op.f('ix_link_source_id'))
        batch_op.drop_index(batch_op.f('ix_link_relation'))

    op.drop_table('link')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_document_id'))
        batch_op.drop_index(batch_op.f('ix_event_claim_id'))
        batch_op.drop_index(batch_op.f('ix_event_at'))
        batch_op.drop_index(batch_op.f('ix_event_actor'))
        batch_op.drop_index(batch_op.f('ix_event_action'))

    op.drop_table('event')
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_version_id'))
        batch_op.drop_index(batch_op.f('ix_claim_status'))
        batch_op.drop_index(batch_op.f('ix_claim_stated_on'))
        batch_op.drop_index(batch_op.f('ix_claim_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_claim_outlet_id'))
        batch_op.drop_index(batch_op.f('ix_claim_kind'))
        batch_op.drop_index(batch_op.f('ix_claim_form'))
        batch_op.drop_index(batch_op.f('ix_claim_event_on'))

    op.drop_table('claim')
    with op.batch_alter_table('version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_version_sha256'))
        batch_op.drop_index(batch_op.f('ix_version_published'))
        batch_op.drop_index(batch_op.f('ix_version_document_id'))

    op.drop_table('version')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_slug'))
        batch_op.drop_index(batch_op.f('ix_document_outlet_id'))

    op.drop_table('document')
    with op.batch_alter_table('speaker', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaker_name'))
        batch_op.drop_index(batch_op.f('ix_speaker_anonymous'))
        batch_op.drop_index(batch_op.f('ix_speaker_affiliation'))

    op.drop_table('speaker')
    with op.batch_alter_table('outlet', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outlet_name'))
        batch_op.drop_index(batch_op.f('ix_outlet_country'))

    op.drop_table('outlet')
