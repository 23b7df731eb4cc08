"""claim origin chains

A claim's `via` (the outlets it passed through after the one its speaker spoke through, before the
publisher: a JSON list of names) and its origin (the first source and the outlet that first carried
it). Claims stored before have no chain recorded: their origin is their speaker, through their
outlet or else their document's publisher.

Plain ADD COLUMN, not a batch copy of the claim table: SQLite would drop the text search triggers
on it.

Revision ID: 0012
Revises: 0011
"""
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('claim', sa.Column('via', sa.Text(), server_default='[]', nullable=False))
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column's reference only with the column (no ALTER TABLE ... ADD CONSTRAINT)
        op.execute("ALTER TABLE claim ADD COLUMN origin_speaker_id INTEGER REFERENCES speaker (id)")
        op.execute("ALTER TABLE claim ADD COLUMN origin_outlet_id INTEGER REFERENCES outlet (id)")
    else:
        op.add_column('claim', sa.Column('origin_speaker_id', sa.Integer(), nullable=True))
        op.add_column('claim', sa.Column('origin_outlet_id', sa.Integer(), nullable=True))
        op.create_foreign_key('fk_claim_origin_speaker_id', 'claim', 'speaker', ['origin_speaker_id'], ['id'])
        op.create_foreign_key('fk_claim_origin_outlet_id', 'claim', 'outlet', ['origin_outlet_id'], ['id'])
    op.create_index(op.f('ix_claim_origin_speaker_id'), 'claim', ['origin_speaker_id'], unique=False)
    op.create_index(op.f('ix_claim_origin_outlet_id'), 'claim', ['origin_outlet_id'], unique=False)
    op.execute(
        "UPDATE claim SET origin_speaker_id = speaker_id, origin_outlet_id = COALESCE(outlet_id, "
        "(SELECT document.outlet_id FROM version JOIN document ON document.id = version.document_id "
        "WHERE version.id = claim.version_id))"
    )


def downgrade() -> None:
    op.drop_index(op.f('ix_claim_origin_outlet_id'), table_name='claim')
    op.drop_index(op.f('ix_claim_origin_speaker_id'), table_name='claim')
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint('fk_claim_origin_outlet_id', 'claim', type_='foreignkey')
        op.drop_constraint('fk_claim_origin_speaker_id', 'claim', type_='foreignkey')
    # SQLite 3.35+ drops a column in place (its triggers stay)
    op.drop_column('claim', 'origin_outlet_id')
    op.drop_column('claim', 'origin_speaker_id')
    op.drop_column('claim', 'via')
