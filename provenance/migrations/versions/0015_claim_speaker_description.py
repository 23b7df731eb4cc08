"""claim speaker description

What each document says of a claim's speaker (its kind, role and affiliation as read there): the
speaker row is one a name and keeps the description of the document that named the person first
('Ana Lind, Mayor'), while another document may call her only 'Ana Lind'. The status rules read the
claim's own description, at ingest and at `recompute` alike; a claim stored before has none
(`speaker_kind` NULL) and is read with its speaker row's, as it was.

Plain ADD COLUMN, not a batch copy of the claim table: SQLite would drop the text search triggers
on it.

Revision ID: 0015
Revises: 0014
"""
import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('claim', sa.Column('speaker_kind', sa.String(), nullable=True))
    op.add_column('claim', sa.Column('speaker_role', sa.String(), nullable=True))
    op.add_column('claim', sa.Column('speaker_affiliation', sa.String(), nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (its triggers stay)
    op.drop_column('claim', 'speaker_affiliation')
    op.drop_column('claim', 'speaker_role')
    op.drop_column('claim', 'speaker_kind')
